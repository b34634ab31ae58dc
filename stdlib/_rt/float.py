# Floats: boxing (rt_box_float, the code generator's `box.float`), CPython's float arithmetic
# (floor division and modulo signs, fmod, pow's special cases and errors), conversions between
# ints and floats (exact or correctly rounded: float(int), int(float), int / int as CPython's
# long_true_divide), exact int/float comparison (float_richcompare) and hash (_Py_HashDouble).
# round() and float pow with non-integral exponents are in float_round.py.
from __keel__ import (
    i32, i64, f64, obj, load_i32, load_f64, store_f64, load_obj, is_small, tag_int, untag_int,
    ptr_word, word_ptr, i32_to_i64, i64_to_i32, i64_to_f64, f64_to_i64_sat, f64_bits,
    f64_from_bits, f64_floor, f64_trunc, f64_abs, f64_copysign, i64_shr_u, i64_le_u, i64_clz,
    exc_get, store_i32, store_i64,
    INT_DIGITS, TYPE_FLOAT, FLOAT_VALUE, FLOAT_SIZE, GC_STATE, GC_CLASSES, GC_ALLOCATED, GC_THRESHOLD, RT_GC_DUE,
)

# ---- a double's parts ------------------------------------------------------------------------

def rt_f64_significand(bits: i64) -> i64:
    """The integer significand m of a finite double given by its bits: |x| = m * 2**e with e
    from rt_f64_exponent (subnormals have no implicit leading bit)."""
    m: i64 = bits & 4503599627370495
    if ((bits >> 52) & 2047) != 0:
        m = m | 4503599627370496
    return m


def rt_f64_exponent(bits: i64) -> i64:
    """The power of two e of a finite double given by its bits: |x| = m * 2**e with m from
    rt_f64_significand."""
    ef: i64 = (bits >> 52) & 2047
    if ef == 0:
        return -1074
    return ef - 1075


# ---- boxing ----------------------------------------------------------------------------------

def rt_box_float(x: f64) -> obj:
    """A new float. Its 16-byte cell is taken in line as rt_alloc's fast path would (size class
    0, cells of 16 bytes): a free cell is zero but for its link word, which the value overwrites,
    a bump cell is fresh; an empty class or a used-up page is rt_alloc's (raytrace makes millions)."""
    c: i32 = GC_STATE + GC_CLASSES
    p: i32 = load_i32(c, 0)
    if p != 0:
        store_i32(c, 0, load_i32(p, 8))
    else:
        p = load_i32(c, 4)
        if p >= load_i32(c, 8):
            p = rt_alloc(FLOAT_SIZE, TYPE_FLOAT)
            store_f64(p, FLOAT_VALUE, x)
            return ptr_word(p)
        store_i32(c, 4, p + FLOAT_SIZE)
    a: i32 = load_i32(GC_STATE, GC_ALLOCATED) + FLOAT_SIZE
    store_i32(GC_STATE, GC_ALLOCATED, a)
    if a > load_i32(GC_STATE, GC_THRESHOLD):
        store_i32(RT_GC_DUE, 0, 1)
    store_i64(p, 0, i32_to_i64(TYPE_FLOAT))  # the type id, and a clear GC word
    store_f64(p, FLOAT_VALUE, x)
    return ptr_word(p)


def rt_float_value(x: obj) -> f64:
    return load_f64(word_ptr(x), FLOAT_VALUE)


def rt_f64_is_nan(x: f64) -> i32:
    return x != x


def rt_f64_is_inf(x: f64) -> i32:
    return f64_abs(x) == 1.0 / 0.0


def rt_pow2(e: i64) -> f64:
    """2.0 ** e for -1022 <= e <= 1023."""
    return f64_from_bits((e + 1023) << 52)


def rt_ldexp(x: f64, e: i64) -> f64:
    """x * 2**e, exact when the result is representable and x >= 1 (as its callers ensure)."""
    while e > 1023:
        x = x * rt_pow2(1023)
        e = e - 1023
    while e < -1022:
        x = x * rt_pow2(-1022)
        e = e + 1022
    return x * rt_pow2(e)


