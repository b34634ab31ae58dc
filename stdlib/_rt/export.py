# Conversions at the boundary of exported functions (keel build --export NAME): the host passes
# and receives raw i64/f64/i32 values; the program works with Python objects.
from __keel__ import (
    i32, i64, obj, is_small, untag_int, word_ptr, load_i32, u32_to_i64,
    INT_SIZE, INT_DIGITS,
)


def rt_export_int_to_i64(x: obj) -> i64:
    """An int result as i64; OverflowError (CPython's message) when it does not fit."""
    if is_small(x):
        return untag_int(x)
    p: i32 = word_ptr(x)
    n: i32 = load_i32(p, INT_SIZE)
    neg: i32 = n < 0
    if neg:
        n = 0 - n
    if n <= 3:
        v: i64 = 0
        i: i32 = n
        fits: i32 = 1
        while i > 0:
            i = i - 1
            if v >= 8589934592:  # 2**33: shifting by 30 more would pass 2**63
                fits = 0
            v = (v << 30) | u32_to_i64(load_i32(p + INT_DIGITS + 4 * i, 0))
        if fits and v >= 0:
            if neg:
                return 0 - v
            return v
    rt_raise("OverflowError", "Python int too large to convert to C long")
    return 0
