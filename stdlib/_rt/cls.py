# Classes and instances (docs/object-model.md, "Classes: how they are built"): class objects
# (user classes and the built-in types as classes), instances, attribute get/set/del by name,
# type(), isinstance/issubclass over classes, default reprs, and the dispatch of the generic
# operations (rt_add, rt_repr, rt_len, ...) to user special methods.
#
# Methods are compiled to direct calls by the lowering (src/lower/classes.ts), which knows every
# class of the program. The runtime reaches a special method through rt_cls_dunder(sel, x, a, b),
# whose body the lowering generates (a switch over the selector and the class id); the stub
# below is what a program without classes keeps. A class records which selectors it has in
# CLASS_DUNDERS, so the runtime asks rt_cls_has first.
#
# Until the dict engineer's dict is used here, a namespace (class attributes, the attributes of
# an instance that have no slot) is a list of alternating names and values, NULL_WORD when empty.
from __keel__ import (
    i32, i64, obj, TYPE_MODULE, TYPE_SLICE,
    load_i32, store_i32, load_i64, store_i64, load_obj, store_obj, word_ptr, ptr_word, tag_int, untag_int,
    is_small, exc_get, exc_set, box_bool, i32_to_i64, i64_to_i32, i64_shr_u, i64_and, u32_to_i64,
    NULL_WORD, HEADER_SIZE, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_TUPLE,
    TYPE_LIST, TYPE_RANGE, TYPE_EXC, TYPE_SEQ_ITER, EXC_I_STOP_ITERATION, TUPLE_LEN, TUPLE_ITEMS, TYPE_CLASS, TYPE_INSTANCE, TYPE_NOTIMPL, TYPE_ELLIPSIS, CT_ELLIPSIS,
    CLASS_NAME, CLASS_BASES, CLASS_MRO, CLASS_DICT, CLASS_INST_TYPE, CLASS_INST_SIZE, CLASS_FLAGS,
    CLASS_ID, CLASS_MODULE, CLASS_SIZE, CLASS_SLOT_NAMES, CLASS_DUNDERS, CLASSF_BUILTIN,
    CLASSF_EXCEPTION, EXC_OBJ_SIZE, EXC_CLASS_ID_BASE, CLASS_ENVS, CLASS_QUALNAME, TYPE_BOUND_METHOD,
    TYPE_MAP_ITER, TYPE_FILTER_ITER, TYPE_FILE,
    CLASSF_FROZEN, CLASSF_ABC, CLASSF_PROTOCOL, CT_FROZEN_ERROR, CT_DICT_KEYS_VIEW, CT_DICT_VALUES_VIEW, TYPE_DICT_VIEW, TYPE_DICT, TYPE_SET, TYPE_BYTEARRAY, DV_KIND, DVK_KEYS, DVK_VALUES, TYPE_STATICMETHOD, TYPE_CLASSMETHOD, MDESCR_FUNC,
    f64, load_f64, store_f64, unbox_float, CLASS_RAW,
    INST_CLASS, INST_DICT, INST_SLOTS, RT_CLASS_TABLE, CT_OBJECT, CT_TYPE, CT_NOTIMPL, CT_SIZE,
    SEL_REPR, SEL_STR, SEL_EQ, SEL_NE, SEL_LT, SEL_LE, SEL_GT, SEL_GE, SEL_HASH, SEL_BOOL,
    SEL_LEN, SEL_GETITEM, SEL_SETITEM, SEL_DELITEM, SEL_ITER, SEL_NEXT, SEL_CONTAINS, SEL_BINOP,
    SEL_NEG, SEL_POS, SEL_INVERT, SEL_ABS, SEL_INPLACE, SEL_INDEX, SEL_INT, SEL_FLOAT, SEL_GETATTR, SEL_SETATTR, SEL_DELATTR, TRUE_ADDR, SEL_MATMUL, SEL_RMATMUL, SEL_IMATMUL, SEL_CLASS_GETITEM, SEL_DIVMOD, SEL_RDIVMOD,
)

# CLASS_FLAGS bits of this file (CLASSF_BUILTIN and CLASSF_EXCEPTION are layout.ts's):
#   4  __slots__: instances have no namespace for other attributes
#   8  __hash__ is None (the class defines __eq__ but not __hash__): instances are unhashable


# ---- the class table: built-in classes, object, type, NotImplemented ---------------------------

def rt_class_table() -> i32:
    t: i32 = load_i32(RT_CLASS_TABLE, 0)
    if t == 0:
        t = word_ptr(rt_tuple_new(CT_SIZE))
        i: i32 = 0
        while i < CT_SIZE:
            store_obj(t + TUPLE_ITEMS + 8 * i, 0, NULL_WORD)
            i = i + 1
        store_i32(RT_CLASS_TABLE, 0, t)
    return t


def rt_class_alloc(name: obj, bases: obj, flags: i32, cid: i32, inst_type: i32, inst_size: i32) -> obj:
    p: i32 = rt_alloc(CLASS_SIZE, TYPE_CLASS)
    store_obj(p, CLASS_NAME, name)
    store_obj(p, CLASS_BASES, bases)
    store_obj(p, CLASS_MRO, NULL_WORD)
    store_obj(p, CLASS_DICT, NULL_WORD)
    store_i32(p, CLASS_INST_TYPE, inst_type)
    store_i32(p, CLASS_INST_SIZE, inst_size)
    store_i32(p, CLASS_FLAGS, flags)
    store_i32(p, CLASS_ID, cid)
    store_obj(p, CLASS_MODULE, "builtins")
    store_obj(p, CLASS_SLOT_NAMES, rt_tuple_new(0))
    store_i64(p, CLASS_DUNDERS, 0)
    store_obj(p, CLASS_ENVS, NULL_WORD)
    store_obj(p, CLASS_QUALNAME, NULL_WORD)
    store_i64(p, CLASS_RAW, 0)
    return ptr_word(p)


def rt_object_class() -> obj:
    t: i32 = rt_class_table()
    c: obj = load_obj(t + TUPLE_ITEMS + 8 * CT_OBJECT, 0)
    if c is NULL_WORD:
        c = rt_class_alloc("object", rt_tuple_new(0), CLASSF_BUILTIN, 0, TYPE_INSTANCE, INST_SLOTS)
        store_obj(word_ptr(c), CLASS_MRO, rt_tuple_new1(c))
        store_obj(t + TUPLE_ITEMS + 8 * CT_OBJECT, 0, c)
    return c


def rt_class_mro_value(c: obj) -> obj:
    """c.__mro__. The exception classes' MROs end at BaseException (lookups through them never
    reach object's namespace); the value Python sees ends at object, as every class's does."""
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    if (load_i32(word_ptr(c), CLASS_FLAGS) & CLASSF_EXCEPTION) == 0:
        return mro
    n: i32 = rt_tuple_len(mro)
    out: obj = rt_tuple_new(n + 1)
    mem_copy(word_ptr(out) + TUPLE_ITEMS, word_ptr(mro) + TUPLE_ITEMS, 8 * n)
    rt_tuple_set(out, n, rt_object_class())
    return out


def rt_type_class() -> obj:
    t: i32 = rt_class_table()
    c: obj = load_obj(t + TUPLE_ITEMS + 8 * CT_TYPE, 0)
    if c is NULL_WORD:
        c = rt_class_alloc("type", rt_tuple_new1(rt_object_class()), CLASSF_BUILTIN, 0, TYPE_CLASS, CLASS_SIZE)
        store_obj(word_ptr(c), CLASS_MRO, rt_tuple_new2(c, rt_object_class()))
        store_obj(t + TUPLE_ITEMS + 8 * CT_TYPE, 0, c)
    return c


def rt_header_singleton(slot: i32, type_id: i32) -> obj:
    """The header-only singleton kept in class-table slot `slot` (made on first use)."""
    t: i32 = rt_class_table()
    c: obj = load_obj(t + TUPLE_ITEMS + 8 * slot, 0)
    if c is NULL_WORD:
        c = ptr_word(rt_alloc(HEADER_SIZE, type_id))
        store_obj(t + TUPLE_ITEMS + 8 * slot, 0, c)
    return c


def rt_notimpl() -> obj:
    """The NotImplemented singleton."""
    return rt_header_singleton(CT_NOTIMPL, TYPE_NOTIMPL)


def rt_ellipsis() -> obj:
    """The Ellipsis singleton (`...`)."""
    return rt_header_singleton(CT_ELLIPSIS, TYPE_ELLIPSIS)


def rt_builtin_type_name(t: i32) -> obj:
    if t == TYPE_INT:
        return "int"
    if t == TYPE_BOOL:
        return "bool"
    if t == TYPE_FLOAT:
        return "float"
    if t == TYPE_STR:
        return "str"
    if t == TYPE_NONE:
        return "NoneType"
    if t == TYPE_NOTIMPL:
        return "NotImplementedType"
    if t == TYPE_ELLIPSIS:
        return "ellipsis"
    if t == TYPE_CLASS:
        return "type"
    return rt_type_name_other(t)


def rt_builtin_class(t: i32) -> obj:
    """The class object of the built-in type with type id t (made on first use)."""
    if t == TYPE_CLASS:
        return rt_type_class()
    return rt_builtin_class_at(t, t)


def rt_builtin_class_at(t: i32, at: i32) -> obj:
    """The class object of a built-in type with type id t kept at entry `at` of the class table
    (t itself, or a CT_* entry for a type with several classes: the dict views)."""
    tab: i32 = rt_class_table()
    c: obj = load_obj(tab + TUPLE_ITEMS + 8 * at, 0)
    if c is NULL_WORD:
        base: obj = rt_object_class()
        if t == TYPE_BOOL:
            base = rt_builtin_class(TYPE_INT)
        name: obj = rt_builtin_type_name(t)
        if at == CT_DICT_KEYS_VIEW:
            name = "dict_keys"
        elif at == CT_DICT_VALUES_VIEW:
            name = "dict_values"
        c = rt_class_alloc(name, rt_tuple_new1(base), CLASSF_BUILTIN, 0, t, 0)
        bm: obj = load_obj(word_ptr(base), CLASS_MRO)
        n: i32 = load_i32(word_ptr(bm), TUPLE_LEN)
        mro: obj = rt_tuple_new(n + 1)
        rt_tuple_set(mro, 0, c)
        i: i32 = 0
        while i < n:
            rt_tuple_set(mro, i + 1, load_obj(word_ptr(bm) + TUPLE_ITEMS + 8 * i, 0))
            i = i + 1
        store_obj(word_ptr(c), CLASS_MRO, mro)
        store_obj(tab + TUPLE_ITEMS + 8 * at, 0, c)
    return c


