# The methods and attributes of ints, bools and floats: bit_length, bit_count, is_integer,
# as_integer_ratio, conjugate (containers.ts METHODS calls rt_m_*), and real/imag/numerator/
# denominator (cls.py's rt_getattr calls rt_num_getattr). CPython's results and messages.
from __keel__ import (
    i32, i64, f64, obj, is_small, tag_int, untag_int, word_ptr, load_i32, i32_to_i64, f64_bits,
    f64_floor, i64_ctz, i64_popcnt, NULL_WORD, TYPE_BOOL, TRUE_ADDR, INT_DIGITS,
)


def rt_num_int_value(x: obj) -> obj:
    """An int, or a bool as the int 0 or 1."""
    if not is_small(x) and load_i32(word_ptr(x), 0) == TYPE_BOOL:
        return tag_int(i32_to_i64(word_ptr(x) == TRUE_ADDR))
    return x


def rt_m_bit_length(x: obj) -> obj:
    if rt_num_kind(x) != 1:
        return rt_no_attr(x, "bit_length")
    return tag_int(rt_int_bit_length(rt_num_int_value(x)))


def rt_m_bit_count(x: obj) -> obj:
    """The number of ones in the binary form of abs(x)."""
    if rt_num_kind(x) != 1:
        return rt_no_attr(x, "bit_count")
    v: obj = rt_num_int_value(x)
    if is_small(v):
        a: i64 = untag_int(v)
        if a < 0:
            a = 0 - a
        return tag_int(i64_popcnt(a))
    p: i32 = word_ptr(v)
    n: i32 = rt_int_nd(p)
    c: i64 = 0
    i: i32 = 0
    while i < n:
        c = c + i64_popcnt(i32_to_i64(load_i32(p + INT_DIGITS + 4 * i, 0)))
        i = i + 1
    return tag_int(c)


def rt_m_is_integer(x: obj) -> obj:
    k: i32 = rt_num_kind(x)
    if k == 1:
        return True
    if k == 2:
        v: f64 = rt_float_value(x)
        if v - v == 0.0 and f64_floor(v) == v:
            return True
        return False
    return rt_no_attr(x, "is_integer")


def rt_m_conjugate(x: obj) -> obj:
    k: i32 = rt_num_kind(x)
    if k == 1:
        return rt_num_int_value(x)
    if k == 2:
        return x
    return rt_no_attr(x, "conjugate")


def rt_m_as_integer_ratio(x: obj) -> obj:
    """(numerator, denominator) in lowest terms with a positive denominator; a float's is exact
    (its significand and a power of two), as CPython's float.as_integer_ratio."""
    k: i32 = rt_num_kind(x)
    if k == 1:
        return rt_tuple_new2(rt_num_int_value(x), tag_int(1))
    if k != 2:
        return rt_no_attr(x, "as_integer_ratio")
    v: f64 = rt_float_value(x)
    if v != v:
        rt_raise("ValueError", "cannot convert NaN to integer ratio")
        return 1
    if v - v != 0.0:
        rt_raise("OverflowError", "cannot convert Infinity to integer ratio")
        return 1
    bits: i64 = f64_bits(v)
    mant: i64 = rt_f64_significand(bits)
    e: i64 = rt_f64_exponent(bits)
    if mant == 0:
        return rt_tuple_new2(tag_int(0), tag_int(1))
    z: i64 = i64_ctz(mant)
    mant = mant >> z
    e = e + z
    if bits < 0:
        mant = 0 - mant
    if e >= 0:
        return rt_tuple_new2(rt_int_lshift(tag_int(mant), tag_int(e)), tag_int(1))
    return rt_tuple_new2(tag_int(mant), rt_int_lshift(tag_int(1), tag_int(0 - e)))


def rt_num_getattr(x: obj, name: obj) -> obj:
    """real, imag, numerator, denominator of an int, bool or float (NULL_WORD for any other name
    or object: the caller raises the AttributeError)."""
    k: i32 = rt_num_kind(x)
    if k == 0:
        return NULL_WORD
    if rt_str_eq(name, "real"):
        if k == 1:
            return rt_num_int_value(x)
        return x
    if rt_str_eq(name, "imag"):
        if k == 1:
            return tag_int(0)
        return rt_box_float(0.0)
    if k == 1:
        if rt_str_eq(name, "numerator"):
            return rt_num_int_value(x)
        if rt_str_eq(name, "denominator"):
            return tag_int(1)
    return NULL_WORD
