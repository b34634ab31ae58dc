# Narrow runtime entries: each does what a generic operation does for one type that -O2 proved
# (src/passes/specialize.ts), or is the fallback of an inlined fast path on such a type. Their
# point is the module's size as much as speed: the generic operations' other arms (instances,
# generators, dicts, every type's repr) reach most of the runtime, and wazero compiles every
# function of a module at each start.
from __keel__ import (
    i32, i64, obj, store_obj, store_i32, tag_int, untag_int, load_obj, word_ptr, i64_to_i32, i32_to_i64,
    NULL_WORD, RANGE_START, RANGE_STEP, LIST_LEN, TYPE_TUPLE,
)


def rt_list_get_slow(l: obj, k: obj) -> obj:
    """l[k] for a list l and an int (or bool) k outside the inlined fast path (a negative or big
    index, or out of range): rt_getitem's list case."""
    i: i32 = rt_seq_index(l, k, rt_seq_len(l), "list")
    if i < 0:
        return 1
    return rt_seq_item(l, i)


def rt_list_set_slow(l: obj, k: obj, v: obj) -> None:
    """l[k] = v for a list l and an int (or bool) k: rt_setitem's list case."""
    i: i32 = rt_seq_index(l, k, rt_seq_len(l), "list assignment")
    if i < 0:
        return
    rt_list_set(l, i, v)


def rt_range_list(r: obj) -> obj:
    """list(r) for a range r: its items computed in place."""
    n: i64 = rt_range_len(r)
    if n > 268435455:
        rt_raise("MemoryError", NULL_WORD)  # more items than linear memory holds
        return 1
    l: obj = rt_list_new(0)
    if n > 0:
        if not rt_list_reserve(word_ptr(l), i64_to_i32(n)):
            return 1  # MemoryError, as list growth raises it
    p: i32 = word_ptr(r)
    start: i64 = untag_int(load_obj(p, RANGE_START))
    step: i64 = untag_int(load_obj(p, RANGE_STEP))
    items: i32 = rt_seq_items(l)
    i: i32 = 0
    while i < i64_to_i32(n):
        store_obj(items + 8 * i, 0, tag_int(start + i32_to_i64(i) * step))
        i = i + 1
    store_i32(word_ptr(l), LIST_LEN, i64_to_i32(n))
    return l


def rt_unpack_seq(x: obj, n: i32) -> obj:
    """rt_unpack of a list or a tuple: x itself when it has exactly n items, else ValueError."""
    m: i32 = rt_seq_len(x)
    if m == n:
        return x
    rt_unpack_error(n, m)
    return 1


def rt_tuple_get_slow(t: obj, k: obj) -> obj:
    """t[k] outside rt_tuple_getx's inlined fast path, where inference proved t a tuple the
    program made or None and k an int or bool (a negative, big or out-of-range index, a bool, or
    None's TypeError): rt_getitem's tuple case, without its other types' arms."""
    if rt_type_id(t) != TYPE_TUPLE:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(t)), "' object is not subscriptable"))
        return 1
    i: i32 = rt_seq_index(t, k, rt_tuple_len(t), "tuple")
    if i < 0:
        return 1
    return rt_tuple_item(t, i)
