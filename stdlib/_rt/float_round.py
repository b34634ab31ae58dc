# round() with ndigits (ints: _PyLong_DivmodNear; floats: the exact value rounded half-even to
# ndigits decimal places, then correctly rounded back to a float, which is what CPython's
# dtoa-based double_round computes) and float pow for positive bases: exact big-int arithmetic
# for integral exponents, otherwise exp(y * log(x)) in double-double arithmetic.
from __keel__ import (
    i32, i64, f64, obj, load_obj, is_small, tag_int, untag_int, f64_bits, f64_from_bits,
    f64_floor, f64_abs, f64_nearest, f64_to_i64_sat, i64_to_f64, i64_ctz, i64_clz,
)

# ---- round -----------------------------------------------------------------------------------

def rt_int_div_near(a: obj, b: obj) -> obj:
    """a / b rounded half to even, for ints with b > 0."""
    cell: i32 = rt_int_divmod_cell(a, b)
    q: obj = load_obj(cell, 0)
    c: i32 = rt_int_cmp(rt_int_add(load_obj(cell, 8), load_obj(cell, 8)), b)
    if c > 0 or (c == 0 and rt_int_is_odd(q)):
        q = rt_int_add(q, 1)
    return q


def rt_int_round(x: obj, nd: obj) -> obj:
    """round(x, nd) for an int x and an int nd."""
    if not rt_int_is_neg(nd):
        return x
    p: obj = rt_int_pow(10, rt_int_neg(nd))
    return rt_int_mul(rt_int_div_near(x, p), p)


def rt_float_round0(x: f64) -> obj:
    """round(x) for a float: the nearest int, ties to even."""
    return rt_float_to_int(f64_nearest(x))


def rt_float_round(x: f64, nd: obj) -> obj:
    """round(x, nd) for a float x and an int nd."""
    if x != x or rt_f64_is_inf(x) or x == 0.0:
        return rt_box_float(x)
    if not is_small(nd):
        if rt_int_is_neg(nd):
            return rt_box_float(0.0 * x)
        return rt_box_float(x)
    n: i64 = untag_int(nd)
    if n > 323:
        return rt_box_float(x)
    if n < -308:
        return rt_box_float(0.0 * x)
    bits: i64 = f64_bits(x)
    m: i64 = rt_f64_significand(bits)
    e: i64 = rt_f64_exponent(bits)
    r: f64 = 0.0
    if n >= 0:
        if e >= 0:
            return rt_box_float(x)
        p: obj = rt_int_pow(10, tag_int(n))
        big: obj = rt_int_div_near(rt_int_mul(tag_int(m), p), rt_int_lshift(1, tag_int(0 - e)))
        r = rt_int_ratio(big, p)
    else:
        p2: obj = rt_int_pow(10, tag_int(0 - n))
        num: obj = tag_int(m)
        den: obj = p2
        if e >= 0:
            num = rt_int_lshift(num, tag_int(e))
        else:
            den = rt_int_lshift(den, tag_int(0 - e))
        r = rt_int_to_f64_inf(rt_int_mul(rt_int_div_near(num, den), p2))
        if rt_f64_is_inf(r):
            rt_raise("OverflowError", "rounded value too large to represent")
            return 1
    if x < 0.0:
        r = -r
    return rt_box_float(r)


# ---- pow -------------------------------------------------------------------------------------

def rt_f64_pow_pos(x: f64, y: f64) -> f64:
    """x ** y for finite x > 0, x != 1, finite y != 0; an infinity when it overflows."""
    if f64_floor(y) == y and f64_abs(y) < 1048576.0:
        bits: i64 = f64_bits(x)
        m: i64 = rt_f64_significand(bits)
        e: i64 = rt_f64_exponent(bits)
        tz: i64 = i64_ctz(m)
        m = m >> tz
        e = e + tz
        bm: i64 = 64 - i64_clz(m)
        n: i64 = f64_to_i64_sat(y)
        an: i64 = n
        if n < 0:
            an = 0 - n
        if bm * an <= 40000:
            return rt_f64_pow_exact(m, e, bm, n)
    return rt_f64_pow_approx(x, y)


