# Float <-> decimal text, exactly as CPython 3.12 does it:
#   rt_float_repr(x)   repr(x): the shortest digit string that reads back to x (Giulietti's
#                      Schubfach algorithm), laid out as CPython's format_float_short in repr
#                      mode ('r'): exponent form when the decimal exponent is < -4 or >= 16
#   rt_write_float(x)  the same text written straight into the stdout buffer (no allocation)
#   rt_float_format_fixed(x, prec), rt_float_format_exp(x, prec)
#                      '%.*f' and '%.*e': the exact decimal expansion rounded half to even
#   rt_parse_float(s)  float(s) for a str: CPython's syntax (whitespace, sign, underscores between
#                      digits, inf/infinity/nan in any case), correctly rounded for any input:
#                      an exact fast path (Clinger), else an approximation from the table below
#                      corrected by exact big-integer comparisons with the halfway points
#
# The table of powers of ten: for each e in [-350, 324], g(e) = ceil(10^e / 2^r) with r chosen so
# that 2^127 <= g(e) < 2^128, stored as two u64 (high word at +0, low word at +8), 16 bytes per
# entry, entry e at (e + 350) * 16. It is computed exactly on first use (multi-word arithmetic on
# 10^e, and on 2^1344 divided by 10 again and again), into a heap buffer, so a program that never
# converts a float carries neither the table nor the code, and one that does carries the builder
# (part of the ~2.8 KB that float printing adds at -O0) instead of 10.8 KB of data. The buffer's
# address lives in a static cell (see fr_cell): a garbage collector must treat it as a root.
#
# Raw byte buffers are kind-1 str objects (fr_buffer), so they are valid leaf objects for a GC.
# Big integers are little-endian arrays of u32 words with an explicit length (trimmed: the top word
# is non-zero unless the number is 0, which has length 0). rt_parse_float keeps a small record of
# its scan in SCRATCH + 16 .. SCRATCH + 40, and rt_float_repr formats in SCRATCH + 16 .. + 48
# (no function they call uses the scratch area).
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_i64, store_i64, load_u8, store_u8, mem_fill, mem_copy,
    f64_bits, f64_from_bits, i64_to_f64, i64_clz, i32_clz, i64_shr_u, i64_lt_u, i64_gt_u,
    i64_div_u, u32_to_i64, i32_to_i64, i64_to_i32, word_ptr,
    TYPE_STR, STR_LEN, STR_KIND, STR_DATA, RT_STDOUT_LEN, STDOUT_BUF, STDOUT_BUF_SIZE, SCRATCH,
)


# ---- buffers and the table ------------------------------------------------------------------

def fr_buffer(n: i32) -> i32:
    """The data address of a new zeroed n-byte buffer (a kind-1 str object)."""
    p: i32 = rt_alloc(STR_DATA + n, TYPE_STR)
    store_i32(p, STR_LEN, n)
    store_u8(p, STR_KIND, 1)
    mem_fill(p + STR_DATA, 0, n)
    return p + STR_DATA


def fr_cell() -> i32:
    """A static i32 cell holding the table's address (0 until it is built)."""
    return word_ptr("\x00\x00\x00\x00 <float_repr: address of the powers-of-ten table>") + STR_DATA


def fr_table() -> i32:
    cell: i32 = fr_cell()
    t: i32 = load_i32(cell, 0)
    if t == 0:
        t = fr_build_table()
        rt_gc_pin(t - STR_DATA)  # only this static cell refers to it: the collector must keep it
        store_i32(cell, 0, t)
    return t


def fr_build_table() -> i32:
    t: i32 = fr_buffer(675 * 16)
    big: i32 = fr_buffer(44 * 4)
    # 10^e for e = 0 .. 324: the top 128 bits, rounded up.
    store_i32(big, 0, 1)
    n: i32 = 1
    e: i32 = 0
    while e <= 324:
        fr_store_top(t + (e + 350) * 16, big, n, 1)
        n = fr_big_muladd(big, n, 10, 0)
        e = e + 1
    # 10^-m for m = 1 .. 350: floor(2^1344 / 10^m), whose top 128 bits plus one are g(-m)
    # (10^m never divides a power of two, so the ceiling is always the floor plus one).
    mem_fill(big, 0, 44 * 4)
    store_i32(big + 168, 0, 1)
    n = 43
    m: i32 = 1
    while m <= 350:
        n = fr_big_div_small(big, n, 10)
        at: i32 = t + (350 - m) * 16
        fr_store_top(at, big, n, 0)
        lo: i64 = load_i64(at, 8) + 1
        store_i64(at, 8, lo)
        if lo == 0:
            store_i64(at, 0, load_i64(at, 0) + 1)
        m = m + 1
    return t


