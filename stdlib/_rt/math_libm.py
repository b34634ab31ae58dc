# The libm part of the math module: double-double arithmetic (dd_*) and the float functions
# (lm_*) that stdlib/_rt/math.py wraps. exp, log, log2, the trigonometric and inverse
# trigonometric functions are computed in double-double (about 100 bits) and rounded once, so
# they are correctly rounded except in rare hard cases; glibc's libm, which CPython uses, is
# within about 0.52 ulp there, so the two agree on nearly every input. expm1, log1p, log10 and
# the hyperbolic functions follow glibc's fdlibm algorithms operation by operation.
from __keel__ import (
    i32, i64, f64, obj,
    load_f64, store_f64, tag_int, untag_int,
    f64_abs, f64_sqrt, f64_copysign, f64_nearest, f64_bits,
    f64_from_bits, f64_to_i64_sat, i64_to_f64, i64_shr_u, i64_to_i32, i32_to_i64, i32_le_u,
    SCRATCH,
)


# ---- double-double arithmetic ---------------------------------------------------------------
# Each dd_* function returns the high part of its result and leaves the low part in DD_LO
# (read it at once with dd_lo()).

def dd_lo() -> f64:
    return load_f64(SCRATCH, 24)


def dd_norm(h: f64, l: f64) -> f64:
    s: f64 = h + l
    store_f64(SCRATCH, 24, l - (s - h))
    return s


def dd_add(ah: f64, al: f64, bh: f64, bl: f64) -> f64:
    s: f64 = ah + bh
    return dd_norm(s, rt_two_sum_lo(ah, bh, s) + al + bl)


def dd_mul(ah: f64, al: f64, bh: f64, bl: f64) -> f64:
    p: f64 = ah * bh
    return dd_norm(p, rt_two_prod_lo(ah, bh, p) + (ah * bl + al * bh))


def dd_div(ah: f64, al: f64, bh: f64, bl: f64) -> f64:
    q: f64 = ah / bh
    ph: f64 = dd_mul(q, 0.0, bh, bl)
    pl: f64 = dd_lo()
    rh: f64 = dd_add(ah, al, -ph, -pl)
    rl: f64 = dd_lo()
    return dd_norm(q, (rh + rl) / bh)


def dd_sqrt(ah: f64, al: f64) -> f64:
    s: f64 = f64_sqrt(ah)
    if s == 0.0:
        store_f64(SCRATCH, 24, 0.0)
        return s
    p: f64 = s * s
    return dd_norm(s, ((ah - p) - rt_two_prod_lo(s, s, p) + al) / (2.0 * s))


def lm_ln2_hi() -> f64:
    return 0.6931471805599453


def lm_ln2_lo() -> f64:
    return 2.3190468138462996e-17


def lm_pi_hi() -> f64:
    return 3.141592653589793


def lm_pi_lo() -> f64:
    return 1.2246467991473532e-16


# ---- exp and log ----------------------------------------------------------------------------

def dd_exp_small(rh: f64, rl: f64) -> f64:
    """exp(r) - 1 for |r| <= 0.36, in double-double (Taylor, Horner form)."""
    eh: f64 = 1.0
    el: f64 = 0.0
    n: i32 = 27
    while n >= 2:
        mh: f64 = dd_mul(rh, rl, eh, el)
        ml: f64 = dd_lo()
        qh: f64 = dd_div(mh, ml, i64_to_f64(i32_to_i64(n)), 0.0)
        ql: f64 = dd_lo()
        eh = dd_add(1.0, 0.0, qh, ql)
        el = dd_lo()
        n = n - 1
    return dd_mul(rh, rl, eh, el)


def lm_exp_reduce(x: f64) -> f64:
    """j = nearest(x / ln2); returns j and leaves r = x - j*ln2 (double-double) at SCRATCH+32."""
    j: f64 = f64_nearest(x / lm_ln2_hi())
    ch: f64 = j * lm_ln2_hi()
    cl: f64 = rt_two_prod_lo(j, lm_ln2_hi(), ch) + j * lm_ln2_lo()
    rh: f64 = dd_add(x, 0.0, -ch, -cl)
    store_f64(SCRATCH, 32, rh)
    store_f64(SCRATCH, 40, dd_lo())
    return j