# ---- user classes and instances -------------------------------------------------------------

def rt_class_new(name: obj, module: obj, bases: obj, mro: obj, cid: i32, flags: i32, slots: obj, dunders: i64) -> obj:
    """A user class (the class statement): `mro` lists the classes after the new one (the
    lowering computed the C3 linearization); instances get one slot per name in `slots`.
    A subclass of BaseException (CLASSF_EXCEPTION) makes exceptions (TYPE_EXC, slots after the
    exception header) and its MRO ends with BaseException, as the built-in classes' do."""
    n: i32 = load_i32(word_ptr(slots), TUPLE_LEN)
    exc: i32 = (flags & CLASSF_EXCEPTION) != 0
    c: obj = NULL_WORD
    if exc:
        c = rt_class_alloc(name, bases, flags, cid, TYPE_EXC, EXC_OBJ_SIZE + 8 * n)
    else:
        c = rt_class_alloc(name, bases, flags, cid, TYPE_INSTANCE, INST_SLOTS + 8 * n)
    p: i32 = word_ptr(c)
    store_obj(p, CLASS_MODULE, module)
    store_obj(p, CLASS_SLOT_NAMES, slots)
    store_i64(p, CLASS_DUNDERS, dunders)
    m: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    full: obj = rt_tuple_new(m + 2 - exc)
    rt_tuple_set(full, 0, c)
    i: i32 = 0
    while i < m:
        rt_tuple_set(full, i + 1, load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0))
        i = i + 1
    if not exc:
        rt_tuple_set(full, m + 1, rt_object_class())
    store_obj(p, CLASS_MRO, full)
    if load_i32(word_ptr(bases), TUPLE_LEN) == 0:
        store_obj(p, CLASS_BASES, rt_tuple_new1(rt_object_class()))
    return c


def rt_object_instance() -> obj:
    """object(): an instance of the built-in class object (no attributes, identity equality)."""
    return rt_inst_new(rt_object_class())


def rt_inst_new(c: obj) -> obj:
    """A new instance of class c, every slot empty."""
    q: i32 = word_ptr(c)
    size: i32 = load_i32(q, CLASS_INST_SIZE)
    p: i32 = rt_alloc(size, load_i32(q, CLASS_INST_TYPE))
    store_obj(p, INST_CLASS, c)
    store_obj(p, INST_DICT, NULL_WORD)
    a: i32 = p + INST_SLOTS
    while a < p + size:
        store_obj(a, 0, NULL_WORD)
        a = a + 8
    return ptr_word(p)


def rt_is_inst(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_INSTANCE


def rt_inst2(a: obj, b: obj) -> i32:
    """1 when either operand is an instance of a user class."""
    return rt_is_inst(a) | rt_is_inst(b)


def rt_is_class(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_CLASS


def rt_cls_id(x: obj) -> i32:
    """The id of the class of an instance of a user class (exceptions included); 0 for any
    other value."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    if load_i32(p, 0) != TYPE_INSTANCE:
        return rt_exc_user_id(p)
    return load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_ID)


def rt_exc_user_id(p: i32) -> i32:
    """The class id of an exception (at p) whose class is a user class, else 0: the built-in
    exception classes have ids from EXC_CLASS_ID_BASE, above every user class id."""
    if load_i32(p, 0) != TYPE_EXC:
        return 0
    cid: i32 = load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_ID)
    if cid >= EXC_CLASS_ID_BASE:
        return 0
    return cid


def rt_class_cls_id(x: obj) -> i32:
    """The id of a user class object; 0 for any other value."""
    if rt_is_class(x):
        return load_i32(word_ptr(x), CLASS_ID)
    return 0


def rt_class_of(x: obj) -> obj:
    """x itself when it is a class, else type(x)."""
    if rt_is_class(x):
        return x
    return rt_type_of(x)


def rt_type_of(x: obj) -> obj:
    """type(x)."""
    if is_small(x):
        return rt_builtin_class(TYPE_INT)
    p: i32 = word_ptr(x)
    t: i32 = load_i32(p, 0)
    if t == TYPE_INSTANCE or t == TYPE_EXC:
        return load_obj(p, INST_CLASS)
    if t == TYPE_DICT_VIEW:
        k: i32 = load_i32(p, DV_KIND)
        if k == DVK_KEYS:
            return rt_builtin_class_at(t, CT_DICT_KEYS_VIEW)
        if k == DVK_VALUES:
            return rt_builtin_class_at(t, CT_DICT_VALUES_VIEW)
    return rt_builtin_class(t)


def rt_cls_has(x: obj, sel: i32) -> i32:
    """1 when x is an instance whose class has the special method `sel`."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    t: i32 = load_i32(p, 0)
    if t != TYPE_INSTANCE and t != TYPE_EXC:
        return 0
    d: i64 = load_i64(word_ptr(load_obj(p, INST_CLASS)), CLASS_DUNDERS)
    return i64_to_i32(i64_and(i64_shr_u(d, i32_to_i64(sel)), 1))


def rt_cls_dunder(sel: i32, x: obj, a: obj, b: obj) -> obj:
    """Calls x's special method `sel` with a (and b) as needed. The lowering replaces this body
    with a switch over the program's classes; rt_cls_has must have said yes."""
    return NULL_WORD


def rt_class_name(c: obj) -> obj:
    return load_obj(word_ptr(c), CLASS_NAME)


def rt_inst_type_name(x: obj) -> obj:
    """type(x).__name__ for an instance (rt_type_name's hook)."""
    return rt_class_name(load_obj(word_ptr(x), INST_CLASS))


def rt_is_subclass(a: obj, b: obj) -> i32:
    """1 when class b is in the MRO of class a."""
    if a is b:
        return 1
    mro: obj = load_obj(word_ptr(a), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    i: i32 = 0
    while i < n:
        if load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0) is b:
            return 1
        i = i + 1
    return 0


def rt_protocol_check(p: obj) -> None:
    """isinstance()/issubclass() with a typing.Protocol class: CPython's TypeError unless it is
    @runtime_checkable, whose structural check is not supported yet."""
    if rt_class_lookup(p, "_is_runtime_protocol") is not NULL_WORD:
        rt_raise("NotImplementedError", rt_str_concat(rt_str_concat("not supported yet: isinstance() with the runtime-checkable protocol '", rt_class_name(p)), "'"))
        return
    rt_raise("TypeError", "Instance and class checks can only be used with @runtime_checkable protocols")


def rt_classinfo_error(fname: obj) -> obj:
    rt_raise("TypeError", rt_str_concat(fname, " arg 2 must be a type, a tuple of types, or a union"))
    return 1


def rt_isinstance_cls(x: obj, ci: obj) -> obj:
    """isinstance(x, ci) for a class or a tuple of classes (nested tuples too)."""
    r: i32 = rt_subclass_check(rt_type_of(x), ci, "isinstance()")
    if exc_get() is not 0:
        return 1
    return box_bool(r)


def rt_isinstance_i32(x: obj, c: obj) -> i32:
    """isinstance(x, c) for a class c, as an i32 (construction through __new__)."""
    return rt_is_subclass(rt_type_of(x), c)


def rt_issubclass(c: obj, ci: obj) -> obj:
    """issubclass(c, ci)."""
    if not rt_is_class(c):
        rt_raise("TypeError", "issubclass() arg 1 must be a class")
        return 1
    r: i32 = rt_subclass_check(c, ci, "issubclass()")
    if exc_get() is not 0:
        return 1
    return box_bool(r)


def rt_subclass_check(c: obj, ci: obj, fname: obj) -> i32:
    if rt_is_class(ci):
        if load_i32(word_ptr(ci), CLASS_FLAGS) & CLASSF_PROTOCOL:
            rt_protocol_check(ci)
            return 0
        if rt_is_subclass(c, ci):
            return 1
        if load_i32(word_ptr(ci), CLASS_FLAGS) & CLASSF_ABC:
            return rt_abc_check(c, ci)  # collections.abc (abc_rt.py)
        return 0
    if not is_small(ci):
        if load_i32(word_ptr(ci), 0) == TYPE_TUPLE:
            n: i32 = load_i32(word_ptr(ci), TUPLE_LEN)
            i: i32 = 0
            while i < n:
                r: i32 = rt_subclass_check(c, load_obj(word_ptr(ci) + TUPLE_ITEMS + 8 * i, 0), fname)
                if exc_get() is not 0:
                    return 0
                if r:
                    return 1
                i = i + 1
            return 0
    if rt_is_inst(ci) and rt_str_eq(rt_type_name(ci), "UnionType"):
        return rt_subclass_check(c, rt_getattr(ci, "__args__"), fname)  # `int | str` (_keel_generic)
    if rt_is_inst(ci) and rt_str_eq(rt_type_name(ci), "GenericAlias"):
        rt_raise("TypeError", rt_str_concat(fname, " argument 2 cannot be a parameterized generic"))
        return 0
    rt_classinfo_error(fname)
    return 0


# ---- namespaces (until the dict is used): [name0, value0, name1, value1, ...] ------------------

def rt_ns_find(ns: obj, name: obj) -> i32:
    """The index of name's value in a namespace list, or -1."""
    if ns is NULL_WORD:
        return -1
    n: i32 = rt_list_len(ns)
    i: i32 = 0
    while i < n:
        k: obj = rt_list_get(ns, i)
        if k is name:
            return i + 1
        i = i + 2
    i = 0
    while i < n:
        if rt_str_eq(rt_list_get(ns, i), name):
            return i + 1
        i = i + 2
    return -1


def rt_ns_get(ns: obj, name: obj) -> obj:
    i: i32 = rt_ns_find(ns, name)
    if i < 0:
        return NULL_WORD
    return rt_list_get(ns, i)


def rt_ns_set(ns: obj, name: obj, v: obj) -> obj:
    """Sets name in the namespace; returns the namespace (a new one when ns was NULL_WORD)."""
    if ns is NULL_WORD:
        ns = rt_list_new(0)
    i: i32 = rt_ns_find(ns, name)
    if i >= 0:
        rt_list_set(ns, i, v)
        return ns
    rt_list_append(ns, name)
    rt_list_append(ns, v)
    return ns


def rt_ns_del(ns: obj, name: obj) -> i32:
    """Removes name; 0 when it was not there."""
    i: i32 = rt_ns_find(ns, name)
    if i < 0:
        return 0
    rt_m_pop(ns, tag_int(i32_to_i64(i)))
    rt_m_pop(ns, tag_int(i32_to_i64(i - 1)))
    return 1


# ---- attributes ---------------------------------------------------------------------------------

def rt_slot_base(c: obj) -> i32:
    """The offset of slot 0 in instances of class c: after the exception header for exceptions."""
    if load_i32(word_ptr(c), CLASS_INST_TYPE) == TYPE_EXC:
        return EXC_OBJ_SIZE
    return INST_SLOTS


def rt_slot_addr(x: obj, i: i32) -> i32:
    """The address of slot i of instance (or exception) x."""
    p: i32 = word_ptr(x)
    return p + rt_slot_base(load_obj(p, INST_CLASS)) + 8 * i


def rt_slot_raw(c: obj, i: i32) -> i32:
    """Whether slot i of instances of class c holds a raw f64 (CLASS_RAW, src/passes/rawslots.ts):
    reads by name box it, writes by name store a float's value."""
    if i >= 63:
        return 0
    return i64_to_i32(i64_and(i64_shr_u(load_i64(word_ptr(c), CLASS_RAW), i32_to_i64(i)), 1))


def rt_slot_index(c: obj, name: obj) -> i32:
    """The slot number of attribute `name` in instances of class c, or -1."""
    names: obj = load_obj(word_ptr(c), CLASS_SLOT_NAMES)
    if names is 0:
        return -1  # a built-in exception class (no slot names)
    p: i32 = word_ptr(names)
    n: i32 = load_i32(p, TUPLE_LEN)
    i: i32 = 0
    while i < n:
        if load_obj(p + TUPLE_ITEMS + 8 * i, 0) is name:
            return i
        i = i + 1
    i = 0
    while i < n:
        if rt_str_eq(load_obj(p + TUPLE_ITEMS + 8 * i, 0), name):
            return i
        i = i + 1
    return -1


def rt_class_lookup(c: obj, name: obj) -> obj:
    """name in the namespaces of c's MRO (class attributes), or NULL_WORD."""
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    i: i32 = 0
    while i < n:
        k: obj = load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0)
        v: obj = rt_ns_get(load_obj(word_ptr(k), CLASS_DICT), name)
        if v is not NULL_WORD:
            return v
        i = i + 1
    return NULL_WORD


def rt_attr_error(x: obj, name: obj) -> obj:
    if rt_is_class(x):
        m: obj = rt_str_concat(rt_str_concat("type object '", rt_class_name(x)), "' has no attribute '")
        rt_raise("AttributeError", rt_str_concat(rt_str_concat(m, name), "'"))
        return 1
    return rt_no_attr(x, name)


def rt_inst_vars(x: obj) -> obj:
    """A new dict of instance x's attributes (`x.__dict__`, `vars(x)`; src/lower/instdict.ts):
    its set slots in slot order (the order the class's methods first store them), then those
    stored outside the slots in the order they were stored."""
    d: obj = rt_dict_new()
    p: i32 = word_ptr(x)
    c: obj = load_obj(p, INST_CLASS)
    names: obj = load_obj(word_ptr(c), CLASS_SLOT_NAMES)
    if names is not 0:
        n: i32 = load_i32(word_ptr(names), TUPLE_LEN)
        i: i32 = 0
        while i < n:
            k: obj = load_obj(word_ptr(names) + TUPLE_ITEMS + 8 * i, 0)
            if not rt_str_startswith_at(k, "__keel"):
                v: obj = NULL_WORD
                if rt_slot_raw(c, i):
                    v = rt_box_float(load_f64(rt_slot_addr(x, i), 0))
                else:
                    v = load_obj(rt_slot_addr(x, i), 0)
                if v is not NULL_WORD:
                    rt_dict_set(d, k, v)
            i = i + 1
    ns: obj = load_obj(p, INST_DICT)
    if ns is not NULL_WORD:
        m: i32 = rt_list_len(ns)
        j: i32 = 0
        while j < m:
            rt_dict_set(d, rt_list_get(ns, j), rt_list_get(ns, j + 1))
            j = j + 2
    return d


def rt_locals_put(d: obj, name: obj, v: obj) -> None:
    """locals() in a function: d[name] = v, unless the variable is unbound (NULL_WORD)."""
    if v is not NULL_WORD:
        rt_dict_set(d, name, v)


def rt_vars(x: obj) -> obj:
    """vars(x): a copy of an instance's attributes, a function's __dict__, else CPython's
    TypeError (a class or a module: not supported yet)."""
    if rt_is_inst(x) and not rt_is_exc(x):
        if (load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS) & 4) == 0:
            return rt_inst_vars(x)
    elif rt_type_id(x) == TYPE_FUNC:
        return rt_getattr(x, "__dict__")
    elif rt_is_class(x) or rt_type_id(x) == TYPE_MODULE:
        rt_raise("NotImplementedError", "not supported yet: vars() of a class or a module")
        return NULL_WORD
    rt_raise("TypeError", "vars() argument must have __dict__ attribute")
    return NULL_WORD