# ---- arithmetic ------------------------------------------------------------------------------

def rt_fmod(x: f64, y: f64) -> f64:
    """C's fmod, exact: x - n*y with n = trunc(x/y), by long division on the significands."""
    ux: i64 = f64_bits(x)
    uy: i64 = f64_bits(y)
    ex: i64 = (ux >> 52) & 2047
    ey: i64 = (uy >> 52) & 2047
    sx: i64 = ux & (1 << 63)
    if (uy << 1) == 0 or y != y or ex == 2047:
        return (x * y) / (x * y)
    if i64_le_u(ux << 1, uy << 1):
        if (ux << 1) == (uy << 1):
            return x * 0.0
        return x
    if ex == 0:
        ex = 0 - i64_clz(ux << 12)
        ux = ux << (1 - ex)
    else:
        ux = (ux & 4503599627370495) | 4503599627370496
    if ey == 0:
        ey = 0 - i64_clz(uy << 12)
        uy = uy << (1 - ey)
    else:
        uy = (uy & 4503599627370495) | 4503599627370496
    while ex > ey:
        d: i64 = ux - uy
        if d >= 0:
            if d == 0:
                return x * 0.0
            ux = d
        ux = ux << 1
        ex = ex - 1
    d2: i64 = ux - uy
    if d2 >= 0:
        if d2 == 0:
            return x * 0.0
        ux = d2
    while i64_shr_u(ux, 52) == 0:
        ux = ux << 1
        ex = ex - 1
    if ex > 0:
        ux = (ux - 4503599627370496) | (ex << 52)
    else:
        ux = i64_shr_u(ux, 1 - ex)
    return f64_from_bits(ux | sx)


def rt_float_divmod_part(vx: f64, wx: f64, which: i32) -> f64:
    """CPython's float_divmod: the floor quotient (which 0) or the modulo (which 1); wx != 0."""
    mod: f64 = rt_fmod(vx, wx)
    div: f64 = (vx - mod) / wx
    if mod != 0.0:
        if (wx < 0.0) != (mod < 0.0):
            mod = mod + wx
            div = div - 1.0
    else:
        mod = f64_copysign(0.0, wx)
    if which:
        return mod
    floordiv: f64 = 0.0
    if div != 0.0:
        floordiv = f64_floor(div)
        if div - floordiv > 0.5:
            floordiv = floordiv + 1.0
    else:
        floordiv = f64_copysign(0.0, vx / wx)
    return floordiv


def rt_float_truediv(x: f64, y: f64) -> obj:
    if y == 0.0:
        rt_raise("ZeroDivisionError", "float division by zero")
        return 1
    return rt_box_float(x / y)


def rt_float_floordiv(x: f64, y: f64) -> obj:
    if y == 0.0:
        rt_raise("ZeroDivisionError", "float floor division by zero")
        return 1
    return rt_box_float(rt_float_divmod_part(x, y, 0))


def rt_float_mod(x: f64, y: f64) -> obj:
    if y == 0.0:
        rt_raise("ZeroDivisionError", "float modulo")
        return 1
    return rt_box_float(rt_float_divmod_part(x, y, 1))


def rt_f64_is_odd_integer(x: f64) -> i32:
    """Whether x is an odd integer (CPython's DOUBLE_IS_ODD_INTEGER)."""
    if f64_abs(x) >= 9007199254740992.0:
        return 0
    if f64_trunc(x) != x:
        return 0
    return (f64_to_i64_sat(x) & 1) == 1