def fr_word(p: i32, n: i32, i: i32) -> i32:
    if i < 0 or i >= n:
        return 0
    return load_i32(p + i * 4, 0)


def fr_bits32(p: i32, n: i32, pos: i32) -> i64:
    """Bits pos .. pos + 31 of a big integer (bits below 0 read as zero), as an i64 in [0, 2^32)."""
    w: i32 = pos >> 5
    x: i64 = (u32_to_i64(fr_word(p, n, w + 1)) << 32) | u32_to_i64(fr_word(p, n, w))
    return i64_shr_u(x, i32_to_i64(pos & 31)) & 0xFFFFFFFF


def fr_bit_length(p: i32, n: i32) -> i32:
    if n == 0:
        return 0
    return 32 * n - i32_clz(load_i32(p + (n - 1) * 4, 0))


def fr_store_top(dst: i32, p: i32, n: i32, ceil: i32) -> None:
    """Stores the top 128 bits of a non-zero big integer at dst (high u64, low u64), rounded up
    when `ceil` and any bit below them is set."""
    low: i32 = fr_bit_length(p, n) - 128
    hi: i64 = (fr_bits32(p, n, low + 96) << 32) | fr_bits32(p, n, low + 64)
    lo: i64 = (fr_bits32(p, n, low + 32) << 32) | fr_bits32(p, n, low)
    if ceil and low > 0:
        sticky: i32 = 0
        i: i32 = 0
        while i < (low >> 5):
            if load_i32(p + i * 4, 0) != 0:
                sticky = 1
            i = i + 1
        if (low & 31) != 0 and (fr_word(p, n, low >> 5) & ((1 << (low & 31)) - 1)) != 0:
            sticky = 1
        if sticky:
            lo = lo + 1
            if lo == 0:
                hi = hi + 1
    store_i64(dst, 0, hi)
    store_i64(dst, 8, lo)


# ---- multi-word integers (u32 words, little-endian) ------------------------------------------

def fr_big_muladd(p: i32, n: i32, m: i64, add: i64) -> i32:
    """p = p * m + add in place (m, add < 2^32); returns the new length."""
    carry: i64 = add
    i: i32 = 0
    while i < n:
        x: i64 = u32_to_i64(load_i32(p + i * 4, 0)) * m + carry
        store_i32(p + i * 4, 0, i64_to_i32(x))
        carry = i64_shr_u(x, 32)
        i = i + 1
    if carry != 0:
        store_i32(p + n * 4, 0, i64_to_i32(carry))
        n = n + 1
    return n


def fr_big_div_small(p: i32, n: i32, d: i64) -> i32:
    """p = p // d in place (0 < d < 2^32); returns the new length."""
    r: i64 = 0
    i: i32 = n - 1
    while i >= 0:
        x: i64 = (r << 32) | u32_to_i64(load_i32(p + i * 4, 0))
        q: i64 = i64_div_u(x, d)
        r = x - q * d
        store_i32(p + i * 4, 0, i64_to_i32(q))
        i = i - 1
    while n > 0 and load_i32(p + (n - 1) * 4, 0) == 0:
        n = n - 1
    return n


def fr_big_shl(p: i32, n: i32, sh: i32) -> i32:
    """p = p << sh in place (the buffer must have room); returns the new length."""
    if n == 0:
        return 0
    ws: i32 = sh >> 5
    bs: i64 = i32_to_i64(sh & 31)
    top: i32 = n + ws
    store_i32(p + top * 4, 0, 0)
    i: i32 = n - 1
    while i >= 0:
        x: i64 = u32_to_i64(load_i32(p + i * 4, 0)) << bs
        at: i32 = p + (i + ws) * 4
        store_i32(at, 4, load_i32(at, 4) | i64_to_i32(i64_shr_u(x, 32)))
        store_i32(at, 0, i64_to_i32(x))
        i = i - 1
    i = 0
    while i < ws:
        store_i32(p + i * 4, 0, 0)
        i = i + 1
    n = top + 1
    while n > 0 and load_i32(p + (n - 1) * 4, 0) == 0:
        n = n - 1
    return n


