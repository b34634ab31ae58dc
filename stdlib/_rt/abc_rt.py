# isinstance() and issubclass() against the classes of collections.abc (stdlib/collections/abc.py),
# as CPython's ABCMeta answers them: a class deriving from the ABC (rt_is_subclass, before this),
# a built-in type CPython registers with it (list is a MutableSequence, dict a MutableMapping),
# and for the one-method ABCs (Iterable, Sized, Callable, ...) any class whose MRO defines the
# methods (their __subclasshook__, _check_methods). Each of those classes binds `_keel_abc_` to
# its kind (ABC_*, layout.ts) in its own body; rt_class_attr_init sets CLASSF_ABC on it.
from __keel__ import (
    i32, obj, load_obj, load_i32, word_ptr, untag_int, i64_to_i32, is_small,
    NULL_WORD, TUPLE_ITEMS, TUPLE_LEN, CLASS_MRO, CLASS_DICT, CLASS_FLAGS, CLASS_INST_TYPE, CLASSF_BUILTIN,
    TYPE_STR, TYPE_TUPLE, TYPE_LIST, TYPE_RANGE, TYPE_SEQ_ITER, TYPE_DICT, TYPE_SET, TYPE_FROZENSET,
    TYPE_DICT_VIEW, TYPE_DICT_ITER, TYPE_SET_ITER, TYPE_BYTES, TYPE_BYTEARRAY, TYPE_FUNC,
    TYPE_BOUND_METHOD, TYPE_CLASS, TYPE_STATICMETHOD, TYPE_MAP_ITER, TYPE_FILTER_ITER, TYPE_GENERATOR,
    TYPE_FILE, DVK_KEYS, DVK_VALUES, DVK_ITEMS, CT_DICT_KEYS_VIEW, CT_DICT_VALUES_VIEW,
    ABC_ITERABLE, ABC_ITERATOR, ABC_REVERSIBLE, ABC_GENERATOR, ABC_SIZED, ABC_CONTAINER, ABC_CALLABLE, ABC_COLLECTION, ABC_SEQUENCE, ABC_MUTABLE_SEQUENCE,
    ABC_MAPPING, ABC_MUTABLE_MAPPING, ABC_SET, ABC_MUTABLE_SET, ABC_BYTE_STRING, ABC_MAPPING_VIEW, ABC_KEYS_VIEW, ABC_ITEMS_VIEW, ABC_VALUES_VIEW, ABC_HASHABLE, ABCM_ITER, ABCM_NEXT, ABCM_LEN, ABCM_CONTAINS, ABCM_CALL, ABCM_REVERSED, ABCM_GEN,
)


def rt_abc_check(c: obj, abc: obj) -> i32:
    """1 when class c counts as a subclass of the collections.abc class `abc` (see the header)."""
    kind: i32 = i64_to_i32(untag_int(rt_ns_get(load_obj(word_ptr(abc), CLASS_DICT), "_keel_abc_")))
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    if kind == ABC_HASHABLE:
        # the first class of the MRO that decides: one whose __hash__ is None (it defines
        # __eq__ alone), one defining __hash__, or a built-in type
        i: i32 = 0
        while i < n:
            k: obj = load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0)
            if load_i32(word_ptr(k), CLASS_FLAGS) & CLASSF_BUILTIN:
                t: i32 = load_i32(word_ptr(k), CLASS_INST_TYPE)
                if t == TYPE_DICT_VIEW:
                    return rt_abc_view(k) == DVK_VALUES  # (keys and items views are sets)
                return not (t == TYPE_LIST or t == TYPE_DICT or t == TYPE_SET or t == TYPE_BYTEARRAY)
            if load_i32(word_ptr(k), CLASS_FLAGS) & 8:
                return 0  # (cls.py's flag: its __hash__ is None)
            if rt_own_code_member(k, "__hash__"):
                return 1
            i = i + 1
        return 1
    need: i32 = 0
    if kind == ABC_ITERABLE:
        need = ABCM_ITER
    elif kind == ABC_ITERATOR:
        need = ABCM_ITER | ABCM_NEXT
    elif kind == ABC_REVERSIBLE:
        need = ABCM_ITER | ABCM_REVERSED
    elif kind == ABC_GENERATOR:
        need = ABCM_ITER | ABCM_NEXT | ABCM_GEN
    elif kind == ABC_SIZED:
        need = ABCM_LEN
    elif kind == ABC_CONTAINER:
        need = ABCM_CONTAINS
    elif kind == ABC_CALLABLE:
        need = ABCM_CALL
    elif kind == ABC_COLLECTION:
        need = ABCM_LEN | ABCM_ITER | ABCM_CONTAINS
    have: i32 = 0
    j: i32 = 0
    while j < n:
        k2: obj = load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * j, 0)
        if load_i32(word_ptr(k2), CLASS_FLAGS) & CLASSF_BUILTIN:
            t2: i32 = load_i32(word_ptr(k2), CLASS_INST_TYPE)
            if rt_abc_registered(t2, kind) or (t2 == TYPE_DICT_VIEW and rt_abc_view_is(k2, kind)):
                return 1  # (a built-in base CPython registers with the ABC: a list subclass)
            have = have | rt_abc_builtin_methods(t2)
        else:
            if rt_own_code_member(k2, "__iter__"):
                have = have | ABCM_ITER
            if rt_own_code_member(k2, "__next__"):
                have = have | ABCM_NEXT
            if rt_own_code_member(k2, "__len__"):
                have = have | ABCM_LEN
            if rt_own_code_member(k2, "__contains__"):
                have = have | ABCM_CONTAINS
            if rt_own_code_member(k2, "__call__"):
                have = have | ABCM_CALL
            if rt_own_code_member(k2, "__reversed__"):
                have = have | ABCM_REVERSED
            if rt_own_code_member(k2, "send") and rt_own_code_member(k2, "throw") and rt_own_code_member(k2, "close"):
                have = have | ABCM_GEN
        j = j + 1
    return need != 0 and (have & need) == need