def lm_exp(x: f64) -> f64:
    if x != x:
        return x
    if x > 709.782712893384:
        return 1.0 / 0.0
    if x < -745.1332191019412:
        return 0.0
    if f64_abs(x) < 1e-300:
        return 1.0 + x
    j: f64 = lm_exp_reduce(x)
    rh: f64 = load_f64(SCRATCH, 32)
    rl: f64 = load_f64(SCRATCH, 40)
    mh: f64 = dd_exp_small(rh, rl)
    ml: f64 = dd_lo()
    eh: f64 = dd_add(1.0, 0.0, mh, ml)
    el: f64 = dd_lo()
    k: i64 = f64_to_i64_sat(j)
    if k < -1021:
        # subnormal result: scale in two steps so that only the last rounding is inexact
        return rt_ldexp(eh + el, k)
    return rt_ldexp(eh + el, k)


def dd_log(xh: f64, xl: f64) -> f64:
    """log(x) in double-double for a finite, positive, normal double-double x."""
    bits: i64 = f64_bits(xh)
    k: i64 = ((bits >> 52) & 2047) - 1023
    f: f64 = f64_from_bits((bits & 4503599627370495) | (1023 << 52))
    if f > 1.4142135623730951:
        f = f * 0.5
        k = k + 1
    fl: f64 = rt_ldexp(xl, 0 - k)
    # s = (f - 1) / (f + 1); log(f) = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...)
    nh: f64 = dd_add(f, fl, -1.0, 0.0)
    nl: f64 = dd_lo()
    dh: f64 = dd_add(f, fl, 1.0, 0.0)
    dl: f64 = dd_lo()
    sh: f64 = dd_div(nh, nl, dh, dl)
    sl: f64 = dd_lo()
    s2h: f64 = dd_mul(sh, sl, sh, sl)
    s2l: f64 = dd_lo()
    ah: f64 = 0.0
    al: f64 = 0.0
    n: i32 = 45
    while n >= 1:
        ch: f64 = dd_div(1.0, 0.0, i64_to_f64(i32_to_i64(n)), 0.0)
        cl: f64 = dd_lo()
        th: f64 = dd_mul(ah, al, s2h, s2l)
        tl: f64 = dd_lo()
        ah = dd_add(ch, cl, th, tl)
        al = dd_lo()
        n = n - 2
    lh: f64 = dd_mul(sh, sl, ah, al)
    ll: f64 = dd_lo()
    kf: f64 = i64_to_f64(k)
    kh: f64 = kf * lm_ln2_hi()
    kl: f64 = rt_two_prod_lo(kf, lm_ln2_hi(), kh) + kf * lm_ln2_lo()
    return dd_add(kh, kl, 2.0 * lh, 2.0 * ll)


def lm_log_checked(x: f64) -> f64:
    """log(x) for x > 0 finite (subnormals scaled first)."""
    if x < 2.2250738585072014e-308:
        h: f64 = dd_log(x * 18014398509481984.0, 0.0)
        l: f64 = dd_lo()
        c: f64 = 54.0 * lm_ln2_hi()
        return dd_add(h, l, -c, -(rt_two_prod_lo(54.0, lm_ln2_hi(), c) + 54.0 * lm_ln2_lo()))
    return dd_log(x, 0.0)


def lm_log(x: f64) -> f64:
    """C's log, with the NaN/infinity results for bad arguments."""
    if x != x or x == 1.0 / 0.0:
        return x
    if x == 0.0:
        return -1.0 / 0.0
    if x < 0.0:
        return 0.0 / 0.0
    h: f64 = lm_log_checked(x)
    return h + dd_lo()


def lm_log_scaled(x: f64, ch: f64, cl: f64) -> f64:
    """log(x) * (ch + cl) (for log2 and log10)."""
    if x != x or x == 1.0 / 0.0:
        return x
    if x == 0.0:
        return -1.0 / 0.0
    if x < 0.0:
        return 0.0 / 0.0
    h: f64 = lm_log_checked(x)
    l: f64 = dd_lo()
    r: f64 = dd_mul(h, l, ch, cl)
    return r + dd_lo()


def lm_log2(x: f64) -> f64:
    return lm_log_scaled(x, 1.4426950408889634, 2.0355273740931033e-17)


# ---- hyperbolic functions ---------------------------------------------------------------------

# ---- glibc's fdlibm-derived functions ---------------------------------------------------------
# glibc computes these with Sun's fdlibm algorithms (not correctly rounded), so they are
# followed operation by operation to give the same bits.