def rt_dict_for_write(x: obj) -> obj:
    """`x.__dict__` that the statement writes (src/lower/instdict.ts): a function's dict; an
    instance's __dict__ is a copy in Keel, so a write through it is "not supported yet"."""
    if rt_is_inst(x) and not rt_is_exc(x):
        if (load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS) & 4) == 0:
            rt_raise("NotImplementedError", "not supported yet: writing the __dict__ of an object other than self (Keel's is a copy)")
            return NULL_WORD
    return rt_getattr(x, "__dict__")


def rt_getattr(x: obj, name: obj) -> obj:
    """x.name for data attributes (methods and properties are the lowering's). Inference
    (src/passes/infer.ts) takes the result to be a value stored under `name` by rt_setattr or an
    attr.store (or a class's __name__): anything else returned here must be added there."""
    if rt_is_exc(x):
        a: obj = rt_exc_attr(x, name)
        if a is not NULL_WORD:
            return a
    elif rt_is_exc_class(x) and rt_class_cls_id(x) >= EXC_CLASS_ID_BASE:
        return rt_exc_getattr(x, name)  # a built-in exception class
    if rt_is_inst(x) or rt_is_exc(x):
        p: i32 = word_ptr(x)
        c: obj = load_obj(p, INST_CLASS)
        i: i32 = rt_slot_index(c, name)
        if i >= 0:
            if rt_slot_raw(c, i):
                return rt_box_float(load_f64(rt_slot_addr(x, i), 0))  # always set (initattrs.ts)
            v: obj = load_obj(rt_slot_addr(x, i), 0)
            if v is not NULL_WORD:
                return v
        else:
            w: obj = rt_ns_get(load_obj(p, INST_DICT), name)
            if w is not NULL_WORD:
                return w
        u: obj = rt_class_lookup(c, name)
        if u is not NULL_WORD:
            return rt_descr_get(u, x, c)  # a function binds to x (func.py)
        if rt_is_exc(x):
            return rt_exc_getattr(x, name)
        if rt_str_eq(name, "__class__"):
            return c
        if rt_str_eq(name, "__dict__") and (load_i32(word_ptr(c), CLASS_FLAGS) & 4) == 0:
            return rt_inst_vars(x)  # a copy (src/lower/instdict.ts)
        if rt_cls_has(x, SEL_GETATTR):
            return rt_cls_dunder(SEL_GETATTR, x, name, NULL_WORD)  # the class's __getattr__
        return rt_attr_error(x, name)
    if rt_is_class(x):
        k: obj = rt_class_lookup(x, name)
        if k is not NULL_WORD:
            return rt_descr_get(k, NULL_WORD, x)
        if rt_str_eq(name, "__name__"):
            return rt_class_name(x)
        if rt_str_eq(name, "__module__"):
            return load_obj(word_ptr(x), CLASS_MODULE)
        if rt_str_eq(name, "__qualname__"):
            return rt_class_qualname(x)
        if rt_str_eq(name, "__mro__"):
            return rt_class_mro_value(x)
        if rt_str_eq(name, "__bases__"):
            return load_obj(word_ptr(x), CLASS_BASES)
    t: i32 = rt_type_id(x)
    if t == TYPE_FUNC or t == TYPE_BOUND_METHOD:
        return rt_func_getattr(x, name)  # functions' attributes (func.py)
    if t == TYPE_MODULE:
        return rt_module_getattr(x, name)  # a module's globals (module.py)
    if (t == TYPE_STATICMETHOD or t == TYPE_CLASSMETHOD) and rt_str_eq(name, "__func__"):
        return load_obj(word_ptr(x), MDESCR_FUNC)
    if rt_str_eq(name, "__class__"):
        return rt_type_of(x)
    if t == TYPE_RANGE:
        return rt_range_getattr(x, name)  # start, stop, step (seq.py)
    if t == TYPE_SLICE:
        return rt_slice_getattr(x, name)  # start, stop, step (slice.py)
    nv: obj = rt_num_getattr(x, name)  # real, imag, numerator, denominator (num_methods.py)
    if nv is not NULL_WORD:
        return nv
    return rt_attr_error(x, name)


def rt_super_getattr(x: obj, cid: i32, name: obj, on_class: i32) -> obj:
    """super().name in a method of the class whose id is cid (x: self, or cls when on_class): the
    class attribute found after that class in the MRO of x's class, bound as x.name would be."""
    c: obj = x
    if on_class == 0:
        c = rt_type_of(x)
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    i: i32 = 0
    while i < n and rt_class_cls_id(load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0)) != cid:
        i = i + 1
    i = i + 1
    while i < n:
        v: obj = rt_ns_get(load_obj(word_ptr(load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0)), CLASS_DICT), name)
        if v is not NULL_WORD:
            if on_class:
                return rt_descr_get(v, NULL_WORD, c)
            return rt_descr_get(v, x, c)
        i = i + 1
    rt_raise("AttributeError", rt_str_concat(rt_str_concat("'super' object has no attribute '", name), "'"))
    return NULL_WORD


