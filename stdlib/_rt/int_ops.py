# The slow paths of the int.* ops (src/passes/expand.ts, src/passes/range.ts): inference proved
# both operands ints or bools, so a failed tag test or an overflow means a big int (or a bool),
# and the big-int code is called directly. The generic operators (rt_add ...) would also work,
# but their other arms (str, float, bytes, sequences, instances) reach most of the runtime, and
# every program with an int `+` would carry it: fib's module had ~500 functions for them.
from __keel__ import i32, i64, obj, is_small, tag_int, untag_int, i64_lt_u, box_bool, NULL_WORD


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


# ---- operators with no int.* op (std: specialize.ts calls these when inference proved both
# operands ints or bools; the generic rt_pow / rt_rshift / rt_lshift also test for instances and
# so link the class machinery, which wazero compiles at every start) -----------------------------

def rt_iop_pow(a: obj, b: obj) -> obj:
    """a ** b of ints: an int, or a float for a negative exponent (as rt_pow)."""
    x: obj = rt_to_int(a)
    y: obj = rt_to_int(b)
    if rt_int_is_neg(y):
        return rt_float_binop(x, y, 6)
    return rt_int_pow(x, y)


def rt_iop_rshift(a: obj, b: obj) -> obj:
    """a >> b of ints: two small ints and a count >= 0 in line (small: inlined), else rt_int_rshift
    (a big int, a negative count's ValueError, bools)."""
    if is_small(a) & is_small(b):
        k: i64 = untag_int(b)
        if k >= 0:
            if k > 63:
                k = 63
            return tag_int(untag_int(a) >> k)
    return rt_int_rshift(rt_to_int(a), rt_to_int(b))


def rt_iop_lshift(a: obj, b: obj) -> obj:
    """a << b of ints: in line when the result is a small int, else rt_int_lshift."""
    if is_small(a) & is_small(b):
        k: i64 = untag_int(b)
        if i64_lt_u(k, 62):
            v: i64 = untag_int(a)
            r: i64 = v << k
            if (r >> k) == v:
                if untag_int(tag_int(r)) == r:
                    return tag_int(r)
    return rt_int_lshift(rt_to_int(a), rt_to_int(b))


# Comparisons of two numbers (ints, bools, floats; at least one maybe a float): rt_num_cmp's exact
# order (2: unordered, a nan) without rt_lt's instance, str and sequence arms.

def rt_nop_lt(a: obj, b: obj) -> obj:
    return box_bool(rt_num_cmp(a, b) == -1)


def rt_nop_le(a: obj, b: obj) -> obj:
    c: i32 = rt_num_cmp(a, b)
    return box_bool(c == -1 or c == 0)


def rt_nop_gt(a: obj, b: obj) -> obj:
    return box_bool(rt_num_cmp(a, b) == 1)


def rt_nop_ge(a: obj, b: obj) -> obj:
    c: i32 = rt_num_cmp(a, b)
    return box_bool(c == 1 or c == 0)


def rt_nop_eq(a: obj, b: obj) -> obj:
    return box_bool(rt_num_cmp(a, b) == 0)


def rt_nop_ne(a: obj, b: obj) -> obj:
    return box_bool(rt_num_cmp(a, b) != 0)


def rt_minmax_ints(t: obj, is_max: i32, dflt: obj) -> obj:
    """min(t) / max(t) of a tuple the program made whose items are ints or bools (`max(a, b)`
    builds one): the first smallest (largest) item, compared as ints; the default or ValueError
    when empty (rt_minmax's messages)."""
    n: i32 = rt_tuple_len(t)
    if n == 0:
        if dflt is not NULL_WORD:
            return dflt
        if is_max:
            rt_raise("ValueError", "max() iterable argument is empty")
        else:
            rt_raise("ValueError", "min() iterable argument is empty")
        return 1
    best: obj = rt_tuple_item(t, 0)
    i: i32 = 1
    while i < n:
        v: obj = rt_tuple_item(t, i)
        c: i32 = rt_int_cmp(rt_to_int(v), rt_to_int(best))
        if is_max:
            if c > 0:
                best = v
        elif c < 0:
            best = v
        i = i + 1
    return best