def lm_hi(x: f64) -> i32:
    return i64_to_i32(f64_bits(x) >> 32)


def lm_lo(x: f64) -> i32:
    return i64_to_i32(f64_bits(x))


def lm_with_hi(x: f64, hi: i32) -> f64:
    return f64_from_bits((i32_to_i64(hi) << 32) | (f64_bits(x) & 4294967295))


def lm_log10(x: f64) -> f64:
    hx: i32 = lm_hi(x)
    k: i32 = 0
    if hx < 0x00100000:
        if ((hx & 0x7fffffff) | lm_lo(x)) == 0:
            return -1.0 / 0.0
        if hx < 0:
            return 0.0 / 0.0
        k = k - 54
        x = x * 18014398509481984.0
        hx = lm_hi(x)
    if hx >= 0x7ff00000:
        return x + x
    k = k + (hx >> 20) - 1023
    i: i32 = i64_to_i32(i64_shr_u(i32_to_i64(k) & 4294967295, 31))
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
    y: f64 = i64_to_f64(i32_to_i64(k + i))
    x = lm_with_hi(x, hx)
    z: f64 = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * lm_log(x)
    return z + y * 3.01029995663611771306e-01


def lm_log1p(x: f64) -> f64:
    ln2_hi: f64 = 6.93147180369123816490e-01
    ln2_lo: f64 = 1.90821492927058770002e-10
    hx: i32 = lm_hi(x)
    ax: i32 = hx & 0x7fffffff
    k: i32 = 1
    f: f64 = 0.0
    c: f64 = 0.0
    hu: i32 = 0
    if hx < 0x3FDA827A:
        if ax >= 0x3ff00000:
            if x == -1.0:
                return -1.0 / 0.0
            return 0.0 / 0.0
        if ax < 0x3e200000:
            if ax < 0x3c900000:
                return x
            return x - x * x * 0.5
        if hx > 0 or hx <= -1076707645:
            k = 0
            f = x
            hu = 1
    elif hx >= 0x7ff00000:
        return x + x
    if k != 0:
        u: f64 = 0.0
        if hx < 0x43400000:
            u = 1.0 + x
            hu = lm_hi(u)
            k = (hu >> 20) - 1023
            if k > 0:
                c = 1.0 - (u - x)
            else:
                c = x - (u - 1.0)
            c = c / u
        else:
            u = x
            hu = lm_hi(u)
            k = (hu >> 20) - 1023
            c = 0.0
        hu = hu & 0x000fffff
        if hu < 0x6a09e:
            u = lm_with_hi(u, hu | 0x3ff00000)
        else:
            k = k + 1
            u = lm_with_hi(u, hu | 0x3fe00000)
            hu = (0x00100000 - hu) >> 2
        f = u - 1.0
    hfsq: f64 = 0.5 * f * f
    dk: f64 = i64_to_f64(i32_to_i64(k))
    if hu == 0:
        if f == 0.0:
            if k == 0:
                return 0.0
            c = c + dk * ln2_lo
            return dk * ln2_hi + c
        R0: f64 = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - R0
        return dk * ln2_hi - ((R0 - (dk * ln2_lo + c)) - f)
    s: f64 = f / (2.0 + f)
    z: f64 = s * s
    R1: f64 = z * 6.666666666666735130e-01
    z2: f64 = z * z
    R2: f64 = 3.999999999940941908e-01 + z * 2.857142874366239149e-01
    z4: f64 = z2 * z2
    R3: f64 = 2.222219843214978396e-01 + z * 1.818357216161805012e-01
    z6: f64 = z4 * z2
    R4: f64 = 1.531383769920937332e-01 + z * 1.479819860511658591e-01
    R: f64 = R1 + z2 * R2 + z4 * R3 + z6 * R4
    if k == 0:
        return f - (hfsq - s * (hfsq + R))
    return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + (dk * ln2_lo + c))) - f)


