# Instances of user classes deriving from a built-in type (lang part; docs/object-model.md,
# "Subclasses of built-in types"). `class Stack(list)`, `class Registry(dict)`, `class
# Name(str)`, `class Code(int)`, `class Point(tuple)`: an instance is an ordinary TYPE_INSTANCE
# (class, __dict__, slots) whose class has CLASSF_PAYLOAD and whose slot 0 holds the built-in
# value, its *payload* (a real list, dict, str, int...). The user's methods and special methods
# dispatch as for any class; whatever the class does not define goes to the payload: the
# instance hooks of cls.py (len, iteration, subscripts, operators, comparisons, hash, repr, str,
# truth, format) call rt_payload when the class has no such special method, and the lowering
# hands built-in method calls (`s.append(x)`, `d.get(k)`) the payload (rt_unwrap).
#
# Construction: the immutable types (str, int, float, tuple, frozenset) make the payload from
# the call's arguments (their __new__); the mutable ones (list, dict, set) start empty and
# their __init__ fills them: the call's arguments when the class has no __init__ of its own,
# else `super().__init__(...)` (rt_payload_reinit).
from __keel__ import (
    i32, obj, load_i32, load_obj, store_obj, word_ptr, is_small, exc_get, box_bool, i32_to_i64,
    NULL_WORD, TYPE_INSTANCE, TYPE_INT, TYPE_BOOL, TYPE_FLOAT, TYPE_STR, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_BYTES,
    TYPE_SET, TYPE_FROZENSET, TUPLE_LEN, TUPLE_ITEMS, INST_CLASS, INST_SLOTS, CLASS_FLAGS,
    CLASSF_PAYLOAD, CLASSF_BUILTIN, SEL_REPR, SEL_STR, SEL_EQ, SEL_NE, SEL_LT, SEL_LE, SEL_GT, SEL_GE, SEL_HASH,
    SEL_BOOL, SEL_LEN, SEL_GETITEM, SEL_SETITEM, SEL_DELITEM, SEL_ITER, SEL_CONTAINS, SEL_BINOP,
    SEL_NEG, SEL_POS, SEL_INVERT, SEL_ABS, SEL_INPLACE, SEL_INDEX, SEL_INT, SEL_MISSING,
)


def rt_payload(x: obj) -> obj:
    """The built-in value of an instance of a subclass of a built-in type; NULL_WORD for any
    other value."""
    if is_small(x):
        return NULL_WORD
    p: i32 = word_ptr(x)
    if load_i32(p, 0) != TYPE_INSTANCE:
        return NULL_WORD
    if (load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_FLAGS) & CLASSF_PAYLOAD) == 0:
        return NULL_WORD
    return load_obj(p, INST_SLOTS)


def rt_unwrap(x: obj) -> obj:
    """x's payload when it has one, else x (the receiver of a built-in method)."""
    if is_small(x):
        return x
    if load_i32(word_ptr(x), 0) != TYPE_INSTANCE:
        return x
    v: obj = rt_payload(x)
    if v is NULL_WORD:
        return x
    return v


def rt_payload_mutable(t: i32) -> i32:
    return t == TYPE_LIST or t == TYPE_DICT or t == TYPE_SET


