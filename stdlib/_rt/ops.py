# Generic operations on universal words, called by code compiled without type information
# (-O0, and anywhere inference cannot prove the operand types): rt_add, rt_lt, rt_truth, ...
# Each takes the small-int fast path inline, then dispatches in a *_slow function: ints and
# bools (int.py, int_bits.py), floats and int/float mixing (float.py), strs (str.py), and
# finally TypeError with CPython's message.
from __keel__ import (
    i32, i64, f64, obj, NULL_WORD, load_i32, is_small, tag_int, untag_int, word_ptr, box_bool,
    load_obj, i64_div_s, i64_rem_s, exc_get, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_EXC,
    TRUE_ADDR, FALSE_ADDR, TYPE_INSTANCE, SEL_LT, SEL_LE, SEL_GT, SEL_GE, SEL_EQ, SEL_NE, SEL_NEG,
    SEL_POS, SEL_INVERT, TYPE_DICT, TYPE_SET_TABLE, TYPE_MAP_ITER,
)

# ---- operand kinds -------------------------------------------------------------------------

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
    if t == TYPE_INSTANCE:
        return rt_inst_type_name(x)
    if t == TYPE_EXC:
        return rt_exc_name(x)
    if t >= TYPE_DICT and t <= TYPE_SET_TABLE:
        return rt_ds_type_name(x, t)
    if t == TYPE_MAP_ITER:  # map, zip or enumerate (keyfunc.py)
        return rt_map_type_name(x)
    return rt_type_name_other(t)


def rt_num_kind(x: obj) -> i32:
    """1 for an int or a bool, 2 for a float, 0 for anything else."""
    if is_small(x):
        return 1
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_INT or t == TYPE_BOOL:
        return 1
    if t == TYPE_FLOAT:
        return 2
    return 0


def rt_num_kind2(a: obj, b: obj) -> i32:
    """0 unless both are numbers; 2 when either is a float; else 1 (both ints or bools)."""
    ka: i32 = rt_num_kind(a)
    kb: i32 = rt_num_kind(b)
    if ka == 0 or kb == 0:
        return 0
    if ka == 2 or kb == 2:
        return 2
    return 1


def rt_to_int(x: obj) -> obj:
    """An int or a bool as an int word (True -> 1, False -> 0)."""
    if is_small(x):
        return x
    p: i32 = word_ptr(x)
    if p == TRUE_ADDR:
        return 1
    if p == FALSE_ADDR:
        return 0
    return x


def rt_is_bool(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_BOOL


def rt_num_to_f64(x: obj) -> f64:
    """An int, bool or float as a float (OverflowError for a huge int)."""
    if rt_num_kind(x) == 2:
        return rt_float_value(x)
    return rt_int_to_f64(rt_to_int(x))


# ---- errors --------------------------------------------------------------------------------

def rt_binop_error(a: obj, b: obj, op: obj) -> obj:
    """TypeError: unsupported operand type(s) for +: 'int' and 'str'."""
    m: obj = rt_str_concat(rt_str_concat("unsupported operand type(s) for ", op), ": '")
    m = rt_str_concat(rt_str_concat(m, rt_type_name(a)), "' and '")
    rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_type_name(b)), "'"))
    return 1


def rt_unop_error(a: obj, op: obj) -> obj:
    """TypeError: bad operand type for unary -: 'str'."""
    m: obj = rt_str_concat(rt_str_concat("bad operand type for ", op), ": '")
    rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_type_name(a)), "'"))
    return 1


# ---- arithmetic ------------------------------------------------------------------------------

def rt_float_binop(a: obj, b: obj, op: i32) -> obj:
    """A binary op on two numbers of which one is a float: 0 + 1 - 2 * 3 / 4 // 5 % 6 **."""
    x: f64 = rt_num_to_f64(a)
    if exc_get() is not 0:
        return 1
    y: f64 = rt_num_to_f64(b)
    if exc_get() is not 0:
        return 1
    if op == 0:
        return rt_box_float(x + y)
    if op == 1:
        return rt_box_float(x - y)
    if op == 2:
        return rt_box_float(x * y)
    if op == 3:
        return rt_float_truediv(x, y)
    if op == 4:
        return rt_float_floordiv(x, y)
    if op == 5:
        return rt_float_mod(x, y)
    return rt_float_pow(x, y)