def lm_expm1(x: f64) -> f64:
    ln2_hi: f64 = 6.93147180369123816490e-01
    ln2_lo: f64 = 1.90821492927058770002e-10
    hx: i32 = lm_hi(x)
    xsb: i32 = hx < 0
    hx = hx & 0x7fffffff
    if hx >= 0x4043687A:
        if hx >= 0x40862E42:
            if hx >= 0x7ff00000:
                if x != x:
                    return x + x
                if xsb == 0:
                    return x
                return -1.0
            if x > 7.09782712893383973096e+02:
                return 1.0 / 0.0
        if xsb != 0:
            return -1.0
    k: i32 = 0
    hi: f64 = 0.0
    lo: f64 = 0.0
    c: f64 = 0.0
    if hx > 0x3fd62e42:
        if hx < 0x3FF0A2B2:
            if xsb == 0:
                hi = x - ln2_hi
                lo = ln2_lo
                k = 1
            else:
                hi = x + ln2_hi
                lo = -ln2_lo
                k = -1
        else:
            half: f64 = 0.5
            if xsb != 0:
                half = -0.5
            k = i64_to_i32(f64_to_i64_sat(1.44269504088896338700e+00 * x + half))
            t0: f64 = i64_to_f64(i32_to_i64(k))
            hi = x - t0 * ln2_hi
            lo = t0 * ln2_lo
        x = hi - lo
        c = (hi - x) - lo
    elif hx < 0x3c900000:
        return x
    hfx: f64 = 0.5 * x
    hxs: f64 = x * hfx
    R1: f64 = 1.0 + hxs * -3.33333333333331316428e-02
    h2: f64 = hxs * hxs
    R2: f64 = 1.58730158725481460165e-03 + hxs * -7.93650757867487942473e-05
    h4: f64 = h2 * h2
    R3: f64 = 4.00821782732936239552e-06 + hxs * -2.01099218183624371326e-07
    r1: f64 = R1 + h2 * R2 + h4 * R3
    t: f64 = 3.0 - r1 * hfx
    e: f64 = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = (x * (e - c) - c)
    e = e - hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    y: f64 = 0.0
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        y = lm_with_hi(y, lm_hi(y) + (k << 20))
        return y - 1.0
    if k < 20:
        t1: f64 = lm_with_hi(0.0, 0x3ff00000 - (0x200000 >> k))
        y = t1 - (e - x)
        return lm_with_hi(y, lm_hi(y) + (k << 20))
    t2: f64 = lm_with_hi(0.0, (0x3ff - k) << 20)
    y = x - (e + t2)
    y = y + 1.0
    return lm_with_hi(y, lm_hi(y) + (k << 20))


def lm_sinh(x: f64) -> f64:
    jx: i32 = lm_hi(x)
    ix: i32 = jx & 0x7fffffff
    if ix >= 0x7ff00000:
        return x + x
    h: f64 = 0.5
    if jx < 0:
        h = -h
    if ix < 0x40360000:
        if ix < 0x3e300000:
            return x
        t: f64 = lm_expm1(f64_abs(x))
        if ix < 0x3ff00000:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if ix < 0x40862e42:
        return h * lm_exp(f64_abs(x))
    lx: i32 = lm_lo(x)
    if ix < 0x408633ce or (ix == 0x408633ce and i32_le_u(lx, -1883637635)):
        w: f64 = lm_exp(0.5 * f64_abs(x))
        t2: f64 = h * w
        return t2 * w
    return x * 1.0e307 * 1.0e307


def lm_cosh(x: f64) -> f64:
    ix: i32 = lm_hi(x) & 0x7fffffff
    if ix < 0x40360000:
        if ix < 0x3fd62e43:
            if ix < 0x3c800000:
                return 1.0
            t: f64 = lm_expm1(f64_abs(x))
            w: f64 = 1.0 + t
            return 1.0 + (t * t) / (w + w)
        t1: f64 = lm_exp(f64_abs(x))
        return 0.5 * t1 + 0.5 / t1
    if ix < 0x40862e42:
        return 0.5 * lm_exp(f64_abs(x))
    lx: i32 = lm_lo(x)
    if ix < 0x408633ce or (ix == 0x408633ce and i32_le_u(lx, -1883637635)):
        w2: f64 = lm_exp(0.5 * f64_abs(x))
        t2: f64 = 0.5 * w2
        return t2 * w2
    if ix >= 0x7ff00000:
        return x * x
    return 1.0 / 0.0