def rt_cls_member(x: obj, name: obj) -> obj:
    """x.name for a method, classmethod, staticmethod or property of the program's classes (x an
    instance or a class), by a computed name; NULL_WORD when none. The lowering replaces this
    body with the program's own lookup (src/lower/classes.ts, buildMemberDispatcher)."""
    return NULL_WORD


def rt_getattr_any(x: obj, name: obj) -> obj:
    """rt_getattr where a class of the program has __getattr__: the same lookup, but inference
    takes the result to be anything (not only what was stored under the name)."""
    return rt_getattr(x, name)


def rt_setattr(x: obj, name: obj, v: obj) -> None:
    """x.name = v."""
    if rt_cls_has(x, SEL_SETATTR):
        rt_cls_dunder(SEL_SETATTR, x, name, v)  # the class's __setattr__
        return
    if rt_setattr_refused(x, name):
        return
    rt_object_setattr(x, name, v)


def rt_setattr_refused(x: obj, name: obj) -> i32:
    """Raises (and says 1) when x's class takes no stores: a frozen dataclass, or object
    (object() has no __dict__). Apart, so that rt_setattr stays small enough to inline."""
    if not rt_is_inst(x):
        return 0
    f: i32 = load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS)
    if f & CLASSF_FROZEN:
        rt_frozen_error("cannot assign to field '", name)
        return 1
    if f & CLASSF_BUILTIN:
        rt_attr_error(x, name)
        return 1
    return 0


def rt_is_frozen(x: obj) -> i32:
    """1 when x is an instance of a frozen dataclass (CLASSF_FROZEN)."""
    if not rt_is_inst(x):
        return 0
    return (load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS) & CLASSF_FROZEN) != 0


def rt_frozen_error(what: obj, name: obj) -> None:
    e: obj = rt_exc_new(rt_frozen_error_class(), rt_tuple_new1(rt_str_concat(rt_str_concat(what, name), "'")))
    rt_exc_set_pending(e, 0)


def rt_frozen_error_class() -> obj:
    """dataclasses.FrozenInstanceError (an AttributeError), made on first use."""
    t: i32 = rt_class_table()
    c: obj = load_obj(t + TUPLE_ITEMS + 8 * CT_FROZEN_ERROR, 0)
    if c is NULL_WORD:
        base: obj = rt_exc_class_named("AttributeError")
        c = rt_class_new("FrozenInstanceError", "dataclasses", rt_tuple_new1(base), load_obj(word_ptr(base), CLASS_MRO), 0, CLASSF_EXCEPTION, rt_tuple_new(0), 0)
        store_obj(t + TUPLE_ITEMS + 8 * CT_FROZEN_ERROR, 0, c)
    return c


def rt_object_setattr(x: obj, name: obj, v: obj) -> None:
    """object.__setattr__(x, name, v): x.name = v without the class's checks."""
    if rt_is_exc(x):
        if rt_exc_setattr(x, name, v):
            return
    if rt_is_inst(x) or rt_is_exc(x):
        p: i32 = word_ptr(x)
        c: obj = load_obj(p, INST_CLASS)
        i: i32 = rt_slot_index(c, name)
        if i >= 0:
            if rt_slot_raw(c, i):
                # inference proved every store of this name on such instances a float
                if rt_type_id(v) != TYPE_FLOAT:
                    rt_fatal("internal error: a non-float stored in a raw float slot")
                store_f64(rt_slot_addr(x, i), 0, unbox_float(v))
                return
            store_obj(rt_slot_addr(x, i), 0, v)
            return
        if load_i32(word_ptr(c), CLASS_FLAGS) & 4:
            rt_attr_error(x, name)
            return
        if rt_code_member(c, name):
            rt_code_member_error("an instance attribute named like the method '", name, c)
            return
        store_obj(p, INST_DICT, rt_ns_set(load_obj(p, INST_DICT), name, v))
        return
    if rt_is_class(x):
        q: i32 = word_ptr(x)
        if load_i32(q, CLASS_FLAGS) & CLASSF_BUILTIN:
            m: obj = rt_str_concat(rt_str_concat("cannot set '", name), "' attribute of immutable type '")
            rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_class_name(x)), "'"))
            return
        if rt_code_member(x, name):
            rt_code_member_error("replacing the method '", name, x)
            return
        if rt_descr_refused(x, name, v):
            return
        store_obj(q, CLASS_DICT, rt_ns_set(load_obj(q, CLASS_DICT), name, v))
        return
    if rt_type_id(x) == TYPE_FUNC or rt_type_id(x) == TYPE_BOUND_METHOD:
        rt_func_setattr(x, name, v)  # functions' attributes (func.py)
        return
    if rt_type_id(x) == TYPE_MODULE:
        rt_module_setattr(x, name, v)  # a module's globals (module.py)
        return
    rt_attr_error(x, name)


def rt_class_attr_init(c: obj, name: obj, v: obj) -> None:
    """A class attribute the class statement binds (its namespace as the body made it)."""
    if rt_descr_refused(c, name, v):
        return
    q: i32 = word_ptr(c)
    if rt_str_eq(name, "_keel_abc_"):
        store_i32(q, CLASS_FLAGS, load_i32(q, CLASS_FLAGS) | CLASSF_ABC)  # (abc_rt.py)
    store_obj(q, CLASS_DICT, rt_ns_set(load_obj(q, CLASS_DICT), name, v))


def rt_descr_refused(c: obj, name: obj, v: obj) -> i32:
    """Raises NotImplementedError (and answers 1) when v, to be stored as class attribute name
    of c, is an instance of a class of the program defining __get__, __set__, __delete__ or
    __set_name__: attribute access is compiled without the descriptor protocol, so such a
    class attribute would be silently treated as plain data. (Searched by name in the classes'
    __keel_methods__, so no method becomes a function object.)"""
    if not rt_is_inst(v):
        return 0
    k: obj = load_obj(word_ptr(v), INST_CLASS)
    if rt_code_member(k, "__get__") or rt_code_member(k, "__set__") or rt_code_member(k, "__delete__") or rt_code_member(k, "__set_name__"):
        m: obj = rt_str_concat(rt_str_concat("not supported yet: the descriptor '", name), "' of class '")
        m = rt_str_concat(rt_str_concat(m, rt_class_name(c)), "' (an instance of '")
        rt_raise("NotImplementedError", rt_str_concat(rt_str_concat(m, rt_class_name(k)), "', which defines __get__, __set__, __delete__ or __set_name__)"))
        return 1
    return 0


def rt_code_member(c: obj, name: obj) -> i32:
    """Whether name is a method a class of c's MRO defines (its __keel_methods__ tuple, made by
    the class statement): calls of those are bound at compile time, so a run-time store of
    the name (monkeypatching) would be silently ignored."""
    if not rt_is_str(name):
        return 0
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    i: i32 = 0
    while i < n:
        if rt_own_code_member(load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0), name):
            return 1
        i = i + 1
    return 0


def rt_own_code_names(k: obj) -> obj:
    """The tuple of the names of the methods class k's own body defines (its __keel_methods__),
    or NULL_WORD."""
    d: obj = load_obj(word_ptr(k), CLASS_DICT)
    if d is NULL_WORD:
        return NULL_WORD
    t: obj = rt_ns_get(d, "__keel_methods__")
    if t is NULL_WORD or rt_type_id(t) != TYPE_TUPLE:
        return NULL_WORD
    return t


def rt_own_code_member(k: obj, name: obj) -> i32:
    """Whether class k's own body defines the method `name` (a str)."""
    t: obj = rt_own_code_names(k)
    if t is not NULL_WORD:
        j: i32 = 0
        while j < load_i32(word_ptr(t), TUPLE_LEN):
            if rt_str_eq(load_obj(word_ptr(t) + TUPLE_ITEMS + 8 * j, 0), name):
                return 1
            j = j + 1
    return 0


def rt_class_attr_names(c: obj) -> obj:
    """A new list of the names of class c's attributes along its MRO, each once, `object`'s
    excepted: the methods each class body defines and the attributes its namespace holds (data,
    decorated functions, stores on the class). For unittest's loader (stdlib/unittest.py), which
    runs those named test*; dir() of a class would add `object`'s names and sort."""
    out: obj = rt_list_new(0)
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    i: i32 = 0
    while i < load_i32(word_ptr(mro), TUPLE_LEN):
        k: obj = load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0)
        t: obj = rt_own_code_names(k)
        if t is not NULL_WORD:
            j: i32 = 0
            while j < load_i32(word_ptr(t), TUPLE_LEN):
                rt_names_add(out, load_obj(word_ptr(t) + TUPLE_ITEMS + 8 * j, 0))
                j = j + 1
        d: obj = load_obj(word_ptr(k), CLASS_DICT)
        if d is not NULL_WORD:
            j2: i32 = 0
            while j2 < rt_list_len(d):
                rt_names_add(out, rt_list_get(d, j2))
                j2 = j2 + 2
        i = i + 1
    return out


def rt_names_add(names: obj, name: obj) -> None:
    """Appends str name to the list names unless it is there already."""
    i: i32 = 0
    while i < rt_list_len(names):
        if rt_str_eq(rt_list_get(names, i), name):
            return
        i = i + 1
    rt_list_append(names, name)


def rt_code_member_error(what: obj, name: obj, c: obj) -> None:
    m: obj = rt_str_concat(rt_str_concat(rt_str_concat("not supported yet: ", what), name), "' of class '")
    rt_raise("NotImplementedError", rt_str_concat(rt_str_concat(m, rt_class_name(c)), "' at run time"))


def rt_delattr(x: obj, name: obj) -> None:
    """del x.name."""
    if rt_cls_has(x, SEL_DELATTR):
        rt_cls_dunder(SEL_DELATTR, x, name, NULL_WORD)  # the class's __delattr__
        return
    if rt_is_frozen(x):
        rt_frozen_error("cannot delete field '", name)
        return
    rt_object_delattr(x, name)


