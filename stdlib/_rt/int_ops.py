# The slow paths of the int.* ops (src/passes/expand.ts, src/passes/range.ts): inference proved
# both operands ints or bools, so a failed tag test or an overflow means a big int (or a bool),
# and the big-int code is called directly. The generic operators (rt_add ...) would also work,
# but their other arms (str, float, bytes, sequences, instances) reach most of the runtime, and
# every program with an int `+` would carry it: fib's module had ~500 functions for them.
from __keel__ import i32, obj


def rt_iop_add(a: obj, b: obj) -> obj:
    return rt_int_add(rt_to_int(a), rt_to_int(b))


def rt_iop_sub(a: obj, b: obj) -> obj:
    return rt_int_sub(rt_to_int(a), rt_to_int(b))


def rt_iop_mul(a: obj, b: obj) -> obj:
    return rt_int_mul(rt_to_int(a), rt_to_int(b))


def rt_iop_floordiv(a: obj, b: obj) -> obj:
    return rt_int_floordiv(rt_to_int(a), rt_to_int(b))


def rt_iop_mod(a: obj, b: obj) -> obj:
    return rt_int_mod(rt_to_int(a), rt_to_int(b))


# Comparisons answer the raw truth value (the ops' result is an i32).

def rt_iop_lt(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) < 0


def rt_iop_le(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) <= 0


def rt_iop_gt(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) > 0


def rt_iop_ge(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) >= 0


def rt_iop_eq(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) == 0


def rt_iop_ne(a: obj, b: obj) -> i32:
    return rt_int_cmp(rt_to_int(a), rt_to_int(b)) != 0