def lm_tanh(x: f64) -> f64:
    jx: i32 = lm_hi(x)
    ix: i32 = jx & 0x7fffffff
    if ix >= 0x7ff00000:
        if jx >= 0:
            return 1.0 / x + 1.0
        return 1.0 / x - 1.0
    z: f64 = 0.0
    if ix < 0x40360000:
        if x == 0.0:
            return x
        if ix < 0x3c800000:
            return x * (1.0 + x)
        if ix >= 0x3ff00000:
            t: f64 = lm_expm1(2.0 * f64_abs(x))
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t2: f64 = lm_expm1(-2.0 * f64_abs(x))
            z = -t2 / (t2 + 2.0)
    else:
        z = 1.0
    if jx >= 0:
        return z
    return -z


def lm_asinh(x: f64) -> f64:
    hx: i32 = lm_hi(x)
    ix: i32 = hx & 0x7fffffff
    if ix >= 0x7ff00000:
        return x + x
    if ix < 0x3e300000:
        return x
    w: f64 = 0.0
    if ix > 0x41b00000:
        w = lm_log(f64_abs(x)) + 6.93147180559945286227e-01
    elif ix > 0x40000000:
        t: f64 = f64_abs(x)
        w = lm_log(2.0 * t + 1.0 / (f64_sqrt(x * x + 1.0) + t))
    else:
        t2: f64 = x * x
        w = lm_log1p(f64_abs(x) + t2 / (1.0 + f64_sqrt(1.0 + t2)))
    return f64_copysign(w, x)


def lm_acosh(x: f64) -> f64:
    hx: i32 = lm_hi(x)
    if hx < 0x3ff00000:
        return 0.0 / 0.0
    if hx >= 0x41b00000:
        if hx >= 0x7ff00000:
            return x + x
        return lm_log(x) + 6.93147180559945286227e-01
    if x == 1.0:
        return 0.0
    if hx > 0x40000000:
        t: f64 = x * x
        return lm_log(2.0 * x - 1.0 / (x + f64_sqrt(t - 1.0)))
    t2: f64 = x - 1.0
    return lm_log1p(t2 + f64_sqrt(2.0 * t2 + t2 * t2))


def lm_atanh(x: f64) -> f64:
    xa: f64 = f64_abs(x)
    t: f64 = 0.0
    if xa < 0.5:
        if xa < 3.725290298461914e-09:
            return x
        t = xa + xa
        t = 0.5 * lm_log1p(t + t * xa / (1.0 - xa))
    elif xa < 1.0:
        t = 0.5 * lm_log1p((xa + xa) / (1.0 - xa))
    elif xa > 1.0:
        return 0.0 / 0.0
    elif xa == 1.0:
        return x / 0.0
    else:
        return x
    return f64_copysign(t, x)


# ---- trigonometric functions ------------------------------------------------------------------

def lm_trig_reduce(x: f64) -> i32:
    """x = n*(pi/2) + r: returns n mod 4 and leaves r (double-double) at SCRATCH+32/40. pi/2 is
    held in four parts (about 150 bits) and every product is exact (TwoProduct), so r keeps
    about 100 bits for |x| below about 2**40."""
    if f64_abs(x) < 0.7853981633974483:
        store_f64(SCRATCH, 32, x)
        store_f64(SCRATCH, 40, 0.0)
        return 0
    n: f64 = f64_nearest(x * 0.6366197723675814)
    rh: f64 = x
    rl: f64 = 0.0
    i: i32 = 0
    while i < 4:
        p: f64 = 1.5707963267341256
        if i == 1:
            p = 6.077100506303966e-11
        elif i == 2:
            p = 2.02226624871116645580e-21
        elif i == 3:
            p = 8.4784276603688995e-32
        m: f64 = n * p
        rh = dd_add(rh, rl, -m, -rt_two_prod_lo(n, p, m))
        rl = dd_lo()
        i = i + 1
    store_f64(SCRATCH, 32, rh)
    store_f64(SCRATCH, 40, rl)
    return i64_to_i32(f64_to_i64_sat(n)) & 3


def dd_sin_small(rh: f64, rl: f64) -> f64:
    """sin(r) for |r| <= pi/4, double-double: r (1 - r^2/(2*3) (1 - r^2/(4*5) (...)))."""
    zh: f64 = dd_mul(rh, rl, rh, rl)
    zl: f64 = dd_lo()
    sh: f64 = 1.0
    sl: f64 = 0.0
    k: i32 = 26
    while k >= 2:
        mh: f64 = dd_mul(zh, zl, sh, sl)
        ml: f64 = dd_lo()
        qh: f64 = dd_div(mh, ml, i64_to_f64(i32_to_i64(k * (k + 1))), 0.0)
        ql: f64 = dd_lo()
        sh = dd_add(1.0, 0.0, -qh, -ql)
        sl = dd_lo()
        k = k - 2
    return dd_mul(rh, rl, sh, sl)