def rt_payload_make(t: i32, args: obj, kwnames: obj) -> obj:
    """The built-in value `t(*args, **kw)` (args: the positional arguments then the keyword
    values, kwnames their names or NULL_WORD), with the built-in's errors."""
    n: i32 = load_i32(word_ptr(args), TUPLE_LEN)
    nkw: i32 = 0
    if kwnames is not NULL_WORD:
        nkw = load_i32(word_ptr(kwnames), TUPLE_LEN)
    npos: i32 = n - nkw
    a: obj = NULL_WORD
    if npos > 0:
        a = load_obj(word_ptr(args) + TUPLE_ITEMS, 0)
    if t == TYPE_DICT:
        if npos > 1:
            rt_raise("TypeError", rt_str_concat("dict expected at most 1 argument, got ", rt_i64_to_str(i32_to_i64(npos))))
            return NULL_WORD
        d: obj = rt_dict_call(a)
        if exc_get() is not 0:
            return NULL_WORD
        i: i32 = 0
        while i < nkw:
            rt_dict_set(d, load_obj(word_ptr(kwnames) + TUPLE_ITEMS + 8 * i, 0), load_obj(word_ptr(args) + TUPLE_ITEMS + 8 * (npos + i), 0))
            i = i + 1
        return d
    name: obj = rt_builtin_type_name(t)
    if nkw > 0 and not (t == TYPE_INT and nkw == 1):
        rt_raise("TypeError", rt_str_concat(name, "() takes no keyword arguments"))
        return NULL_WORD
    if t == TYPE_SET or t == TYPE_FROZENSET:
        if npos > 1:
            rt_raise("TypeError", rt_str_concat(rt_str_concat(name, " expected at most 1 argument, got "), rt_i64_to_str(i32_to_i64(npos))))
            return NULL_WORD
        return rt_set_call(a, t == TYPE_FROZENSET)
    if t == TYPE_INT and nkw == 1:
        # int(x, base=b)
        if npos != 1:
            rt_raise("TypeError", "int() missing string argument")
            return NULL_WORD
        return rt_int_call(a, load_obj(word_ptr(args) + TUPLE_ITEMS + 8, 0))
    if (t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_FLOAT) and npos > 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat(name, " expected at most 1 argument, got "), rt_i64_to_str(i32_to_i64(npos))))
        return NULL_WORD
    return rt_call_builtin_class(rt_builtin_class(t), args)


def rt_payload_empty(t: i32) -> obj:
    if t == TYPE_LIST:
        return rt_list_new(0)
    if t == TYPE_DICT:
        return rt_dict_new()
    return rt_set_new(0)


def rt_payload_init(x: obj, t: i32, args: obj, kwnames: obj, has_init: i32) -> None:
    """Gives a new instance x its payload: made from the arguments (immutable types, or a
    mutable type whose class has no __init__ to fill it), else empty."""
    v: obj = NULL_WORD
    if has_init and rt_payload_mutable(t):
        v = rt_payload_empty(t)
    else:
        v = rt_payload_make(t, args, kwnames)
        if exc_get() is not 0:
            return
    store_obj(word_ptr(x), INST_SLOTS, v)


def rt_payload_new(c: obj, t: i32, args: obj, kwnames: obj) -> obj:
    """t.__new__(c, *args): a new instance of class c (a subclass of t) with its payload."""
    x: obj = rt_inst_new(c)
    v: obj = NULL_WORD
    if rt_payload_mutable(t):
        v = rt_payload_empty(t)
    else:
        v = rt_payload_make(t, args, kwnames)
        if exc_get() is not 0:
            return NULL_WORD
    store_obj(word_ptr(x), INST_SLOTS, v)
    return x


def rt_payload_reinit(x: obj, t: i32, args: obj, kwnames: obj) -> obj:
    """super().__init__(*args, **kw) reaching the built-in type t: list and set start over from
    the iterable, dict updates; the immutable types take no arguments (object.__init__)."""
    n: i32 = load_i32(word_ptr(args), TUPLE_LEN)
    if not rt_payload_mutable(t):
        if n > 0:
            rt_raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
            return NULL_WORD
        return None
    v: obj = rt_payload_make(t, args, kwnames)
    if exc_get() is not 0:
        return NULL_WORD
    p: obj = rt_payload(x)
    if t == TYPE_DICT:
        rt_dict_update_from_dict(p, v)
    elif t == TYPE_LIST:
        rt_m_clear(p)
        rt_m_extend(p, v)
    else:
        rt_set_clear(p)
        rt_set_update(p, v)
    return None


def rt_payload_unhashable(x: obj) -> obj:
    """hash() of an instance whose payload is a mutable built-in: CPython names the class."""
    return rt_type_error3("unhashable type: '", rt_type_name(x), "'")


def rt_payload_missing(x: obj, k: obj) -> obj:
    """x[k] on a dict subclass when k is absent: the class's __missing__(k), else KeyError.
    Through the special-method switch (SEL_MISSING), not rt_cls_member: every subscript of the
    runtime reaches here, and the lookup by name would hand out every method of the program."""
    if rt_cls_has(x, SEL_MISSING):
        return rt_cls_dunder(SEL_MISSING, x, k, NULL_WORD)
    rt_raise("KeyError", k)
    return NULL_WORD