def rt_f64_pow_exact(m: i64, e: i64, bm: i64, n: i64) -> f64:
    """(m * 2**e) ** n correctly rounded, for odd m of bm bits (an infinity on overflow)."""
    # log2 of the result lies between lo and hi
    lo: i64 = n * (e + bm - 1)
    hi: i64 = n * (e + bm)
    if n < 0:
        lo = n * (e + bm)
        hi = n * (e + bm - 1)
    if lo > 1025:
        return 1.0 / 0.0
    if hi < -1080:
        return 0.0
    an: i64 = n
    if n < 0:
        an = 0 - n
    big: obj = rt_int_pow(tag_int(m), tag_int(an))
    ee: i64 = e * an
    num: obj = big
    den: obj = 1
    if ee >= 0:
        num = rt_int_lshift(big, tag_int(ee))
    else:
        den = rt_int_lshift(1, tag_int(0 - ee))
    if n < 0:
        return rt_int_ratio(den, num)
    return rt_int_ratio(num, den)


# Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2. Functions return hi and
# leave lo in a cell (rt_dd_cell), since runtime functions return one value.

def rt_dd_split_hi(a: f64) -> f64:
    """The high 26 bits of a (Dekker's split)."""
    t: f64 = a * 134217729.0
    return t - (t - a)


def rt_two_prod_lo(a: f64, b: f64, p: f64) -> f64:
    """The rounding error of p = a * b (Dekker)."""
    ah: f64 = rt_dd_split_hi(a)
    al: f64 = a - ah
    bh: f64 = rt_dd_split_hi(b)
    bl: f64 = b - bh
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl


