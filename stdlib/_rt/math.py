# The math module: rt_math_X implements math.X (the lowering in src/lower/builtins.ts maps
# `math.X(...)` and names imported from math here; absent optional arguments are NULL_WORD).
# CPython's argument conversion and its errors ("math domain error", "math range error"); the
# float functions themselves are in math_libm.py.
from __keel__ import (
    i32, i64, f64, obj,
    load_f64, store_f64, is_small, word_ptr, load_i32, exc_get, exc_set, tag_int, untag_int,
    f64_abs, f64_sqrt, f64_floor, f64_ceil, f64_trunc, f64_copysign, f64_nearest, f64_bits,
    f64_from_bits, f64_to_i64_sat, i64_to_f64, i64_shr_u, i64_to_i32, i32_to_i64, i32_le_u,
    NULL_WORD, SCRATCH, TYPE_FLOAT, TYPE_INT, TYPE_BOOL, SEL_FLOOR,
)

# ---- arguments and results ------------------------------------------------------------------

def lm_arg(x: obj) -> f64:
    """A math function's float argument: a float, int or bool (TypeError otherwise)."""
    k: i32 = rt_num_kind(x)
    if k == 2:
        return rt_float_value(x)
    if k == 1:
        return rt_int_to_f64(rt_to_int(x))
    if rt_is_inst(x):
        f: obj = rt_inst_float(x)  # __float__, else __index__ (cls.py)
        if exc_get() is not 0:
            return 0.0
        if f is not NULL_WORD:
            return rt_float_value(f)
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD:
            return lm_arg(pl)
    rt_raise("TypeError", rt_str_concat(rt_str_concat("must be real number, not ", rt_type_name(x)), ""))
    return 0.0


def lm_domain() -> obj:
    rt_raise("ValueError", "math domain error")
    return 1


def lm_range() -> obj:
    rt_raise("OverflowError", "math range error")
    return 1


def lm_isnan(x: f64) -> i32:
    return x != x


def lm_isinf(x: f64) -> i32:
    return f64_abs(x) == 1.0 / 0.0


def lm_isfinite(x: f64) -> i32:
    return x - x == 0.0


def lm_result(r: f64, x: f64, can_overflow: i32) -> obj:
    """CPython's math_1: NaN from a non-NaN is a domain error; an infinity from a finite
    argument is a range error (can_overflow) or a domain error (a singularity)."""
    if lm_isnan(r) and not lm_isnan(x):
        return lm_domain()
    if lm_isinf(r) and lm_isfinite(x):
        if can_overflow:
            return lm_range()
        return lm_domain()
    return rt_box_float(r)


def lm_result2(r: f64, x: f64, y: f64) -> obj:
    """CPython's math_2 error rules for a function of two floats."""
    if lm_isnan(r):
        if not lm_isnan(x) and not lm_isnan(y):
            return lm_domain()
    elif lm_isinf(r):
        if lm_isfinite(x) and lm_isfinite(y):
            return lm_range()
    return rt_box_float(r)


# ---- rt_math_X: one-argument float functions ---------------------------------------------------

def lm_call1(x: obj, which: i32) -> obj:
    """math.X(x) for the libm-style functions of one float (CPython's math_1)."""
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    r: f64 = 0.0
    ovf: i32 = 0
    if which == 0:
        r = lm_exp(v)
        ovf = 1
    elif which == 1:
        r = lm_expm1(v)
        ovf = 1
    elif which == 2:
        if v == 0.0:
            r = v
        else:
            r = lm_log1p(v)
    elif which == 3:
        r = lm_sin(v)
    elif which == 4:
        r = lm_cos(v)
    elif which == 5:
        r = lm_tan(v)
    elif which == 6:
        r = lm_asin(v)
    elif which == 7:
        r = lm_acos(v)
    elif which == 8:
        r = lm_atan(v)
    elif which == 9:
        r = lm_sinh(v)
        ovf = 1
    elif which == 10:
        r = lm_cosh(v)
        ovf = 1
    elif which == 11:
        r = lm_tanh(v)
    elif which == 12:
        r = lm_asinh(v)
    elif which == 13:
        r = lm_acosh(v)
    elif which == 14:
        r = lm_atanh(v)
    elif which == 15:
        if v < 0.0:
            r = 0.0 / 0.0
        else:
            r = f64_sqrt(v)
    elif which == 16:
        r = f64_abs(v)
    elif which == 17:
        r = lm_exp2(v)
        ovf = 1
    return lm_result(r, v, ovf)