def rt_object_delattr(x: obj, name: obj) -> None:
    """object.__delattr__(x, name): del x.name without the class's hook."""
    if rt_is_inst(x) or rt_is_exc(x):
        p: i32 = word_ptr(x)
        c: obj = load_obj(p, INST_CLASS)
        i: i32 = rt_slot_index(c, name)
        if i >= 0:
            # (a raw slot's name is never deleted: rawslots.ts takes only always-set slots)
            if load_obj(rt_slot_addr(x, i), 0) is not NULL_WORD:
                store_obj(rt_slot_addr(x, i), 0, NULL_WORD)
                return
        elif rt_ns_del(load_obj(p, INST_DICT), name):
            return
        rt_attr_error(x, name)
        return
    if rt_is_class(x):
        if rt_ns_del(load_obj(word_ptr(x), CLASS_DICT), name):
            return
    if rt_type_id(x) == TYPE_FUNC or rt_type_id(x) == TYPE_BOUND_METHOD:
        rt_func_delattr(x, name)  # functions' attributes (func.py)
        return
    if rt_type_id(x) == TYPE_MODULE:
        rt_module_delattr(x, name)  # a module's globals (module.py)
        return
    rt_attr_error(x, name)


def rt_slot_missing(x: obj, name: obj) -> obj:
    """The lowering's slow path after an empty slot: a class attribute or AttributeError."""
    return rt_getattr(x, name)


def rt_hasattr_data(x: obj, name: obj) -> i32:
    """1 when x has a data attribute `name` (the lowering's fallback of method calls)."""
    v: obj = rt_getattr(x, name)
    if exc_get() is not 0:
        exc_set(0)
        return 0
    return 1


def rt_method_fallback(x: obj, name: obj) -> obj:
    """x.name(...) where no class of the program defines a method `name` for x's class:
    AttributeError when x has no such attribute; calling a data attribute needs function
    objects (not supported yet, reported as a TypeError)."""
    v: obj = rt_getattr(x, name)
    if exc_get() is not 0:
        return 1
    m: obj = rt_str_concat(rt_str_concat("'", rt_type_name(v)), "' object is not callable")
    rt_raise("TypeError", m)
    return 1


def rt_init_result(r: obj) -> None:
    """__init__ must return None."""
    if r is not None:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("__init__() should return None, not '", rt_type_name(r)), "'"))


def rt_no_init_args(c: obj) -> obj:
    """C(args) for a class without __init__."""
    rt_raise("TypeError", rt_str_concat(rt_class_name(c), "() takes no arguments"))
    return 1


def rt_property_no_setter(x: obj, name: obj, what: obj) -> None:
    m: obj = rt_str_concat(rt_str_concat("property '", name), "' of '")
    m = rt_str_concat(rt_str_concat(m, rt_type_name(x)), "' object has no ")
    rt_raise("AttributeError", rt_str_concat(m, what))


# ---- repr, str, hash, truth, len ----------------------------------------------------------------

def rt_hex(v: i64) -> obj:
    s: obj = ""
    if v == 0:
        return "0"
    while v != 0:
        d: i32 = i64_to_i32(i64_and(v, 15))
        if d < 10:
            s = rt_str_concat(rt_str_from_char(48 + d), s)
        else:
            s = rt_str_concat(rt_str_from_char(87 + d), s)
        v = i64_shr_u(v, 4)
    return s


def rt_object_repr(x: obj) -> obj:
    """repr() of values with no repr of their own: instances without __repr__, classes,
    NotImplemented (rt_repr_scalar's hook)."""
    if is_small(x):
        return "<object>"
    p: i32 = word_ptr(x)
    t: i32 = load_i32(p, 0)
    if t == TYPE_INSTANCE:
        if rt_cls_has(x, SEL_REPR):
            return rt_cls_str_result(rt_cls_dunder(SEL_REPR, x, NULL_WORD, NULL_WORD), "__repr__")
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD:
            return rt_repr(pl)  # a subclass of a built-in type (subclass.py)
        return rt_inst_default_repr(x)
    if t == TYPE_CLASS:
        if rt_is_enum_class(x):
            return rt_enum_class_repr(x)
        mod: obj = load_obj(p, CLASS_MODULE)
        r: obj = "<class '"
        if not rt_str_eq(mod, "builtins"):
            r = rt_str_concat(rt_str_concat(r, mod), ".")
        return rt_str_concat(rt_str_concat(r, rt_class_qualname(x)), "'>")
    if t == TYPE_NOTIMPL:
        return "NotImplemented"
    if t == TYPE_ELLIPSIS:
        return "Ellipsis"
    if t == TYPE_MODULE:
        return rt_module_repr(x)  # module.py
    if t == TYPE_SLICE:
        return rt_slice_repr(x)
    return "<object>"


def rt_inst_default_repr(x: obj) -> obj:
    """object.__repr__ of instance x: `<__main__.C object at 0x...>`."""
    p: i32 = word_ptr(x)
    c: obj = load_obj(p, INST_CLASS)
    s: obj = "<"
    if not rt_str_eq(load_obj(word_ptr(c), CLASS_MODULE), "builtins"):
        s = rt_str_concat(rt_str_concat(s, load_obj(word_ptr(c), CLASS_MODULE)), ".")  # (`<object object at ...>`)
    s = rt_str_concat(rt_str_concat(s, rt_class_qualname(c)), " object at 0x")
    return rt_str_concat(rt_str_concat(s, rt_hex(u32_to_i64(p))), ">")


def rt_plain_inst(x: obj) -> i32:
    """Whether x is an instance of a class of the program that derives from no built-in type
    (whose missing special methods are object's: rt_object_method)."""
    if not rt_is_inst(x):
        return 0
    return rt_payload(x) is NULL_WORD


def rt_inst_object_method(x: obj, sel: i32, a: obj) -> obj:
    """`x.__hash__()` and the like on instance x whose class defines no such method: object's
    (rt_object_method), but __hash__ is None in a class that defines __eq__ only."""
    if sel == SEL_HASH:
        if load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_FLAGS) & 8:
            rt_raise("TypeError", "'NoneType' object is not callable")
            return 1
    return rt_object_method(x, sel, a)


def rt_object_method(x: obj, sel: i32, a: obj) -> obj:
    """object's own special method sel (repr, str, the comparisons, hash) of instance x with
    argument a (None where it takes none): what `super().__eq__(o)`, `object.__repr__(x)` and
    `x.__ne__(o)` reach when no class in x's MRO defines the method. __eq__ is identity, the
    orderings NotImplemented, __ne__ the negation of type(x).__eq__, __str__ type(x)'s repr.
    Of values other than instances only __eq__ and the orderings (object.__eq__(1, 1))."""
    if sel != SEL_EQ and (sel < SEL_LT or sel > SEL_GE) and not rt_is_inst(x):
        rt_raise("NotImplementedError", "not supported yet: object's special methods on a value of a built-in type")
        return 1
    if sel == SEL_EQ:
        if x is a:
            return box_bool(1)
        return rt_notimpl()
    if sel == SEL_NE:
        r: obj = rt_dunder_or_null(SEL_EQ, x, a)
        if exc_get() is not 0:
            return 1
        if r is NULL_WORD:
            if x is a:
                return box_bool(0)
            return rt_notimpl()
        if rt_is_notimpl(r):
            return r
        t: i32 = rt_truth(r)
        if exc_get() is not 0:
            return 1
        return box_bool(t == 0)
    if sel == SEL_HASH:
        return tag_int(u32_to_i64(word_ptr(x)) >> 4)
    if sel == SEL_REPR:
        return rt_inst_default_repr(x)
    if sel == SEL_STR:
        return rt_repr(x)
    return rt_notimpl()  # __lt__, __le__, __gt__, __ge__


def rt_cls_str_result(r: obj, what: obj) -> obj:
    """The result of __repr__/__str__ must be a str."""
    if exc_get() is not 0:
        return 1
    if rt_is_str(r):
        return r
    m: obj = rt_str_concat(rt_str_concat(what, " returned non-string (type "), rt_type_name(r))
    rt_raise("TypeError", rt_str_concat(m, ")"))
    return 1


def rt_obj_str(x: obj) -> obj:
    """str(x) for an instance: __str__, else repr."""
    if rt_cls_has(x, SEL_STR):
        return rt_cls_str_result(rt_cls_dunder(SEL_STR, x, NULL_WORD, NULL_WORD), "__str__")
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD and rt_is_str(pl):
        return pl  # str.__str__ of a str subclass
    return rt_object_repr(x)


def rt_write_other(x: obj) -> None:
    """print() of a value that is not a number, str, bool or None (rt_write_obj's hook)."""
    s: obj = rt_obj_str(x)
    if exc_get() is not 0:
        return
    rt_write_str(s)


def rt_inst_hash(x: obj) -> obj:
    """hash() of an instance: __hash__, unhashable, or by identity."""
    c: obj = load_obj(word_ptr(x), INST_CLASS)
    if rt_cls_has(x, SEL_HASH):
        r: obj = rt_cls_dunder(SEL_HASH, x, NULL_WORD, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if rt_num_kind(r) != 1:
            rt_raise("TypeError", "__hash__ method should return an integer")
            return 1
        if is_small(r):
            if r is -1:
                return -2  # -1 is reserved, as in CPython
            return r  # kept as returned, as CPython does for a value that fits a word
        n: obj = rt_to_int(r)
        if rt_equal(rt_int_from_i64(rt_word_i64(n)), n):
            return n  # a big int within 64 bits (hash() of a str, say) is kept too: rt_key_hash reads it whole
        return rt_hash(n)
    if load_i32(word_ptr(c), CLASS_FLAGS) & 8:
        return rt_type_error3("unhashable type: '", rt_class_name(c), "'")
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return rt_payload_dunder(x, SEL_HASH, NULL_WORD, NULL_WORD)
    return tag_int(u32_to_i64(word_ptr(x)) >> 4)


def rt_inst_len(x: obj) -> obj:
    """len() of an instance: __len__, checked as CPython does."""
    if not rt_cls_has(x, SEL_LEN):
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD:
            return rt_len(pl)
        rt_raise("TypeError", rt_str_concat(rt_str_concat("object of type '", rt_type_name(x)), "' has no len()"))
        return 1
    r: obj = rt_cls_dunder(SEL_LEN, x, NULL_WORD, NULL_WORD)
    if exc_get() is not 0:
        return 1
    if rt_num_kind(r) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(r)), "' object cannot be interpreted as an integer"))
        return 1
    r = rt_to_int(r)
    if rt_int_is_neg(r):
        rt_raise("ValueError", "__len__() should return >= 0")
        return 1
    return r


