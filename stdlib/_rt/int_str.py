# Decimal conversion of ints: int -> str (rt_int_to_str, with CPython 3.12's 4300-digit limit,
# which sys.set_int_max_str_digits changes: IO_INT_DIGITS_LIMIT)
# and str -> int (rt_int_from_str: whitespace, sign, base prefixes, underscores, bases 0 and
# 2..36, CPython's messages). Also rt_i64_to_str, the str of a machine integer.
from __keel__ import (
    i32, i64, obj, load_i32, store_i32, load_u8, store_u8, is_small, untag_int, ptr_word,
    word_ptr, i32_to_i64, i64_to_i32, i64_div_s, i64_rem_s,
    INT_DIGITS, STR_LEN, STR_KIND, STR_DATA, SMALL_MAX, IO_STATE, IO_INT_DIGITS_LIMIT, INT_MAX_STR_DIGITS,
)

# ---- int -> str ------------------------------------------------------------------------------

def rt_i64_to_str(v: i64) -> obj:
    """str(v) for a machine integer."""
    if v >= 0 and v < 10:
        return rt_str_from_char(48 + i64_to_i32(v))  # static, no allocation
    neg: i32 = v < 0
    if not neg:
        v = 0 - v  # work with v <= 0, so the most negative i64 needs no special case
    n: i32 = rt_i64_ndigits(v)
    p: i32 = rt_str_alloc(n + neg, 1, 1)
    pos: i32 = p + STR_DATA + n + neg
    while pos > p + STR_DATA + neg:
        q: i64 = i64_div_s(v, 10)
        pos = pos - 1
        store_u8(pos, 0, 48 + i64_to_i32(q * 10 - v))
        v = q
    if neg:
        store_u8(p, STR_DATA, 45)
    return ptr_word(p)


def rt_i64_ndigits(v: i64) -> i32:
    """The number of decimal digits of v (either sign; 1 for 0)."""
    n: i32 = 1
    t: i64 = i64_div_s(v, 10)
    while t != 0:
        n = n + 1
        t = i64_div_s(t, 10)
    return n


def rt_int_max_str_digits() -> i32:
    """The limit on an int <-> str conversion's decimal digits (0: none)."""
    return load_i32(IO_STATE, IO_INT_DIGITS_LIMIT) + INT_MAX_STR_DIGITS