def rt_payload_getitem(x: obj, p: obj, k: obj) -> obj:
    """x[k] through the payload p (dict subclasses: __missing__ for an absent key)."""
    if rt_type_id(p) == TYPE_DICT:
        v: obj = rt_dict_get(p, k)
        if exc_get() is not 0:
            return NULL_WORD
        if v is NULL_WORD:
            return rt_payload_missing(x, k)
        return v
    return rt_getitem(p, k)


def rt_payload_dunder(x: obj, sel: i32, a: obj, b: obj) -> obj:
    """super().__op__(a, b) reaching the built-in base: the built-in operation on x's payload
    (operands that are instances of built-in subclasses are unwrapped)."""
    p: obj = rt_payload(x)
    if sel == SEL_HASH:
        if rt_payload_mutable(rt_type_id(p)):
            return rt_payload_unhashable(x)
        return rt_hash(p)
    if sel == SEL_GETITEM:
        return rt_payload_getitem(x, p, a)
    if sel == SEL_SETITEM:
        rt_setitem(p, a, b)
        return None
    if sel == SEL_DELITEM:
        rt_delitem(p, a)
        return None
    if sel >= SEL_INPLACE and sel < SEL_INPLACE + 12:
        return rt_payload_inplace(x, a, sel - SEL_INPLACE)
    return rt_value_op(p, sel, a)


def rt_value_op(p: obj, sel: i32, a: obj) -> obj:
    """The built-in operation of special method selector sel on the built-in value p, with the
    other operand a (unwrapped for comparisons and arithmetic): rt_payload_dunder's and
    rt_builtin_dunder's common cases."""
    if sel == SEL_REPR:
        return rt_repr(p)
    if sel == SEL_STR:
        return rt_str_call(p)
    if sel == SEL_BOOL:
        return box_bool(rt_truth(p))
    if sel == SEL_LEN:
        return rt_len(p)
    if sel == SEL_ITER:
        return rt_iter(p)
    if sel == SEL_CONTAINS:
        return box_bool(rt_contains(p, a))
    if sel == SEL_EQ:
        return rt_eq(p, rt_unwrap(a))
    if sel == SEL_NE:
        return rt_ne(p, rt_unwrap(a))
    if sel == SEL_LT:
        return rt_lt(p, rt_unwrap(a))
    if sel == SEL_LE:
        return rt_le(p, rt_unwrap(a))
    if sel == SEL_GT:
        return rt_gt(p, rt_unwrap(a))
    if sel == SEL_GE:
        return rt_ge(p, rt_unwrap(a))
    if sel == SEL_NEG:
        return rt_neg(p)
    if sel == SEL_POS:
        return rt_pos(p)
    if sel == SEL_INVERT:
        return rt_invert(p)
    if sel == SEL_ABS:
        return rt_abs(p)
    if sel == SEL_INDEX or sel == SEL_INT:
        return rt_int_call(p, None)  # an int (True.__index__() is 1; float has only __int__)
    if sel >= SEL_BINOP and sel < SEL_BINOP + 24:
        k: i32 = (sel - SEL_BINOP) >> 1
        if (sel - SEL_BINOP) & 1:
            return rt_binop_k(rt_unwrap(a), p, k)
        return rt_binop_k(p, rt_unwrap(a), k)
    rt_raise("TypeError", "not supported yet: this special method of a built-in type through super()")
    return NULL_WORD


def rt_payload_inplace(x: obj, b: obj, k: i32) -> obj:
    """x <op>= b on the payload: a list, set or dict changes in place and x is the result; an
    immutable payload gives the plain result."""
    p: obj = rt_payload(x)
    r: obj = rt_inplace(p, rt_unwrap(b), k)
    if exc_get() is not 0:
        return NULL_WORD
    if r is p:
        return x
    return r