def rt_inst_truth(x: obj) -> i32:
    """The truth of an instance: __bool__, else __len__ != 0, else true."""
    if rt_cls_has(x, SEL_BOOL):
        r: obj = rt_cls_dunder(SEL_BOOL, x, NULL_WORD, NULL_WORD)
        if exc_get() is not 0:
            return 0
        if is_small(r) or load_i32(word_ptr(r), 0) != TYPE_BOOL:
            rt_raise("TypeError", rt_str_concat(rt_str_concat("__bool__ should return bool, returned ", rt_type_name(r)), ""))
            return 0
        return word_ptr(r) == TRUE_ADDR
    if rt_cls_has(x, SEL_LEN):
        n: obj = rt_inst_len(x)
        if exc_get() is not 0:
            return 0
        return n is not 0
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return rt_truth(pl)
    return 1


# ---- operators ----------------------------------------------------------------------------------

def rt_is_notimpl(r: obj) -> i32:
    if is_small(r):
        return 0
    return load_i32(word_ptr(r), 0) == TYPE_NOTIMPL


def rt_binop_name(k: i32) -> obj:
    if k == 0:
        return "+"
    if k == 1:
        return "-"
    if k == 2:
        return "*"
    if k == 3:
        return "/"
    if k == 4:
        return "//"
    if k == 5:
        return "%"
    if k == 6:
        return "** or pow()"
    if k == 7:
        return "<<"
    if k == 8:
        return ">>"
    if k == 9:
        return "&"
    if k == 10:
        return "|"
    return "^"


def rt_cls_binop(a: obj, b: obj, k: i32) -> obj:
    """a <op k> b where a or b is an instance: __op__ and __rop__ with CPython's rules (the
    right operand first when its class is a proper subclass of the left's and has __rop__)."""
    fwd: i32 = SEL_BINOP + 2 * k
    ta: obj = rt_type_of(a)
    tb: obj = rt_type_of(b)
    r: obj = NULL_WORD
    rfirst: i32 = 0
    if tb is not ta and rt_cls_has(b, fwd + 1) and rt_is_subclass(tb, ta):
        rfirst = 1
        r = rt_cls_dunder(fwd + 1, b, a, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    if rt_cls_has(a, fwd):
        r = rt_cls_dunder(fwd, a, b, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    if tb is not ta and rfirst == 0 and rt_cls_has(b, fwd + 1):
        r = rt_cls_dunder(fwd + 1, b, a, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    # the built-in base's operator, for an operand whose class inherits it (a class defining
    # __op__ replaces it: its NotImplemented is final)
    pa: obj = rt_payload(a)
    pb: obj = rt_payload(b)
    if (pa is not NULL_WORD and not rt_cls_has(a, fwd)) or (pb is not NULL_WORD and not rt_cls_has(b, fwd + 1)):
        return rt_binop_k(rt_unwrap(a), rt_unwrap(b), k)
    # a built-in value's own operator, where it takes the other's built-in value
    if pa is not NULL_WORD and not rt_is_inst(b) and rt_binop_takes(rt_type_id(b), rt_type_id(pa), k):
        return rt_binop_k(pa, b, k)
    if pb is not NULL_WORD and not rt_is_inst(a) and rt_binop_takes(rt_type_id(a), rt_type_id(pb), k):
        return rt_binop_k(a, pb, k)
    return rt_binop_error(a, b, rt_binop_name(k))


def rt_object_init_subclass(cls: obj, n: obj) -> None:
    """object.__init_subclass__ reached by super() with n keyword arguments: none allowed."""
    if rt_truth(n):
        rt_raise("TypeError", rt_str_concat(load_obj(word_ptr(cls), CLASS_NAME), ".__init_subclass__() takes no keyword arguments"))


def rt_matmul(a: obj, b: obj) -> obj:
    """a @ b. No built-in type defines it, so only the program's classes answer: __matmul__ and
    __rmatmul__ (dispatch-only selectors: NULL_WORD when the class has none), with
    rt_cls_binop's order of operands."""
    return rt_matmul_op(a, b, "@")


def rt_imatmul(a: obj, b: obj) -> obj:
    """a @= b: __imatmul__ when a's class has it (and it does not return NotImplemented), else
    a @ b, whose TypeError names @=."""
    r: obj = rt_dunder_or_null(SEL_IMATMUL, a, b)
    if exc_get() is not 0:
        return 1
    if r is not NULL_WORD and not rt_is_notimpl(r):
        return r
    return rt_matmul_op(a, b, "@=")


def rt_matmul_op(a: obj, b: obj, name: obj) -> obj:
    return rt_dispatch_binop(a, b, SEL_MATMUL, SEL_RMATMUL, name)


def rt_divmod_inst(a: obj, b: obj) -> obj:
    """divmod(a, b) where a or b is an instance: __divmod__ / __rdivmod__."""
    return rt_dispatch_binop(a, b, SEL_DIVMOD, SEL_RDIVMOD, "divmod()")


def rt_dispatch_binop(a: obj, b: obj, fwd: i32, rev: i32, name: obj) -> obj:
    """A binary operator only the program's classes define (dispatch-only selectors fwd and rev:
    NULL_WORD when the class has no such method), with rt_cls_binop's order of operands."""
    ta: obj = rt_type_of(a)
    tb: obj = rt_type_of(b)
    r: obj = NULL_WORD
    rfirst: i32 = 0
    if tb is not ta and rt_is_inst(b) and rt_is_subclass(tb, ta):
        rfirst = 1
        r = rt_dunder_or_null(rev, b, a)
        if exc_get() is not 0:
            return 1
        if r is not NULL_WORD and not rt_is_notimpl(r):
            return r
    r = rt_dunder_or_null(fwd, a, b)
    if exc_get() is not 0:
        return 1
    if r is not NULL_WORD and not rt_is_notimpl(r):
        return r
    if tb is not ta and rfirst == 0:
        r = rt_dunder_or_null(rev, b, a)
        if exc_get() is not 0:
            return 1
        if r is not NULL_WORD and not rt_is_notimpl(r):
            return r
    return rt_binop_error(a, b, name)


def rt_dunder_or_null(sel: i32, x: obj, arg: obj) -> obj:
    """x.<dispatch-only selector sel>(arg) for an instance; NULL_WORD when x is none or its
    class does not define the method."""
    if not rt_is_inst(x):
        return NULL_WORD
    return rt_cls_dunder(sel, x, arg, NULL_WORD)


def rt_binop_k(a: obj, b: obj, k: i32) -> obj:
    """The generic binary operator number k (see rt_binop_name)."""
    if k == 0:
        return rt_add(a, b)
    if k == 1:
        return rt_sub(a, b)
    if k == 2:
        return rt_mul(a, b)
    if k == 3:
        return rt_truediv(a, b)
    if k == 4:
        return rt_floordiv(a, b)
    if k == 5:
        return rt_mod(a, b)
    if k == 6:
        return rt_pow(a, b)
    if k == 7:
        return rt_lshift(a, b)
    if k == 8:
        return rt_rshift(a, b)
    if k == 9:
        return rt_and(a, b)
    if k == 10:
        return rt_or(a, b)
    return rt_xor(a, b)


def rt_inplace_native(x: obj, k: i32) -> i32:
    """Whether built-in value x's type has the in-place operator k itself (list += *=, set
    -= &= |= ^=, dict |=, bytearray += *=), rather than only the binary one."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_BYTEARRAY:
        return k == 0 or k == 2
    if t == TYPE_SET:
        return k == 1 or k == 9 or k == 10 or k == 11
    if t == TYPE_DICT:
        return k == 10
    return 0


def rt_inplace(a: obj, b: obj, k: i32) -> obj:
    """a <op>= b: __iop__ when a's class has it (and it does not return NotImplemented), else
    the binary operator."""
    if rt_cls_has(a, SEL_INPLACE + k):
        r: obj = rt_cls_dunder(SEL_INPLACE + k, a, b, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    if rt_inst2(a, b):
        fwd: i32 = SEL_BINOP + 2 * k
        pa: obj = rt_payload(a)
        if pa is not NULL_WORD:
            # the built-in base's __iop__ (list.__iadd__ of a list subclass...); without one, a
            # class's __op__ (Counter.__and__ for `c &= d`) comes before the base's operator
            if rt_inplace_native(pa, k) or not (rt_cls_has(a, fwd) or rt_cls_has(b, fwd + 1)):
                return rt_payload_inplace(a, b, k)
            return rt_cls_binop(a, b, k)
        if rt_cls_has(a, fwd) or rt_cls_has(b, fwd + 1):
            return rt_cls_binop(a, b, k)
        if rt_payload(b) is not NULL_WORD:
            return rt_inplace(a, rt_unwrap(b), k)
        return rt_binop_error(a, b, rt_str_concat(rt_binop_name(k), "="))
    # The built-in in-place forms: lists, bytearrays, sets and dicts change in place.
    if k == 0:
        return rt_iadd(a, b)
    if k == 2:
        return rt_imul(a, b)
    if k == 1:
        return rt_isub(a, b)
    if k == 9:
        return rt_iand(a, b)
    if k == 10:
        return rt_ior(a, b)
    if k == 11:
        return rt_ixor(a, b)
    return rt_binop_k(a, b, k)


def rt_cls_unop(a: obj, sel: i32, name: obj) -> obj:
    """-a, +a, ~a, abs(a) of an instance."""
    if rt_cls_has(a, sel):
        return rt_cls_dunder(sel, a, NULL_WORD, NULL_WORD)
    if rt_payload(a) is not NULL_WORD:
        return rt_payload_dunder(a, sel, NULL_WORD, NULL_WORD)
    if sel == SEL_ABS:
        return rt_type_error3("bad operand type for abs(): '", rt_type_name(a), "'")
    return rt_unop_error(a, name)


def rt_swap_sel(sel: i32) -> i32:
    """The reflection of a comparison: < and >, <= and >=, == and != themselves."""
    if sel == SEL_LT:
        return SEL_GT
    if sel == SEL_GT:
        return SEL_LT
    if sel == SEL_LE:
        return SEL_GE
    if sel == SEL_GE:
        return SEL_LE
    return sel


def rt_cmp_name(sel: i32) -> obj:
    if sel == SEL_LT:
        return "<"
    if sel == SEL_LE:
        return "<="
    if sel == SEL_GT:
        return ">"
    return ">="


def rt_payload_compares(a: obj, b: obj) -> i32:
    """Whether a is an instance of a subclass of a built-in type whose comparisons take b (else
    they return NotImplemented: subclass.py rt_dunder_operand)."""
    p: obj = rt_payload(a)
    if p is NULL_WORD:
        return 0
    return rt_dunder_operand(rt_type_id(p), rt_type_id(rt_unwrap(b)))


def rt_cls_richcmp(a: obj, b: obj, sel: i32) -> obj:
    """a <cmp> b where a or b is an instance (CPython's do_richcompare): the reflected method
    first when b's class is a proper subclass of a's, then a's, then b's; == and != fall back
    to identity (!= to the negation of __eq__ first)."""
    ta: obj = rt_type_of(a)
    tb: obj = rt_type_of(b)
    rs: i32 = rt_swap_sel(sel)
    r: obj = NULL_WORD
    checked: i32 = 0
    if tb is not ta and rt_cls_has(b, rs) and rt_is_subclass(tb, ta):
        checked = 1
        r = rt_cls_dunder(rs, b, a, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    if rt_cls_has(a, sel):
        r = rt_cls_dunder(sel, a, b, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    elif rt_payload_compares(a, b):
        # the built-in base's comparison comes before object's __ne__ (a tuple subclass
        # defining only __eq__ and __lt__ has tuple's __ne__ and __gt__)
        return rt_payload_dunder(a, sel, b, NULL_WORD)
    elif sel == SEL_NE and rt_cls_has(a, SEL_EQ):
        r = rt_cls_dunder(SEL_EQ, a, b, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            t: i32 = rt_truth(r)
            if exc_get() is not 0:
                return 1
            return box_bool(t == 0)
    if checked == 0 and rt_cls_has(b, rs):
        r = rt_cls_dunder(rs, b, a, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            return r
    elif checked == 0 and rt_payload_compares(b, a):
        return rt_payload_dunder(b, rs, a, NULL_WORD)
    elif checked == 0 and rs == SEL_NE and rt_cls_has(b, SEL_EQ):
        r = rt_cls_dunder(SEL_EQ, b, a, NULL_WORD)
        if exc_get() is not 0:
            return 1
        if not rt_is_notimpl(r):
            t2: i32 = rt_truth(r)
            if exc_get() is not 0:
                return 1
            return box_bool(t2 == 0)
    if rt_payload(a) is not NULL_WORD:
        return rt_payload_dunder(a, sel, b, NULL_WORD)  # the built-in base's comparison
    if rt_payload(b) is not NULL_WORD:
        return rt_payload_dunder(b, rs, a, NULL_WORD)
    if sel == SEL_EQ:
        return box_bool(a is b)
    if sel == SEL_NE:
        return box_bool(a is not b)
    if not rt_inst2(a, b):
        # a builtin comparison reached through a container holding instances
        return box_bool(rt_order_builtin(a, b, sel))
    m: obj = rt_str_concat(rt_str_concat("'", rt_cmp_name(sel)), "' not supported between instances of '")
    m = rt_str_concat(rt_str_concat(m, rt_type_name(a)), "' and '")
    rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_type_name(b)), "'"))
    return 1


def rt_order_builtin(a: obj, b: obj, sel: i32) -> i32:
    c: i32 = rt_order(a, b, rt_cmp_name(sel))
    if sel == SEL_LT:
        return c == -1
    if sel == SEL_LE:
        return c == -1 or c == 0
    if sel == SEL_GT:
        return c == 1
    return c == 1 or c == 0


def rt_cls_order(a: obj, b: obj, op: obj) -> i32:
    """rt_order's hook for instances (sort, min, max, tuple comparison): the comparison named
    `op`, as the code rt_order's callers test (-1 when < or <= holds, 1 when > or >= holds)."""
    sel: i32 = SEL_GE
    if rt_str_eq(op, "<"):
        sel = SEL_LT
    elif rt_str_eq(op, "<="):
        sel = SEL_LE
    elif rt_str_eq(op, ">"):
        sel = SEL_GT
    r: obj = rt_cls_richcmp(a, b, sel)
    if exc_get() is not 0:
        return 2
    t: i32 = rt_truth(r)
    if exc_get() is not 0:
        return 2
    lessish: i32 = sel == SEL_LT or sel == SEL_LE
    if t:
        if lessish:
            return -1
        return 1
    if lessish:
        return 1
    return -1


def rt_cls_equal(a: obj, b: obj) -> i32:
    """a == b as i32 for an instance operand (rt_equal's hook)."""
    r: obj = rt_cls_richcmp(a, b, SEL_EQ)
    if exc_get() is not 0:
        return 0
    return rt_truth(r)


# ---- containers and iteration ------------------------------------------------------------------

def rt_inst_index(x: obj) -> obj:
    """An instance's __index__() as an int (IntEnum members as list indices); NULL_WORD when x
    has none (no exception set) or it failed (exception set)."""
    if rt_type_id(x) != TYPE_INSTANCE:
        return NULL_WORD
    if not rt_cls_has(x, SEL_INDEX):
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD and rt_type_id(pl) == TYPE_INT:
            return pl  # an int subclass
        return NULL_WORD
    r: obj = rt_cls_dunder(SEL_INDEX, x, NULL_WORD, NULL_WORD)
    if exc_get() is not 0:
        return NULL_WORD
    if rt_num_kind(r) != 1 or rt_type_id(r) == TYPE_BOOL:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("__index__ returned non-int (type ", rt_type_name(r)), ")"))
        return NULL_WORD
    return r


def rt_inst_int(x: obj) -> obj:
    """int(x) of an instance: __int__, else __index__ (CPython 3.12's order); NULL_WORD when it
    has neither (no exception set) or the call failed (exception set)."""
    if rt_type_id(x) != TYPE_INSTANCE:
        return NULL_WORD
    if not rt_cls_has(x, SEL_INT):
        return rt_inst_index(x)
    r: obj = rt_cls_dunder(SEL_INT, x, NULL_WORD, NULL_WORD)
    if exc_get() is not 0:
        return NULL_WORD
    if rt_num_kind(r) != 1 or rt_type_id(r) == TYPE_BOOL:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("__int__ returned non-int (type ", rt_type_name(r)), ")"))
        return NULL_WORD
    return r