def fr_big_mul_u64(dst: i32, a: i32, na: i32, m: i64) -> i32:
    """dst = a * m for m < 2^63 (dst must not overlap a); returns the length."""
    mlo: i64 = m & 0xFFFFFFFF
    mhi: i64 = i64_shr_u(m, 32)
    mem_fill(dst, 0, (na + 2) * 4)
    carry: i64 = 0
    i: i32 = 0
    while i < na:
        x: i64 = u32_to_i64(load_i32(a + i * 4, 0)) * mlo + carry
        store_i32(dst + i * 4, 0, i64_to_i32(x))
        carry = i64_shr_u(x, 32)
        i = i + 1
    store_i32(dst + na * 4, 0, i64_to_i32(carry))
    carry = 0
    i = 0
    while i < na:
        at: i32 = dst + (i + 1) * 4
        y: i64 = u32_to_i64(load_i32(a + i * 4, 0)) * mhi + u32_to_i64(load_i32(at, 0)) + carry
        store_i32(at, 0, i64_to_i32(y))
        carry = i64_shr_u(y, 32)
        i = i + 1
    store_i32(dst + (na + 1) * 4, 0, i64_to_i32(carry))
    n: i32 = na + 2
    while n > 0 and load_i32(dst + (n - 1) * 4, 0) == 0:
        n = n - 1
    return n


def fr_big_cmp(a: i32, na: i32, b: i32, nb: i32) -> i32:
    if na != nb:
        if na < nb:
            return -1
        return 1
    i: i32 = na - 1
    while i >= 0:
        x: i32 = load_i32(a + i * 4, 0)
        y: i32 = load_i32(b + i * 4, 0)
        if x != y:
            if i64_lt_u(u32_to_i64(x), u32_to_i64(y)):
                return -1
            return 1
        i = i - 1
    return 0


def fr_big_pow5(p: i32, e: i32) -> i32:
    """p = 5^e; returns the length."""
    store_i32(p, 0, 1)
    n: i32 = 1
    while e >= 13:
        n = fr_big_muladd(p, n, 1220703125, 0)
        e = e - 13
    m: i64 = 1
    while e > 0:
        m = m * 5
        e = e - 1
    return fr_big_muladd(p, n, m, 0)


# ---- double -> shortest decimal (Schubfach) ------------------------------------------------

def fr_umulhi(a: i64, b: i64) -> i64:
    """The high 64 bits of the unsigned 128-bit product a * b."""
    a0: i64 = a & 0xFFFFFFFF
    a1: i64 = i64_shr_u(a, 32)
    b0: i64 = b & 0xFFFFFFFF
    b1: i64 = i64_shr_u(b, 32)
    mid: i64 = a1 * b0 + i64_shr_u(a0 * b0, 32)
    mid2: i64 = a0 * b1 + (mid & 0xFFFFFFFF)
    return a1 * b1 + i64_shr_u(mid, 32) + i64_shr_u(mid2, 32)


def fr_rto(g: i32, cp: i64) -> i64:
    """floor(g * cp / 2^128) for the table entry at g, with bit 0 set when the fraction is not
    (nearly) zero: 'round to odd', which keeps the comparisons below exact."""
    ghi: i64 = load_i64(g, 0)
    x1: i64 = fr_umulhi(load_i64(g, 8), cp)
    y0: i64 = ghi * cp + x1
    y1: i64 = fr_umulhi(ghi, cp)
    if i64_lt_u(y0, x1):
        y1 = y1 + 1
    if i64_gt_u(y0, 1):
        y1 = y1 | 1
    return y1


def fr_k(be: i32, t: i64) -> i32:
    """The decimal exponent k of the Schubfach search for a finite non-zero double's biased
    exponent and fraction bits: floor(log10(2^q)), or floor(log10(3/4 * 2^q)) when the lower
    neighbour is closer (a power of two above the subnormals)."""
    q: i32 = be - 1075
    if be == 0:
        q = -1074
    if t == 0 and be > 1:
        return (q * 1262611 - 524031) >> 22
    return (q * 1262611) >> 22