def rt_object_new(c: obj) -> obj:
    """object.__new__(c): a new instance of class c with no attributes set."""
    if not rt_is_class(c):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("object.__new__(X): X is not a type object (", rt_type_name(c)), ")"))
        return NULL_WORD
    if (load_i32(word_ptr(c), CLASS_FLAGS) & CLASSF_BUILTIN) != 0:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("object.__new__(", rt_class_name(c)), ") is not safe, use its own __new__()"))
        return NULL_WORD
    return rt_inst_new(c)


def rt_construct(c: obj, args: obj, kwnames: obj, new: obj, init: obj, t: i32) -> obj:
    """c(*args, **kw) from the runtime (rt_cls_call's dispatcher) for a class with __new__ or a
    built-in base: `new` and `init` are function objects of its __new__ / __init__ or NULL_WORD;
    t the built-in base's type id or 0."""
    x: obj = NULL_WORD
    if new is not NULL_WORD:
        x = rt_call_vec(new, rt_tuple_prepend(c, args), kwnames)
        if exc_get() is not 0:
            return NULL_WORD
        if init is NULL_WORD or not rt_isinstance_i32(x, c):
            return x
        if rt_type_of(x) is not c:
            init = rt_cls_member(x, "__init__")
            if exc_get() is not 0:
                return NULL_WORD
            return rt_init_done(x, rt_call_vec(init, args, kwnames))
    else:
        x = rt_inst_new(c)
        rt_payload_init(x, t, args, kwnames, init is not NULL_WORD)
        if exc_get() is not 0:
            return NULL_WORD
        if init is NULL_WORD:
            return x
    return rt_init_done(x, rt_call_vec(init, rt_tuple_prepend(x, args), kwnames))


def rt_has_payload(x: obj) -> obj:
    """Whether x is an instance of a subclass of a built-in type (copy.py asks)."""
    return box_bool(rt_payload(x) is not NULL_WORD)


def rt_payload_copy(x: obj) -> obj:
    """copy.copy(x) for such an instance: its attributes copied, its built-in value a shallow
    copy (a list, dict or set of the same items; an immutable value shared)."""
    y: obj = rt_copy_inst(x)
    p: obj = rt_payload(x)
    t: i32 = rt_type_id(p)
    if t == TYPE_LIST:
        p = rt_list_call(p)
    elif t == TYPE_DICT:
        p = rt_dict_call(p)
    elif t == TYPE_SET:
        p = rt_set_call(p, 0)
    store_obj(word_ptr(y), INST_SLOTS, p)
    return y


def rt_payload_set(x: obj, v: obj) -> obj:
    """Makes v the built-in value of x when x's class derives from a built-in type (enum members
    of IntEnum, StrEnum, IntFlag); nothing for other objects."""
    if rt_is_inst(x) and (load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS) & CLASSF_PAYLOAD) != 0:
        store_obj(word_ptr(x), INST_SLOTS, v)
    return None


def rt_descr_self(x: obj, t: i32, name: obj, owner: obj) -> obj:
    """`list.append(x, ...)`, `dict.__setitem__(x, k, v)`: the built-in value the method works on
    (an instance of a subclass gives its payload, so the subclass's overrides are passed by),
    or CPython's TypeError when x is no `owner` (type id t; bools are ints)."""
    u: obj = rt_unwrap(x)
    k: i32 = rt_type_id(u)
    if k == t or (t == TYPE_INT and k == TYPE_BOOL):
        return u
    m: obj = rt_str_concat("descriptor '", name)
    if rt_str_startswith_at(name, "__"):
        # a slot wrapper (dict.__setitem__)
        m = rt_str_concat(rt_str_concat(rt_str_concat(m, "' requires a '"), owner), "' object but received a '")
        m = rt_str_concat(rt_str_concat(m, rt_type_name(x)), "'")
    else:
        m = rt_str_concat(rt_str_concat(rt_str_concat(m, "' for '"), owner), "' objects doesn't apply to a '")
        m = rt_str_concat(rt_str_concat(m, rt_type_name(x)), "' object")
    rt_raise("TypeError", m)
    return NULL_WORD