def rt_inst_float(x: obj) -> obj:
    """float(x) of an instance: __float__ (which must return a float), else __index__; NULL_WORD
    when it has neither (no exception set) or the call failed (exception set)."""
    if rt_type_id(x) != TYPE_INSTANCE:
        return NULL_WORD
    if not rt_cls_has(x, SEL_FLOAT):
        i: obj = rt_inst_index(x)
        if i is NULL_WORD:
            return NULL_WORD
        return rt_float_call(i)
    r: obj = rt_cls_dunder(SEL_FLOAT, x, NULL_WORD, NULL_WORD)
    if exc_get() is not 0:
        return NULL_WORD
    if rt_num_kind(r) != 2:
        m: obj = rt_str_concat(rt_inst_type_name(x), ".__float__ returned non-float (type ")
        rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_type_name(r)), ")"))
        return NULL_WORD
    return r


def rt_inst_builtin(x: obj) -> obj:
    """For an instance of a stdlib class that CPython derives from a built-in type (Counter,
    defaultdict, OrderedDict from dict; IntEnum from int), the built-in value it keeps: the
    attribute its class attribute `_keel_builtin_` names. NULL_WORD for anything else."""
    if rt_type_id(x) != TYPE_INSTANCE:
        return NULL_WORD
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return pl
    n: obj = rt_class_lookup(load_obj(word_ptr(x), INST_CLASS), "_keel_builtin_")
    if n is NULL_WORD or not rt_is_str(n):
        return NULL_WORD
    v: obj = rt_getattr(x, n)
    if exc_get() is not 0:
        exc_set(0)
        return NULL_WORD
    return v


def rt_inst_seq(x: obj) -> obj:
    """The tuple or list an instance of a stdlib sequence type keeps in its attribute
    `_keel_seq_` (sys.version_info), which slicing reads (there are no slice objects for a
    __getitem__ yet); NULL_WORD for other objects."""
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return pl
    if rt_type_id(x) != TYPE_INSTANCE or not rt_hasattr_data(x, "_keel_seq_"):
        return NULL_WORD
    return rt_getattr(x, "_keel_seq_")


def rt_class_mro_list(c: obj) -> obj:
    """C.mro(): the class's MRO as a list."""
    if not rt_is_class(c):
        return rt_attr_error(c, "mro")
    m: obj = load_obj(word_ptr(c), CLASS_MRO)
    return rt_list_from_items(word_ptr(m) + TUPLE_ITEMS, load_i32(word_ptr(m), TUPLE_LEN))


def rt_class_getitem(c: obj, k: obj) -> obj:
    """C[k] for a class reached at run time (`collections.deque[int]`): its __class_getitem__
    (the compiler calls it directly when it knows the class: containers.ts lowerSubscript)."""
    if load_i32(word_ptr(c), CLASS_ID) != 0 and rt_code_member(c, "__class_getitem__"):
        return rt_cls_dunder(SEL_CLASS_GETITEM, c, k, NULL_WORD)
    # (the compiler rewrites `list[int]` and `deque[int]` where the name means the class:
    # src/lower/genericalias.ts)
    n: obj = rt_class_name(c)
    generic: i32 = 0
    if load_i32(word_ptr(c), CLASS_FLAGS) & CLASSF_BUILTIN:
        generic = rt_str_eq(n, "list") or rt_str_eq(n, "dict") or rt_str_eq(n, "tuple") or rt_str_eq(n, "set") or rt_str_eq(n, "frozenset") or rt_str_eq(n, "type")
    elif rt_str_eq(load_obj(word_ptr(c), CLASS_MODULE), "collections"):
        generic = rt_str_eq(n, "deque") or rt_str_eq(n, "defaultdict") or rt_str_eq(n, "OrderedDict") or rt_str_eq(n, "Counter")
    if generic:
        rt_raise("NotImplementedError", rt_str_concat(rt_str_concat("not supported yet: subscripting the class '", n), "' here"))
        return 1
    rt_raise("TypeError", rt_str_concat(rt_str_concat("type '", n), "' is not subscriptable"))
    return 1