def rt_math_exp(x: obj) -> obj:
    return lm_call1(x, 0)


def rt_math_expm1(x: obj) -> obj:
    return lm_call1(x, 1)


def rt_math_log1p(x: obj) -> obj:
    return lm_call1(x, 2)


def rt_math_sin(x: obj) -> obj:
    return lm_call1(x, 3)


def rt_math_cos(x: obj) -> obj:
    return lm_call1(x, 4)


def rt_math_tan(x: obj) -> obj:
    return lm_call1(x, 5)


def rt_math_asin(x: obj) -> obj:
    return lm_call1(x, 6)


def rt_math_acos(x: obj) -> obj:
    return lm_call1(x, 7)


def rt_math_atan(x: obj) -> obj:
    return lm_call1(x, 8)


def rt_math_sinh(x: obj) -> obj:
    return lm_call1(x, 9)


def rt_math_cosh(x: obj) -> obj:
    return lm_call1(x, 10)


def rt_math_tanh(x: obj) -> obj:
    return lm_call1(x, 11)


def rt_math_asinh(x: obj) -> obj:
    return lm_call1(x, 12)


def rt_math_acosh(x: obj) -> obj:
    return lm_call1(x, 13)


def rt_math_atanh(x: obj) -> obj:
    return lm_call1(x, 14)


def rt_math_sqrt(x: obj) -> obj:
    return lm_call1(x, 15)


def rt_math_sqrt_f(v: f64) -> f64:
    """math.sqrt of a float (-O2: src/passes/specialize.ts calls it where the argument is
    proven a float; as lm_call1's case 15: ValueError below zero, NaN and infinities pass)."""
    if v < 0.0:
        lm_domain()
        return 0.0
    return f64_sqrt(v)


def rt_math_fabs(x: obj) -> obj:
    return lm_call1(x, 16)


def rt_math_exp2(x: obj) -> obj:
    return lm_call1(x, 17)


def lm_exp2(x: f64) -> f64:
    if x != x:
        return x
    if x >= 1024.0:
        return 1.0 / 0.0
    if x < -1080.0:
        return 0.0
    n: f64 = f64_nearest(x)
    f: f64 = x - n
    # exp(f * ln2) with f * ln2 in double-double
    ph: f64 = f * lm_ln2_hi()
    pl: f64 = rt_two_prod_lo(f, lm_ln2_hi(), ph) + f * lm_ln2_lo()
    mh: f64 = dd_exp_small(ph, pl)
    ml: f64 = dd_lo()
    eh: f64 = dd_add(1.0, 0.0, mh, ml)
    return rt_ldexp(eh + dd_lo(), f64_to_i64_sat(n))


def rt_math_log(x: obj, base: obj) -> obj:
    """math.log(x[, base])."""
    num: f64 = lm_loghelper(x, 0)
    if exc_get() is not 0:
        return 1
    if base is NULL_WORD:
        return rt_box_float(num)
    den: f64 = lm_loghelper(base, 0)
    if exc_get() is not 0:
        return 1
    if den == 0.0:
        rt_raise("ZeroDivisionError", "float division by zero")
        return 1
    return rt_box_float(num / den)