def dd_cos_small(rh: f64, rl: f64) -> f64:
    """cos(r) for |r| <= pi/4, double-double: 1 - r^2/(1*2) (1 - r^2/(3*4) (...))."""
    zh: f64 = dd_mul(rh, rl, rh, rl)
    zl: f64 = dd_lo()
    sh: f64 = 1.0
    sl: f64 = 0.0
    k: i32 = 27
    while k >= 1:
        mh: f64 = dd_mul(zh, zl, sh, sl)
        ml: f64 = dd_lo()
        qh: f64 = dd_div(mh, ml, i64_to_f64(i32_to_i64(k * (k + 1))), 0.0)
        ql: f64 = dd_lo()
        sh = dd_add(1.0, 0.0, -qh, -ql)
        sl = dd_lo()
        k = k - 2
    return dd_norm(sh, sl)


def lm_two_over_pi() -> obj:
    """floor(2/pi * 2**1600), for the reduction of huge arguments."""
    h: obj = "a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e0"
    h = rt_str_concat(h, "06492eea09d1921cfe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f4")
    h = rt_str_concat(h, "9c845f8bbdf9283b1ff897ffde05980fef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d")
    h = rt_str_concat(h, "7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d0856033046fc7b6babf0cfbc209af4361d")
    h = rt_str_concat(h, "a9e391615ee61b086599855f14a068408dffd8804d73273106061556ca73a8c960e27bc08c6b47c4")
    return rt_int_from_str(h, 16)


def lm_trig_big(x: f64) -> i32:
    """Payne-Hanek reduction of a huge |x| with exact big-int arithmetic: x * 2/pi with 1600
    bits of 2/pi; n mod 4 is returned, r = frac * pi/2 (double-double) left at SCRATCH+32/40."""
    bits: i64 = f64_bits(f64_abs(x))
    m: i64 = (bits & 4503599627370495) | 4503599627370496
    e: i64 = ((bits >> 52) & 2047) - 1075
    q: obj = rt_int_mul(tag_int(m), lm_two_over_pi())
    fb: i64 = 1600
    if e >= 0:
        q = rt_int_lshift(q, tag_int(e))
    else:
        fb = 1600 - e
    n: i64 = untag_int(rt_and(rt_int_rshift(q, tag_int(fb)), 3))
    frac: obj = rt_int_rshift(q, tag_int(fb - 180))
    frac = rt_and(frac, rt_int_sub(rt_int_lshift(1, 180), 1))
    if rt_int_cmp(frac, rt_int_lshift(1, 179)) >= 0:
        frac = rt_int_sub(frac, rt_int_lshift(1, 180))
        n = n + 1
    neg: i32 = rt_int_sign(frac) < 0
    if neg:
        frac = rt_int_neg(frac)
    # f = frac / 2**180 as a double-double: four chunks of 45 bits (each exact as a double)
    fh: f64 = 0.0
    fl: f64 = 0.0
    k: i64 = 135
    while k >= 0:
        part: f64 = rt_int_to_f64(rt_and(rt_int_rshift(frac, tag_int(k)), 35184372088831))
        fh = dd_add(fh, fl, rt_ldexp(part, k - 180), 0.0)
        fl = dd_lo()
        k = k - 45
    rh: f64 = dd_mul(fh, fl, 1.5707963267948966, 6.123233995736766e-17)
    rl: f64 = dd_lo()
    if neg != (x < 0.0):
        rh = -rh
        rl = -rl
    if x < 0.0:
        n = 0 - n
    store_f64(SCRATCH, 32, rh)
    store_f64(SCRATCH, 40, rl)
    return i64_to_i32(n) & 3