def rt_abc_view(k: obj) -> i32:
    """The DVK_* kind of the dict view class k (its class object: cls.py rt_type_of)."""
    tab: i32 = rt_class_table()
    if load_obj(tab + TUPLE_ITEMS + 8 * CT_DICT_KEYS_VIEW, 0) is k:
        return DVK_KEYS
    if load_obj(tab + TUPLE_ITEMS + 8 * CT_DICT_VALUES_VIEW, 0) is k:
        return DVK_VALUES
    return DVK_ITEMS


def rt_abc_view_is(k: obj, kind: i32) -> i32:
    """Whether CPython registers the dict view class k with the ABC `kind`."""
    v: i32 = rt_abc_view(k)
    if kind == ABC_SET:
        return v != DVK_VALUES
    if kind == ABC_KEYS_VIEW:
        return v == DVK_KEYS
    if kind == ABC_ITEMS_VIEW:
        return v == DVK_ITEMS
    if kind == ABC_VALUES_VIEW:
        return v == DVK_VALUES
    return 0


def rt_abc_builtin_methods(t: i32) -> i32:
    """The M_* methods instances of the built-in type t have."""
    seq: i32 = t == TYPE_STR or t == TYPE_TUPLE or t == TYPE_LIST or t == TYPE_RANGE or t == TYPE_BYTES or t == TYPE_BYTEARRAY
    if seq or t == TYPE_DICT or t == TYPE_DICT_VIEW:
        m: i32 = ABCM_ITER | ABCM_LEN | ABCM_CONTAINS
        if t == TYPE_LIST or t == TYPE_RANGE or t == TYPE_DICT or t == TYPE_DICT_VIEW:
            m = m | ABCM_REVERSED
        return m
    if t == TYPE_SET or t == TYPE_FROZENSET:
        return ABCM_ITER | ABCM_LEN | ABCM_CONTAINS
    if t == TYPE_GENERATOR:
        return ABCM_ITER | ABCM_NEXT | ABCM_GEN
    if t == TYPE_SEQ_ITER or t == TYPE_DICT_ITER or t == TYPE_SET_ITER or t == TYPE_MAP_ITER or t == TYPE_FILTER_ITER or t == TYPE_FILE:
        return ABCM_ITER | ABCM_NEXT
    if t == TYPE_FUNC or t == TYPE_BOUND_METHOD or t == TYPE_CLASS or t == TYPE_STATICMETHOD:
        return ABCM_CALL
    return 0


def rt_abc_registered(t: i32, kind: i32) -> i32:
    """Whether CPython registers the built-in type t with the (non one-method) ABC `kind`."""
    seq: i32 = t == TYPE_STR or t == TYPE_TUPLE or t == TYPE_LIST or t == TYPE_RANGE or t == TYPE_BYTES or t == TYPE_BYTEARRAY
    if kind == ABC_SEQUENCE or kind == ABC_REVERSIBLE:
        return seq
    if kind == ABC_MUTABLE_SEQUENCE:
        return t == TYPE_LIST or t == TYPE_BYTEARRAY
    if kind == ABC_MAPPING or kind == ABC_MUTABLE_MAPPING:
        return t == TYPE_DICT
    if kind == ABC_SET:
        return t == TYPE_SET or t == TYPE_FROZENSET
    if kind == ABC_MUTABLE_SET:
        return t == TYPE_SET
    if kind == ABC_BYTE_STRING:
        return t == TYPE_BYTES or t == TYPE_BYTEARRAY
    if kind == ABC_MAPPING_VIEW:
        return t == TYPE_DICT_VIEW
    return 0