def fr_digits(bits: i64) -> i64:
    """For a positive finite double: the shortest decimal d * 10^k (k = fr_k) that rounds to it,
    and of those the closest (ties to even d). d may end in zeros."""
    be: i32 = i64_to_i32(i64_shr_u(bits, 52)) & 2047
    t: i64 = bits & 0xFFFFFFFFFFFFF
    c: i64 = t
    q: i32 = -1074
    if be != 0:
        c = t | 0x10000000000000
        q = be - 1075
    k: i32 = fr_k(be, t)
    cb: i64 = c << 2
    cbl: i64 = cb - 2
    if t == 0 and be > 1:
        cbl = cb - 1
    h: i64 = i32_to_i64(q + (((0 - k) * 1741647) >> 19) + 1)
    g: i32 = fr_table() + (350 - k) * 16
    vbl: i64 = fr_rto(g, cbl << h)
    vb: i64 = fr_rto(g, cb << h)
    vbr: i64 = fr_rto(g, (cb + 2) << h)
    odd: i64 = c & 1
    lower: i64 = vbl + odd
    upper: i64 = vbr - odd
    s: i64 = vb >> 2
    if s >= 10:
        sp: i64 = s // 10
        uin: i32 = lower <= sp * 40
        win: i32 = sp * 40 + 40 <= upper
        if uin != win:
            return (sp + i32_to_i64(win)) * 10
    uin2: i32 = lower <= s * 4
    win2: i32 = s * 4 + 4 <= upper
    if uin2 != win2:
        return s + i32_to_i64(win2)
    mid: i64 = s * 4 + 2
    if vb > mid or (vb == mid and (s & 1) != 0):
        return s + 1
    return s


# ---- repr layout ------------------------------------------------------------------------------

def fr_put(out: i32, text: obj) -> i32:
    """Copies an ASCII str literal to out; returns the address after it."""
    p: i32 = word_ptr(text)
    n: i32 = load_i32(p, STR_LEN)
    mem_copy(out, p + STR_DATA, n)
    return out + n


def fr_format(x: f64, out: i32) -> i32:
    """Writes repr(x) at out (at most 32 bytes); returns its length."""
    bits: i64 = f64_bits(x)
    pos: i32 = out
    mag: i64 = bits & 0x7FFFFFFFFFFFFFFF
    if mag > 0x7FF0000000000000:
        return fr_put(out, "nan") - out
    if bits < 0:
        store_u8(pos, 0, 45)
        pos = pos + 1
    if mag == 0x7FF0000000000000:
        return fr_put(pos, "inf") - out
    if mag == 0:
        return fr_put(pos, "0.0") - out
    d: i64 = fr_digits(mag)
    k: i32 = fr_k(i64_to_i32(i64_shr_u(mag, 52)), mag & 0xFFFFFFFFFFFFF)
    while d % 10 == 0:
        d = d // 10
        k = k + 1
    n: i32 = 1
    p10: i64 = 10
    while n < 19 and d >= p10:
        n = n + 1
        p10 = p10 * 10
    decpt: i32 = k + n
    # Where digit i goes: base + i, plus one past `split` (the decimal point).
    base: i32 = pos
    split: i32 = n
    end: i32 = pos + n
    if decpt <= -4 or decpt > 16:
        split = 1
        if n > 1:
            store_u8(pos, 1, 46)
            end = end + 1
        end = fr_put_exp(end, decpt - 1)
    elif decpt <= 0:
        end = fr_put(pos, "0.")
        i: i32 = 0
        while i < 0 - decpt:
            store_u8(end, 0, 48)
            end = end + 1
            i = i + 1
        base = end
        end = end + n
    elif decpt >= n:
        end = pos + decpt
        i2: i32 = pos + n
        while i2 < end:
            store_u8(i2, 0, 48)
            i2 = i2 + 1
        end = fr_put(end, ".0")
    else:
        split = decpt
        store_u8(pos + decpt, 0, 46)
        end = end + 1
    j: i32 = n - 1
    while j >= 0:
        at: i32 = base + j
        if j >= split:
            at = at + 1
        store_u8(at, 0, 48 + i64_to_i32(d % 10))
        d = d // 10
        j = j - 1
    return end - out


