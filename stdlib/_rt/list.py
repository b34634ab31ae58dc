# list objects (layout in src/runtime/layout.ts: length, capacity, items buffer) and their
# methods: append, pop, insert, extend, reverse, index, count; item and slice assignment.
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_i64, store_i64, load_obj, store_obj, load_f64, store_f64, load_u8, store_u8, box_bool, unbox_float, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, word_bits, exc_get, exc_set, i64_to_i32, i32_to_i64, i64_lt_u, f64_bits,
    NULL_WORD, TYPE_STR, TYPE_TUPLE, TYPE_RANGE, TYPE_LIST, TYPE_LIST_ITEMS, TYPE_LIST_F64_ITEMS, LIST_LEN, LIST_CAP, LIST_BUF, LIST_SIZE, LIST_BUF_ITEMS,
    GC_VIEW, TYPE_FLOAT,
)


# ---- construction and growth --------------------------------------------------------------

def rt_list_new(n: i32) -> obj:
    """A list of n items (zero words: the caller fills every item with rt_list_set)."""
    p: i32 = rt_alloc(LIST_SIZE, TYPE_LIST)
    if n > 0:
        if not rt_list_reserve(p, n):
            rt_fatal("MemoryError")  # callers fill the n items at once
    store_i32(p, LIST_LEN, n)
    return ptr_word(p)


def rt_list_reserve(p: i32, want: i32) -> i32:
    """Makes room for `want` items in the list at p, and half as much again (CPython adds 1/8,
    but its realloc often grows a buffer in place; each growth here copies and leaves the old
    buffer to the collector: 1M appends 0.68 -> 0.59 s, deltablue 28.6 -> 22.9 MB); 0 with
    MemoryError pending when the memory cannot be had (the list is unchanged)."""
    cap: i32 = load_i32(p, LIST_CAP)
    if want <= cap:
        return 1
    if want < 0 or want > 200000000:
        rt_raise("MemoryError", NULL_WORD)  # past what 4 GiB can hold (or the count overflowed)
        return 0
    newcap: i32 = want + (want >> 1) + 6
    newcap = newcap & -4
    if load_i32(p, LIST_LEN) == 0 and want <= 4:
        newcap = want
    buf: i32 = rt_alloc_try(LIST_BUF_ITEMS + 8 * newcap, TYPE_LIST_ITEMS)
    if buf == 0:
        return 0
    old: i32 = load_i32(p, LIST_BUF)
    if old != 0:
        mem_copy(buf + LIST_BUF_ITEMS, old + LIST_BUF_ITEMS, 8 * load_i32(p, LIST_LEN))
    store_i32(p, LIST_BUF, buf)
    store_i32(p, LIST_CAP, newcap)
    return 1


def rt_list_items(p: i32) -> i32:
    """The address of item 0 of the list at p."""
    return load_i32(p, LIST_BUF) + LIST_BUF_ITEMS


def rt_list_set(l: obj, i: i32, v: obj) -> None:
    """Item i (0 <= i < len) of a list (a float list keeps the float's value, a bool list its
    byte: floatlists.ts)."""
    buf: i32 = load_i32(word_ptr(l), LIST_BUF)  # not 0: the list has item i
    if load_i32(buf, 0) != TYPE_LIST_ITEMS:
        rt_list_set_raw(buf, i, v)
        return
    store_obj(buf + 8 * i, LIST_BUF_ITEMS, v)


def rt_list_get(l: obj, i: i32) -> obj:
    """Item i (0 <= i < len) of a list (boxed from a float or bool list's raw item)."""
    buf: i32 = load_i32(word_ptr(l), LIST_BUF)
    if load_i32(buf, 0) != TYPE_LIST_ITEMS:
        return rt_list_get_raw(buf, i)
    return load_obj(buf + 8 * i, LIST_BUF_ITEMS)


def rt_list_set_raw(buf: i32, i: i32, v: obj) -> None:
    """rt_list_set into a raw items buffer: an f64 or a bool's byte."""
    if load_i32(buf, 0) == TYPE_LIST_F64_ITEMS:
        store_f64(buf + 8 * i, LIST_BUF_ITEMS, unbox_float(v))
    elif v is True:
        store_u8(buf + i, LIST_BUF_ITEMS, 1)
    else:
        store_u8(buf + i, LIST_BUF_ITEMS, 0)


def rt_list_get_raw(buf: i32, i: i32) -> obj:
    """rt_list_get from a raw items buffer: the float or the bool it holds."""
    if load_i32(buf, 0) == TYPE_LIST_F64_ITEMS:
        return rt_box_float(load_f64(buf + 8 * i, LIST_BUF_ITEMS))
    return box_bool(load_u8(buf + i, LIST_BUF_ITEMS))