def lm_loghelper(x: obj, which: i32) -> f64:
    """CPython's loghelper: log, log2 (which 1) or log10 (which 2) of an int or float; a
    positive int too large for a float is reduced by its bit length first."""
    if rt_num_kind(x) == 1:
        i: obj = rt_to_int(x)
        if rt_int_sign(i) <= 0:
            lm_domain()
            return 0.0
        if not is_small(i):
            nb: i64 = rt_int_bit_length(i)
            if nb >= 1024:
                # frexp: x = m * 2**nb with m in [0.5, 1); log(x) = log(m) + log(2) * nb
                top: f64 = rt_int_to_f64(rt_int_rshift(i, tag_int(nb - 60)))
                m: f64 = rt_ldexp(top, -60)
                e: f64 = i64_to_f64(nb)
                if which == 1:
                    return lm_log2(m) + e
                if which == 2:
                    return lm_log10(m) + lm_log10(2.0) * e
                return lm_log(m) + lm_log(2.0) * e
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 0.0
    r: f64 = 0.0
    if which == 1:
        r = lm_log2(v)
    elif which == 2:
        r = lm_log10(v)
    else:
        r = lm_log(v)
    if (r != r and v == v) or (lm_isinf(r) and lm_isfinite(v)):
        lm_domain()
    return r


def rt_math_log2(x: obj) -> obj:
    r: f64 = lm_loghelper(x, 1)
    if exc_get() is not 0:
        return 1
    return rt_box_float(r)


def rt_math_log10(x: obj) -> obj:
    r: f64 = lm_loghelper(x, 2)
    if exc_get() is not 0:
        return 1
    return rt_box_float(r)


# ---- two-argument float functions ----------------------------------------------------------------

def rt_math_atan2(y: obj, x: obj) -> obj:
    a: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    return lm_result2(lm_atan2(a, b), a, b)