def rt_add(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        r: i64 = untag_int(a) + untag_int(b)
        if untag_int(tag_int(r)) == r:
            return tag_int(r)
        return rt_int_from_i64(r)
    return rt_add_slow(a, b)


def rt_add_slow(a: obj, b: obj) -> obj:
    if rt_is_str(a) and rt_is_str(b):
        return rt_str_concat(a, b)  # first: the common non-int case of generic code
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 0)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_add(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 0)
    if rt_is_bytes_like(a):
        return rt_bytes_concat(a, b)
    return rt_seq_add(a, b)


def rt_sub(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        r: i64 = untag_int(a) - untag_int(b)
        if untag_int(tag_int(r)) == r:
            return tag_int(r)
        return rt_int_from_i64(r)
    return rt_sub_slow(a, b)


def rt_sub_slow(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 1)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_sub(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 1)
    d: obj = rt_ds_binop(a, b, 3)
    if d is not NULL_WORD:
        return d
    return rt_binop_error(a, b, "-")


def rt_mul(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        x: i64 = untag_int(a)
        y: i64 = untag_int(b)
        if x >= -2147483648 and x <= 2147483647 and y >= -2147483648 and y <= 2147483647:
            r: i64 = x * y
            if untag_int(tag_int(r)) == r:
                return tag_int(r)
    return rt_mul_slow(a, b)


def rt_mul_slow(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 2)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_mul(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 2)
    return rt_seq_mul(a, b)


def rt_truediv(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 3)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_truediv(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 3)
    return rt_binop_error(a, b, "/")


def rt_floordiv(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        x: i64 = untag_int(a)
        y: i64 = untag_int(b)
        if y != 0:
            q: i64 = i64_div_s(x, y)
            if (x - q * y != 0) and ((x < 0) != (y < 0)):
                q = q - 1
            if untag_int(tag_int(q)) == q:
                return tag_int(q)
    return rt_floordiv_slow(a, b)


def rt_floordiv_slow(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 4)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_floordiv(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 4)
    return rt_binop_error(a, b, "//")


def rt_mod(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        x: i64 = untag_int(a)
        y: i64 = untag_int(b)
        if y != 0:
            r: i64 = i64_rem_s(x, y)
            if r != 0 and ((r < 0) != (y < 0)):
                r = r + y
            return tag_int(r)
    return rt_mod_slow(a, b)


def rt_mod_slow(a: obj, b: obj) -> obj:
    if rt_is_str(a):
        return rt_str_percent(a, b)  # str.__mod__ always answers (user classes cannot derive from str)
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 5)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        return rt_int_mod(rt_to_int(a), rt_to_int(b))
    if k == 2:
        return rt_float_binop(a, b, 5)
    if rt_is_str(a):
        return rt_str_percent(a, b)
    return rt_binop_error(a, b, "%")


def rt_pow(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 6)
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        x: obj = rt_to_int(a)
        y: obj = rt_to_int(b)
        if rt_int_is_neg(y):
            return rt_float_binop(x, y, 6)
        return rt_int_pow(x, y)
    if k == 2:
        return rt_float_binop(a, b, 6)
    return rt_binop_error(a, b, "** or pow()")


# ---- bitwise -------------------------------------------------------------------------------

def rt_bitop(a: obj, b: obj, op: i32, name: obj) -> obj:
    """& | ^ (op 0, 1, 2): ints, with bool op bool giving a bool."""
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 9 + op)
    if rt_num_kind(a) == 1 and rt_num_kind(b) == 1:
        r: obj = rt_int_bitop(rt_to_int(a), rt_to_int(b), op)
        if rt_is_bool(a) & rt_is_bool(b):
            return box_bool(r is not 0)
        return r
    d: obj = rt_ds_binop(a, b, op)
    if d is not NULL_WORD:
        return d
    return rt_binop_error(a, b, name)


def rt_and(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return tag_int(untag_int(a) & untag_int(b))
    return rt_bitop(a, b, 0, "&")


def rt_or(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return tag_int(untag_int(a) | untag_int(b))
    return rt_bitop(a, b, 1, "|")


def rt_xor(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return tag_int(untag_int(a) ^ untag_int(b))
    return rt_bitop(a, b, 2, "^")


def rt_lshift(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 7)
    if rt_num_kind(a) == 1 and rt_num_kind(b) == 1:
        return rt_int_lshift(rt_to_int(a), rt_to_int(b))
    return rt_binop_error(a, b, "<<")


def rt_rshift(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_binop(a, b, 8)
    if rt_num_kind(a) == 1 and rt_num_kind(b) == 1:
        return rt_int_rshift(rt_to_int(a), rt_to_int(b))
    return rt_binop_error(a, b, ">>")


# ---- in-place forms (py.itruediv ... py.irshift; += *= are list.py's, -= &= |= ^= dictset.py's) --
# On built-in values these are the binary operator; only its TypeError names the in-place form
# (`unsupported operand type(s) for //=`), so each tests the operand types that operator accepts
# (numbers; a str on the left of %) and raises that message itself. Instances go to rt_inplace
# (__ifloordiv__, then __floordiv__/__rfloordiv__).

def rt_inplace_num(a: obj, b: obj, k: i32) -> obj:
    """a <op k>= b for binary operator k of 3 (/) to 8 (>>): see above."""
    if rt_inst2(a, b):
        return rt_inplace(a, b, k)
    ok: i32 = rt_num_kind2(a, b) != 0
    if k == 5 and rt_is_str(a):
        ok = 1  # str % args
    if k >= 7:
        ok = rt_num_kind(a) == 1 and rt_num_kind(b) == 1  # << and >> take ints only
    if not ok:
        if k == 6:
            return rt_binop_error(a, b, "**=")  # (rt_binop_name(6) is "** or pow()")
        return rt_binop_error(a, b, rt_str_concat(rt_binop_name(k), "="))
    return rt_binop_k(a, b, k)


def rt_itruediv(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 3)


def rt_ifloordiv(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 4)


def rt_imod(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 5)


def rt_ipow(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 6)


def rt_ilshift(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 7)


def rt_irshift(a: obj, b: obj) -> obj:
    return rt_inplace_num(a, b, 8)


# ---- unary -----------------------------------------------------------------------------------

def rt_neg(a: obj) -> obj:
    k: i32 = rt_num_kind(a)
    if k == 1:
        return rt_int_neg(rt_to_int(a))
    if k == 2:
        return rt_box_float(-rt_float_value(a))
    if rt_is_inst(a):
        return rt_cls_unop(a, SEL_NEG, "unary -")
    return rt_unop_error(a, "unary -")


def rt_pos(a: obj) -> obj:
    k: i32 = rt_num_kind(a)
    if k == 1:
        return rt_to_int(a)
    if k == 2:
        return a
    if rt_is_inst(a):
        return rt_cls_unop(a, SEL_POS, "unary +")
    return rt_unop_error(a, "unary +")


def rt_invert(a: obj) -> obj:
    if rt_num_kind(a) == 1:
        return rt_int_invert(rt_to_int(a))
    if rt_is_inst(a):
        return rt_cls_unop(a, SEL_INVERT, "unary ~")
    return rt_unop_error(a, "unary ~")


# ---- comparisons ---------------------------------------------------------------------------

def rt_num_cmp(a: obj, b: obj) -> i32:
    """-1, 0, 1 comparing two numbers exactly, 2 when unordered (nan)."""
    ka: i32 = rt_num_kind(a)
    kb: i32 = rt_num_kind(b)
    if ka == 1 and kb == 1:
        return rt_int_cmp(rt_to_int(a), rt_to_int(b))
    if ka == 2 and kb == 2:
        return rt_f64_cmp(rt_float_value(a), rt_float_value(b))
    if ka == 2:
        return rt_float_cmp_int(rt_float_value(a), rt_to_int(b))
    c: i32 = rt_float_cmp_int(rt_float_value(b), rt_to_int(a))
    if c == 2:
        return 2
    return 0 - c


def rt_order(a: obj, b: obj, op: obj) -> i32:
    """-1, 0, 1 for a < b, a == b, a > b; 2 when unordered; TypeError (and 2) when the types
    cannot be ordered: '<' not supported between instances of 'int' and 'str'."""
    if rt_inst2(a, b):
        return rt_cls_order(a, b, op)
    if rt_num_kind2(a, b) != 0:
        return rt_num_cmp(a, b)
    if rt_is_str(a) & rt_is_str(b):
        return rt_str_compare(a, b)
    if rt_seq_same(a, b):
        return rt_seq_order(a, b, op)
    c: i32 = rt_ds_order(a, b, op)
    if c != 3:
        return c
    if rt_is_bytes_like(a) & rt_is_bytes_like(b):
        return rt_bytes_compare(a, b)
    m: obj = rt_str_concat(rt_str_concat("'", op), "' not supported between instances of '")
    m = rt_str_concat(rt_str_concat(m, rt_type_name(a)), "' and '")
    rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_type_name(b)), "'"))
    return 2


def rt_lt(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return box_bool(untag_int(a) < untag_int(b))
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_LT)
    return box_bool(rt_order(a, b, "<") == -1)


def rt_le(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return box_bool(untag_int(a) <= untag_int(b))
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_LE)
    c: i32 = rt_order(a, b, "<=")
    return box_bool(c == -1 or c == 0)


def rt_gt(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return box_bool(untag_int(a) > untag_int(b))
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_GT)
    return box_bool(rt_order(a, b, ">") == 1)


def rt_ge(a: obj, b: obj) -> obj:
    if is_small(a) & is_small(b):
        return box_bool(untag_int(a) >= untag_int(b))
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_GE)
    c: i32 = rt_order(a, b, ">=")
    return box_bool(c == 1 or c == 0)


def rt_equal(a: obj, b: obj) -> i32:
    """a == b as i32 0/1: numbers by value, strs by content, anything else by identity."""
    if is_small(a) & is_small(b):
        return a is b
    if rt_num_kind2(a, b) != 0:
        return rt_num_cmp(a, b) == 0
    if a is b:
        return 1
    if rt_is_str(a) & rt_is_str(b):
        return rt_str_eq(a, b)
    if rt_inst2(a, b):
        return rt_cls_equal(a, b)
    if rt_ds_is(rt_type_id(a)) or rt_ds_is(rt_type_id(b)):
        return rt_ds_equal(a, b)
    if rt_is_bytes_like(a) & rt_is_bytes_like(b):
        return rt_bytes_compare(a, b) == 0
    return rt_seq_equal(a, b)


def rt_eq(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_EQ)
    return box_bool(rt_equal(a, b))


def rt_ne(a: obj, b: obj) -> obj:
    if rt_inst2(a, b):
        return rt_cls_richcmp(a, b, SEL_NE)
    return box_bool(rt_equal(a, b) == 0)


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
    if t == TYPE_FLOAT:
        return rt_float_value(a) != 0.0
    return rt_truth_other(a, t)


def rt_check_index(x: obj) -> None:
    """TypeError unless x is an int (or bool), as range() and indexing require."""
    if rt_num_kind(x) == 1:
        return
    m: obj = rt_str_concat("'", rt_type_name(x))
    rt_raise("TypeError", rt_str_concat(m, "' object cannot be interpreted as an integer"))