def lm_sincos(x: f64, want_cos: i32) -> f64:
    """sin(x) (want_cos 0) or cos(x) (1), as a double-double."""
    n: i32 = 0
    if f64_abs(x) < 268435456.0:
        n = lm_trig_reduce(x)
    else:
        n = lm_trig_big(x)
    rh: f64 = load_f64(SCRATCH, 32)
    rl: f64 = load_f64(SCRATCH, 40)
    q: i32 = (n + want_cos) & 3
    h: f64 = 0.0
    if q == 0:
        h = dd_sin_small(rh, rl)
    elif q == 1:
        h = dd_cos_small(rh, rl)
    elif q == 2:
        h = dd_sin_small(rh, rl)
        return dd_norm(-h, -dd_lo())
    else:
        h = dd_cos_small(rh, rl)
        return dd_norm(-h, -dd_lo())
    return h


def lm_sin(x: f64) -> f64:
    if not lm_isfinite(x):
        return 0.0 / 0.0
    if x == 0.0:
        return x
    if f64_abs(x) < 1e-8:
        return x - x * x * x / 6.0
    h: f64 = lm_sincos(x, 0)
    return h + dd_lo()


def lm_cos(x: f64) -> f64:
    if not lm_isfinite(x):
        return 0.0 / 0.0
    if f64_abs(x) < 1e-8:
        return 1.0
    h: f64 = lm_sincos(x, 1)
    return h + dd_lo()


def lm_tan(x: f64) -> f64:
    if not lm_isfinite(x):
        return 0.0 / 0.0
    if x == 0.0:
        return x
    if f64_abs(x) < 1e-8:
        return x + x * x * x / 3.0
    sh: f64 = lm_sincos(x, 0)
    sl: f64 = dd_lo()
    ch: f64 = lm_sincos(x, 1)
    cl: f64 = dd_lo()
    qh: f64 = dd_div(sh, sl, ch, cl)
    return qh + dd_lo()


def dd_atan(xh: f64, xl: f64) -> f64:
    """atan(x) in double-double for |x| <= 1: four halvings x -> x / (1 + sqrt(1 + x^2)), then
    the Taylor series."""
    h: f64 = xh
    l: f64 = xl
    i: i32 = 0
    while i < 4:
        sh: f64 = dd_mul(h, l, h, l)
        sl: f64 = dd_lo()
        th: f64 = dd_add(sh, sl, 1.0, 0.0)
        tl: f64 = dd_lo()
        qh: f64 = dd_sqrt(th, tl)
        ql: f64 = dd_lo()
        dh: f64 = dd_add(qh, ql, 1.0, 0.0)
        dl: f64 = dd_lo()
        h = dd_div(h, l, dh, dl)
        l = dd_lo()
        i = i + 1
    zh: f64 = dd_mul(h, l, h, l)
    zl: f64 = dd_lo()
    ah: f64 = 0.0
    al: f64 = 0.0
    n: i32 = 37
    sign: f64 = 1.0
    if (n >> 1) & 1:
        sign = -1.0
    while n >= 1:
        ch: f64 = dd_div(sign, 0.0, i64_to_f64(i32_to_i64(n)), 0.0)
        cl: f64 = dd_lo()
        mh: f64 = dd_mul(ah, al, zh, zl)
        ml: f64 = dd_lo()
        ah = dd_add(ch, cl, mh, ml)
        al = dd_lo()
        sign = -sign
        n = n - 2
    rh: f64 = dd_mul(h, l, ah, al)
    rl: f64 = dd_lo()
    return dd_norm(16.0 * rh, 16.0 * rl)


def dd_atan_any(xh: f64, xl: f64) -> f64:
    """atan(x) in double-double for any finite x."""
    if f64_abs(xh) <= 1.0:
        return dd_atan(xh, xl)
    ih: f64 = dd_div(1.0, 0.0, xh, xl)
    il: f64 = dd_lo()
    ah: f64 = dd_atan(ih, il)
    al: f64 = dd_lo()
    if xh > 0.0:
        return dd_add(0.5 * lm_pi_hi(), 0.5 * lm_pi_lo(), -ah, -al)
    return dd_add(-0.5 * lm_pi_hi(), -0.5 * lm_pi_lo(), -ah, -al)


def lm_atan(x: f64) -> f64:
    if x != x:
        return x
    if x == 0.0:
        return x
    if lm_isinf(x):
        return f64_copysign(0.5 * lm_pi_hi(), x)
    if f64_abs(x) < 1e-8:
        return x - x * x * x / 3.0
    if f64_abs(x) > 1e20:
        return f64_copysign(0.5 * lm_pi_hi(), x) - 1.0 / x
    h: f64 = dd_atan_any(x, 0.0)
    return h + dd_lo()


