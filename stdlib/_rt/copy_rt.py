# The runtime side of the copy module (stdlib/copy.py): copying instances of user classes, whose
# slots and attribute namespace only the runtime can see, and memo keys by identity.
from __keel__ import (
    i32, obj, load_i32, load_obj, store_obj, mem_copy, word_ptr, is_small, tag_int, u32_to_i64,
    NULL_WORD, INST_CLASS, INST_DICT, INST_SLOTS, CLASS_INST_SIZE,
)


def rt_copy_inst(x: obj) -> obj:
    """copy.copy() of an instance of a user class: a new instance of its class with the same
    slots and a copy of its attribute namespace (no __init__ runs); None for anything else."""
    if not rt_is_inst(x):
        return None
    r: obj = rt_inst_new(load_obj(word_ptr(x), INST_CLASS))
    p: i32 = word_ptr(x)
    q: i32 = word_ptr(r)
    size: i32 = load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_INST_SIZE)
    mem_copy(q + INST_SLOTS, p + INST_SLOTS, size - INST_SLOTS)
    ns: obj = load_obj(p, INST_DICT)
    if ns is not NULL_WORD:
        c: obj = rt_list_new(0)
        n: i32 = rt_list_len(ns)
        i: i32 = 0
        while i < n:
            rt_list_append(c, rt_list_get(ns, i))
            i = i + 1
        store_obj(word_ptr(r), INST_DICT, c)
    return r


def rt_copy_inst_values(x: obj) -> obj:
    """The attribute values of an instance as a list: its set slots, then its namespace's values."""
    r: obj = rt_list_new(0)
    p: i32 = word_ptr(x)
    size: i32 = load_i32(word_ptr(load_obj(p, INST_CLASS)), CLASS_INST_SIZE)
    a: i32 = INST_SLOTS
    while a < size:
        v: obj = load_obj(word_ptr(x) + a, 0)
        if v is not NULL_WORD:
            rt_list_append(r, v)
        a = a + 8
    ns: obj = load_obj(word_ptr(x), INST_DICT)
    if ns is not NULL_WORD:
        n: i32 = rt_list_len(ns)
        i: i32 = 1
        while i < n:
            rt_list_append(r, rt_list_get(ns, i))
            i = i + 2
    return r


def rt_copy_inst_set_values(x: obj, vals: obj) -> obj:
    """Stores the values back in the order rt_copy_inst_values gave them."""
    size: i32 = load_i32(word_ptr(load_obj(word_ptr(x), INST_CLASS)), CLASS_INST_SIZE)
    k: i32 = 0
    a: i32 = INST_SLOTS
    while a < size:
        if load_obj(word_ptr(x) + a, 0) is not NULL_WORD:
            store_obj(word_ptr(x) + a, 0, rt_list_get(vals, k))
            k = k + 1
        a = a + 8
    ns: obj = load_obj(word_ptr(x), INST_DICT)
    if ns is not NULL_WORD:
        n: i32 = rt_list_len(ns)
        i: i32 = 1
        while i < n:
            rt_list_set(ns, i, rt_list_get(vals, k))
            k = k + 1
            i = i + 2
    return None


def rt_copy_id(x: obj) -> obj:
    """A memo key for x: its address for heap objects (what id() is in CPython)."""
    if is_small(x):
        return x
    return tag_int(u32_to_i64(word_ptr(x)))