def rt_float_pow(iv: f64, iw: f64) -> obj:
    """iv ** iw for floats, with CPython's special cases and errors."""
    if iw == 0.0:
        return rt_box_float(1.0)
    if iv != iv:
        return rt_box_float(iv)
    if iw != iw:
        if iv == 1.0:
            return rt_box_float(1.0)
        return rt_box_float(iw)
    if rt_f64_is_inf(iw):
        a: f64 = f64_abs(iv)
        if a == 1.0:
            return rt_box_float(1.0)
        if (iw > 0.0) == (a > 1.0):
            return rt_box_float(f64_abs(iw))
        return rt_box_float(0.0)
    odd: i32 = rt_f64_is_odd_integer(iw)
    if rt_f64_is_inf(iv):
        if iw > 0.0:
            if odd:
                return rt_box_float(iv)
            return rt_box_float(f64_abs(iv))
        if odd:
            return rt_box_float(f64_copysign(0.0, iv))
        return rt_box_float(0.0)
    if iv == 0.0:
        if iw < 0.0:
            rt_raise("ZeroDivisionError", "0.0 cannot be raised to a negative power")
            return 1
        if odd:
            return rt_box_float(iv)
        return rt_box_float(0.0)
    negate: i32 = 0
    if iv < 0.0:
        if iw != f64_floor(iw):
            rt_raise("NotImplementedError", "not supported yet: complex numbers (a negative number raised to a fractional power)")
            return 1
        iv = -iv
        negate = odd
    if iv == 1.0:
        if negate:
            return rt_box_float(-1.0)
        return rt_box_float(1.0)
    r: f64 = rt_f64_pow_pos(iv, iw)
    if exc_get() is not 0:
        return 1
    if rt_f64_is_inf(r):
        rt_raise_args("OverflowError", rt_tuple_new2(34, "Numerical result out of range"))
        return 1
    if negate:
        r = -r
    return rt_box_float(r)


# ---- conversions -------------------------------------------------------------------------------

def rt_float_to_int(x: f64) -> obj:
    """int(x): truncation towards zero, as a small or big int."""
    if x != x:
        rt_raise("ValueError", "cannot convert float NaN to integer")
        return 1
    if rt_f64_is_inf(x):
        rt_raise("OverflowError", "cannot convert float infinity to integer")
        return 1
    if f64_abs(x) < 4611686018427387904.0:
        return tag_int(f64_to_i64_sat(x))
    bits: i64 = f64_bits(x)
    m: i64 = (bits & 4503599627370495) | 4503599627370496
    e: i64 = ((bits >> 52) & 2047) - 1075
    r: obj = rt_int_lshift(tag_int(m), tag_int(e))
    if x < 0.0:
        return rt_int_neg(r)
    return r


def rt_int_to_f64(x: obj) -> f64:
    """float(x) for an int, correctly rounded (OverflowError when too large)."""
    r: f64 = rt_int_to_f64_inf(x)
    if rt_f64_is_inf(r):
        rt_raise("OverflowError", "int too large to convert to float")
    return r


def rt_int_to_f64_inf(x: obj) -> f64:
    """float(x) for an int, correctly rounded, or an infinity when too large."""
    if is_small(x):
        return i64_to_f64(untag_int(x))
    p: i32 = word_ptr(x)
    n: i32 = rt_int_nd(p)
    a: i32 = p + INT_DIGITS
    nbits: i64 = rt_int_bit_length_mag(a, n)
    r: f64 = 1.0 / 0.0
    if nbits <= 1024:
        # the top 55 bits, with a sticky bit for everything below: converting that rounds
        # correctly
        shift: i64 = nbits - 55
        top: i64 = untag_int(rt_int_rshift(rt_int_abs(x), tag_int(shift)))
        if rt_mag_low_nonzero(a, n, shift):
            top = top | 1
        r = rt_ldexp(i64_to_f64(top), shift)
    if load_i32(p, 8) < 0:
        return -r
    return r