def rt_f64_pow_approx(x: f64, y: f64) -> f64:
    """exp(y * log(x)) with about 100 bits of precision in the intermediate steps."""
    # log(x) = k*log(2) + log(f), f in [sqrt(1/2), sqrt(2)); log(f) = 2 atanh(s), s = (f-1)/(f+1)
    bits: i64 = f64_bits(x)
    ef: i64 = (bits >> 52) & 2047
    if ef == 0:
        x = x * 18014398509481984.0
        bits = f64_bits(x)
        ef = ((bits >> 52) & 2047) - 54
    k: i64 = ef - 1023
    f: f64 = f64_from_bits((bits & 4503599627370495) | (1023 << 52))
    if f > 1.4142135623730951:
        f = f * 0.5
        k = k + 1
    # s = (f - 1) / (f + 1) in double-double
    num: f64 = f - 1.0
    den: f64 = f + 1.0
    den_lo: f64 = (f - (den - 1.0)) + (1.0 - (den - (den - 1.0)))
    s: f64 = num / den
    # s_lo = (num - s*den - s*den_lo) / den
    p: f64 = s * den
    s_lo: f64 = ((num - p) - rt_two_prod_lo(s, den, p) - s * den_lo) / den
    # atanh series: s + s^3/3 + s^5/5 + ...; s^3/3 in double-double, the rest (< 3e-5) in f64
    s2: f64 = s * s
    s2_lo: f64 = rt_two_prod_lo(s, s, s2) + 2.0 * s * s_lo
    s3: f64 = s2 * s
    s3_lo: f64 = rt_two_prod_lo(s2, s, s3) + s2_lo * s + s2 * s_lo
    c3: f64 = s3 / 3.0
    p3: f64 = c3 * 3.0
    c3_lo: f64 = ((s3 - p3) - rt_two_prod_lo(c3, 3.0, p3) + s3_lo) / 3.0
    rest: f64 = 0.0
    i: i64 = 41
    while i >= 5:
        rest = rest * s2 + 1.0 / i64_to_f64(i)
        i = i - 2
    rest = rest * s3 * s2
    t_hi: f64 = s + c3
    t: f64 = rt_two_sum_lo(s, c3, t_hi) + s_lo + c3_lo + rest
    s = t_hi
    s_lo = 0.0
    # log(f) = 2*(s + s_lo + t); log(x) = k*ln2 + log(f), ln2 in double-double
    ln2_hi: f64 = 0.6931471805599453
    ln2_lo: f64 = 2.3190468138462996e-17
    kf: f64 = i64_to_f64(k)
    a_hi: f64 = kf * ln2_hi
    a_lo: f64 = rt_two_prod_lo(kf, ln2_hi, a_hi) + kf * ln2_lo
    b_hi: f64 = 2.0 * s
    b_lo: f64 = 2.0 * (s_lo + t)
    l_hi: f64 = a_hi + b_hi
    l_lo: f64 = rt_two_sum_lo(a_hi, b_hi, l_hi) + a_lo + b_lo
    lh: f64 = l_hi + l_lo
    ll: f64 = l_lo - (lh - l_hi)
    # z = y * log(x)
    z_hi: f64 = y * lh
    z_lo: f64 = rt_two_prod_lo(y, lh, z_hi) + y * ll
    zh: f64 = z_hi + z_lo
    zl: f64 = z_lo - (zh - z_hi)
    if zh > 710.0:
        return 1.0 / 0.0
    if zh < -746.0:
        return 0.0
    # exp(z) = 2**j * exp(r), r = z - j*ln2, |r| <= ln2/2
    j: f64 = f64_nearest(zh / ln2_hi)
    c_hi: f64 = j * ln2_hi
    c_lo: f64 = rt_two_prod_lo(j, ln2_hi, c_hi) + j * ln2_lo
    r_hi: f64 = zh - c_hi
    r_lo: f64 = (rt_two_sum_lo(zh, -c_hi, r_hi) + zl) - c_lo
    r: f64 = r_hi + r_lo
    rl: f64 = r_lo - (r - r_hi)
    # exp(r) = exp(r / 256) ** 256: exp(u) - 1 for the small u by Taylor, then 8 squarings of
    # 1 + (h + l) in double-double: (1 + m)**2 = 1 + (2m + m*m)
    u: f64 = r * 0.00390625
    ul: f64 = rl * 0.00390625
    tail: f64 = 0.0
    n: i64 = 8
    while n >= 2:
        tail = (tail + 1.0) * u / i64_to_f64(n)
        n = n - 1
    tail = tail * u
    h: f64 = u + (ul + tail)
    l: f64 = (ul + tail) - (h - u)
    sq: i64 = 0
    while sq < 8:
        mh: f64 = h * h
        ml: f64 = rt_two_prod_lo(h, h, mh) + 2.0 * h * l
        sh: f64 = 2.0 * h + mh
        sl: f64 = rt_two_sum_lo(2.0 * h, mh, sh) + 2.0 * l + ml
        h = sh + sl
        l = sl - (h - sh)
        sq = sq + 1
    e_hi: f64 = 1.0 + h
    e_lo: f64 = rt_two_sum_lo(1.0, h, e_hi) + l
    res: f64 = e_hi + e_lo
    return rt_ldexp_any(res, f64_to_i64_sat(j))


def rt_two_sum_lo(a: f64, b: f64, s: f64) -> f64:
    """The rounding error of s = a + b (Knuth's TwoSum)."""
    bb: f64 = s - a
    return (a - (s - bb)) + (b - bb)


def rt_ldexp_any(x: f64, e: i64) -> f64:
    """x * 2**e for 0.5 <= x < 4, rounding once even when the result is subnormal."""
    if e >= -1021:
        if e > 1023:
            return rt_ldexp(x, e)
        return x * rt_pow2(e)
    # scale into the subnormal range with one rounding: add and subtract a power of two
    return x * rt_pow2(e + 1000) * rt_pow2(-1000)
