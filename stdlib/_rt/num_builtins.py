# The numeric builtins' runtime entry points, which the builtins' lowering calls with universal
# words (None for an absent optional argument): rt_abs, rt_divmod, rt_pow3, rt_round,
# rt_int_call, rt_float_call, rt_hash. CPython's messages for the wrong argument types.
from __keel__ import (
    SEL_ROUND, SEL_ROUND0,
    i32, i64, f64, obj, load_obj, is_small, tag_int, untag_int, f64_abs, exc_get, word_ptr, u32_to_i64, NULL_WORD,
    SEL_ABS,
)


def rt_type_error3(a: obj, b: obj, c: obj) -> obj:
    """TypeError: 'X' object cannot be interpreted as an integer (a + type name + b + c)."""
    rt_raise("TypeError", rt_str_concat(rt_str_concat(a, b), c))
    return 1


def rt_index_arg(x: obj) -> i32:
    """1 when x is an int or a bool; else TypeError ('float' object cannot be interpreted as an
    integer) and 0."""
    if rt_num_kind(x) == 1:
        return 1
    rt_type_error3("'", rt_type_name(x), "' object cannot be interpreted as an integer")
    return 0


def rt_abs(x: obj) -> obj:
    k: i32 = rt_num_kind(x)
    if k == 1:
        return rt_int_abs(rt_to_int(x))
    if k == 2:
        return rt_box_float(f64_abs(rt_float_value(x)))
    if rt_is_inst(x):
        return rt_cls_unop(x, SEL_ABS, "abs()")
    return rt_type_error3("bad operand type for abs(): '", rt_type_name(x), "'")


def rt_divmod(a: obj, b: obj) -> obj:
    """divmod(a, b): a tuple (a // b, a % b)."""
    k: i32 = rt_num_kind2(a, b)
    if k == 1:
        y: obj = rt_to_int(b)
        if y is 0:
            rt_raise("ZeroDivisionError", "integer division or modulo by zero")
            return 1
        cell: i32 = rt_int_divmod_cell(rt_to_int(a), y)
        return rt_tuple_new2(load_obj(cell, 0), load_obj(cell, 8))
    if k == 2:
        x: f64 = rt_num_to_f64(a)
        if exc_get() is not 0:
            return 1
        w: f64 = rt_num_to_f64(b)
        if exc_get() is not 0:
            return 1
        if w == 0.0:
            rt_raise("ZeroDivisionError", "float divmod()")
            return 1
        q: obj = rt_box_float(rt_float_divmod_part(x, w, 0))
        return rt_tuple_new2(q, rt_box_float(rt_float_divmod_part(x, w, 1)))
    if rt_is_inst(a) or rt_is_inst(b):
        return rt_divmod_inst(a, b)
    return rt_binop_error(a, b, "divmod()")


def rt_pow3(a: obj, b: obj, m: obj) -> obj:
    """pow(a, b) when m is None, else pow(a, b, m)."""
    if m is None:
        return rt_pow(a, b)
    if rt_is_inst(a):
        # A class's __pow__(b, m) (three-argument pow never tries __rpow__).
        f: obj = rt_getattr_member(a, "__pow__")
        if exc_get() is not 0:
            if not rt_attr_error_pending():
                return 1
        else:
            r: obj = rt_call2(f, b, m)
            if exc_get() is not 0:
                return 1
            if not rt_is_notimpl(r):
                return r
    ka: i32 = rt_num_kind(a)
    kb: i32 = rt_num_kind(b)
    km: i32 = rt_num_kind(m)
    if ka == 1 and kb == 1 and km == 1:
        return rt_int_powmod(rt_to_int(a), rt_to_int(b), rt_to_int(m))
    if ka != 0 and kb != 0 and km != 0:
        rt_raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
        return 1
    s: obj = rt_str_concat("unsupported operand type(s) for ** or pow(): '", rt_type_name(a))
    s = rt_str_concat(rt_str_concat(s, "', '"), rt_type_name(b))
    return rt_type_error3(rt_str_concat(s, "', '"), rt_type_name(m), "'")


