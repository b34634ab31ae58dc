# Bool lists (-O2, src/passes/floatlists.ts): lists that inference proves only ever hold bools,
# whose every use the compiler knows and which never grow, keep one byte per item (0 False,
# 1 True) in an items buffer of type TYPE_LIST_U8_ITEMS (layout.ts): `[True] * (n + 1)` takes
# n + 1 bytes instead of 8 (n + 1), and the collector does not scan them. The list object is an
# ordinary list; the generic paths such a list can reach (rt_list_get / rt_list_set, hence
# rt_seq_item, repr, iteration and the index-error fallbacks) convert at the buffer.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, load_fixed_i32, mem_fill, word_ptr, ptr_word, untag_int,
    is_small, box_bool, exc_get, i64_to_i32, i32_to_i64, i64_lt_u, i64_div_s,
    NULL_WORD, TYPE_INT, TYPE_LIST, TYPE_LIST_U8_ITEMS, LIST_LEN, LIST_CAP, LIST_BUF, LIST_SIZE, LIST_BUF_ITEMS,
)


def rt_list_new_b_try(n: i32) -> obj:
    """A bool list of n items, all False; NULL_WORD with MemoryError pending when the memory
    cannot be had."""
    p: i32 = rt_alloc(LIST_SIZE, TYPE_LIST)
    if n > 0:
        buf: i32 = rt_alloc_try(LIST_BUF_ITEMS + n, TYPE_LIST_U8_ITEMS)  # zeroed: all False
        if buf == 0:
            return NULL_WORD
        store_i32(p, LIST_BUF, buf)
        store_i32(p, LIST_CAP, n)
    store_i32(p, LIST_LEN, n)
    return ptr_word(p)


def rt_list_new_b(n: i32) -> obj:
    """A bool list of n items for a display (the caller sets each with rt_list_set_b)."""
    l: obj = rt_list_new_b_try(n)
    if l is NULL_WORD:
        rt_fatal("MemoryError")  # a display's few items
    return l


def rt_list_set_b(l: obj, i: i32, v: i32) -> None:
    """Item i (0 <= i < len) of a bool list is v (0 or 1)."""
    store_u8(load_i32(word_ptr(l), LIST_BUF) + i, LIST_BUF_ITEMS, v)


def rt_list_mul_b(a: obj, b: obj) -> obj:
    """a * b where one operand is a list of bools and the other an int or a bool (inference proved
    both), made as a bool list: CPython's errors and limits of rt_seq_mul, without the 8-byte
    items in between."""
    s: obj = a
    k: obj = b
    if not rt_list_is(a):
        s = b
        k = a
    if rt_index_overflows(k):
        rt_raise("OverflowError", "cannot fit 'int' into an index-sized integer")
        return 1
    times: i64 = rt_index_value(k)
    if times < 0:
        times = 0
    n: i64 = i32_to_i64(rt_seq_len(s))
    if n > 0 and times > i64_div_s(268435455, n):
        rt_raise("MemoryError", NULL_WORD)  # the generic list's limit, so -O0 and -O2 agree
        return 1
    total: i32 = i64_to_i32(n * times)
    out: obj = rt_list_new_b_try(total)
    if out is NULL_WORD:
        return 1
    if total == 0:
        return out
    dst: i32 = load_i32(word_ptr(out), LIST_BUF) + LIST_BUF_ITEMS
    m: i32 = i64_to_i32(n)
    if m == 1:
        if rt_list_get(s, 0) is True:
            mem_fill(dst, 1, total)
        return out
    j: i32 = 0
    while j < m:
        if rt_list_get(s, j) is True:
            store_u8(dst + j, 0, 1)
        j = j + 1
    rt_mem_repeat_fill(dst, m, total)
    return out


def rt_list_getb(l: obj, k: obj) -> i32:
    """l[k] of a bool list as 0/1 (as rt_list_geti; the rest goes to rt_getitem)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            return load_u8(load_i32(p, LIST_BUF) + i64_to_i32(i), LIST_BUF_ITEMS)
    return rt_list_get_slow(l, k) is True


def rt_list_setb(l: obj, k: obj, v: i32) -> None:
    """l[k] = v (0/1) for a bool list (as rt_list_seti; the rest goes to rt_setitem)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            store_u8(load_i32(p, LIST_BUF) + i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_set_slow(l, k, box_bool(v))


def rt_list_getbx(l: obj, k: obj) -> i32:
    """rt_list_getb for a bool list of fixed length (see rt_list_getx)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            return load_u8(load_fixed_i32(p, LIST_BUF) + i64_to_i32(i), LIST_BUF_ITEMS)
    return rt_list_get_slow(l, k) is True


def rt_list_setbx(l: obj, k: obj, v: i32) -> None:
    """rt_list_setb for a bool list of fixed length (see rt_list_getx)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            store_u8(load_fixed_i32(p, LIST_BUF) + i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_set_slow(l, k, box_bool(v))  # in this block, so that the caller's check follows it when inlined


def rt_list_getbu(l: obj, k: obj) -> i32:
    """rt_list_getbx for a small int k proven within the list (src/passes/items.ts)."""
    return load_u8(load_fixed_i32(word_ptr(l), LIST_BUF) + i64_to_i32(untag_int(k)), LIST_BUF_ITEMS)


def rt_list_setbu(l: obj, k: obj, v: i32) -> None:
    """rt_list_setbx for a small int k proven within the list (src/passes/items.ts)."""
    store_u8(load_fixed_i32(word_ptr(l), LIST_BUF) + i64_to_i32(untag_int(k)), LIST_BUF_ITEMS, v)