def rt_inst_getitem(x: obj, k: obj) -> obj:
    if rt_cls_has(x, SEL_GETITEM):
        return rt_cls_dunder(SEL_GETITEM, x, k, NULL_WORD)
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return rt_payload_getitem(x, pl, k)
    return rt_not_subscriptable(x)


def rt_inst_setitem(x: obj, k: obj, v: obj) -> None:
    if rt_cls_has(x, SEL_SETITEM):
        rt_cls_dunder(SEL_SETITEM, x, k, v)
        return
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        rt_setitem(pl, k, v)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment"))


def rt_inst_delitem(x: obj, k: obj) -> None:
    if rt_cls_has(x, SEL_DELITEM):
        rt_cls_dunder(SEL_DELITEM, x, k, NULL_WORD)
        return
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        rt_delitem(pl, k)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object doesn't support item deletion"))


def rt_inst_iter(x: obj) -> obj:
    """iter(x) of an instance: __iter__ (whose result must be an iterator)."""
    if not rt_cls_has(x, SEL_ITER):
        pl: obj = rt_payload(x)
        if pl is not NULL_WORD:
            return rt_iter(pl)
        if rt_cls_has(x, SEL_GETITEM):
            rt_raise("TypeError", "not supported yet: iteration through __getitem__")
            return 1
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not iterable"))
        return 1
    it: obj = rt_cls_dunder(SEL_ITER, x, NULL_WORD, NULL_WORD)
    if exc_get() is not 0:
        return 1
    if rt_cls_has(it, SEL_NEXT):
        return it
    if rt_is_iterator(it):
        return it
    rt_raise("TypeError", rt_str_concat(rt_str_concat("iter() returned non-iterator of type '", rt_type_name(it)), "'"))
    return 1


def rt_is_iterator(x: obj) -> i32:
    """Whether x is one of the built-in iterators (an __iter__ may return any of them)."""
    t: i32 = rt_type_id(x)
    return t == TYPE_SEQ_ITER or t == TYPE_MAP_ITER or t == TYPE_FILTER_ITER or t == TYPE_FILE or rt_ds_iterator(x) or rt_is_gen(x)


def rt_inst_next(it: obj) -> obj:
    """next() of an instance iterator: __next__; StopIteration ends the iteration (NULL_WORD)."""
    if not rt_cls_has(it, SEL_NEXT):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(it)), "' object is not an iterator"))
        return 1
    r: obj = rt_cls_dunder(SEL_NEXT, it, NULL_WORD, NULL_WORD)
    e: obj = exc_get()
    if e is not 0:
        if rt_exc_is_stop_iteration(e):
            exc_set(0)
            return NULL_WORD
        return 1
    return r


def rt_exc_is_stop_iteration(e: obj) -> i32:
    return rt_exc_is(e, EXC_I_STOP_ITERATION)


def rt_inst_contains(c: obj, v: obj) -> i32:
    """v in c for an instance c: __contains__, else iteration."""
    if rt_cls_has(c, SEL_CONTAINS):
        r: obj = rt_cls_dunder(SEL_CONTAINS, c, v, NULL_WORD)
        if exc_get() is not 0:
            return 0
        return rt_truth(r)
    pl: obj = rt_payload(c)
    if pl is not NULL_WORD:
        return rt_contains(pl, v)
    if rt_cls_has(c, SEL_ITER):
        it: obj = rt_inst_iter(c)
        if exc_get() is not 0:
            return 0
        while True:
            x: obj = rt_next(it)
            if x is NULL_WORD:
                return 0
            if x is v or rt_equal(x, v):
                return 1
            if exc_get() is not 0:
                return 0
    rt_raise("TypeError", rt_str_concat(rt_str_concat("argument of type '", rt_type_name(c)), "' is not iterable"))
    return 0


def rt_cls_key(x: obj) -> i32:
    """The lowering's dispatch key: an instance's class id, a user class's id + 0x10000, else 0
    (small, so the -O2 inliner splices it into the switch)."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    if load_i32(p, 0) == TYPE_INSTANCE:
        return load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_ID)
    return rt_cls_key_other(p)


def rt_cls_key_other(p: i32) -> i32:
    if load_i32(p, 0) == TYPE_CLASS:
        if load_i32(p, CLASS_ID) != 0:
            return load_i32(p, CLASS_ID) + 65536
    return rt_exc_user_id(p)


def rt_inst_key(x: obj) -> i32:
    """rt_cls_key for switches that only test instances (attribute slots and properties)."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    if load_i32(p, 0) == TYPE_INSTANCE:
        return load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_ID)
    return rt_exc_user_id(p)


def rt_inst_next_call(it: obj, dflt: obj) -> obj:
    """next(it[, default]) for an instance."""
    if not rt_cls_has(it, SEL_NEXT):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(it)), "' object is not an iterator"))
        return 1
    r: obj = rt_cls_dunder(SEL_NEXT, it, NULL_WORD, NULL_WORD)
    e: obj = exc_get()
    if e is not 0:
        if dflt is not NULL_WORD and rt_exc_is_stop_iteration(e):
            exc_set(0)
            return dflt
        return 1
    return r


def rt_not_callable(x: obj) -> obj:
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not callable"))
    return 1


def rt_cls_call(f: obj, args: obj, kwnames: obj) -> obj:
    """Calls a user class (construction) or an instance whose class has __call__, from the
    runtime (rt_call_other): args and kwnames as rt_call_vec's. The lowering replaces this body
    with a switch over the program's classes (classes.ts buildCallDispatcher)."""
    return rt_not_callable(f)


def rt_call_posargs(args: obj, kwnames: obj) -> obj:
    """The positional arguments of an rt_call_vec argument tuple."""
    if kwnames is NULL_WORD:
        return args
    return rt_tuple_slice_items(args, 0, rt_tuple_len(args) - rt_tuple_len(kwnames))


def rt_no_kw_args(c: obj, kwnames: obj) -> i32:
    """BaseException's refusal of keyword arguments: 1 (and TypeError) when there are some."""
    if kwnames is NULL_WORD or rt_tuple_len(kwnames) == 0:
        return 0
    rt_raise("TypeError", rt_str_concat(rt_class_name(c), "() takes no keyword arguments"))
    return 1


def rt_exc_new_call(c: obj, args: obj, kwnames: obj) -> obj:
    """Calling an exception class whose __init__ is BaseException's (no keyword arguments)."""
    if rt_no_kw_args(c, kwnames):
        return NULL_WORD
    return rt_exc_new(c, args)


def rt_init_done(inst: obj, r: obj) -> obj:
    """After __init__ returned r (NULL_WORD: raised): the new instance, or NULL_WORD."""
    if exc_get() is not 0:
        return NULL_WORD
    if r is not None:
        rt_init_result(r)
        return NULL_WORD
    return inst


def rt_no_init_call(c: obj, args: obj) -> obj:
    """C(args) from the runtime for a class without __init__ (TypeError unless args is empty)."""
    if rt_tuple_len(args) != 0:
        return rt_no_init_args(c)
    return rt_inst_new(c)


# ---- classes made by class statements in functions and blocks (classes.ts "dynamic") ------------

def rt_class_set_qualname(c: obj, q: obj) -> None:
    store_obj(word_ptr(c), CLASS_QUALNAME, q)


def rt_class_qualname(c: obj) -> obj:
    """__qualname__: f.<locals>.C for a class made in a function."""
    q: obj = load_obj(word_ptr(c), CLASS_QUALNAME)
    if q is 0 or q is NULL_WORD:
        return rt_class_name(c)
    return q


def rt_class_set_envs(c: obj, envs: obj) -> None:
    store_obj(word_ptr(c), CLASS_ENVS, envs)


def rt_mro_pick(bases: obj, cid: i32) -> obj:
    """The class with id cid in the MROs of the classes of the tuple `bases` (the MRO of a class
    made by a class statement lists the class objects its bases' MROs hold)."""
    n: i32 = rt_tuple_len(bases)
    i: i32 = 0
    while i < n:
        b: obj = rt_tuple_item(bases, i)
        if rt_is_class(b):
            r: obj = rt_mro_find(b, cid)
            if r is not NULL_WORD:
                return r
        i = i + 1
    return rt_object_class()  # unreachable: the lowering found cid among the bases' MROs


def rt_mro_find(c: obj, cid: i32) -> obj:
    """The class with id cid in the MRO of class c, or NULL_WORD."""
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = rt_tuple_len(mro)
    i: i32 = 0
    while i < n:
        k: obj = rt_tuple_item(mro, i)
        if load_i32(word_ptr(k), CLASS_ID) == cid:
            return k
        i = i + 1
    return NULL_WORD


def rt_cls_env(x: obj, cid: i32, i: i32) -> obj:
    """The function object (closure) of method i of class cid, from the class object with that
    id in the MRO of x's class (x an instance) or of x (a class)."""
    c: obj = x
    if not rt_is_class(x):
        c = rt_type_of(x)
    k: obj = rt_mro_find(c, cid)
    return rt_tuple_item(load_obj(word_ptr(k), CLASS_ENVS), i)


def rt_method_value(x: obj, f: obj, name: obj, bind: i32) -> obj:
    """x.name where the class's `name` is the function f: the instance's own attribute of that
    name if it has one, else the bound method (bind = 1) or f itself (a staticmethod)."""
    p: i32 = word_ptr(x)
    d: obj = load_obj(p, INST_DICT)
    if d is not NULL_WORD:
        v: obj = rt_ns_get(d, name)
        if v is not NULL_WORD:
            return v
    if bind:
        return rt_bound_new(f, x)
    return f