def rt_math_copysign(x: obj, y: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    return rt_box_float(f64_copysign(a, b))


def rt_math_fmod(x: obj, y: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    if lm_isinf(b) and lm_isfinite(a):
        return rt_box_float(a)
    r: f64 = 0.0
    if lm_isinf(a) or b == 0.0 or a != a or b != b:
        r = 0.0 / 0.0
    else:
        r = rt_fmod(a, b)
    return lm_result2(r, a, b)


def rt_math_remainder(x: obj, y: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    if a != a:
        return rt_box_float(a)
    if b != b:
        return rt_box_float(b)
    if lm_isinf(a) or b == 0.0:
        return lm_domain()
    if lm_isinf(b):
        return rt_box_float(a)
    # CPython's m_remainder: exact, ties to even multiples
    ab: f64 = f64_abs(b)
    m: f64 = rt_fmod(f64_abs(a), ab)
    c: f64 = ab - m
    r: f64 = 0.0
    if m < c:
        r = m
    elif m > c:
        r = -c
    else:
        half: f64 = 0.5 * (f64_abs(a) - m)
        r = m - 2.0 * rt_fmod(half, ab)
    return rt_box_float(f64_copysign(1.0, a) * r)


def rt_math_pow(x: obj, y: obj) -> obj:
    """math.pow(x, y): C99's pow special cases, ValueError/OverflowError as CPython."""
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    r: f64 = 0.0
    if not lm_isfinite(a) or not lm_isfinite(b):
        if a != a:
            r = a
            if b == 0.0:
                r = 1.0
        elif b != b:
            r = b
            if a == 1.0:
                r = 1.0
        elif lm_isinf(a):
            odd_y: i32 = lm_isfinite(b) and rt_f64_is_odd_integer(f64_abs(b))
            if b > 0.0:
                r = f64_abs(a)
                if odd_y:
                    r = a
            elif b == 0.0:
                r = 1.0
            else:
                r = 0.0
                if odd_y:
                    r = f64_copysign(0.0, a)
        elif f64_abs(a) == 1.0:
            r = 1.0
        elif b > 0.0 and f64_abs(a) > 1.0:
            r = b
        elif b < 0.0 and f64_abs(a) < 1.0:
            r = -b
        else:
            r = 0.0
        return rt_box_float(r)
    if b == 0.0 or a == 1.0:
        return rt_box_float(1.0)
    odd: i32 = rt_f64_is_odd_integer(b)
    if a == 0.0:
        if b < 0.0:
            return lm_domain()
        if odd:
            return rt_box_float(a)
        return rt_box_float(0.0)
    neg: i32 = 0
    if a < 0.0:
        if b != f64_floor(b):
            return lm_domain()
        a = -a
        neg = odd
    if a == 1.0:
        r = 1.0
    else:
        r = rt_f64_pow_pos(a, b)
    if lm_isinf(r):
        return lm_range()
    if neg:
        r = -r
    return rt_box_float(r)


def rt_math_ldexp(x: obj, i: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    if rt_num_kind(i) != 1:
        rt_raise("TypeError", "Expected an int as second argument to ldexp.")
        return 1
    e: obj = rt_to_int(i)
    if a == 0.0 or not lm_isfinite(a):
        return rt_box_float(a)
    n: i64 = 0
    if is_small(e):
        n = untag_int(e)
    elif rt_int_sign(e) < 0:
        n = -100000
    else:
        n = 100000
    if n > 100000:
        n = 100000
    if n < -100000:
        n = -100000
    r: f64 = rt_ldexp(a, n)
    if lm_isinf(r):
        return lm_range()
    return rt_box_float(r)


def rt_math_nextafter(x: obj, y: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    b: f64 = lm_arg(y)
    if exc_get() is not 0:
        return 1
    if a != a:
        return rt_box_float(a)
    if b != b:
        return rt_box_float(b)
    if a == b:
        return rt_box_float(b)
    if a == 0.0:
        return rt_box_float(f64_copysign(5e-324, b))
    bits: i64 = f64_bits(a)
    if (a < b) == (a > 0.0):
        bits = bits + 1
    else:
        bits = bits - 1
    return rt_box_float(f64_from_bits(bits))


def rt_math_ulp(x: obj) -> obj:
    a: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    if a != a:
        return rt_box_float(a)
    a = f64_abs(a)
    if lm_isinf(a):
        return rt_box_float(a)
    if a == 1.7976931348623157e308:
        return rt_box_float(a - f64_from_bits(f64_bits(a) - 1))
    return rt_box_float(f64_from_bits(f64_bits(a) + 1) - a)


# ---- rounding, classification, conversion ---------------------------------------------------------

def lm_round_to_int(x: obj, mode: i32) -> obj:
    """floor (0), ceil (1), trunc (2): an int stays itself; a float becomes an int."""
    k: i32 = rt_num_kind(x)
    if k == 1:
        return rt_to_int(x)
    if k == 0:
        if rt_is_inst(x):
            r: obj = rt_dunder_or_null(SEL_FLOOR + mode, x, NULL_WORD)  # __floor__, __ceil__, __trunc__
            if r is not NULL_WORD or exc_get() is not 0:
                return r
            if mode == 2:
                pl: obj = rt_payload(x)
                if pl is not NULL_WORD:
                    return lm_round_to_int(pl, mode)
                rt_raise("TypeError", rt_str_concat(rt_str_concat("type ", rt_type_name(x)), " doesn't define __trunc__ method"))
                return 1
        v0: f64 = lm_arg(x)  # floor and ceil of anything else go through float(x)
        if exc_get() is not 0:
            return 1
        return lm_round_to_int(rt_box_float(v0), mode)
    v: f64 = rt_float_value(x)
    if mode == 0:
        v = f64_floor(v)
    elif mode == 1:
        v = f64_ceil(v)
    else:
        v = f64_trunc(v)
    return rt_float_to_int(v)


def rt_math_floor(x: obj) -> obj:
    return lm_round_to_int(x, 0)


def rt_math_ceil(x: obj) -> obj:
    return lm_round_to_int(x, 1)


def rt_math_trunc(x: obj) -> obj:
    if rt_num_kind(x) == 0 and not rt_is_inst(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("type ", rt_type_name(x)), " doesn't define __trunc__ method"))
        return 1
    return lm_round_to_int(x, 2)


def lm_bool_of(x: obj, which: i32) -> obj:
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    if which == 0:
        return box_bool_f(lm_isnan(v))
    if which == 1:
        return box_bool_f(lm_isinf(v))
    return box_bool_f(lm_isfinite(v))


def box_bool_f(c: i32) -> obj:
    if c:
        return True
    return False


def rt_math_isnan(x: obj) -> obj:
    return lm_bool_of(x, 0)


def rt_math_isinf(x: obj) -> obj:
    return lm_bool_of(x, 1)


def rt_math_isfinite(x: obj) -> obj:
    return lm_bool_of(x, 2)


def rt_math_degrees(x: obj) -> obj:
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    return rt_box_float(v * (180.0 / lm_pi_hi()))


def rt_math_radians(x: obj) -> obj:
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    return rt_box_float(v * (lm_pi_hi() / 180.0))


def rt_math_modf(x: obj) -> obj:
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    if lm_isinf(v):
        return rt_tuple_new2(rt_box_float(f64_copysign(0.0, v)), rt_box_float(v))
    if v != v:
        return rt_tuple_new2(rt_box_float(v), rt_box_float(v))
    ip: f64 = f64_trunc(v)
    return rt_tuple_new2(rt_box_float(f64_copysign(v - ip, v)), rt_box_float(ip))


def rt_math_frexp(x: obj) -> obj:
    v: f64 = lm_arg(x)
    if exc_get() is not 0:
        return 1
    if v == 0.0 or not lm_isfinite(v):
        return rt_tuple_new2(rt_box_float(v), 0)
    e: i64 = 0
    a: f64 = v
    if f64_abs(a) < 2.2250738585072014e-308:
        a = a * 18014398509481984.0
        e = -54
    bits: i64 = f64_bits(a)
    e = e + ((bits >> 52) & 2047) - 1022
    m: f64 = f64_from_bits((bits & -9218868437227405313) | (1022 << 52))
    return rt_tuple_new2(rt_box_float(m), tag_int(e))


def rt_math_isclose(a: obj, b: obj, rel: obj, abst: obj) -> obj:
    x: f64 = lm_arg(a)
    if exc_get() is not 0:
        return 1
    y: f64 = lm_arg(b)
    if exc_get() is not 0:
        return 1
    rel_tol: f64 = 1e-09
    abs_tol: f64 = 0.0
    if rel is not NULL_WORD:
        rel_tol = lm_arg(rel)
        if exc_get() is not 0:
            return 1
    if abst is not NULL_WORD:
        abs_tol = lm_arg(abst)
        if exc_get() is not 0:
            return 1
    if rel_tol < 0.0 or abs_tol < 0.0:
        rt_raise("ValueError", "tolerances must be non-negative")
        return 1
    if x == y:
        return True
    if lm_isinf(x) or lm_isinf(y):
        return False
    diff: f64 = f64_abs(y - x)
    if diff <= f64_abs(rel_tol * y) or diff <= f64_abs(rel_tol * x) or diff <= abs_tol:
        return True
    return False


# ---- sums and norms ------------------------------------------------------------------------------

def rt_math_fsum(seq: obj) -> obj:
    """math.fsum: Shewchuk/Hettinger exact partials, correctly rounded (CPython's msum)."""
    it: obj = rt_iter(seq)
    if exc_get() is not 0:
        return 1
    parts: obj = rt_list_new(0)
    special: f64 = 0.0
    inf_sum: f64 = 0.0
    while True:
        item: obj = rt_next(it)
        if item is NULL_WORD:
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
            break
        x: f64 = lm_arg(item)
        if exc_get() is not 0:
            return 1
        xsave: f64 = x
        n: i32 = rt_seq_len(parts)
        i: i32 = 0
        j: i32 = 0
        while j < n:
            y: f64 = rt_float_value(rt_seq_item(parts, j))
            if f64_abs(x) < f64_abs(y):
                t: f64 = x
                x = y
                y = t
            hi: f64 = x + y
            lo: f64 = y - (hi - x)
            if lo != 0.0:
                rt_list_set(parts, i, rt_box_float(lo))
                i = i + 1
            x = hi
            j = j + 1
        rt_m_del_tail(parts, i)
        if x != 0.0:
            if not lm_isfinite(x):
                if lm_isfinite(xsave):
                    rt_raise("OverflowError", "intermediate overflow in fsum")
                    return 1
                if lm_isinf(xsave):
                    inf_sum = inf_sum + xsave
                special = special + xsave
                rt_m_del_tail(parts, 0)
            else:
                rt_list_append(parts, rt_box_float(x))
    if special != 0.0:
        if inf_sum != inf_sum:
            rt_raise("ValueError", "-inf + inf in fsum")
            return 1
        return rt_box_float(special)
    n2: i32 = rt_seq_len(parts)
    h: f64 = 0.0
    l: f64 = 0.0
    if n2 > 0:
        n2 = n2 - 1
        h = rt_float_value(rt_seq_item(parts, n2))
        while n2 > 0:
            xx: f64 = h
            n2 = n2 - 1
            yy: f64 = rt_float_value(rt_seq_item(parts, n2))
            h = xx + yy
            l = yy - (h - xx)
            if l != 0.0:
                break
        if n2 > 0:
            p: f64 = rt_float_value(rt_seq_item(parts, n2 - 1))
            if (l < 0.0 and p < 0.0) or (l > 0.0 and p > 0.0):
                y2: f64 = l * 2.0
                x2: f64 = h + y2
                if y2 == x2 - h:
                    h = x2
    return rt_box_float(h)


def rt_m_del_tail(l: obj, n: i32) -> None:
    """Truncates a list to its first n items."""
    if n < rt_seq_len(l):
        rt_list_delslice(l, tag_int(i32_to_i64(n)), NULL_WORD, NULL_WORD)


def lm_vector_norm(vals: obj, maxv: f64, found_nan: i32) -> f64:
    """CPython's vector_norm over a list of non-negative floats (boxed)."""
    n: i32 = rt_seq_len(vals)
    if lm_isinf(maxv):
        return maxv
    if found_nan:
        return 0.0 / 0.0
    if maxv == 0.0 or n <= 1:
        return maxv
    bits: i64 = f64_bits(maxv)
    max_e: i64 = ((bits >> 52) & 2047) - 1022
    if ((bits >> 52) & 2047) == 0:
        max_e = -1023
    if max_e < -1022:
        scaled: obj = rt_list_new(0)
        i0: i32 = 0
        while i0 < n:
            rt_list_append(scaled, rt_box_float(rt_float_value(rt_seq_item(vals, i0)) / 2.2250738585072014e-308))
            i0 = i0 + 1
        return 2.2250738585072014e-308 * lm_vector_norm(scaled, maxv / 2.2250738585072014e-308, found_nan)
    scale: f64 = rt_ldexp(1.0, 0 - max_e)
    csum: f64 = 1.0
    frac1: f64 = 0.0
    frac2: f64 = 0.0
    i: i32 = 0
    while i < n:
        x: f64 = rt_float_value(rt_seq_item(vals, i)) * scale
        ph: f64 = x * x
        pl: f64 = rt_two_prod_lo(x, x, ph)
        s: f64 = csum + ph
        frac2 = frac2 + ((csum - s) + ph)
        csum = s
        frac1 = frac1 + pl
        i = i + 1
    h: f64 = f64_sqrt(csum - 1.0 + (frac1 + frac2))
    qh: f64 = -h * h
    ql: f64 = rt_two_prod_lo(-h, h, qh)
    s2: f64 = csum + qh
    frac2 = frac2 + ((csum - s2) + qh)
    csum = s2
    frac1 = frac1 + ql
    x2: f64 = csum - 1.0 + (frac1 + frac2)
    h = h + x2 / (2.0 * h)
    return h / scale


def rt_math_hypot(args: obj) -> obj:
    n: i32 = rt_seq_len(args)
    vals: obj = rt_list_new(0)
    maxv: f64 = 0.0
    found_nan: i32 = 0
    i: i32 = 0
    while i < n:
        x: f64 = f64_abs(lm_arg(rt_seq_item(args, i)))
        if exc_get() is not 0:
            return 1
        rt_list_append(vals, rt_box_float(x))
        found_nan = found_nan | (x != x)
        if x > maxv:
            maxv = x
        i = i + 1
    return rt_box_float(lm_vector_norm(vals, maxv, found_nan))


def rt_math_dist(p: obj, q: obj) -> obj:
    if not rt_is_seq(p) or not rt_is_seq(q):
        rt_raise("TypeError", "dist(): both points must be sequences")
        return 1
    n: i32 = rt_seq_len(p)
    if n != rt_seq_len(q):
        rt_raise("ValueError", "both points must have the same number of dimensions")
        return 1
    vals: obj = rt_list_new(0)
    maxv: f64 = 0.0
    found_nan: i32 = 0
    i: i32 = 0
    while i < n:
        a: f64 = lm_arg(rt_seq_item(p, i))
        if exc_get() is not 0:
            return 1
        b: f64 = lm_arg(rt_seq_item(q, i))
        if exc_get() is not 0:
            return 1
        x: f64 = f64_abs(a - b)
        rt_list_append(vals, rt_box_float(x))
        found_nan = found_nan | (x != x)
        if x > maxv:
            maxv = x
        i = i + 1
    return rt_box_float(lm_vector_norm(vals, maxv, found_nan))


def rt_math_prod(it: obj, start: obj) -> obj:
    i: obj = rt_iter(it)
    if exc_get() is not 0:
        return 1
    r: obj = 1
    if start is not NULL_WORD:
        r = start
    while True:
        v: obj = rt_next(i)
        if v is NULL_WORD:
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
            return r
        r = rt_mul(r, v)
        if exc_get() is not 0:
            return 1


# ---- integer functions ------------------------------------------------------------------------

def lm_int_arg(x: obj) -> obj:
    """An int argument (bools too): TypeError ('float' object cannot be interpreted as an
    integer) otherwise."""
    if rt_num_kind(x) != 1:
        rt_check_index(x)
        return 1
    return rt_to_int(x)


def rt_math_factorial(x: obj) -> obj:
    if rt_num_kind(x) == 2:
        rt_raise("TypeError", "'float' object cannot be interpreted as an integer")
        return 1
    n: obj = lm_int_arg(x)
    if exc_get() is not 0:
        return 1
    if rt_int_sign(n) < 0:
        rt_raise("ValueError", "factorial() not defined for negative values")
        return 1
    if not is_small(n):
        rt_raise("OverflowError", "factorial() argument should not exceed 9223372036854775807")
        return 1
    return lm_range_product(1, untag_int(n))


def lm_range_product(lo: i64, hi: i64) -> obj:
    """lo * (lo+1) * ... * hi (1 when lo > hi), splitting in halves to keep operands balanced."""
    if lo > hi:
        return 1
    if hi - lo < 8:
        r: obj = tag_int(lo)
        k: i64 = lo + 1
        while k <= hi:
            r = rt_mul(r, tag_int(k))
            k = k + 1
        return r
    mid: i64 = lo + ((hi - lo) >> 1)
    return rt_mul(lm_range_product(lo, mid), lm_range_product(mid + 1, hi))


def rt_math_isqrt(x: obj) -> obj:
    n: obj = lm_int_arg(x)
    if exc_get() is not 0:
        return 1
    if rt_int_sign(n) < 0:
        rt_raise("ValueError", "isqrt() argument must be nonnegative")
        return 1
    if n is 0:
        return 0
    # Newton's iteration from above: a = (a + n // a) // 2 until it stops decreasing
    nb: i64 = rt_int_bit_length(n)
    a: obj = rt_int_lshift(1, tag_int((nb + 1) >> 1))
    while True:
        b: obj = rt_floordiv(rt_add(a, rt_floordiv(n, a)), 2)
        if rt_int_cmp(b, a) >= 0:
            return a
        a = b


def lm_gcd2(a: obj, b: obj) -> obj:
    a = rt_int_abs(a)
    b = rt_int_abs(b)
    while b is not 0:
        t: obj = rt_mod(a, b)
        a = b
        b = t
    return a


def rt_math_gcd(args: obj) -> obj:
    n: i32 = rt_seq_len(args)
    g: obj = 0
    i: i32 = 0
    while i < n:
        v: obj = lm_int_arg(rt_seq_item(args, i))
        if exc_get() is not 0:
            return 1
        g = lm_gcd2(g, v)
        i = i + 1
    return g


def rt_math_lcm(args: obj) -> obj:
    n: i32 = rt_seq_len(args)
    l: obj = 1
    i: i32 = 0
    while i < n:
        v: obj = lm_int_arg(rt_seq_item(args, i))
        if exc_get() is not 0:
            return 1
        if v is 0 or l is 0:
            l = 0
        else:
            g: obj = lm_gcd2(l, v)
            l = rt_int_abs(rt_mul(rt_floordiv(l, g), v))
        i = i + 1
    return l


def rt_math_comb(n: obj, k: obj) -> obj:
    a: obj = lm_int_arg(n)
    if exc_get() is not 0:
        return 1
    b: obj = lm_int_arg(k)
    if exc_get() is not 0:
        return 1
    if rt_int_sign(a) < 0:
        rt_raise("ValueError", "n must be a non-negative integer")
        return 1
    if rt_int_sign(b) < 0:
        rt_raise("ValueError", "k must be a non-negative integer")
        return 1
    if rt_int_cmp(b, a) > 0:
        return 0
    d: obj = rt_sub(a, b)
    if rt_int_cmp(d, b) < 0:
        b = d
    if not is_small(b):
        rt_raise("OverflowError", "min(n - k, k) must not exceed 9223372036854775807")
        return 1
    r: obj = 1
    kk: i64 = untag_int(b)
    i: i64 = 1
    while i <= kk:
        r = rt_floordiv(rt_mul(r, rt_sub(a, tag_int(kk - i))), tag_int(i))
        i = i + 1
    return r


def rt_math_perm(n: obj, k: obj) -> obj:
    if k is NULL_WORD or k is None:
        return rt_math_factorial(n)
    a: obj = lm_int_arg(n)
    if exc_get() is not 0:
        return 1
    b: obj = lm_int_arg(k)
    if exc_get() is not 0:
        return 1
    if rt_int_sign(a) < 0:
        rt_raise("ValueError", "n must be a non-negative integer")
        return 1
    if rt_int_sign(b) < 0:
        rt_raise("ValueError", "k must be a non-negative integer")
        return 1
    if rt_int_cmp(b, a) > 0:
        return 0
    if not is_small(b):
        rt_raise("OverflowError", "k must not exceed 9223372036854775807")
        return 1
    r: obj = 1
    kk: i64 = untag_int(b)
    i: i64 = 0
    while i < kk:
        r = rt_mul(r, rt_sub(a, tag_int(i)))
        i = i + 1
    return r