def lm_asin(x: f64) -> f64:
    if x != x:
        return x
    if x == 0.0:
        return x
    a: f64 = f64_abs(x)
    if a > 1.0:
        return 0.0 / 0.0
    if a == 1.0:
        return f64_copysign(0.5 * lm_pi_hi(), x)
    if a < 1e-8:
        return x + x * x * x / 6.0
    # atan(a / sqrt((1 - a)(1 + a)))
    mh: f64 = dd_add(1.0, 0.0, -a, 0.0)
    ml: f64 = dd_lo()
    ph: f64 = dd_add(1.0, 0.0, a, 0.0)
    pl: f64 = dd_lo()
    th: f64 = dd_mul(mh, ml, ph, pl)
    tl: f64 = dd_lo()
    sh: f64 = dd_sqrt(th, tl)
    sl: f64 = dd_lo()
    qh: f64 = dd_div(a, 0.0, sh, sl)
    ql: f64 = dd_lo()
    h: f64 = dd_atan_any(qh, ql)
    return f64_copysign(h + dd_lo(), x)


def lm_acos(x: f64) -> f64:
    if x != x:
        return x
    if f64_abs(x) > 1.0:
        return 0.0 / 0.0
    if x == 1.0:
        return 0.0
    if x == -1.0:
        return lm_pi_hi()
    # 2 atan(sqrt((1 - x) / (1 + x)))
    mh: f64 = dd_add(1.0, 0.0, -x, 0.0)
    ml: f64 = dd_lo()
    ph: f64 = dd_add(1.0, 0.0, x, 0.0)
    pl: f64 = dd_lo()
    qh: f64 = dd_div(mh, ml, ph, pl)
    ql: f64 = dd_lo()
    sh: f64 = dd_sqrt(qh, ql)
    sl: f64 = dd_lo()
    h: f64 = dd_atan_any(sh, sl)
    return 2.0 * (h + dd_lo())


def lm_atan2(y: f64, x: f64) -> f64:
    """CPython's m_atan2 special cases, then atan2."""
    if x != x or y != y:
        return 0.0 / 0.0
    if lm_isinf(y):
        if lm_isinf(x):
            if f64_copysign(1.0, x) == 1.0:
                return f64_copysign(0.25 * lm_pi_hi(), y)
            return f64_copysign(0.75 * lm_pi_hi(), y)
        return f64_copysign(0.5 * lm_pi_hi(), y)
    if lm_isinf(x) or y == 0.0:
        if f64_copysign(1.0, x) == 1.0:
            return f64_copysign(0.0, y)
        return f64_copysign(lm_pi_hi(), y)
    if x == 0.0:
        return f64_copysign(0.5 * lm_pi_hi(), y)
    ay: f64 = f64_abs(y)
    ax: f64 = f64_abs(x)
    # scale both into a safe range: atan2 only depends on the ratio
    ey: i64 = ((f64_bits(ay) >> 52) & 2047)
    ex: i64 = ((f64_bits(ax) >> 52) & 2047)
    if ey - ex > 1100:
        return f64_copysign(0.5 * lm_pi_hi(), y) if x > 0.0 else f64_copysign(0.5 * lm_pi_hi(), y)
    sc: i64 = 0
    if ey > 1800 or ex > 1800:
        sc = -600
    elif ey < 300 or ex < 300:
        sc = 600
    ay = rt_ldexp(ay, sc)
    ax = rt_ldexp(ax, sc)
    h: f64 = 0.0
    if ay <= ax:
        th: f64 = dd_div(ay, 0.0, ax, 0.0)
        tl: f64 = dd_lo()
        if th < 1e-300:
            h = dd_norm(th, tl)
        else:
            h = dd_atan(th, tl)
    else:
        uh: f64 = dd_div(ax, 0.0, ay, 0.0)
        ul: f64 = dd_lo()
        ah: f64 = dd_atan(uh, ul)
        al: f64 = dd_lo()
        h = dd_add(0.5 * lm_pi_hi(), 0.5 * lm_pi_lo(), -ah, -al)
    l: f64 = dd_lo()
    if x < 0.0:
        h = dd_add(lm_pi_hi(), lm_pi_lo(), -h, -l)
        l = dd_lo()
    return f64_copysign(h + l, y)
