# sys's run-time state beyond I/O (io.py): the recursion limit, and at the end the int <-> str
# digit limit (its word is IO_INT_DIGITS_LIMIT). RT_RECURSION_LIMIT holds the
# limit minus CPython's default (0 until sys.setrecursionlimit changes it), so memory that starts
# zeroed means the default. Programs that never name setrecursionlimit compare the depth with the
# constant RECURSION_LIMIT (src/lower/function.ts enterDepth); the others subtract this word.
from __keel__ import (
    i32, i64, obj, load_i32, store_i32, tag_int, untag_int, is_small, i32_to_i64, i64_to_i32,
    NULL_WORD, RT_DEPTH, RT_RECURSION_LIMIT, RECURSION_LIMIT, IO_STATE, IO_INT_DIGITS_LIMIT, INT_MAX_STR_DIGITS,
)


def rt_sys_getrecursionlimit() -> obj:
    return tag_int(i32_to_i64(load_i32(RT_RECURSION_LIMIT, 0) + RECURSION_LIMIT))


def rt_sys_c_int(n: obj) -> obj:
    """n as a small int within a C int (CPython's argument clinic `int`), or NULL_WORD after
    raising its TypeError or OverflowError."""
    if rt_num_kind(n) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(n)), "' object cannot be interpreted as an integer"))
        return NULL_WORD
    n = rt_to_int(n)
    if not is_small(n):
        rt_raise("OverflowError", "Python int too large to convert to C int")
        return NULL_WORD
    v: i64 = untag_int(n)
    if v > 2147483647 or v < -2147483648:
        rt_raise("OverflowError", "Python int too large to convert to C int")
        return NULL_WORD
    return n


def rt_sys_setrecursionlimit(n: obj, own: obj) -> obj:
    """sys.setrecursionlimit(n) with CPython's checks: an int that fits a C int, at least 1, and
    above the current depth (the module's frame counts, as in CPython; `own` (a small int) is
    the number of frames of the caller's that CPython would not have: _keel_sys's wrapper)."""
    n = rt_sys_c_int(n)
    if n is NULL_WORD:
        return 1
    v: i64 = untag_int(n)
    if v < 1:
        rt_raise("ValueError", "recursion limit must be greater or equal than 1")
        return 1
    depth: i32 = load_i32(RT_DEPTH, 0) + 1 - i64_to_i32(untag_int(own))
    if i32_to_i64(depth) >= v:
        m: obj = rt_str_concat("cannot set the recursion limit to ", rt_repr(n))
        m = rt_str_concat(rt_str_concat(m, " at the recursion depth "), rt_repr(tag_int(i32_to_i64(depth))))
        rt_raise("RecursionError", rt_str_concat(m, ": the limit is too low"))
        return 1
    store_i32(RT_RECURSION_LIMIT, 0, i64_to_i32(v) - RECURSION_LIMIT)
    return None


def rt_sys_get_int_max_str_digits() -> obj:
    return tag_int(i32_to_i64(rt_int_max_str_digits()))


def rt_sys_set_int_max_str_digits(n: obj) -> obj:
    """sys.set_int_max_str_digits(n): an int that fits a C int, 0 (no limit) or at least 640."""
    n = rt_sys_c_int(n)
    if n is NULL_WORD:
        return 1
    v: i64 = untag_int(n)
    if v != 0 and v < 640:
        rt_raise("ValueError", "maxdigits must be 0 or larger than 640")
        return 1
    store_i32(IO_STATE, IO_INT_DIGITS_LIMIT, i64_to_i32(v) - INT_MAX_STR_DIGITS)
    return None