def fr_put_exp(out: i32, e: i32) -> i32:
    """Writes e+NN / e-NN (at least two exponent digits); returns the address after it."""
    store_u8(out, 0, 101)
    if e < 0:
        store_u8(out, 1, 45)
        e = 0 - e
    else:
        store_u8(out, 1, 43)
    out = out + 2
    if e >= 100:
        store_u8(out, 0, 48 + e // 100)
        out = out + 1
        e = e % 100
    store_u8(out, 0, 48 + e // 10)
    store_u8(out, 1, 48 + e % 10)
    return out + 2


def rt_float_repr(x: f64) -> obj:
    """repr(x) as a new str object."""
    n: i32 = fr_format(x, SCRATCH + 16)
    return rt_str_from_bytes(SCRATCH + 16, n)


def rt_write_float(x: f64) -> None:
    """Writes repr(x) to stdout, formatting it in place in the stdout buffer."""
    used: i32 = load_i32(RT_STDOUT_LEN, 0)
    if used + 32 > STDOUT_BUF_SIZE:
        rt_flush()
        used = 0
    n: i32 = fr_format(x, STDOUT_BUF + used)
    store_i32(RT_STDOUT_LEN, 0, used + n)


# ---- str -> double ------------------------------------------------------------------------------

def rt_parse_float(s: obj) -> f64:
    """float(s) for a str s; ValueError (and 0.0) when s is not a float literal."""
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    i: i32 = 0
    end: i32 = load_i32(p, STR_LEN)
    while i < end and fr_is_space(rt_str_char(p, kind, i)):
        i = i + 1
    while end > i and fr_is_space(rt_str_char(p, kind, end - 1)):
        end = end - 1
    st: i32 = fr_scan(p, kind, i, end)
    if st < 0:
        rt_raise("ValueError", rt_str_concat("could not convert string to float: ", rt_str_repr(s)))
        return 0.0
    sign: i64 = u32_to_i64(load_i32(SCRATCH + 16, 16)) << 63
    if st == 1:
        return f64_from_bits(sign | 0x7FF0000000000000)
    if st == 2:
        return f64_from_bits(sign | 0x7FF8000000000000)
    return f64_from_bits(sign | fr_parse_digits(p, kind, i, end))


def fr_is_space(c: i32) -> i32:
    """What float() strips: ASCII space, \t \n \v \f \r, and the non-ASCII whitespace of
    str.isspace() (CPython maps it to spaces first; \x1c .. \x1f stay)."""
    if c == 32 or (c >= 9 and c <= 13):
        return 1
    if c < 0x85:
        return 0
    if c == 0x85 or c == 0xA0 or c == 0x1680 or (c >= 0x2000 and c <= 0x200A):
        return 1
    return c == 0x2028 or c == 0x2029 or c == 0x202F or c == 0x205F or c == 0x3000


def fr_is_digit(p: i32, kind: i32, i: i32, end: i32) -> i32:
    if i >= end:
        return 0
    c: i32 = rt_str_char(p, kind, i)
    return c >= 48 and c <= 57


def fr_match(p: i32, kind: i32, i: i32, end: i32, word: obj) -> i32:
    """1 if the chars [i, end) spell `word` (lower-case ASCII) in any case."""
    wp: i32 = word_ptr(word)
    n: i32 = load_i32(wp, STR_LEN)
    if end - i != n:
        return 0
    j: i32 = 0
    while j < n:
        c: i32 = rt_str_char(p, kind, i + j)
        if c >= 65 and c <= 90:
            c = c + 32
        if c != load_u8(wp + STR_DATA + j, 0):
            return 0
        j = j + 1
    return 1


def fr_scan(p: i32, kind: i32, i: i32, end: i32) -> i32:
    """Checks [i, end) against float()'s syntax: -1 if invalid, 1 for inf, 2 for nan, 0 for a
    number, recorded at SCRATCH + 16: +0 i64 the first (at most 19) significant digits, +8 i32 the
    count nd of significant digits (trailing zeros dropped), +12 i32 e10 such that the value is
    (those nd digits) * 10^e10, +16 i32 1 if negative, +20 i32 how many digits the i64 holds."""
    rec: i32 = SCRATCH + 16
    store_i32(rec, 16, 0)
    if i < end:
        c0: i32 = rt_str_char(p, kind, i)
        if c0 == 45:
            store_i32(rec, 16, 1)
            i = i + 1
        elif c0 == 43:
            i = i + 1
    if fr_match(p, kind, i, end, "inf") or fr_match(p, kind, i, end, "infinity"):
        return 1
    if fr_match(p, kind, i, end, "nan"):
        return 2
    w: i64 = 0
    nw: i32 = 0
    nd: i32 = 0
    nz: i32 = 0
    nfrac: i32 = 0
    ndig: i32 = 0
    point: i32 = 0
    after_digit: i32 = 0
    while i < end:
        c: i32 = rt_str_char(p, kind, i)
        if c >= 48 and c <= 57:
            ndig = ndig + 1
            if point:
                nfrac = nfrac + 1
            if nd > 0 or c != 48:
                nd = nd + 1
                if c != 48:
                    nz = nd
                if nw < 19:
                    w = w * 10 + i32_to_i64(c - 48)
                    nw = nw + 1
            after_digit = 1
        elif c == 95:
            if not after_digit or not fr_is_digit(p, kind, i + 1, end):
                return -1
            after_digit = 0
        elif c == 46:
            if point:
                return -1
            point = 1
            after_digit = 0
        else:
            break
        i = i + 1
    if ndig == 0:
        return -1
    exp: i32 = 0
    if i < end:
        ce: i32 = rt_str_char(p, kind, i)
        if ce != 101 and ce != 69:
            return -1
        i = i + 1
        eneg: i32 = 0
        if i < end:
            cs: i32 = rt_str_char(p, kind, i)
            if cs == 45:
                eneg = 1
                i = i + 1
            elif cs == 43:
                i = i + 1
        edig: i32 = 0
        after_digit = 0
        while i < end:
            cd: i32 = rt_str_char(p, kind, i)
            if cd >= 48 and cd <= 57:
                if exp < 100000000:
                    exp = exp * 10 + cd - 48
                edig = edig + 1
                after_digit = 1
            elif cd == 95 and after_digit and fr_is_digit(p, kind, i + 1, end):
                after_digit = 0
            else:
                return -1
            i = i + 1
        if edig == 0:
            return -1
        if eneg:
            exp = 0 - exp
    while nw > nz:
        w = i64_div_u(w, 10)
        nw = nw - 1
    store_i64(rec, 0, w)
    store_i32(rec, 8, nz)
    store_i32(rec, 12, exp - nfrac + (nd - nz))
    store_i32(rec, 20, nw)
    return 0


def fr_parse_digits(p: i32, kind: i32, i: i32, end: i32) -> i64:
    """The bits of the (positive) double nearest to the number fr_scan recorded."""
    rec: i32 = SCRATCH + 16
    w: i64 = load_i64(rec, 0)
    nd: i32 = load_i32(rec, 8)
    e10: i32 = load_i32(rec, 12)
    if nd == 0:
        return 0
    if e10 + nd > 310:
        return 0x7FF0000000000000
    if e10 + nd < -323:
        return 0
    if nd <= 15 and e10 >= -22 and e10 <= 22:
        # Both w and 10^|e10| are exact doubles: one correctly rounded operation (Clinger).
        x: f64 = i64_to_f64(w)
        scale: f64 = 1.0
        j: i32 = 0
        while j < e10 or j < 0 - e10:
            scale = scale * 10.0
            j = j + 1
        if e10 >= 0:
            return f64_bits(x * scale)
        return f64_bits(x / scale)
    b: i64 = fr_approx(w, e10 + nd - load_i32(rec, 20))
    return fr_correct(p, kind, i, end, b)


def fr_ldexp(x: f64, e: i32) -> f64:
    while e > 1000:
        x = x * f64_from_bits(0x7E70000000000000)
        e = e - 1000
    while e < -1000:
        x = x * f64_from_bits(0x0170000000000000)
        e = e + 1000
    return x * f64_from_bits(i32_to_i64(e + 1023) << 52)


def fr_approx(w: i64, ew: i32) -> i64:
    """The bits of a double within a few units in the last place of w * 10^ew (w > 0)."""
    g: i32 = fr_table() + (ew + 350) * 16
    lz: i64 = i64_clz(w)
    hi: i64 = fr_umulhi(w << lz, load_i64(g, 0))
    # w * 10^ew ~ hi * 2^(1 + floor(log2(10^ew)) - lz); hi >> 11 converts exactly.
    x: f64 = i64_to_f64(i64_shr_u(hi, 11))
    return f64_bits(fr_ldexp(x, 12 + ((ew * 1741647) >> 19) - i64_to_i32(lz)))


def fr_big_digits(p: i32, kind: i32, i: i32, end: i32, big: i32, lim: i32) -> i32:
    """The first `lim` significant digits of the (valid) literal at [i, end) as a big integer."""
    n: i32 = 0
    count: i32 = 0
    chunk: i64 = 0
    mul: i64 = 1
    while i < end and count < lim:
        c: i32 = rt_str_char(p, kind, i)
        if c >= 48 and c <= 57:
            if count > 0 or c != 48:
                chunk = chunk * 10 + i32_to_i64(c - 48)
                mul = mul * 10
                count = count + 1
                if mul == 1000000000:
                    n = fr_big_muladd(big, n, mul, chunk)
                    chunk = 0
                    mul = 1
        elif c == 101 or c == 69:
            break
        i = i + 1
    if mul > 1:
        n = fr_big_muladd(big, n, mul, chunk)
    return n


def fr_correct(p: i32, kind: i32, i: i32, end: i32, b: i64) -> i64:
    """Moves the candidate b (bits of a non-negative double or inf) to the double nearest to the
    recorded number (ties to even), by exact comparisons with the halfway points around b."""
    rec: i32 = SCRATCH + 16
    nd: i32 = load_i32(rec, 8)
    keep: i32 = nd
    sticky: i32 = 0
    if keep > 800:
        # A halfway point has at most 767 significant digits: digits past 800 only break ties.
        keep = 800
        sticky = 1
    e: i32 = load_i32(rec, 12) + nd - keep
    mem: i32 = fr_buffer(4 * 512)
    a0: i32 = mem
    p5: i32 = mem + 512
    ta: i32 = mem + 1024
    tb: i32 = mem + 1536
    na0: i32 = fr_big_digits(p, kind, i, end, a0, keep)
    np5: i32 = 1
    store_i32(p5, 0, 1)
    if e > 0:
        k: i32 = e
        while k >= 13:
            na0 = fr_big_muladd(a0, na0, 1220703125, 0)
            k = k - 13
        while k > 0:
            na0 = fr_big_muladd(a0, na0, 5, 0)
            k = k - 1
    else:
        np5 = fr_big_pow5(p5, 0 - e)
    while True:
        be: i32 = i64_to_i32(i64_shr_u(b, 52))
        t: i64 = b & 0xFFFFFFFFFFFFF
        c: i64 = t
        q: i32 = -1074
        if be != 0:
            c = t | 0x10000000000000
            q = be - 1075
        odd: i32 = i64_to_i32(b & 1)
        if be != 2047:
            up: i32 = fr_cmp_mid(a0, na0, e, p5, np5, c * 2 + 1, q - 1, ta, tb, sticky)
            if up > 0 or (up == 0 and odd):
                b = b + 1
                continue
        if b != 0:
            down: i32 = 0
            if t == 0 and be > 1:
                down = fr_cmp_mid(a0, na0, e, p5, np5, c * 4 - 1, q - 2, ta, tb, sticky)
            else:
                down = fr_cmp_mid(a0, na0, e, p5, np5, c * 2 - 1, q - 1, ta, tb, sticky)
            if down < 0 or (down == 0 and odd):
                b = b - 1
                continue
        return b
    return b


def fr_cmp_mid(a0: i32, na0: i32, e: i32, p5: i32, np5: i32, m: i64, qm: i32, ta: i32, tb: i32,
               sticky: i32) -> i32:
    """Compares a0 * 2^e with p5 * m * 2^qm: -1, 0 or 1 (1 also when equal but `sticky`)."""
    ntb: i32 = fr_big_mul_u64(tb, p5, np5, m)
    mem_copy(ta, a0, na0 * 4)
    nta: i32 = na0
    d2: i32 = e - qm
    if d2 > 0:
        nta = fr_big_shl(ta, nta, d2)
    elif d2 < 0:
        ntb = fr_big_shl(tb, ntb, 0 - d2)
    r: i32 = fr_big_cmp(ta, nta, tb, ntb)
    if r == 0 and sticky:
        return 1
    return r


# ---- '%.*f' and '%.*e' (correctly rounded, ties to even, as CPython's dtoa modes 3 and 2) ------

def rt_float_format_fixed(x: f64, prec: i32) -> obj:
    """'%.*f' % (prec, x) as a new str."""
    return fr_format_digits(x, prec, 0)


def rt_float_format_exp(x: f64, prec: i32) -> obj:
    """'%.*e' % (prec, x) as a new str."""
    return fr_format_digits(x, prec, 1)


def fr_exact_digits(mag: i64, buf: i32) -> i32:
    """Writes the decimal digits of the integer N = x * 10^s (s = fr_exact_scale(mag)) for a
    finite double's magnitude bits at buf + 800 - count .. buf + 800; returns count (N = 0: 1)."""
    be: i32 = i64_to_i32(i64_shr_u(mag, 52))
    c: i64 = mag & 0xFFFFFFFFFFFFF
    q: i32 = -1074
    if be != 0:
        c = c | 0x10000000000000
        q = be - 1075
    big: i32 = buf + 800
    mem_fill(big, 0, 400)
    store_i64(big, 0, c)
    n: i32 = 2
    while n > 0 and load_i32(big + (n - 1) * 4, 0) == 0:
        n = n - 1
    if q >= 0:
        n = fr_big_shl(big, n, q)
    else:
        k: i32 = 0 - q
        while k >= 13:
            n = fr_big_muladd(big, n, 1220703125, 0)
            k = k - 13
        while k > 0:
            n = fr_big_muladd(big, n, 5, 0)
            k = k - 1
    pos: i32 = buf + 800
    while n > 0:
        r: i64 = fr_big_divmod(big, n, 1000000000)
        while n > 0 and load_i32(big + (n - 1) * 4, 0) == 0:
            n = n - 1
        j: i32 = 0
        while j < 9:
            pos = pos - 1
            store_u8(pos, 0, 48 + i64_to_i32(r % 10))
            r = r // 10
            j = j + 1
    while pos < buf + 799 and load_u8(pos, 0) == 48:
        pos = pos + 1
    if pos == buf + 800:
        pos = pos - 1
        store_u8(pos, 0, 48)
    return buf + 800 - pos


def fr_big_divmod(p: i32, n: i32, d: i64) -> i64:
    """p = p // d in place (0 < d < 2^32, length unchanged); returns p % d."""
    r: i64 = 0
    i: i32 = n - 1
    while i >= 0:
        x: i64 = (r << 32) | u32_to_i64(load_i32(p + i * 4, 0))
        q: i64 = i64_div_u(x, d)
        r = x - q * d
        store_i32(p + i * 4, 0, i64_to_i32(q))
        i = i - 1
    return r


def fr_round_digits(d: i32, n: i32, keep: i32) -> i32:
    """Rounds the n digits at d to their first `keep` (0 <= keep < n), ties to even; the result
    is written at d - 1 .. d + keep (one more leading digit, '0' unless a carry ran out);
    returns 1 if that leading digit is '1'."""
    up: i32 = 0
    first: i32 = load_u8(d + keep, 0)
    if first > 53:
        up = 1
    elif first == 53:
        j: i32 = keep + 1
        while j < n:
            if load_u8(d + j, 0) != 48:
                up = 1
            j = j + 1
        if up == 0 and keep > 0 and (load_u8(d + keep - 1, 0) & 1) == 1:
            up = 1
    store_u8(d - 1, 0, 48)
    i: i32 = keep - 1
    while up and i >= -1:
        c: i32 = load_u8(d + i, 0)
        if c == 57:
            store_u8(d + i, 0, 48)
        else:
            store_u8(d + i, 0, c + 1)
            up = 0
        i = i - 1
    return load_u8(d - 1, 0) == 49


def fr_format_digits(x: f64, prec: i32, expo: i32) -> obj:
    bits: i64 = f64_bits(x)
    mag: i64 = bits & 0x7FFFFFFFFFFFFFFF
    if mag > 0x7FF0000000000000:
        return "nan"
    if mag == 0x7FF0000000000000:
        if bits < 0:
            return "-inf"
        return "inf"
    if prec < 0:
        prec = 0
    buf: i32 = fr_buffer(1600 + prec * 2)
    n: i32 = fr_exact_digits(mag, buf)
    d: i32 = buf + 800 - n
    be: i32 = i64_to_i32(i64_shr_u(mag, 52))
    s: i32 = 0
    if be < 1075:
        s = 1075 - be
        if be == 0:
            s = 1074
    out: i32 = buf + 1200
    pos: i32 = out
    if bits < 0:
        store_u8(pos, 0, 45)
        pos = pos + 1
    if expo:
        # Significant digits: p + 1 of them, the first at 10^e.
        e: i32 = n - 1 - s
        if mag == 0:
            e = 0
        if n > prec + 1:
            if fr_round_digits(d, n, prec + 1):
                d = d - 1
                e = e + 1
            n = prec + 1
        store_u8(pos, 0, load_u8(d, 0))
        pos = pos + 1
        if prec > 0:
            store_u8(pos, 0, 46)
            pos = pos + 1
            i: i32 = 1
            while i <= prec:
                c: i32 = 48
                if i < n:
                    c = load_u8(d + i, 0)
                store_u8(pos, 0, c)
                pos = pos + 1
                i = i + 1
        pos = fr_put_exp(pos, e)
        return rt_str_from_bytes(out, pos - out)
    # Fixed: the digits are N * 10^-s; keep those down to 10^-prec.
    if s > prec:
        drop: i32 = s - prec
        if drop > n:
            # x < 10^(n - s) <= 10^-(prec + 1): less than half of the last place kept.
            n = 0
        else:
            if fr_round_digits(d, n, n - drop):
                d = d - 1
                n = n + 1
            n = n - drop
        s = prec
    # Now N has n digits at d and s <= prec decimals.
    intlen: i32 = n - s
    if intlen <= 0:
        store_u8(pos, 0, 48)
        pos = pos + 1
    else:
        mem_copy(pos, d, intlen)
        pos = pos + intlen
    if prec > 0:
        store_u8(pos, 0, 46)
        pos = pos + 1
        k: i32 = 0
        while k < prec:
            idx: i32 = intlen + k
            c2: i32 = 48
            if idx >= 0 and idx < n:
                c2 = load_u8(d + idx, 0)
            store_u8(pos, 0, c2)
            pos = pos + 1
            k = k + 1
    return rt_str_from_bytes(out, pos - out)