def rt_list_geti(l: obj, k: obj) -> obj:
    """l[k] for a list l and an int k: the -O2 fast path (specialize calls it where inference
    proved both types; small enough to be inlined). A negative index (unsigned, it is out of
    range), a big int, a bool or an index out of range goes to rt_getitem, which handles it and
    raises CPython's errors."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            return load_obj(load_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS)
    return rt_list_get_slow(l, k)


def rt_list_seti(l: obj, k: obj, v: obj) -> None:
    """l[k] = v for a list l and an int k (as rt_list_geti; the rest goes to rt_setitem)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            store_obj(load_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_set_slow(l, k, v)


# Lists of fixed length (-O2: made by a display, a repeat or list(), never appended to and
# never escaping, infer.ts stableLen): the length and the items buffer never change, so their loads are load_fixed_i32,
# which GVN merges and LICM hoists out of loops. Otherwise as rt_list_geti / rt_list_seti.

def rt_list_getx(l: obj, k: obj) -> obj:
    """l[k] for a list of fixed length and an int k."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            return load_obj(load_fixed_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS)
    return rt_list_get_slow(l, k)


def rt_list_setx(l: obj, k: obj, v: obj) -> None:
    """l[k] = v for a list of fixed length and an int k."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            store_obj(load_fixed_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_set_slow(l, k, v)


def rt_list_getu(l: obj, k: obj) -> obj:
    """l[k] for a list of fixed length and a small int k proven within it (src/passes/items.ts).
    k's word is 2 * k, so the byte offset 8 * k is 4 * wrap(word): no untagging shift."""
    return load_obj(load_fixed_i32(word_ptr(l), LIST_BUF) + 4 * i64_to_i32(word_bits(k)), LIST_BUF_ITEMS)


def rt_list_setu(l: obj, k: obj, v: obj) -> None:
    """l[k] = v for a list of fixed length and a small int k proven within it (src/passes/items.ts);
    the offset as rt_list_getu's."""
    store_obj(load_fixed_i32(word_ptr(l), LIST_BUF) + 4 * i64_to_i32(word_bits(k)), LIST_BUF_ITEMS, v)


def rt_list_len(l: obj) -> i32:
    return load_i32(word_ptr(l), LIST_LEN)


def rt_list_new_try(n: i32) -> obj:
    """rt_list_new for a size the program chose (concatenation, repetition): NULL_WORD with
    MemoryError pending when the memory cannot be had."""
    p: i32 = rt_alloc(LIST_SIZE, TYPE_LIST)
    if n > 0:
        if not rt_list_reserve(p, n):
            return NULL_WORD
    store_i32(p, LIST_LEN, n)
    return ptr_word(p)


def rt_list_from_items(src: i32, n: i32) -> obj:
    """A new list holding the n words at address src."""
    l: obj = rt_list_new(n)
    if n > 0:
        mem_copy(rt_list_items(word_ptr(l)), src, 8 * n)
    return l


def rt_list_append(l: obj, v: obj) -> None:
    """l.append(v): with room, the store in place (no call); growth in rt_list_append_grow."""
    p: i32 = word_ptr(l)
    n: i32 = load_i32(p, LIST_LEN)
    if n < load_i32(p, LIST_CAP):
        store_obj(load_i32(p, LIST_BUF) + LIST_BUF_ITEMS + 8 * n, 0, v)
        store_i32(p, LIST_LEN, n + 1)
        return
    rt_list_append_grow(l, v)


def rt_list_append_grow(l: obj, v: obj) -> None:
    """rt_list_append on a full list (or `[]`'s first append)."""
    p: i32 = word_ptr(l)
    n: i32 = load_i32(p, LIST_LEN)
    want: i32 = n + 1
    if n == 0 and load_i32(p, LIST_CAP) == 0:
        want = 4  # the first append of `[]` makes room for 4 items (as CPython), not 1 then 8
    if not rt_list_reserve(p, want):
        return
    store_obj(rt_list_items(p) + 8 * n, 0, v)
    store_i32(p, LIST_LEN, n + 1)


def rt_list_extend_items(l: obj, src: i32, n: i32) -> None:
    """Appends the n words at src (which may be this list's own items)."""
    p: i32 = word_ptr(l)
    m: i32 = load_i32(p, LIST_LEN)
    if not rt_list_reserve(p, m + n):
        return
    if n > 0:
        mem_copy(rt_list_items(p) + 8 * m, src, 8 * n)
    store_i32(p, LIST_LEN, m + n)


def rt_list_is(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_LIST


# ---- methods ---------------------------------------------------------------------------------

def rt_no_attr(x: obj, name: obj) -> obj:
    """AttributeError: 'tuple' object has no attribute 'append'."""
    m: obj = rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object has no attribute '")
    rt_raise("AttributeError", rt_str_concat(rt_str_concat(m, name), "'"))
    return 1


def rt_m_arity(x: obj, name: obj, rest: obj, with_owner: i32) -> None:
    """A method called with the wrong number of arguments: AttributeError when x has no such
    method, else TypeError ('tuple.count() takes exactly one argument (0 given)')."""
    t: i32 = rt_type_id(x)
    if not (t == TYPE_LIST or (t == TYPE_TUPLE and (rt_str_eq(name, "count") or rt_str_eq(name, "index")))):
        rt_no_attr(x, name)
        return
    if with_owner:
        rest = rt_str_concat(rt_str_concat(rt_type_name(x), "."), rest)
    rt_raise("TypeError", rest)


def rt_m_append(l: obj, v: obj) -> obj:
    if rt_type_id(l) == 21:
        return rt_bm_append(l, v)
    if not rt_list_is(l):
        return rt_no_attr(l, "append")
    rt_list_append(l, v)
    return None


def rt_m_extend(l: obj, it: obj) -> obj:
    if rt_type_id(l) == 21:
        return rt_bm_extend(l, it)
    if not rt_list_is(l):
        return rt_no_attr(l, "extend")
    t: i32 = rt_type_id(it)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        rt_list_extend_items(l, rt_seq_items(it), rt_seq_len(it))
        return None
    i: obj = rt_iter(it)
    if exc_get() is not 0:
        return 1
    while True:
        v: obj = rt_next(i)
        if v is NULL_WORD:
            break
        rt_list_append(l, v)
    if exc_get() is not 0:
        return 1
    return None


def rt_m_pop(l: obj, idx: obj) -> obj:
    """list.pop() (idx NULL_WORD) or list.pop(idx)."""
    if not rt_list_is(l):
        return rt_no_attr(l, "pop")
    p: i32 = word_ptr(l)
    n: i32 = load_i32(p, LIST_LEN)
    if n == 0:
        rt_raise("IndexError", "pop from empty list")
        return 1
    i: i32 = n - 1
    if idx is not NULL_WORD:
        k: i64 = 0
        if is_small(idx):
            k = untag_int(idx)
        else:
            if not rt_int_arg(idx):
                return 1
            if rt_index_overflows(idx):
                rt_raise("OverflowError", "Python int too large to convert to C ssize_t")
                return 1
            k = rt_index_value(idx)
        if k < 0:
            k = k + i32_to_i64(n)
        if k < 0 or k >= i32_to_i64(n):
            rt_raise("IndexError", "pop index out of range")
            return 1
        i = i64_to_i32(k)
    buf: i32 = load_i32(p, LIST_BUF)
    items: i32 = buf + LIST_BUF_ITEMS
    v: obj = load_obj(items + 8 * i, 0)
    if i == 0 and n > 16 and load_i32(buf, 0) == TYPE_LIST_ITEMS:
        rt_list_drop_front(p, buf)
        return v
    rt_words_move(items + 8 * i, items + 8 * i + 8, n - 1 - i)
    store_i32(p, LIST_LEN, n - 1)
    return v


def rt_list_drop_front(p: i32, buf: i32) -> None:
    """Drops item 0 of the list at p (buffer buf) without moving the others: the buffer is
    viewed from item 1 on. Item 0's word becomes the view's header (the type id, then the
    allocation's start | GC_VIEW, which the collector marks: gc.py), so the items that follow
    are where a buffer's items are and no other code tells the difference. pop(0) of a long
    list is O(1) (CPython moves the rest); the dropped words stay allocated until the buffer
    is replaced (growth) or freed."""
    base: i32 = buf
    g: i32 = load_i32(buf, 4)
    if g & GC_VIEW:
        base = g & -8
    nb: i32 = buf + 8
    store_i32(nb, 0, load_i32(buf, 0))
    store_i32(nb, 4, base | GC_VIEW)
    store_i32(p, LIST_BUF, nb)
    store_i32(p, LIST_CAP, load_i32(p, LIST_CAP) - 1)
    store_i32(p, LIST_LEN, load_i32(p, LIST_LEN) - 1)


def rt_words_move(dst: i32, src: i32, n: i32) -> None:
    """Moves n 8-byte words from src to dst (overlapping either way). A few words move by a
    loop: V8 runs memory.copy as a call out of wasm."""
    if n > 16:
        mem_copy(dst, src, 8 * n)
        return
    if dst < src:
        k: i32 = 0
        while k < n:
            store_i64(dst + 8 * k, 0, load_i64(src + 8 * k, 0))
            k = k + 1
    else:
        while n > 0:
            n = n - 1
            store_i64(dst + 8 * n, 0, load_i64(src + 8 * n, 0))


def rt_list_remove(l: obj, v: obj) -> obj:
    """list.remove(v): the first item that is v or equals it goes; ValueError if none."""
    i: i32 = 0
    while i < rt_list_len(l):
        x: obj = load_obj(rt_list_items(word_ptr(l)) + 8 * i, 0)
        if x is v or rt_equal(x, v):
            p: i32 = word_ptr(l)
            n: i32 = load_i32(p, LIST_LEN)
            if i < n:  # __eq__ may have shortened the list
                items: i32 = rt_list_items(p)
                rt_words_move(items + 8 * i, items + 8 * i + 8, n - 1 - i)
                store_i32(p, LIST_LEN, n - 1)
            return None
        if exc_get() is not 0:
            return 1
        i = i + 1
    rt_raise("ValueError", "list.remove(x): x not in list")
    return 1


def rt_m_insert(l: obj, idx: obj, v: obj) -> obj:
    if not rt_list_is(l):
        return rt_no_attr(l, "insert")
    if not rt_int_arg(idx):
        return 1
    p: i32 = word_ptr(l)
    n: i32 = load_i32(p, LIST_LEN)
    k: i64 = rt_index_value(idx)
    if k < 0:
        k = k + i32_to_i64(n)
        if k < 0:
            k = 0
    if k > i32_to_i64(n):
        k = i32_to_i64(n)
    i: i32 = i64_to_i32(k)
    if not rt_list_reserve(p, n + 1):
        return 1
    items: i32 = rt_list_items(p)
    rt_words_move(items + 8 * i + 8, items + 8 * i, n - i)
    store_obj(items + 8 * i, 0, v)
    store_i32(p, LIST_LEN, n + 1)
    return None


def rt_m_reverse(l: obj) -> obj:
    if not rt_list_is(l):
        return rt_no_attr(l, "reverse")
    p: i32 = word_ptr(l)
    items: i32 = rt_list_items(p)
    i: i32 = 0
    j: i32 = load_i32(p, LIST_LEN) - 1
    while i < j:
        a: obj = load_obj(items + 8 * i, 0)
        store_obj(items + 8 * i, 0, load_obj(items + 8 * j, 0))
        store_obj(items + 8 * j, 0, a)
        i = i + 1
        j = j - 1
    return None


def rt_m_clear(l: obj) -> obj:
    if not rt_list_is(l):
        return rt_no_attr(l, "clear")
    store_i32(word_ptr(l), LIST_LEN, 0)
    return None


def rt_m_copy(l: obj) -> obj:
    if not rt_list_is(l):
        return rt_no_attr(l, "copy")
    return rt_list_from_items(rt_list_items(word_ptr(l)), rt_list_len(l))


def rt_m_count(s: obj, v: obj) -> obj:
    t: i32 = rt_type_id(s)
    if t == TYPE_RANGE:
        return rt_range_count(s, v)
    if t != TYPE_LIST and t != TYPE_TUPLE:
        return rt_no_attr(s, "count")
    n: i32 = 0
    i: i32 = 0
    while i < rt_seq_len(s):
        x: obj = load_obj(rt_seq_items(s) + 8 * i, 0)
        if x is v or rt_equal(x, v):
            n = n + 1
        if exc_get() is not 0:
            return 1
        i = i + 1
    return tag_int(i32_to_i64(n))


def rt_m_index(s: obj, v: obj, start: obj, stop: obj) -> obj:
    """list.index(v[, start[, stop]]) and tuple.index (NULL_WORD for absent bounds)."""
    t: i32 = rt_type_id(s)
    if t == TYPE_RANGE:
        return rt_range_index(s, v, start, stop)
    if t != TYPE_LIST and t != TYPE_TUPLE:
        return rt_no_attr(s, "index")
    n: i32 = rt_seq_len(s)
    lo: i32 = 0
    hi: i32 = n
    if start is not NULL_WORD:
        lo = rt_clamp_index(start, n)
        if exc_get() is not 0:
            return 1
    if stop is not NULL_WORD:
        hi = rt_clamp_index(stop, n)
        if exc_get() is not 0:
            return 1
    i: i32 = lo
    while i < hi and i < rt_seq_len(s):
        x: obj = load_obj(rt_seq_items(s) + 8 * i, 0)
        if x is v or rt_equal(x, v):
            return tag_int(i32_to_i64(i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    if t == TYPE_LIST:
        rt_raise("ValueError", rt_str_concat(rt_repr(v), " is not in list"))
    else:
        rt_raise("ValueError", "tuple.index(x): x not in tuple")
    return 1


def rt_clamp_index(x: obj, n: i32) -> i32:
    """A start/stop argument of index(): negative counts from the end; clamped to [0, n]."""
    if not rt_num_kind(x) == 1:
        rt_raise("TypeError", "slice indices must be integers or have an __index__ method")
        return 0
    k: i64 = rt_index_value(x)
    if k < 0:
        k = k + i32_to_i64(n)
        if k < 0:
            k = 0
    if k > i32_to_i64(n):
        k = i32_to_i64(n)
    return i64_to_i32(k)


# ---- item and slice assignment -------------------------------------------------------------

def rt_list_setslice(l: obj, lo: obj, hi: obj, step: obj, v: obj) -> None:
    """l[lo:hi:step] = v (NULL_WORD for absent bounds)."""
    n: i32 = rt_list_len(l)
    cell: i32 = rt_slice_indices(lo, hi, step, n)
    if exc_get() is not 0:
        return
    start: i32 = load_i32(cell, 0)
    stop: i32 = load_i32(cell, 4)
    st: i32 = load_i32(cell, 8)
    count: i32 = load_i32(cell, 12)
    # The new items, as a tuple or list snapshot (v may be l itself).
    src: obj = v
    t: i32 = rt_type_id(v)
    if t == TYPE_LIST:
        src = rt_list_from_items(rt_seq_items(v), rt_seq_len(v))
    elif t != TYPE_TUPLE:
        if rt_is_iterable(v) == 0:
            rt_raise("TypeError", "must assign iterable to extended slice")
            if st == 1:
                exc_set(0)
                rt_raise("TypeError", "can only assign an iterable")
            return
        src = rt_list_call(v)
        if exc_get() is not 0:
            return
    m: i32 = rt_seq_len(src)
    sitems: i32 = rt_seq_items(src)
    p: i32 = word_ptr(l)
    if st == 1:
        if stop < start:
            stop = start
        old: i32 = stop - start
        newn: i32 = n - old + m
        if not rt_list_reserve(p, newn):
            return
        items: i32 = rt_list_items(p)
        mem_copy(items + 8 * (start + m), items + 8 * stop, 8 * (n - stop))
        mem_copy(items + 8 * start, sitems, 8 * m)
        store_i32(p, LIST_LEN, newn)
        return
    if m != count:
        msg: obj = rt_str_concat("attempt to assign sequence of size ", rt_i64_to_str(i32_to_i64(m)))
        msg = rt_str_concat(msg, " to extended slice of size ")
        rt_raise("ValueError", rt_str_concat(msg, rt_i64_to_str(i32_to_i64(count))))
        return
    items2: i32 = rt_list_items(p)
    i: i32 = 0
    while i < count:
        store_obj(items2 + 8 * (start + i * st), 0, load_obj(sitems + 8 * i, 0))
        i = i + 1


def rt_list_delslice(l: obj, lo: obj, hi: obj, step: obj) -> None:
    """del l[lo:hi:step]."""
    n: i32 = rt_list_len(l)
    cell: i32 = rt_slice_indices(lo, hi, step, n)
    if exc_get() is not 0:
        return
    start: i32 = load_i32(cell, 0)
    st: i32 = load_i32(cell, 8)
    count: i32 = load_i32(cell, 12)
    if count <= 0:
        return
    p: i32 = word_ptr(l)
    items: i32 = rt_list_items(p)
    if st < 0:
        start = start + (count - 1) * st
        st = 0 - st
    # Keep every item whose index is not start + k * st (k < count), in order.
    j: i32 = start
    i: i32 = start
    k: i32 = 0
    while i < n:
        if k < count and i == start + k * st:
            k = k + 1
        else:
            store_obj(items + 8 * j, 0, load_obj(items + 8 * i, 0))
            j = j + 1
        i = i + 1
    store_i32(p, LIST_LEN, j)


# ---- sorting ---------------------------------------------------------------------------------

def rt_m_sort(l: obj, reverse: obj) -> obj:
    """list.sort(reverse=...): a stable merge sort comparing with < only, as CPython's sort
    does (reverse: reversed before and after, which keeps equal items in order)."""
    if not rt_list_is(l):
        return rt_no_attr(l, "sort")
    rev: i32 = 0
    if reverse is not NULL_WORD:
        rev = rt_truth(reverse)
        if exc_get() is not 0:
            return 1
    n: i32 = rt_list_len(l)
    if n < 2:
        return None
    if rev:
        rt_m_reverse(l)
    items: i32 = rt_list_items(word_ptr(l))
    kind: i32 = rt_sort_kind(items, n, 8)
    if kind == 1 or kind == 2:
        sorted_: i32 = rt_sort_raw(items, 8, 0, n, kind, 0)
        if sorted_ != 0:
            i: i32 = 0
            while i < n:
                store_obj(items + 8 * i, 0, load_obj(sorted_ + 16 * i, 8))
                i = i + 1
            if rev:
                rt_m_reverse(l)
            return None
    tmp: i32 = rt_alloc(8 + 8 * n, TYPE_LIST_ITEMS) + 8
    rt_gc_pin(tmp - 8)  # only this raw address refers to it while comparisons run user code
    width: i32 = 1
    while width < n:
        lo: i32 = 0
        while lo < n - width:
            mid: i32 = lo + width
            hi: i32 = mid + width
            if hi > n:
                hi = n
            if kind != 0 and not rt_sort_less(load_obj(items + 8 * mid, 0), load_obj(items + 8 * (mid - 1), 0), kind):
                lo = hi  # the runs are in order already (keys of built-in types: no comparison is seen)
                continue
            if not rt_merge(items, tmp, lo, mid, hi, kind):
                rt_gc_unpin(tmp - 8)
                if rev:
                    rt_m_reverse(l)
                return 1
            lo = hi
        width = width * 2
    rt_gc_unpin(tmp - 8)
    if rev:
        rt_m_reverse(l)
    return None


def rt_sort_raw(src: i32, stride: i32, voff: i32, n: i32, kind: i32, rev: i32) -> i32:
    """Sorts n keys of kind 1 (small ints) or 2 (floats) at src, src + stride, ... (taken from
    the last when rev, so that the caller, writing the result from its end, gets the stable sort
    of the reversed input reversed, as list.sort(reverse=True) is) with their values (the words
    voff past each key): the address of n sorted 16-byte entries (raw key, value), or 0 when a
    float key is a NaN (no consistent order: the caller's generic merge, which compares as before).

    A key is an i64 whose signed order is the keys' (a small int's word; a float's bits with the
    negative ones' magnitude bits flipped and -0.0 as 0.0, so equal floats have equal keys). The
    entries are merged back and forth between two buffers the collector never scans (no user code
    runs, so nothing can collect; the values stay referenced where they came from), a comparison
    follows no pointer and picks its entry without a branch (rt_sort_raw_merge)."""
    a: i32 = rt_alloc(8 + 16 * n, TYPE_LIST_F64_ITEMS) + 8
    i: i32 = 0
    while i < n:
        q: i32 = src + stride * i
        if rev:
            q = src + stride * (n - 1 - i)
        x: obj = load_obj(q, 0)
        key: i64 = load_i64(q, 0)
        if kind == 2:
            f: f64 = unbox_float(x)
            if f != f:
                return 0
            key = f64_bits(f)
            if f == 0.0:
                key = 0
            elif key < 0:
                key = key ^ 9223372036854775807
        store_i64(a + 16 * i, 0, key)
        store_obj(a + 16 * i, 8, load_obj(q + voff, 0))
        i = i + 1
    b: i32 = rt_alloc(8 + 16 * n, TYPE_LIST_F64_ITEMS) + 8
    width: i32 = 1
    while width < n:
        lo: i32 = 0
        while lo < n:
            mid: i32 = lo + width
            if mid > n:
                mid = n
            hi: i32 = mid + width
            if hi > n:
                hi = n
            rt_sort_raw_merge(a + 16 * lo, a + 16 * mid, a + 16 * hi, b + 16 * lo)
            lo = hi
        t: i32 = a
        a = b
        b = t
        width = width * 2
    return a


def rt_sort_raw_merge(pa: i32, ea: i32, eb: i32, o: i32) -> None:
    """Merges the runs of 16-byte entries [pa, ea) and [ea, eb) by their i64 keys into o (an
    entry of the second run goes first only when its key is less: stable)."""
    pb: i32 = ea
    if pb < eb and pa < ea and load_i64(pb, 0) >= load_i64(ea - 16, 0):
        rt_sort_raw_copy(o, pa, eb)  # the runs are in order already: one copy
        return
    while pa < ea and pb < eb:
        m: i32 = 0 - (load_i64(pb, 0) < load_i64(pa, 0))  # all ones when b's entry goes first
        q: i32 = pa + ((pb - pa) & m)
        store_i64(o, 0, load_i64(q, 0))
        store_i64(o, 8, load_i64(q, 8))
        o = o + 16
        pb = pb + (16 & m)
        pa = pa + 16 - (16 & m)
    if pa < ea:
        rt_sort_raw_copy(o, pa, ea)
        o = o + (ea - pa)
    if pb < eb:
        rt_sort_raw_copy(o, pb, eb)


def rt_sort_raw_copy(o: i32, p: i32, e: i32) -> None:
    """Copies the entries [p, e) to o (short runs word by word: memory.copy is a call in V8)."""
    if e - p > 256:
        mem_copy(o, p, e - p)
        return
    while p < e:
        store_i64(o, 0, load_i64(p, 0))
        store_i64(o, 8, load_i64(p, 8))
        o = o + 16
        p = p + 16


def rt_sort_kind1(x: obj) -> i32:
    if is_small(x):
        return 1
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_FLOAT:
        return 2
    if t == TYPE_STR:
        return 3
    return 0


def rt_sort_kind(p: i32, n: i32, stride: i32) -> i32:
    """What the n keys at p, p + stride, ... all are, as CPython's sort checks before it sorts:
    1 small ints, 2 floats, 3 strs; 0 for anything else or a mix (compared by rt_order)."""
    if n == 0:
        return 0
    k: i32 = rt_sort_kind1(load_obj(p, 0))
    i: i32 = 1
    while k != 0 and i < n:
        if rt_sort_kind1(load_obj(p + stride * i, 0)) != k:
            return 0
        i = i + 1
    return k


def rt_sort_less(b: obj, a: obj, kind: i32) -> i32:
    """b < a for keys of the given kind (rt_sort_kind): 1 or 0; 2 when the comparison raised."""
    if kind == 1:
        return untag_int(b) < untag_int(a)
    if kind == 2:
        return unbox_float(b) < unbox_float(a)
    if kind == 3:
        return rt_str_compare(b, a) == -1
    c: i32 = rt_order(b, a, "<")
    if exc_get() is not 0:
        return 2
    return c == -1


def rt_merge(items: i32, tmp: i32, lo: i32, mid: i32, hi: i32, kind: i32) -> i32:
    """Merges the sorted runs [lo, mid) and [mid, hi) of items (0 when a comparison raised)."""
    i: i32 = lo
    j: i32 = mid
    k: i32 = lo
    while i < mid and j < hi:
        a: obj = load_obj(items + 8 * i, 0)
        b: obj = load_obj(items + 8 * j, 0)
        c: i32 = 0
        if kind == 1:
            c = untag_int(b) < untag_int(a)
        elif kind == 2:
            c = unbox_float(b) < unbox_float(a)
        else:
            c = rt_sort_less(b, a, kind)
            if c == 2:
                return 0
        if c == 1:
            store_obj(tmp + 8 * k, 0, b)
            j = j + 1
        else:
            store_obj(tmp + 8 * k, 0, a)
            i = i + 1
        k = k + 1
    while i < mid:
        store_obj(tmp + 8 * k, 0, load_obj(items + 8 * i, 0))
        i = i + 1
        k = k + 1
    while j < hi:
        store_obj(tmp + 8 * k, 0, load_obj(items + 8 * j, 0))
        j = j + 1
        k = k + 1
    mem_copy(items + 8 * lo, tmp + 8 * lo, 8 * (hi - lo))
    return 1


def rt_sorted(x: obj, reverse: obj) -> obj:
    """sorted(x, reverse=...)."""
    l: obj = rt_list_call(x)
    if exc_get() is not 0:
        return 1
    r: obj = rt_m_sort(l, reverse)
    if exc_get() is not 0:
        return 1
    return l


# ---- float lists (-O2): items kept as raw f64 (src/passes/floatlists.ts) ----------------------
# Only lists whose every use the compiler knows get an items buffer of type TYPE_LIST_F64_ITEMS;
# the generic paths they can reach (rt_seq_item, rt_list_set) box and unbox at that buffer.

def rt_list_is_f64(p: i32) -> i32:
    """Does the list at p keep raw f64 items?"""
    buf: i32 = load_i32(p, LIST_BUF)
    if buf == 0:
        return 0
    return load_i32(buf, 0) == TYPE_LIST_F64_ITEMS


def rt_list_new_f64(n: i32) -> obj:
    """A float list of n items (the caller fills every item with rt_list_set_f64)."""
    l: obj = rt_list_new(n)
    p: i32 = word_ptr(l)
    if n > 0:
        store_i32(load_i32(p, LIST_BUF), 0, TYPE_LIST_F64_ITEMS)
    return l


def rt_list_set_f64(l: obj, i: i32, v: f64) -> None:
    store_f64(rt_list_items(word_ptr(l)) + 8 * i, 0, v)


def rt_list_to_f64(l: obj) -> None:
    """Turns the float objects of a new list (a repeat's result) into raw f64 items, in place."""
    p: i32 = word_ptr(l)
    buf: i32 = load_i32(p, LIST_BUF)
    if buf == 0:
        return
    a: i32 = buf + LIST_BUF_ITEMS
    end: i32 = a + 8 * load_i32(p, LIST_LEN)
    while a < end:
        store_f64(a, 0, unbox_float(load_obj(a, 0)))
        a = a + 8
    store_i32(buf, 0, TYPE_LIST_F64_ITEMS)


def rt_list_getf(l: obj, k: obj) -> f64:
    """l[k] of a float list as an f64 (as rt_list_geti; the rest goes to rt_getitem)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            return load_f64(load_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS)
    return unbox_float(rt_list_get_slow(l, k))


def rt_list_setf(l: obj, k: obj, v: f64) -> None:
    """l[k] = v for a float list (as rt_list_seti; the rest goes to rt_setitem)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, LIST_LEN))):
            store_f64(load_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_setf_slow(l, k, v)


def rt_list_getfx(l: obj, k: obj) -> f64:
    """rt_list_getf for a float list of fixed length (see rt_list_getx)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            return load_f64(load_fixed_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS)
    return unbox_float(rt_list_get_slow(l, k))


def rt_list_setfx(l: obj, k: obj, v: f64) -> None:
    """rt_list_setf for a float list of fixed length (see rt_list_getx)."""
    if is_small(k):
        p: i32 = word_ptr(l)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, LIST_LEN))):
            store_f64(load_fixed_i32(p, LIST_BUF) + 8 * i64_to_i32(i), LIST_BUF_ITEMS, v)
            return
    rt_list_setf_slow(l, k, v)


def rt_list_setf_slow(l: obj, k: obj, v: f64) -> None:
    """rt_list_setf's other cases, out of line so that the fast path stays small enough to inline."""
    rt_list_set_slow(l, k, rt_box_float(v))


# ---- in-place operators ------------------------------------------------------------------------

def rt_iadd(a: obj, b: obj) -> obj:
    """a += b: a list (or bytearray) is extended in place and is the result; anything else
    gets a + b (instances with __iadd__ go through rt_inplace, classes.ts)."""
    if is_small(a) & is_small(b):
        return rt_add(a, b)
    if rt_list_is(a):
        rt_m_extend(a, b)
        return a
    if rt_type_id(a) == 21:
        return rt_bytearray_set(a, rt_add_slow(a, b))
    if rt_inst2(a, b):
        return rt_inplace(a, b, 0)  # a subclass of a built-in type (subclass.py), __add__
    t: i32 = rt_type_id(a)
    if rt_num_kind2(a, b) == 0 and t != TYPE_STR and t != TYPE_TUPLE and not rt_is_bytes_like(a):
        return rt_binop_error(a, b, "+=")  # what `+` accepts fails with its own messages
    return rt_add_slow(a, b)


def rt_iadd_int(a: obj, b: obj) -> obj:
    """a += b where inference proved b an int or bool and knows nothing of a (wordcount's
    `buckets[v] += 1` of a dict's value): two small ints add in line (small: inlined), anything
    else is rt_iadd's."""
    if is_small(a) & is_small(b):
        r: i64 = untag_int(a) + untag_int(b)
        if untag_int(tag_int(r)) == r:
            return tag_int(r)
    return rt_iadd(a, b)


def rt_imul(a: obj, b: obj) -> obj:
    """a *= n: a list (or bytearray) repeats in place and is the result; else a * n."""
    if is_small(a) & is_small(b):
        return rt_mul(a, b)
    if rt_list_is(a):
        r: obj = rt_seq_mul(a, b)
        if exc_get() is not 0:
            return r
        store_i32(word_ptr(a), LIST_LEN, 0)
        rt_list_extend_items(a, rt_seq_items(r), rt_seq_len(r))
        return a
    if rt_type_id(a) == 21:
        return rt_bytearray_set(a, rt_seq_mul(a, b))
    if rt_inst2(a, b):
        return rt_inplace(a, b, 2)
    if rt_num_kind2(a, b) == 0 and not rt_is_seq_operand(a) and not rt_is_seq_operand(b):
        return rt_binop_error(a, b, "*=")
    return rt_mul_slow(a, b)


def rt_is_seq_operand(x: obj) -> i32:
    """A str, tuple, list, bytes or bytearray: the operands `*` repeats."""
    t: i32 = rt_type_id(x)
    return t == TYPE_STR or t == TYPE_TUPLE or t == TYPE_LIST or t == 20 or t == 21


def rt_bytearray_set(a: obj, r: obj) -> obj:
    """Bytearray a takes the bytes of r (a new bytearray) and is the result (r when it failed)."""
    if exc_get() is not 0:
        return r
    store_i32(word_ptr(a), 8, 0)  # BYTEARRAY_LEN
    rt_bm_extend(a, r)
    return a