def rt_builtin_new(c: obj, t: i32, args: obj, kwnames: obj) -> obj:
    """`tuple.__new__(c, *args)` written out (t the built-in type): the built-in value itself when
    c is the built-in class, an instance of c with its payload when c is a subclass of it, else
    CPython's TypeError."""
    b: obj = rt_builtin_class(t)
    if c is b:
        return rt_payload_make(t, args, kwnames)
    name: obj = rt_builtin_type_name(t)
    if not rt_is_class(c):
        rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_str_concat(name, ".__new__(X): X is not a type object ("), rt_type_name(c)), ")"))
        return NULL_WORD
    if not rt_is_subclass(c, b):
        m: obj = rt_str_concat(rt_str_concat(name, ".__new__("), rt_class_name(c))
        rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_str_concat(m, "): "), rt_class_name(c)), rt_str_concat(" is not a subtype of ", name)))
        return NULL_WORD
    return rt_payload_new(c, t, args, kwnames)


def rt_dunder_operand(t: i32, k: i32) -> i32:
    """Whether built-in type t's comparisons take an operand of type k (after unwrapping); else
    they return NotImplemented. int takes ints and bools, float also floats, set and frozenset
    each other, the other types their own."""
    if t == TYPE_INT or t == TYPE_BOOL:
        return k == TYPE_INT or k == TYPE_BOOL
    if t == TYPE_FLOAT:
        return k == TYPE_FLOAT or k == TYPE_INT or k == TYPE_BOOL
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return k == TYPE_SET or k == TYPE_FROZENSET
    return k == t


def rt_binop_takes(t: i32, u: i32, k: i32) -> i32:
    """Whether built-in type t's binary operator k (either side) takes an operand of type u, as
    its slot does; else it returns NotImplemented."""
    num: i32 = u == TYPE_INT or u == TYPE_BOOL or u == TYPE_FLOAT
    seq: i32 = u == TYPE_STR or u == TYPE_LIST or u == TYPE_TUPLE or u == TYPE_BYTES
    if t == TYPE_INT or t == TYPE_BOOL:
        return u == TYPE_INT or u == TYPE_BOOL or (k == 2 and seq)  # (int + float is float's)
    if t == TYPE_FLOAT:
        return num and k < 7
    if t == TYPE_STR or t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_BYTES:
        if k == 2:
            return u == TYPE_INT or u == TYPE_BOOL
        if k == 5:
            return t == TYPE_STR or t == TYPE_BYTES
        return k == 0 and u == t
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return (u == TYPE_SET or u == TYPE_FROZENSET) and (k == 1 or k >= 9)
    if t == TYPE_DICT:
        return k == 10 and u == TYPE_DICT
    return 0


def rt_type_has_dunder(t: i32, sel: i32) -> i32:
    """Whether built-in type t has the special method of selector sel among those rt_value_op
    implements: repr, str and the comparisons (every type here), hash (the immutable ones), the
    numbers' truth, unary operators, __index__ and __int__, the containers' len, iter and `in`,
    and each type's binary operators (rt_binop_takes' table, either side)."""
    num: i32 = t == TYPE_INT or t == TYPE_BOOL or t == TYPE_FLOAT
    seq: i32 = t == TYPE_STR or t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_BYTES
    coll: i32 = seq or t == TYPE_DICT or t == TYPE_SET or t == TYPE_FROZENSET
    if not num and not coll:
        return 0
    if sel == SEL_REPR or sel == SEL_STR or (sel >= SEL_EQ and sel <= SEL_GE):
        return 1
    if sel == SEL_HASH:
        return not (t == TYPE_LIST or t == TYPE_DICT or t == TYPE_SET)
    if sel == SEL_BOOL or sel == SEL_NEG or sel == SEL_POS or sel == SEL_ABS or sel == SEL_INDEX or sel == SEL_INT:
        return num and not ((sel == SEL_INDEX) and t == TYPE_FLOAT)
    if sel == SEL_INVERT:
        return num and t != TYPE_FLOAT
    if sel == SEL_LEN or sel == SEL_ITER or sel == SEL_CONTAINS:
        return coll
    if sel == SEL_GETITEM:
        return seq or t == TYPE_DICT
    if sel == SEL_SETITEM or sel == SEL_DELITEM:
        return t == TYPE_LIST or t == TYPE_DICT
    if sel >= SEL_BINOP and sel < SEL_BINOP + 24:
        k: i32 = (sel - SEL_BINOP) >> 1
        if num:
            return t != TYPE_FLOAT or k < 7  # float has no shifts or bit operators
        if seq:
            if k == 0:
                return ((sel - SEL_BINOP) & 1) == 0  # concatenation has no reflected form
            return k == 2 or (k == 5 and (t == TYPE_STR or t == TYPE_BYTES))
        if t == TYPE_SET or t == TYPE_FROZENSET:
            return k == 1 or k >= 9
        return k == 10  # dict's |
    return 0


