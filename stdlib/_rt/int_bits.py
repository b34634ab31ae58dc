# Int operations beyond + - * // %: bitwise and/or/xor on two's complement views (CPython's
# semantics for negatives), invert, shifts (floor semantics for >>), pow (binary, and the
# three-argument modular form with negative exponents as inverses) and hash (x mod 2**61 - 1).
# Operands are int words (small or big); ops.py has already turned bools into ints.
from __keel__ import (
    i32, i64, obj, load_i32, store_i32, load_obj, is_small, tag_int, untag_int, ptr_word,
    word_ptr, i32_to_i64, i64_to_i32, i64_div_s, exc_get,
    INT_SIZE, INT_DIGITS,
)

# ---- bitwise ---------------------------------------------------------------------------------

def rt_int_bitop(x: obj, y: obj, op: i32) -> obj:
    """x & y (op 0), x | y (op 1), x ^ y (op 2)."""
    if is_small(x) & is_small(y):
        a: i64 = untag_int(x)
        b: i64 = untag_int(y)
        if op == 0:
            return tag_int(a & b)
        if op == 1:
            return tag_int(a | b)
        return tag_int(a ^ b)
    pa: i32 = rt_int_big(x)
    pb: i32 = rt_int_big(y)
    na: i32 = rt_int_nd(pa)
    nb: i32 = rt_int_nd(pb)
    nega: i32 = rt_int_size(pa) < 0
    negb: i32 = rt_int_size(pb) < 0
    n: i32 = na
    if nb > n:
        n = nb
    n = n + 1
    # Each operand in two's complement over n digits: for a negative one, ~|x| + 1.
    ca: i32 = nega
    cb: i32 = negb
    r: i32 = rt_int_alloc(n)
    negr: i32 = nega & negb
    if op == 1:
        negr = nega | negb
    elif op == 2:
        negr = nega ^ negb
    cr: i32 = negr
    i: i32 = 0
    while i < n:
        da: i32 = 0
        if i < na:
            da = load_i32(pa + INT_DIGITS + 4 * i, 0)
        db: i32 = 0
        if i < nb:
            db = load_i32(pb + INT_DIGITS + 4 * i, 0)
        if nega:
            da = (da ^ 1073741823) + ca
            ca = da >> 30
            da = da & 1073741823
        if negb:
            db = (db ^ 1073741823) + cb
            cb = db >> 30
            db = db & 1073741823
        d: i32 = da & db
        if op == 1:
            d = da | db
        elif op == 2:
            d = da ^ db
        if negr:
            d = (d ^ 1073741823) + cr
            cr = d >> 30
            d = d & 1073741823
        store_i32(r + INT_DIGITS + 4 * i, 0, d)
        i = i + 1
    return rt_int_finish(r, n, negr)


def rt_int_invert(x: obj) -> obj:
    """~x == -x - 1."""
    if is_small(x):
        return tag_int(-1 - untag_int(x))
    return rt_int_sub(rt_int_neg(x), 1)


def rt_int_shift_count(y: obj) -> i64:
    """A shift count as an i64 (-1 after raising for a negative count; huge counts saturate)."""
    if is_small(y):
        k: i64 = untag_int(y)
        if k < 0:
            rt_raise("ValueError", "negative shift count")
            return -1
        return k
    if load_i32(word_ptr(y), INT_SIZE) < 0:
        rt_raise("ValueError", "negative shift count")
        return -1
    return 4611686018427387903


def rt_int_lshift(x: obj, y: obj) -> obj:
    k: i64 = rt_int_shift_count(y)
    if k < 0:
        return 1
    if x is 0:
        return 0
    if is_small(x) and k < 62:
        v: i64 = untag_int(x)
        r: i64 = v << k
        if (r >> k) == v:
            return rt_int_from_i64(r)
    if k > 1073741823 * 30:
        rt_raise("OverflowError", "too many digits in integer")
        return 1
    p: i32 = rt_int_big(x)
    n: i32 = rt_int_nd(p)
    whole: i32 = i64_to_i32(i64_div_s(k, 30))
    bits: i32 = i64_to_i32(k - i32_to_i64(whole) * 30)
    q: i32 = rt_int_alloc(n + whole + 1)
    rt_mag_shl_into(p + INT_DIGITS, n, bits, q + INT_DIGITS + 4 * whole)
    return rt_int_finish(q, n + whole + 1, rt_int_size(p) < 0)


