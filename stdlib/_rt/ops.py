# Generic operations on universal words, called by code compiled without type information
# (-O0, and anywhere inference cannot prove the operand types). Small ints take the fast path
# here; other types dispatch on the object's type id.
from __keel__ import (
    i32, i64, obj, load_i32, is_small, tag_int, untag_int, word_ptr, box_bool,
    i64_div_s, i64_rem_s, SMALL_MIN, SMALL_MAX, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT,
    TYPE_STR, TRUE_ADDR, FALSE_ADDR,
)
from _rt.core import rt_raise


def rt_type_name(x: obj) -> obj:
    if is_small(x):
        return "int"
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_STR:
        return "str"
    if t == TYPE_NONE:
        return "NoneType"
    if t == TYPE_BOOL:
        return "bool"
    if t == TYPE_FLOAT:
        return "float"
    if t == TYPE_INT:
        return "int"
    return "object"


def rt_as_small(x: obj) -> i32:
    """1 when x is a small int or a bool (which acts as 0 or 1 in arithmetic)."""
    if is_small(x):
        return 1
    return load_i32(word_ptr(x), 0) == TYPE_BOOL


def rt_small_value(x: obj) -> i64:
    if is_small(x):
        return untag_int(x)
    if word_ptr(x) == TRUE_ADDR:
        return 1
    return 0


def rt_int_result(r: i64) -> obj:
    if r < SMALL_MIN or r > SMALL_MAX:
        rt_raise("OverflowError", "not supported yet: ints beyond 63 bits")
        return 1
    return tag_int(r)


def rt_binop_error(a: obj, b: obj, op: obj) -> obj:
    rt_raise("TypeError", "unsupported operand type(s)")
    return 1


def rt_add(a: obj, b: obj) -> obj:
    if rt_as_small(a) and rt_as_small(b):
        return rt_int_result(rt_small_value(a) + rt_small_value(b))
    return rt_binop_error(a, b, "+")


def rt_sub(a: obj, b: obj) -> obj:
    if rt_as_small(a) and rt_as_small(b):
        return rt_int_result(rt_small_value(a) - rt_small_value(b))
    return rt_binop_error(a, b, "-")


def rt_mul(a: obj, b: obj) -> obj:
    if rt_as_small(a) and rt_as_small(b):
        x: i64 = rt_small_value(a)
        y: i64 = rt_small_value(b)
        if x >= -2147483648 and x <= 2147483647 and y >= -2147483648 and y <= 2147483647:
            return rt_int_result(x * y)
        rt_raise("OverflowError", "not supported yet: ints beyond 63 bits")
        return 1
    return rt_binop_error(a, b, "*")


def rt_floordiv(a: obj, b: obj) -> obj:
    if rt_as_small(a) and rt_as_small(b):
        x: i64 = rt_small_value(a)
        y: i64 = rt_small_value(b)
        if y == 0:
            rt_raise("ZeroDivisionError", "integer division or modulo by zero")
            return 1
        q: i64 = i64_div_s(x, y)
        if (x - q * y != 0) and ((x < 0) != (y < 0)):
            q = q - 1
        return rt_int_result(q)
    return rt_binop_error(a, b, "//")


def rt_mod(a: obj, b: obj) -> obj:
    if rt_as_small(a) and rt_as_small(b):
        x: i64 = rt_small_value(a)
        y: i64 = rt_small_value(b)
        if y == 0:
            rt_raise("ZeroDivisionError", "integer modulo by zero")
            return 1
        r: i64 = i64_rem_s(x, y)
        if r != 0 and ((r < 0) != (y < 0)):
            r = r + y
        return tag_int(r)
    return rt_binop_error(a, b, "%")


def rt_neg(a: obj) -> obj:
    if rt_as_small(a):
        return rt_int_result(0 - rt_small_value(a))
    rt_raise("TypeError", "bad operand type for unary -")
    return 1


def rt_compare(a: obj, b: obj) -> i64:
    """-1, 0 or 1 for a < b, a == b, a > b; sets TypeError for unorderable operands."""
    if rt_as_small(a) and rt_as_small(b):
        x: i64 = rt_small_value(a)
        y: i64 = rt_small_value(b)
        if x < y:
            return -1
        if x > y:
            return 1
        return 0
    rt_raise("TypeError", "'<' not supported between these operands")
    return 0


def rt_lt(a: obj, b: obj) -> obj:
    return box_bool(rt_compare(a, b) < 0)


def rt_le(a: obj, b: obj) -> obj:
    return box_bool(rt_compare(a, b) <= 0)


def rt_gt(a: obj, b: obj) -> obj:
    return box_bool(rt_compare(a, b) > 0)


def rt_ge(a: obj, b: obj) -> obj:
    return box_bool(rt_compare(a, b) >= 0)


def rt_eq(a: obj, b: obj) -> obj:
    if a is b:
        return box_bool(1)
    if rt_as_small(a) and rt_as_small(b):
        return box_bool(rt_small_value(a) == rt_small_value(b))
    return box_bool(0)


def rt_ne(a: obj, b: obj) -> obj:
    if a is b:
        return box_bool(0)
    if rt_as_small(a) and rt_as_small(b):
        return box_bool(rt_small_value(a) != rt_small_value(b))
    return box_bool(1)


def rt_truth(a: obj) -> i32:
    if is_small(a):
        return untag_int(a) != 0
    t: i32 = load_i32(word_ptr(a), 0)
    if t == TYPE_BOOL:
        return word_ptr(a) == TRUE_ADDR
    if t == TYPE_NONE:
        return 0
    if t == TYPE_STR:
        return load_i32(word_ptr(a), 8) != 0
    return 1


def rt_check_index(x: obj) -> None:
    """TypeError unless x is an int (or bool), as range() and indexing require."""
    if rt_as_small(x):
        return
    if load_i32(word_ptr(x), 0) == TYPE_INT:
        return
    rt_raise("TypeError", "'" + "object" + "' object cannot be interpreted as an integer")


def rt_pos(a: obj) -> obj:
    if rt_as_small(a):
        return tag_int(rt_small_value(a))
    rt_raise("TypeError", "bad operand type for unary +")
    return 1


def rt_invert(a: obj) -> obj:
    if rt_as_small(a):
        return tag_int(-1 - rt_small_value(a))
    rt_raise("TypeError", "bad operand type for unary ~")
    return 1