def rt_class_dunder_check(t: i32, sel: i32, owner: obj, name: obj) -> None:
    """`float.__lshift__`: CPython's AttributeError of the class when built-in type t has no
    such special method (rt_type_has_dunder)."""
    if not rt_type_has_dunder(t, sel):
        m: obj = rt_str_concat(rt_str_concat("type object '", owner), "' has no attribute '")
        rt_raise("AttributeError", rt_str_concat(rt_str_concat(m, name), "'"))


def rt_dunder_has(x: obj, sel: i32) -> i32:
    """Whether `x.__name__` (selector sel) is a special method of x's built-in type
    (rt_type_has_dunder): the lowering's test before rt_dunder_call or a bound method of it."""
    return rt_type_has_dunder(rt_type_id(x), sel)


def rt_dunder_call(x: obj, name: obj, sel: i32, a: obj, b: obj) -> obj:
    """`(3).__mul__(4)`, `s.__len__()`, `d.__setitem__(k, v)`: the special method `name`
    (selector sel, rt_dunder_has) of x's own built-in type, as rt_builtin_dunder calls it through
    the class (a and b the arguments, None where it takes fewer)."""
    if sel == SEL_GETITEM:
        return rt_getitem(x, a)
    if sel == SEL_SETITEM:
        rt_setitem(x, a, b)
        return None
    if sel == SEL_DELITEM:
        rt_delitem(x, a)
        return None
    return rt_builtin_dunder(x, rt_type_id(x), name, rt_type_name(x), sel, a)


def rt_dunder_arity(x: obj, name: obj, sel: i32, msg: obj) -> None:
    """A special method called with the wrong arguments (`(3).__add__()`): its AttributeError when
    x's type has no such method, else the TypeError msg ("expected 1 argument, got 0")."""
    if not rt_type_has_dunder(rt_type_id(x), sel):
        rt_attr_error(x, name)
        return
    rt_raise("TypeError", msg)


def rt_builtin_dunder(x: obj, t: i32, name: obj, owner: obj, sel: i32, a: obj) -> obj:
    """`int.__add__(x, a)`, `str.__str__(x)`, `int.__repr__(self)` in a subclass: built-in type
    t's special method `name` (selector sel) called through the class, on x's built-in value
    (rt_descr_self: CPython's TypeError for an x of another type); the lowering has checked that
    t has it (rt_class_dunder_check, rt_dunder_has). Comparisons and arithmetic with an operand the
    type does not take return NotImplemented, as CPython's slot wrappers do."""
    p: obj = rt_descr_self(x, t, name, owner)
    if exc_get() is not 0:
        return NULL_WORD
    if t == TYPE_INT and rt_type_id(p) == TYPE_BOOL and sel != SEL_STR:
        p = rt_pos(p)  # int.__repr__(True) is '1' (int.__str__ is object's: 'True')
    if sel == SEL_HASH:
        return rt_hash(p)  # (only the immutable types': containers.ts builtinDunderSelector)
    if sel >= SEL_BINOP and sel < SEL_BINOP + 24:
        if not rt_binop_takes(t, rt_type_id(rt_unwrap(a)), (sel - SEL_BINOP) >> 1):
            return rt_notimpl()
    elif sel >= SEL_EQ and sel <= SEL_GE:
        if not rt_dunder_operand(t, rt_type_id(rt_unwrap(a))):
            return rt_notimpl()
    return rt_value_op(p, sel, a)