def rt_int_rshift(x: obj, y: obj) -> obj:
    """x >> y, rounding towards minus infinity."""
    k: i64 = rt_int_shift_count(y)
    if k < 0:
        return 1
    if is_small(x):
        if k > 63:
            k = 63
        return tag_int(untag_int(x) >> k)
    p: i32 = word_ptr(x)
    if rt_int_size(p) < 0:
        # -((|x| - 1) >> k) - 1
        return rt_int_invert(rt_int_rshift(rt_int_invert(x), y))
    n: i32 = rt_int_nd(p)
    if k >= i32_to_i64(n) * 30:
        return 0
    whole: i32 = i64_to_i32(i64_div_s(k, 30))
    bits: i32 = i64_to_i32(k - i32_to_i64(whole) * 30)
    m: i32 = n - whole
    q: i32 = rt_int_alloc(m)
    a: i32 = p + INT_DIGITS + 4 * whole
    i: i32 = 0
    while i < m:
        d: i32 = load_i32(a + 4 * i, 0) >> bits
        if i + 1 < m and bits > 0:
            d = d | ((load_i32(a + 4 * (i + 1), 0) << (30 - bits)) & 1073741823)
        store_i32(q + INT_DIGITS + 4 * i, 0, d)
        i = i + 1
    return rt_int_finish(q, m, 0)


# ---- pow -------------------------------------------------------------------------------------

def rt_int_pow(x: obj, y: obj) -> obj:
    """x ** y for ints with y >= 0."""
    if x is 2 or x is 0 or x is 1:
        if x is 2:
            return rt_int_lshift(1, y)
        if x is 0:
            if y is 0:
                return 1
            return 0
        return 1
    if is_small(x) and untag_int(x) == -1:  # (`x is -1` would compute -1 with rt_neg)
        return rt_int_pow_sign(y)
    if not is_small(y):
        rt_raise("MemoryError", "")
        return 1
    e: i64 = untag_int(y)
    r: obj = 1
    b: obj = x
    while e > 0:
        if e & 1:
            r = rt_int_mul(r, b)
        e = e >> 1
        if e > 0:
            b = rt_int_mul(b, b)
    return r


def rt_int_pow_sign(y: obj) -> obj:
    """(-1) ** y."""
    m1: i64 = -1  # a raw constant: `return -1` would compute it with rt_neg
    if is_small(y):
        if untag_int(y) & 1:
            return tag_int(m1)
        return 1
    if load_i32(word_ptr(y), INT_DIGITS) & 1:
        return tag_int(m1)
    return 1


def rt_int_powmod(x: obj, y: obj, m: obj) -> obj:
    """pow(x, y, m) for ints."""
    if m is 0:
        rt_raise("ValueError", "pow() 3rd argument cannot be 0")
        return 1
    negm: i32 = rt_int_is_neg(m)
    am: obj = rt_int_abs(m)
    if rt_int_is_neg(y):
        x = rt_int_inverse(x, am)
        if exc_get() is not 0:
            return 1
        y = rt_int_neg(y)
    b: obj = rt_int_mod(x, am)
    r: obj = 1
    if am is 1:
        r = 0
    while y is not 0:
        if rt_int_is_odd(y):
            r = rt_int_mod(rt_int_mul(r, b), am)
        y = rt_int_rshift(y, 1)
        if y is not 0:
            b = rt_int_mod(rt_int_mul(b, b), am)
    if negm and (r is not 0):
        r = rt_int_sub(r, am)
    return r


def rt_int_is_odd(x: obj) -> i32:
    if is_small(x):
        return i64_to_i32(untag_int(x) & 1)
    return load_i32(word_ptr(x), INT_DIGITS) & 1


def rt_int_inverse(x: obj, m: obj) -> obj:
    """The inverse of x modulo m > 0 (ValueError when there is none)."""
    a: obj = rt_int_mod(x, m)
    b: obj = m
    s0: obj = 1
    s1: obj = 0
    while b is not 0:
        cell: i32 = rt_int_divmod_cell(a, b)
        q: obj = load_obj(cell, 0)
        t: obj = load_obj(cell, 8)
        a = b
        b = t
        t2: obj = rt_int_sub(s0, rt_int_mul(q, s1))
        s0 = s1
        s1 = t2
    if a is not 1:
        rt_raise("ValueError", "base is not invertible for the given modulus")
        return 1
    return rt_int_mod(s0, m)


# ---- hash ------------------------------------------------------------------------------------

def rt_int_hash(x: obj) -> i64:
    """CPython's hash of an int: x mod (2**61 - 1) with the sign of x, -1 becoming -2."""
    h: i64 = 0
    neg: i32 = 0
    if is_small(x):
        v: i64 = untag_int(x)
        if v < 0:
            neg = 1
            v = 0 - v
        h = v - (v >> 61) * 2305843009213693951
        if h >= 2305843009213693951:
            h = h - 2305843009213693951
    else:
        p: i32 = word_ptr(x)
        n: i32 = rt_int_nd(p)
        neg = rt_int_size(p) < 0
        i: i32 = n - 1
        while i >= 0:
            h = ((h << 30) & 2305843009213693951) | (h >> 31)
            h = h + i32_to_i64(load_i32(p + INT_DIGITS + 4 * i, 0))
            if h >= 2305843009213693951:
                h = h - 2305843009213693951
            i = i - 1
    if neg:
        h = 0 - h
    if h == -1:
        return -2
    return h