def rt_int_digits_error() -> obj:
    m: obj = rt_str_concat("Exceeds the limit (", rt_i64_to_str(i32_to_i64(rt_int_max_str_digits())))
    rt_raise("ValueError", rt_str_concat(m, " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
    return 1


def rt_int_limbs(x: obj) -> i32:
    """The digits of big int x in base 10**9, least significant first, in a new big-int object
    (its size field is the limb count); 0 after raising when str(x) would exceed the limit."""
    p: i32 = word_ptr(x)
    n: i32 = rt_int_nd(p)
    limit: i32 = rt_int_max_str_digits()
    # CPython's estimate from the size alone, before any work (30-bit digits, as CPython's)
    if limit > 0 and n >= 73 and limit // 90 <= (n - 11) // 10:
        rt_int_digits_error()
        return 0
    work: i32 = rt_int_copy(p, n, 0) + INT_DIGITS
    limbs: i32 = rt_int_alloc(n + n // 29 + 2)
    nl: i32 = 0
    while n > 0:
        store_i32(limbs + INT_DIGITS + 4 * nl, 0, i64_to_i32(rt_mag_divrem1(work, n, 1000000000, work)))
        nl = nl + 1
        n = rt_mag_trim(work, n)
    store_i32(limbs, 8, nl)
    if limit > 0 and (nl - 1) * 9 + rt_limb_width(load_i32(limbs + INT_DIGITS + 4 * (nl - 1), 0)) > limit:
        rt_int_digits_error()
        return 0
    return limbs


def rt_limb_width(v: i32) -> i32:
    """The number of decimal digits of 0 < v < 10**9."""
    n: i32 = 1
    v = v // 10
    while v != 0:
        n = n + 1
        v = v // 10
    return n


def rt_int_to_str(x: obj) -> obj:
    """str(x) for an int."""
    if is_small(x):
        return rt_i64_to_str(untag_int(x))
    limbs: i32 = rt_int_limbs(x)
    if limbs == 0:
        return 1
    nl: i32 = load_i32(limbs, 8)
    topn: i32 = rt_limb_width(load_i32(limbs + INT_DIGITS + 4 * (nl - 1), 0))
    neg: i32 = load_i32(word_ptr(x), 8) < 0
    ndig: i32 = (nl - 1) * 9 + topn
    s: i32 = rt_str_alloc(ndig + neg, 1, 1)
    if neg:
        store_u8(s, STR_DATA, 45)
    pos: i32 = s + STR_DATA + neg + ndig
    i: i32 = 0
    while i < nl:
        limb: i32 = load_i32(limbs + INT_DIGITS + 4 * i, 0)
        k: i32 = 9
        if i == nl - 1:
            k = topn
        while k > 0:
            pos = pos - 1
            store_u8(pos, 0, 48 + limb % 10)
            limb = limb // 10
            k = k - 1
        i = i + 1
    return ptr_word(s)


def rt_int_write(x: obj) -> None:
    """Writes str(x) of a big int to stdout (print's path: no str object, no small ints)."""
    limbs: i32 = rt_int_limbs(x)
    if limbs == 0:
        return
    if load_i32(word_ptr(x), 8) < 0:
        rt_write_byte(45)
    i: i32 = load_i32(limbs, 8) - 1
    rt_write_i64(i32_to_i64(load_i32(limbs + INT_DIGITS + 4 * i, 0)))
    while i > 0:
        i = i - 1
        limb: i32 = load_i32(limbs + INT_DIGITS + 4 * i, 0)
        scale: i32 = 100000000
        while scale > 0:
            rt_write_byte(48 + (limb // scale) % 10)
            scale = scale // 10


# ---- str -> int ------------------------------------------------------------------------------

def rt_is_space(c: i32) -> i32:
    """Python's str.isspace() for the code points int() and float() strip."""
    if c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31):
        return 1
    if c < 0x85:
        return 0
    if c == 0x85 or c == 0xA0 or c == 0x1680 or c == 0x2028 or c == 0x2029 or c == 0x202F:
        return 1
    if c == 0x205F or c == 0x3000 or (c >= 0x2000 and c <= 0x200A):
        return 1
    return 0


def rt_digit_value(c: i32) -> i32:
    """The value of an ASCII digit or letter as a digit (36 for anything else)."""
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 122:
        return c - 87
    if c >= 65 and c <= 90:
        return c - 55
    return 36


def rt_int_literal_error(s: obj, base: i64) -> obj:
    r: obj = rt_str_repr(s)
    if rt_str_len(r) > 200:
        r = rt_str_slice_prefix(r, 200)
    msg: obj = rt_str_concat("invalid literal for int() with base ", rt_i64_to_str(base))
    rt_raise("ValueError", rt_str_concat(rt_str_concat(msg, ": "), r))
    return 1


def rt_str_slice_prefix(s: obj, n: i32) -> obj:
    """The first n code points of str s."""
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    r: i32 = rt_str_alloc(n, kind, load_u8(p, 13))
    i: i32 = 0
    while i < n:
        rt_str_put(r, kind, i, rt_str_char(p, kind, i))
        i = i + 1
    return ptr_word(r)


def rt_int_from_str(s: obj, base: i64) -> obj:
    """int(s, base) for a str s; base is 0 or 2..36 (checked by the caller)."""
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    kind: i32 = load_u8(p, STR_KIND)
    b: i32 = i64_to_i32(base)
    i: i32 = 0
    while i < n and rt_is_space(rt_str_char(p, kind, i)):
        i = i + 1
    end: i32 = n
    while end > i and rt_is_space(rt_str_char(p, kind, end - 1)):
        end = end - 1
    neg: i32 = 0
    if i < end:
        c: i32 = rt_str_char(p, kind, i)
        if c == 43 or c == 45:
            neg = c == 45
            i = i + 1
    c0: i32 = 0
    c1: i32 = 0
    if i < end:
        c0 = rt_str_char(p, kind, i)
    if i + 1 < end:
        c1 = rt_str_char(p, kind, i + 1) | 32
    zero_only: i32 = 0
    if b == 0:
        if c0 != 48:
            b = 10
        elif c1 == 120:
            b = 16
        elif c1 == 111:
            b = 8
        elif c1 == 98:
            b = 2
        else:
            b = 10
            zero_only = 1
    if c0 == 48 and ((b == 16 and c1 == 120) or (b == 8 and c1 == 111) or (b == 2 and c1 == 98)):
        i = i + 2
        if i < end and rt_str_char(p, kind, i) == 95:
            i = i + 1
    # digits, with single underscores between them
    start: i32 = i
    ndigits: i32 = 0
    prev_us: i32 = 1
    while i < end:
        c2: i32 = rt_str_char(p, kind, i)
        if c2 == 95:
            if prev_us:
                return rt_int_literal_error(s, base)
            prev_us = 1
        else:
            if rt_digit_value(c2) >= b:
                return rt_int_literal_error(s, base)
            prev_us = 0
            ndigits = ndigits + 1
        i = i + 1
    if ndigits == 0 or prev_us:
        return rt_int_literal_error(s, base)
    limit: i32 = rt_int_max_str_digits()
    if limit > 0 and ndigits > limit and (b & (b - 1)) != 0:
        m: obj = rt_str_concat("Exceeds the limit (", rt_i64_to_str(i32_to_i64(limit)))
        m = rt_str_concat(rt_str_concat(m, " digits) for integer string conversion: value has "), rt_i64_to_str(i32_to_i64(ndigits)))
        rt_raise("ValueError", rt_str_concat(m, " digits; use sys.set_int_max_str_digits() to increase the limit"))
        return 1
    # accumulate: r = r * b**k + chunk, with b**k < 2**30
    cap: i32 = ndigits // 5 + 2
    r: i32 = rt_int_alloc(cap)
    a: i32 = r + INT_DIGITS
    nr: i32 = 0
    i = start
    chunk: i64 = 0
    scale: i64 = 1
    bb: i64 = i32_to_i64(b)
    while i < end:
        c3: i32 = rt_str_char(p, kind, i)
        i = i + 1
        if c3 != 95:
            chunk = chunk * bb + i32_to_i64(rt_digit_value(c3))
            scale = scale * bb
            if scale * bb >= 1073741824 or i == end:
                nr = rt_mag_muladd1(a, nr, scale, chunk)
                chunk = 0
                scale = 1
    if zero_only and nr != 0:
        return rt_int_literal_error(s, base)
    return rt_int_finish(r, nr, neg)


def rt_mag_muladd1(a: i32, n: i32, m: i64, add: i64) -> i32:
    """a = a * m + add in place (m, add < 2**30; a has room for one more digit); the new count."""
    carry: i64 = add
    i: i32 = 0
    while i < n:
        t: i64 = i32_to_i64(load_i32(a + 4 * i, 0)) * m + carry
        store_i32(a + 4 * i, 0, i64_to_i32(t & 1073741823))
        carry = t >> 30
        i = i + 1
    if carry != 0:
        store_i32(a + 4 * n, 0, i64_to_i32(carry))
        return n + 1
    return n