def rt_round(x: obj, nd: obj) -> obj:
    """round(x) when nd is None, else round(x, nd)."""
    k: i32 = rt_num_kind(x)
    if k == 0:
        if rt_is_inst(x):
            r: obj = NULL_WORD
            if nd is None:
                r = rt_dunder_or_null(SEL_ROUND0, x, NULL_WORD)
            else:
                r = rt_dunder_or_null(SEL_ROUND, x, nd)
            if r is not NULL_WORD or exc_get() is not 0:
                return r
            pl: obj = rt_payload(x)
            if pl is not NULL_WORD:
                return rt_round(pl, nd)
        return rt_type_error3("type ", rt_type_name(x), " doesn't define __round__ method")
    if nd is not None:
        if not rt_index_arg(nd):
            return 1
        nd = rt_to_int(nd)
    if k == 1:
        if nd is None:
            return rt_to_int(x)
        return rt_int_round(rt_to_int(x), nd)
    if nd is None:
        return rt_float_round0(rt_float_value(x))
    return rt_float_round(rt_float_value(x), nd)


def rt_int_call(x: obj, base: obj) -> obj:
    """int(x) when base is None, else int(x, base). Bytes and bytearray are parsed as their
    ASCII text (a ValueError shows the text as a str, where CPython shows b'...')."""
    if not is_small(x) and rt_is_bytes_like(x):
        x = rt_bm_decode(x, "latin-1", NULL_WORD)
    if base is None:
        k: i32 = rt_num_kind(x)
        if k == 1:
            return rt_to_int(x)
        if k == 2:
            return rt_float_to_int(rt_float_value(x))
        if rt_is_str(x):
            return rt_int_from_str(x, 10)
        r: obj = rt_inst_int(x)
        if r is not NULL_WORD or exc_get() is not 0:
            return r
        return rt_type_error3("int() argument must be a string, a bytes-like object or a real number, not '", rt_type_name(x), "'")
    if not rt_is_str(x):
        rt_raise("TypeError", "int() can't convert non-string with explicit base")
        return 1
    if not rt_index_arg(base):
        return 1
    b: obj = rt_to_int(base)
    if not is_small(b) or (b is not 0 and (rt_int_cmp(b, 2) < 0 or rt_int_cmp(b, 36) > 0)):
        rt_raise("ValueError", "int() base must be >= 2 and <= 36, or 0")
        return 1
    return rt_int_from_str(x, untag_int(b))


def rt_float_call(x: obj) -> obj:
    """float(x)."""
    k: i32 = rt_num_kind(x)
    if k == 2:
        return x
    if k == 1:
        v: f64 = rt_int_to_f64(rt_to_int(x))
        if exc_get() is not 0:
            return 1
        return rt_box_float(v)
    if rt_is_str(x):
        return rt_box_float(rt_parse_float(x))
    if rt_is_inst(x):
        r: obj = rt_inst_float(x)
        if r is not NULL_WORD or exc_get() is not 0:
            return r
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD:
            return rt_float_call(pl)
    return rt_type_error3("float() argument must be a string or a real number, not '", rt_type_name(x), "'")


def rt_id(x: obj) -> obj:
    """id(x): a heap object's address (constant for its lifetime: the collector never moves
    objects). A small int has no object: 8 * value + 4, never an address (those are multiples
    of 8), so equal ints share an id as CPython's cached small ints do."""
    if is_small(x):
        return rt_int_from_u64(untag_int(x) * 8 + 4)
    return rt_int_from_i64(u32_to_i64(word_ptr(x)))


def rt_hash(x: obj) -> obj:
    """hash(x) for ints, bools and floats."""
    k: i32 = rt_num_kind(x)
    if k == 1:
        return tag_int(rt_int_hash(rt_to_int(x)))
    if k == 2:
        return tag_int(rt_float_hash(rt_float_value(x)))
    if rt_is_inst(x):
        return rt_inst_hash(x)
    if rt_is_class(x):
        return tag_int(u32_to_i64(word_ptr(x)) >> 4)
    return rt_hash_other(x)