def rt_mag_low_nonzero(a: i32, n: i32, k: i64) -> i32:
    """Whether any of the lowest k bits of magnitude a (n digits) is set."""
    whole: i32 = i64_to_i32(k // 30)
    i: i32 = 0
    while i < whole and i < n:
        if load_i32(a + 4 * i, 0) != 0:
            return 1
        i = i + 1
    bits: i32 = i64_to_i32(k) - whole * 30
    if whole < n and bits > 0:
        return (load_i32(a + 4 * whole, 0) & ((1 << bits) - 1)) != 0
    return 0


def rt_int_bit_length(x: obj) -> i64:
    if is_small(x):
        v: i64 = untag_int(x)
        if v < 0:
            v = 0 - v
        return 64 - i64_clz(v)
    p: i32 = word_ptr(x)
    return rt_int_bit_length_mag(p + INT_DIGITS, rt_int_nd(p))


def rt_int_truediv(x: obj, y: obj) -> obj:
    """x / y for ints, correctly rounded (CPython's long_true_divide)."""
    if y is 0:
        rt_raise("ZeroDivisionError", "division by zero")
        return 1
    if is_small(x) & is_small(y):
        a: i64 = untag_int(x)
        b: i64 = untag_int(y)
        if a >= -9007199254740992 and a <= 9007199254740992 and b >= -9007199254740992 and b <= 9007199254740992:
            return rt_box_float(i64_to_f64(a) / i64_to_f64(b))
    neg: i32 = rt_int_is_neg(x) != rt_int_is_neg(y)
    r: f64 = rt_int_ratio(rt_int_abs(x), rt_int_abs(y))
    if rt_f64_is_inf(r):
        rt_raise("OverflowError", "integer division result too large for a float")
        return 1
    if neg:
        r = -r
    return rt_box_float(r)


def rt_int_ratio(a: obj, b: obj) -> f64:
    """a / b correctly rounded for ints a >= 0, b > 0 (an infinity when too large)."""
    if a is 0:
        return 0.0
    diff: i64 = rt_int_bit_length(a) - rt_int_bit_length(b)
    if diff > 1024:
        return 1.0 / 0.0
    if diff < -1075:
        return 0.0
    shift: i64 = diff
    if shift < -1021:
        shift = -1021
    shift = shift - 55
    inexact: i64 = 0
    xs: obj = a
    if shift <= 0:
        xs = rt_int_lshift(a, tag_int(0 - shift))
    else:
        xs = rt_int_rshift(a, tag_int(shift))
        if rt_int_cmp(rt_int_lshift(xs, tag_int(shift)), a) != 0:
            inexact = 1
    cell: i32 = rt_int_divmod_cell(xs, b)
    if load_obj(cell, 8) is not 0:
        inexact = 1
    v: i64 = untag_int(load_obj(cell, 0))
    xbits: i64 = 64 - i64_clz(v)
    extra: i64 = xbits
    lim: i64 = -1021 - shift
    if lim > extra:
        extra = lim
    extra = extra - 53
    mask: i64 = 1 << (extra - 1)
    low: i64 = v | inexact
    if (low & mask) != 0 and (low & (3 * mask - 1)) != 0:
        low = low + mask
    v = low & (-1 - (2 * mask - 1))
    dx: f64 = i64_to_f64(v)
    if shift + xbits >= 1024:
        if shift + xbits > 1024 or dx == rt_ldexp(1.0, xbits):
            return 1.0 / 0.0
    return rt_ldexp(dx, shift)


# ---- comparison and hash ---------------------------------------------------------------------

def rt_float_cmp_int(x: f64, n: obj) -> i32:
    """-1, 0, 1 comparing float x with int n exactly; 2 when x is nan."""
    if x != x:
        return 2
    if is_small(n):
        v: i64 = untag_int(n)
        if v >= -9007199254740992 and v <= 9007199254740992:
            return rt_f64_cmp(x, i64_to_f64(v))
    if rt_f64_is_inf(x):
        if x > 0.0:
            return 1
        return -1
    fl: f64 = f64_floor(x)
    c: i32 = rt_int_cmp(rt_float_to_int(fl), n)
    if fl == x or c != 0:
        return c
    return 1  # x is between floor(x) == n and n + 1


def rt_f64_cmp(x: f64, y: f64) -> i32:
    if x < y:
        return -1
    if x > y:
        return 1
    if x == y:
        return 0
    return 2


def rt_float_hash(v: f64) -> i64:
    """CPython's _Py_HashDouble (nan hashes to 0 here: CPython uses the object's identity)."""
    if v != v:
        return 0
    if rt_f64_is_inf(v):
        if v > 0.0:
            return 314159
        return -314159
    bits: i64 = f64_bits(v)
    sign: i64 = 1
    if v < 0.0:
        sign = -1
    # v = m * 2**e with 0.5 <= m < 1 (frexp)
    ef: i64 = (bits >> 52) & 2047
    mant: i64 = bits & 4503599627370495
    e: i64 = 0
    if ef == 0:
        if mant == 0:
            return 0
        lz: i64 = i64_clz(mant) - 11
        mant = (mant << lz) & 4503599627370495
        e = -1021 - lz
    else:
        e = ef - 1022
    m: f64 = f64_from_bits(mant | (1022 << 52))
    x: i64 = 0
    while m != 0.0:
        x = ((x << 28) & 2305843009213693951) | i64_shr_u(x, 33)
        m = m * 268435456.0
        e = e - 28
        y: i64 = f64_to_i64_sat(m)
        m = m - i64_to_f64(y)
        x = x + y
        if x >= 2305843009213693951:
            x = x - 2305843009213693951
    if e >= 0:
        e = e % 61
    else:
        e = 60 - (-1 - e) % 61
    x = ((x << e) & 2305843009213693951) | i64_shr_u(x, 61 - e)
    x = x * sign
    if x == -1:
        x = -2
    return x


# ---- float.hex() -----------------------------------------------------------------------------

def rt_float_hex(v: f64) -> obj:
    """float.hex(): '-0x1.8000000000000p+1' (13 hex digits always; subnormals '0x0.…p-1022')."""
    if v != v:
        return "nan"
    if v == 1.0 / 0.0:
        return "inf"
    if v == -1.0 / 0.0:
        return "-inf"
    bits: i64 = f64_bits(v)
    sign: obj = ""
    if bits < 0:
        sign = "-"
    e: i64 = (bits >> 52) & 2047
    m: i64 = bits & 0xFFFFFFFFFFFFF
    if e == 0 and m == 0:
        return rt_str_concat(sign, "0x0.0p+0")
    lead: obj = "0x1."
    exp: i64 = e - 1023
    if e == 0:
        lead = "0x0."
        exp = -1022
    s: obj = rt_str_concat(sign, lead)
    k: i32 = 12
    while k >= 0:
        s = rt_str_concat(s, rt_str_from_char(rt_hex_digit(i64_to_i32((m >> i32_to_i64(k * 4)) & 15))))
        k = k - 1
    if exp < 0:
        return rt_str_concat(rt_str_concat(s, "p-"), rt_i64_to_str(-exp))
    return rt_str_concat(rt_str_concat(s, "p+"), rt_i64_to_str(exp))


# ---- float.fromhex --------------------------------------------------------------------------

def rt_fh_space(c: i32) -> i32:
    return c == 32 or (c >= 9 and c <= 13)


def rt_fh_lower(c: i32) -> i32:
    if c >= 65 and c <= 90:
        return c + 32
    return c


def rt_fh_word(p: i32, kind: i32, n: i32, i: i32, w: obj) -> i32:
    """Whether the ASCII word w (lower case) is at position i of the str at p, in any case."""
    m: i32 = rt_str_len(w)
    if i + m > n:
        return 0
    q: i32 = word_ptr(w)
    k: i32 = 0
    while k < m:
        if rt_fh_lower(rt_str_char(p, kind, i + k)) != rt_str_char(q, 1, k):
            return 0
        k = k + 1
    return 1


def rt_float_fromhex(s: obj) -> obj:
    """float.fromhex(s): [sign] ['0x'] hex digits with an optional point [p exponent], or inf,
    infinity, nan, with surrounding whitespace; rounded half to even to the nearest double
    (subnormals included), built from its bits. CPython's errors and messages."""
    if is_small(s) or not rt_is_str(s):
        rt_raise("TypeError", "bad argument type for built-in operation")
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = rt_str_kind(p)
    n: i32 = rt_str_len(s)
    i: i32 = 0
    while i < n and rt_fh_space(rt_str_char(p, kind, i)):
        i = i + 1
    neg: i32 = 0
    j: i32 = i
    if j < n and (rt_str_char(p, kind, j) == 45 or rt_str_char(p, kind, j) == 43):
        neg = rt_str_char(p, kind, j) == 45
        j = j + 1
    special: f64 = 0.0
    is_special: i32 = 0
    if rt_fh_word(p, kind, n, j, "inf"):
        is_special = 1
        special = 1.0 / 0.0
        j = j + 3
        if rt_fh_word(p, kind, n, j, "inity"):
            j = j + 5
    elif rt_fh_word(p, kind, n, j, "nan"):
        is_special = 1
        special = 0.0 / 0.0
        j = j + 3
    bits: i64 = 0
    if is_special:
        i = j
        bits = f64_bits(special)
    else:
        i = j
        if i + 1 < n and rt_str_char(p, kind, i) == 48 and rt_fh_lower(rt_str_char(p, kind, i + 1)) == 120:
            i = i + 2
        # the digits: the significand's first 15 significant ones in mant, whether any later one
        # is non-zero in sticky, and the power of two they are scaled by in e
        mant: i64 = 0
        sticky: i32 = 0
        e: i64 = 0
        digits: i32 = 0
        frac: i32 = 0
        while i < n:
            c: i32 = rt_str_char(p, kind, i)
            if c == 46 and not frac:
                frac = 1
                i = i + 1
                continue
            d: i32 = rt_hex_value(c)
            if d < 0:
                break
            digits = digits + 1
            if (mant >> 56) == 0:
                mant = mant * 16 + i32_to_i64(d)
                if frac:
                    e = e - 4
            else:
                if d != 0:
                    sticky = 1
                if not frac:
                    e = e + 4
            i = i + 1
        if digits == 0:
            rt_raise("ValueError", "invalid hexadecimal floating-point string")
            return 1
        if i < n and rt_fh_lower(rt_str_char(p, kind, i)) == 112:
            i = i + 1
            eneg: i32 = 0
            if i < n and (rt_str_char(p, kind, i) == 45 or rt_str_char(p, kind, i) == 43):
                eneg = rt_str_char(p, kind, i) == 45
                i = i + 1
            if i >= n or rt_str_char(p, kind, i) < 48 or rt_str_char(p, kind, i) > 57:
                rt_raise("ValueError", "invalid hexadecimal floating-point string")
                return 1
            pe: i64 = 0
            while i < n and rt_str_char(p, kind, i) >= 48 and rt_str_char(p, kind, i) <= 57:
                if pe < 1000000000000:
                    pe = pe * 10 + i32_to_i64(rt_str_char(p, kind, i) - 48)
                i = i + 1
            if eneg:
                pe = 0 - pe
            e = e + pe
        bits = rt_fh_bits(mant, sticky, e)
        if bits < 0:  # before the check of what follows, as in CPython
            rt_raise("OverflowError", "hexadecimal value too large to represent as a float")
            return 1
    while i < n and rt_fh_space(rt_str_char(p, kind, i)):
        i = i + 1
    if i != n:
        rt_raise("ValueError", "invalid hexadecimal floating-point string")
        return 1
    if neg:
        bits = bits | (1 << 63)
    return rt_box_float(f64_from_bits(bits))


def rt_fh_bits(mant: i64, sticky: i32, e: i64) -> i64:
    """The bits of the double nearest mant * 2**e (plus less than one unit of mant when sticky),
    ties to even; -1 when it is too large."""
    if mant == 0:
        return 0
    top: i64 = e + 64 - i64_clz(mant)  # one more than the exponent of mant's top bit
    if top > 1024:
        return -1
    if top < -1074:
        return 0
    lsb: i64 = top - 53
    if lsb < -1074:
        lsb = -1074
    q: i64 = 0
    if e >= lsb:
        q = mant << (e - lsb)
    else:
        shift: i64 = lsb - e
        if shift >= 64:
            q = 0
        else:
            q = i64_shr_u(mant, shift)
            r: i64 = mant - (q << shift)
            half: i64 = 1 << (shift - 1)
            if r > half or (r == half and (sticky or (q & 1) != 0)):
                q = q + 1
    if q == 9007199254740992:
        q = 4503599627370496
        lsb = lsb + 1
    if q >= 4503599627370496:
        b: i64 = lsb + 52 + 1023
        if b >= 2047:
            return -1
        return (b << 52) | (q & 4503599627370495)
    return q
