# Generic sequence operations that -O0 code reaches through the lowering (containers.ts) and the
# generic ops (ops.py): indices and slices, subscripts (load, store, del) of lists, tuples, strs
# and ranges, range objects, iteration (rt_iter/rt_next), unpacking, membership, equality and
# ordering of sequences, and + and * on sequences.
from __keel__ import (
    TYPE_CLASS,
    i32, i64, f64, obj,
    load_i32, store_i32, load_i64, store_i64, load_u8, load_obj, store_obj, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, exc_get, exc_set, box_bool, i64_to_i32, i32_to_i64, f64_abs, i64_div_s,
    NULL_WORD, SCRATCH, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_TUPLE,
    TYPE_LIST, TYPE_RANGE, TYPE_SEQ_ITER, TUPLE_LEN, TUPLE_ITEMS, LIST_LEN, RANGE_START,
    RANGE_STOP, RANGE_STEP, RANGE_LEN, RANGE_SIZE, ITER_SEQ, ITER_INDEX, ITER_SIZE, STR_LEN,
    TRUE_ADDR, SMALL_MAX, RT_REPR_LIST, TYPE_FILE, TYPE_INSTANCE, EXC_I_INDEX_ERROR, SEL_ITER, TYPE_DICT, TYPE_SET_TABLE, INT_SIZE, INT_DIGITS,
    SEL_GETITEM, SEL_SETITEM, SEL_DELITEM, SLICE_START, SLICE_STOP, SLICE_STEP, TYPE_SLICE,
    LIST_BUF, LIST_BUF_ITEMS, TYPE_LIST_ITEMS,
)


# ---- indices -----------------------------------------------------------------------------------

def rt_index_value(x: obj) -> i64:
    """An int or bool as an i64 (big ints clamped to +-2**62, past any length)."""
    if is_small(x):
        return untag_int(x)
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_BOOL:
        return i32_to_i64(word_ptr(x) == TRUE_ADDR)
    if rt_int_is_neg(x):
        return 0 - SMALL_MAX
    return SMALL_MAX


def rt_index_overflows(x: obj) -> i32:
    """x (an int or a bool) does not fit in a C ssize_t: CPython's "cannot fit 'int' into an
    index-sized integer" (for either sign; a magnitude of more than 63 bits)."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    if load_i32(p, 0) != TYPE_INT:
        return 0
    n: i32 = load_i32(p, INT_SIZE)
    if n < 0:
        n = 0 - n
    return rt_int_bit_length_mag(p + INT_DIGITS, n) > 63


def rt_index_error_type(x: obj, k: obj) -> None:
    """TypeError: list indices must be integers or slices, not str."""
    t: i32 = rt_type_id(x)
    if t == TYPE_STR:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("string indices must be integers, not '", rt_type_name(k)), "'"))
        return
    m: obj = rt_str_concat(rt_type_name(x), " indices must be integers or slices, not ")
    rt_raise("TypeError", rt_str_concat(m, rt_type_name(k)))


def rt_seq_index(x: obj, k: obj, n: i32, what: obj) -> i32:
    """The item index for x[k] with len(x) == n; -1 with IndexError ('<what> index out of
    range') or TypeError set."""
    if rt_num_kind(k) != 1:
        j: obj = rt_inst_index(k)
        if j is NULL_WORD:
            if exc_get() is 0:
                rt_index_error_type(x, k)
            return -1
        k = j
    if not is_small(k) and rt_type_id(k) == TYPE_INT:
        rt_raise("IndexError", "cannot fit 'int' into an index-sized integer")
        return -1
    i: i64 = rt_index_value(k)
    if i < 0:
        i = i + i32_to_i64(n)
    if i < 0 or i >= i32_to_i64(n):
        rt_raise("IndexError", rt_str_concat(what, " index out of range"))
        return -1
    return i64_to_i32(i)


def rt_slice_bound(x: obj, dflt: i64) -> i64:
    if x is NULL_WORD or x is None:
        return dflt
    if rt_num_kind(x) != 1:
        rt_raise("TypeError", "slice indices must be integers or None or have an __index__ method")
        return 0
    return rt_index_value(x)


def rt_slice_indices(lo: obj, hi: obj, step: obj, n: i32) -> i32:
    """CPython's PySlice_Unpack + PySlice_AdjustIndices for a sequence of length n: writes
    start, stop, step, count (i32 each) at SCRATCH and returns that address (the step clamped
    to +-(n + 1), which keeps every product in i32 and changes no index)."""
    rt_slice_indices64(lo, hi, step, i32_to_i64(n))
    start: i64 = load_i64(SCRATCH, 0)
    stop: i64 = load_i64(SCRATCH, 8)
    st: i64 = load_i64(SCRATCH, 16)
    count: i64 = load_i64(SCRATCH, 24)
    length: i64 = i32_to_i64(n)
    if st > length + 1:
        st = length + 1
    if st < 0 - length - 1:
        st = 0 - length - 1
    store_i32(SCRATCH, 0, i64_to_i32(start))
    store_i32(SCRATCH, 4, i64_to_i32(stop))
    store_i32(SCRATCH, 8, i64_to_i32(st))
    store_i32(SCRATCH, 12, i64_to_i32(count))
    return SCRATCH


def rt_slice_indices64(lo: obj, hi: obj, step: obj, length: i64) -> None:
    """The same for a length of up to 62 bits (range objects): start, stop, step (unclamped),
    count as i64 at SCRATCH, SCRATCH+8, +16, +24; zeros with an exception set."""
    store_i64(SCRATCH, 0, 0)
    store_i64(SCRATCH, 8, 0)
    store_i64(SCRATCH, 16, 1)
    store_i64(SCRATCH, 24, 0)
    st: i64 = rt_slice_bound(step, 1)
    if exc_get() is not 0:
        return
    if st == 0:
        rt_raise("ValueError", "slice step cannot be zero")
        return
    big: i64 = SMALL_MAX
    start: i64 = 0
    stop: i64 = big
    if st < 0:
        start = big
        stop = 0 - big
    start = rt_slice_bound(lo, start)
    if exc_get() is not 0:
        return
    stop = rt_slice_bound(hi, stop)
    if exc_get() is not 0:
        return
    if start < 0:
        start = start + length
        if start < 0:
            start = 0
            if st < 0:
                start = -1
    elif start >= length:
        start = length
        if st < 0:
            start = length - 1
    if stop < 0:
        stop = stop + length
        if stop < 0:
            stop = 0
            if st < 0:
                stop = -1
    elif stop >= length:
        stop = length
        if st < 0:
            stop = length - 1
    count: i64 = 0
    if st < 0:
        if stop < start:
            count = i64_div_s(start - stop - 1, 0 - st) + 1
    elif start < stop:
        count = i64_div_s(stop - start - 1, st) + 1
    store_i64(SCRATCH, 0, start)
    store_i64(SCRATCH, 8, stop)
    store_i64(SCRATCH, 16, st)
    store_i64(SCRATCH, 24, count)


# ---- subscripts ----------------------------------------------------------------------------------

def rt_not_subscriptable(x: obj) -> obj:
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not subscriptable"))
    return 1


def rt_getitem(x: obj, k: obj) -> obj:
    """x[k]."""
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        return rt_dict_getitem(x, k)
    if is_small(k) and t == TYPE_TUPLE:
        # t[i] of a tuple with a small int in range, in line (json_build's v[0], v[1])
        n: i32 = load_i32(word_ptr(x), TUPLE_LEN)
        ki: i64 = untag_int(k)
        if ki < 0:
            ki = ki + i32_to_i64(n)
        if ki >= 0 and ki < i32_to_i64(n):
            return load_obj(word_ptr(x) + TUPLE_ITEMS + 8 * i64_to_i32(ki), 0)
    if not is_small(k) and t != TYPE_INSTANCE and rt_is_slice(k):  # (an int key skips the test)
        return rt_getslice(x, rt_slice_part(k, SLICE_START), rt_slice_part(k, SLICE_STOP), rt_slice_part(k, SLICE_STEP))
    if t == TYPE_LIST:
        i: i32 = rt_seq_index(x, k, rt_seq_len(x), "list")
        if i < 0:
            return 1
        return rt_seq_item(x, i)
    if t == TYPE_TUPLE:
        j: i32 = rt_seq_index(x, k, rt_seq_len(x), "tuple")
        if j < 0:
            return 1
        return rt_seq_item(x, j)
    if t == TYPE_STR:
        if is_small(k):
            ks: i64 = untag_int(k)
            if ks >= 0 and ks < i32_to_i64(rt_str_len(x)):
                ps: i32 = word_ptr(x)
                return rt_str_from_char(rt_str_char(ps, rt_str_kind(ps), i64_to_i32(ks)))
        m: i32 = rt_seq_index(x, k, rt_str_len(x), "string")
        if m < 0:
            return 1
        p: i32 = word_ptr(x)
        return rt_str_from_char(rt_str_char(p, rt_str_kind(p), m))
    if t == TYPE_RANGE:
        return rt_range_getitem(x, k)
    if t == TYPE_INSTANCE:
        return rt_inst_getitem(x, k)
    if t == 20 or t == 21:
        return rt_bytes_getitem(x, k)
    if rt_is_enum_class(x):
        return rt_enum_getitem(x, k)
    if rt_is_class(x):
        return rt_class_getitem(x, k)
    return rt_not_subscriptable(x)


def rt_getslice(x: obj, lo: obj, hi: obj, step: obj) -> obj:
    """x[lo:hi:step] (NULL_WORD for absent parts)."""
    t: i32 = rt_type_id(x)
    n: i32 = 0
    if t == TYPE_LIST or t == TYPE_TUPLE:
        n = rt_seq_len(x)
    elif t == TYPE_STR:
        n = rt_str_len(x)
    elif t == TYPE_RANGE:
        return rt_range_slice(x, lo, hi, step)
    elif t == 20 or t == 21:
        n = rt_bytes_len(x)
    else:
        if rt_cls_has(x, SEL_GETITEM):
            return rt_cls_dunder(SEL_GETITEM, x, rt_slice_new(lo, hi, step), NULL_WORD)
        s: obj = rt_inst_seq(x)
        if s is not NULL_WORD:
            return rt_getslice(s, lo, hi, step)
        return rt_not_subscriptable(x)
    cell: i32 = rt_slice_indices(lo, hi, step, n)
    if exc_get() is not 0:
        return 1
    start: i32 = load_i32(cell, 0)
    st: i32 = load_i32(cell, 8)
    count: i32 = load_i32(cell, 12)
    if t == TYPE_STR:
        return rt_str_slice(x, start, st, count)
    if t == 20 or t == 21:
        return rt_bytes_slice(x, start, st, count)
    items: i32 = rt_seq_items(x)
    if st == 1:
        if t == TYPE_LIST:
            return rt_list_from_items(items + 8 * start, count)
        if count == n:
            return x
        return rt_tuple_from_items(items + 8 * start, count)
    out: obj = 1
    if t == TYPE_LIST:
        out = rt_list_new(count)
    else:
        out = rt_tuple_new(count)
    dst: i32 = rt_seq_items(out)
    i: i32 = 0
    while i < count:
        store_obj(dst + 8 * i, 0, load_obj(items + 8 * (start + i * st), 0))
        i = i + 1
    return out


def rt_setitem(x: obj, k: obj, v: obj) -> None:
    """x[k] = v."""
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        rt_dict_set(x, k, v)
        return
    if not is_small(k) and t != TYPE_INSTANCE and rt_is_slice(k):  # (an int key skips the test)
        rt_setslice(x, rt_slice_part(k, SLICE_START), rt_slice_part(k, SLICE_STOP), rt_slice_part(k, SLICE_STEP), v)
        return
    if t == TYPE_LIST:
        i: i32 = rt_seq_index(x, k, rt_seq_len(x), "list assignment")
        if i < 0:
            return
        rt_list_set(x, i, v)
        return
    if t == 20 or t == 21:
        rt_bytes_setitem(x, k, v)
        return
    if t == TYPE_TUPLE or t == TYPE_STR or t == TYPE_RANGE:
        m: obj = rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment")
        rt_raise("TypeError", m)
        return
    if t == TYPE_INSTANCE:
        rt_inst_setitem(x, k, v)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment"))


def rt_setslice(x: obj, lo: obj, hi: obj, step: obj, v: obj) -> None:
    """x[lo:hi:step] = v."""
    if rt_type_id(x) == TYPE_LIST:
        rt_list_setslice(x, lo, hi, step, v)
        return
    if rt_type_id(x) == 21:
        rt_bytearray_setslice(x, lo, hi, step, v)
        return
    if rt_cls_has(x, SEL_SETITEM):
        rt_cls_dunder(SEL_SETITEM, x, rt_slice_new(lo, hi, step), v)
        return
    if rt_payload(x) is not NULL_WORD:
        rt_setslice(rt_payload(x), lo, hi, step, v)  # a list subclass
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment"))


def rt_delitem(x: obj, k: obj) -> None:
    """del x[k]."""
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        rt_dict_delitem(x, k)
        return
    if not is_small(k) and t != TYPE_INSTANCE and rt_is_slice(k):  # (an int key skips the test)
        rt_delslice(x, rt_slice_part(k, SLICE_START), rt_slice_part(k, SLICE_STOP), rt_slice_part(k, SLICE_STEP))
        return
    if t == TYPE_LIST:
        i: i32 = rt_seq_index(x, k, rt_seq_len(x), "list assignment")
        if i < 0:
            return
        rt_m_pop(x, tag_int(i32_to_i64(i)))
        return
    if t == 21:
        rt_bytearray_delitem(x, k)
        return
    if t == TYPE_INSTANCE:
        rt_inst_delitem(x, k)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object doesn't support item deletion"))


def rt_delslice(x: obj, lo: obj, hi: obj, step: obj) -> None:
    if rt_type_id(x) == TYPE_LIST:
        rt_list_delslice(x, lo, hi, step)
        return
    if rt_type_id(x) == 21:
        rt_bytearray_setslice(x, lo, hi, step, NULL_WORD)
        return
    if rt_cls_has(x, SEL_DELITEM):
        rt_cls_dunder(SEL_DELITEM, x, rt_slice_new(lo, hi, step), NULL_WORD)
        return
    if rt_payload(x) is not NULL_WORD:
        rt_delslice(rt_payload(x), lo, hi, step)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object doesn't support item deletion"))


# ---- range objects --------------------------------------------------------------------------

def rt_range_make(start: i64, stop: i64, step: i64) -> obj:
    p: i32 = rt_alloc(RANGE_SIZE, TYPE_RANGE)
    n: i64 = 0
    if step > 0 and start < stop:
        n = i64_div_s(stop - start - 1, step) + 1
    elif step < 0 and start > stop:
        n = i64_div_s(start - stop - 1, 0 - step) + 1
    store_obj(p, RANGE_START, tag_int(start))
    store_obj(p, RANGE_STOP, tag_int(stop))
    store_obj(p, RANGE_STEP, tag_int(step))
    store_obj(p, RANGE_LEN, tag_int(n))
    return ptr_word(p)


def rt_range_int(x: obj) -> obj:
    """A range() argument as a plain int, as CPython's PyNumber_Index: an int itself, a bool as 0
    or 1, an instance's __index__(); else TypeError ('float' object cannot be interpreted as an
    integer) and the null word. The counting loops of `for x in range(...)` call it on their
    bounds (range(True, 3) counts from 1, not True)."""
    if is_small(x):
        return x
    t: i32 = rt_type_id(x)
    if t == TYPE_INT:
        return x
    if t == TYPE_BOOL:
        return tag_int(i32_to_i64(word_ptr(x) == TRUE_ADDR))
    j: obj = rt_inst_index(x)
    if j is NULL_WORD:
        if exc_get() is 0:
            rt_check_index(x)
        return NULL_WORD
    return j


def rt_range_arg(x: obj) -> i32:
    """1 when x is a usable range() argument (an int within the supported range)."""
    if not rt_int_arg(x):
        return 0
    if not is_small(x) and rt_type_id(x) == TYPE_INT:
        rt_raise("OverflowError", "not supported yet: range() of ints beyond 62 bits")
        return 0
    return 1


def rt_range_new(a: obj, b: obj, c: obj) -> obj:
    """range(a), range(a, b) or range(a, b, c) (NULL_WORD for absent arguments)."""
    a = rt_range_int(a)
    if a is NULL_WORD:
        return 1
    if b is not NULL_WORD:
        b = rt_range_int(b)
        if b is NULL_WORD:
            return 1
    if c is not NULL_WORD:
        c = rt_range_int(c)
        if c is NULL_WORD:
            return 1
    if not rt_range_arg(a):
        return 1
    if b is NULL_WORD:
        return rt_range_make(0, rt_index_value(a), 1)
    if not rt_range_arg(b):
        return 1
    step: i64 = 1
    if c is not NULL_WORD:
        if not rt_range_arg(c):
            return 1
        step = rt_index_value(c)
        if step == 0:
            rt_raise("ValueError", "range() arg 3 must not be zero")
            return 1
    return rt_range_make(rt_index_value(a), rt_index_value(b), step)


def rt_range_at(r: obj, i: i64) -> obj:
    p: i32 = word_ptr(r)
    return tag_int(untag_int(load_obj(p, RANGE_START)) + i * untag_int(load_obj(p, RANGE_STEP)))


def rt_range_len(r: obj) -> i64:
    return untag_int(load_obj(word_ptr(r), RANGE_LEN))


def rt_range_getitem(r: obj, k: obj) -> obj:
    """r[k] for an int k: indices are 64-bit (a range can be far longer than any list); a big
    int index is simply out of range, as in CPython (no 'cannot fit' error for ranges)."""
    if rt_num_kind(k) != 1:
        rt_index_error_type(r, k)
        return 1
    n: i64 = rt_range_len(r)
    i: i64 = rt_index_value(k)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        rt_raise("IndexError", "range object index out of range")
        return 1
    return rt_range_at(r, i)


def rt_range_slice(r: obj, lo: obj, hi: obj, step: obj) -> obj:
    """r[lo:hi:step] as CPython's compute_slice: the adjusted start and stop mapped through r
    (so range(10)[5:2] is range(5, 2) and range(10)[::100] is range(0, 10, 100))."""
    rt_slice_indices64(lo, hi, step, rt_range_len(r))
    if exc_get() is not 0:
        return 1
    p: i32 = word_ptr(r)
    rstart: i64 = untag_int(load_obj(p, RANGE_START))
    rstep: i64 = untag_int(load_obj(p, RANGE_STEP))
    return rt_range_make(rstart + load_i64(SCRATCH, 0) * rstep, rstart + load_i64(SCRATCH, 8) * rstep, rstep * load_i64(SCRATCH, 16))


def rt_range_getattr(r: obj, name: obj) -> obj:
    p: i32 = word_ptr(r)
    if rt_str_eq(name, "start"):
        return load_obj(p, RANGE_START)
    if rt_str_eq(name, "stop"):
        return load_obj(p, RANGE_STOP)
    if rt_str_eq(name, "step"):
        return load_obj(p, RANGE_STEP)
    return rt_attr_error(r, name)


def rt_range_count(r: obj, v: obj) -> obj:
    """range.count(v): 0 or 1 for an int (or bool), else a search by equality as CPython's."""
    if rt_num_kind(v) == 1:
        return tag_int(i32_to_i64(rt_range_contains(r, tag_int(rt_index_value(v)))))
    return tag_int(rt_range_find(r, v, 0))


def rt_range_index(r: obj, v: obj, start: obj, stop: obj) -> obj:
    """range.index(v): one argument only; an int's position by arithmetic, anything else by a
    search by equality (ValueError with CPython's two messages)."""
    if start is not NULL_WORD:
        n: i32 = 2
        if stop is not NULL_WORD:
            n = 3
        rt_raise("TypeError", rt_str_concat(rt_str_concat("range.index() takes exactly one argument (", rt_i64_to_str(i32_to_i64(n))), " given)"))
        return 1
    if rt_num_kind(v) == 1:
        k: obj = tag_int(rt_index_value(v))
        if not rt_range_contains(r, k):
            rt_raise("ValueError", rt_str_concat(rt_repr(v), " is not in range"))
            return 1
        p: i32 = word_ptr(r)
        return tag_int(i64_div_s(untag_int(k) - untag_int(load_obj(p, RANGE_START)), untag_int(load_obj(p, RANGE_STEP))))
    i: i64 = rt_range_find(r, v, 1)
    if exc_get() is not 0:
        return 1
    if i < 0:
        rt_raise("ValueError", "sequence.index(x): x not in sequence")
        return 1
    return tag_int(i)


def rt_range_find(r: obj, v: obj, first: i32) -> i64:
    """The items of r equal to v (a non-int): with first, the index of the first or -1; else
    how many."""
    n: i64 = rt_range_len(r)
    i: i64 = 0
    c: i64 = 0
    while i < n:
        if rt_equal(rt_range_at(r, i), v):
            if first:
                return i
            c = c + 1
        if exc_get() is not 0:
            return -1
        i = i + 1
    if first:
        return -1
    return c


def rt_range_reversed(r: obj) -> obj:
    """reversed(range): the range walked backwards, without building a list."""
    p: i32 = word_ptr(r)
    start: i64 = untag_int(load_obj(p, RANGE_START))
    step: i64 = untag_int(load_obj(p, RANGE_STEP))
    return rt_iter(rt_range_make(start + (rt_range_len(r) - 1) * step, start - step, 0 - step))


def rt_range_contains(r: obj, v: obj) -> i32:
    p: i32 = word_ptr(r)
    start: i64 = untag_int(load_obj(p, RANGE_START))
    stop: i64 = untag_int(load_obj(p, RANGE_STOP))
    step: i64 = untag_int(load_obj(p, RANGE_STEP))
    if not is_small(v):
        return 0
    x: i64 = untag_int(v)
    if step > 0:
        if x < start or x >= stop:
            return 0
    elif x > start or x <= stop:
        return 0
    d: i64 = x - start
    q: i64 = i64_div_s(d, step)
    return q * step == d


# ---- iteration ---------------------------------------------------------------------------------

def rt_is_iterable(x: obj) -> i32:
    t: i32 = rt_type_id(x)
    if t == TYPE_INSTANCE:
        if rt_cls_has(x, SEL_ITER):
            return 1
        pl: obj = rt_payload(x)
        return pl is not NULL_WORD and rt_is_iterable(pl)  # a subclass of a built-in type
    return t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_STR or t == TYPE_RANGE or t == TYPE_SEQ_ITER or t == TYPE_MAP_ITER or t == TYPE_FILTER_ITER or t == 20 or t == 21 or rt_is_gen(x) or rt_ds_iterable(t)


def rt_iter(x: obj) -> obj:
    """iter(x): an iterator over a list, tuple, str or range (an iterator is its own)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        # first, with no further test (`for x in v` of a value of unknown type)
        q: i32 = rt_alloc(ITER_SIZE, TYPE_SEQ_ITER)
        store_obj(q, ITER_SEQ, x)
        return ptr_word(q)
    if t == TYPE_SEQ_ITER or t == TYPE_MAP_ITER or t == TYPE_FILTER_ITER or rt_is_gen(x):
        return x
    if t == TYPE_FILE:
        if rt_file_check(x, 0, "") == 0:
            return NULL_WORD
        return x
    if t == TYPE_INSTANCE:
        return rt_inst_iter(x)
    if rt_ds_iterable(t):
        return rt_ds_iter(x, t)
    if t == TYPE_CLASS and rt_is_enum_class(x):
        return rt_enum_iter(x)
    if not rt_is_iterable(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not iterable"))
        return 1
    p: i32 = rt_alloc(ITER_SIZE, TYPE_SEQ_ITER)
    store_obj(p, ITER_SEQ, x)
    return ptr_word(p)


def rt_list_iter_next(it: obj) -> obj:
    """rt_next of an iterator rt_iter made over a list (the specialize pass proves which): the
    next item, NULL_WORD past the end."""
    p: i32 = word_ptr(it)
    x: obj = load_obj(p, ITER_SEQ)
    i: i32 = load_i32(p, ITER_INDEX)
    if i >= load_i32(word_ptr(x), LIST_LEN):
        store_i32(p, ITER_INDEX, 2147483647)  # exhausted for good (CPython drops the sequence)
        return NULL_WORD
    store_i32(p, ITER_INDEX, i + 1)
    return rt_list_get(x, i)  # a float list boxes its raw item


def rt_list_iter_nexto(it: obj) -> obj:
    """rt_list_iter_next over lists whose items are objects (no float or bool list can reach
    it: specialize proves which)."""
    p: i32 = word_ptr(it)
    x: i32 = word_ptr(load_obj(p, ITER_SEQ))
    i: i32 = load_i32(p, ITER_INDEX)
    if i >= load_i32(x, LIST_LEN):
        store_i32(p, ITER_INDEX, 2147483647)  # exhausted for good (CPython drops the sequence)
        return NULL_WORD
    store_i32(p, ITER_INDEX, i + 1)
    return load_obj(load_i32(x, LIST_BUF) + 8 * i, LIST_BUF_ITEMS)


def rt_list_next_at_o(l: obj, i: i32) -> obj:
    """rt_list_next_at for lists whose items are objects (rt_list_iter_nexto's loops): item i
    read in place, NULL_WORD when i >= len."""
    p: i32 = word_ptr(l)
    if i >= load_i32(p, LIST_LEN):
        return NULL_WORD
    return load_obj(load_i32(p, LIST_BUF) + 8 * i, LIST_BUF_ITEMS)


def rt_list_next_at(l: obj, i: i32) -> obj:
    """Item i of a list, NULL_WORD when i >= len: the next item of a `for` loop over a proven
    list whose iterator became an index (src/passes/listiter.ts), as rt_list_iter_next reads it."""
    if i >= load_i32(word_ptr(l), LIST_LEN):
        return NULL_WORD
    return rt_list_get(l, i)  # a float list boxes its raw item


def rt_next(it: obj) -> obj:
    """The next item of an iterator from rt_iter, or NULL_WORD when it is exhausted or raised
    (a generator: check exc_get)."""
    if not is_small(it):
        ps: i32 = word_ptr(it)
        if load_i32(ps, 0) == TYPE_SEQ_ITER:
            # an iterator over a list or a tuple first, in line and with no call (`for x in v` of
            # a value of unknown type: json_build's render); the rest is rt_next_slow's
            xs: obj = load_obj(ps, ITER_SEQ)
            ts: i32 = rt_type_id(xs)
            if ts == TYPE_LIST or ts == TYPE_TUPLE:
                px: i32 = word_ptr(xs)
                k: i32 = load_i32(ps, ITER_INDEX)
                if k >= rt_seq_len(xs):
                    store_i32(ps, ITER_INDEX, 2147483647)  # exhausted for good (CPython drops the sequence)
                    return NULL_WORD
                store_i32(ps, ITER_INDEX, k + 1)
                if ts == TYPE_TUPLE:
                    return load_obj(px + TUPLE_ITEMS + 8 * k, 0)
                buf: i32 = load_i32(px, LIST_BUF)
                if load_i32(buf, 0) == TYPE_LIST_ITEMS:
                    return load_obj(buf + 8 * k, LIST_BUF_ITEMS)
                return rt_list_get_raw(buf, k)  # a float list boxes its raw item
    return rt_next_slow(it)


def rt_next_slow(it: obj) -> obj:
    """rt_next past its list and tuple iterators."""
    if rt_is_gen(it):
        return rt_gen_next(it)
    if rt_is_inst(it):
        return rt_inst_next(it)
    p: i32 = word_ptr(it)
    ti: i32 = load_i32(p, 0)
    if ti == TYPE_FILE:
        return rt_file_next(it)
    if ti != TYPE_SEQ_ITER:
        if ti >= TYPE_DICT and ti <= TYPE_SET_TABLE:
            return rt_ds_next(it)
        return rt_next_callable(it, ti)
    x: obj = load_obj(p, ITER_SEQ)
    i: i32 = load_i32(p, ITER_INDEX)
    t: i32 = rt_type_id(x)
    n: i32 = 0
    if t == TYPE_LIST or t == TYPE_TUPLE:
        n = rt_seq_len(x)
    elif t == TYPE_STR:
        n = rt_str_len(x)
    elif t == 20 or t == 21:
        n = rt_bytes_len(x)
    elif t == TYPE_INSTANCE:
        return rt_inst_reversed_next(p, x, i)
    else:
        # A range's length can pass i32 (the index is i32): iterating 2**31 items stops there.
        rn: i64 = rt_range_len(x)
        if rn > 2147483647:
            rn = 2147483647
        n = i64_to_i32(rn)
    if i >= n:
        store_i32(p, ITER_INDEX, 2147483647)  # exhausted for good (CPython drops the sequence)
        return NULL_WORD
    store_i32(p, ITER_INDEX, i + 1)
    if t == 20 or t == 21:
        return tag_int(i32_to_i64(load_u8(rt_bytes_data(x) + i, 0)))
    if t == TYPE_LIST or t == TYPE_TUPLE:
        return rt_seq_item(x, i)
    if t == TYPE_STR:
        q: i32 = word_ptr(x)
        return rt_str_from_char(rt_str_char(q, rt_str_kind(q), i))
    return rt_range_at(x, i32_to_i64(i))


def rt_inst_reversed_next(p: i32, x: obj, i: i32) -> obj:
    """The next item of reversed(x) over an instance's __len__/__getitem__ (builtins.py
    rt_inst_reversed): ITER_INDEX counts the items left; an IndexError or StopIteration from
    __getitem__ ends it, as in CPython's reversed_next."""
    if i <= 0:
        return NULL_WORD
    store_i32(p, ITER_INDEX, i - 1)
    v: obj = rt_getitem(x, tag_int(i32_to_i64(i - 1)))
    e: obj = exc_get()
    if e is not 0:
        if rt_exc_is(e, EXC_I_INDEX_ERROR) or rt_exc_is_stop_iteration(e):
            exc_set(0)
            store_i32(p, ITER_INDEX, 0)
        return NULL_WORD
    return v


def rt_unpack(x: obj, n: i32) -> obj:
    """The n items of x, for `a, b = x`, as a tuple or list of exactly n items; ValueError with
    CPython's messages when x has another length, TypeError when it is not iterable."""
    t: i32 = rt_type_id(x)
    if t == TYPE_TUPLE or t == TYPE_LIST:
        m: i32 = rt_seq_len(x)
        if m == n:
            return x
        rt_unpack_error(n, m)
        return 1
    if not rt_is_iterable(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("cannot unpack non-iterable ", rt_type_name(x)), " object"))
        return 1
    l: obj = rt_list_call(x)
    if exc_get() is not 0:
        return 1
    k: i32 = rt_seq_len(l)
    if k != n:
        rt_unpack_error(n, k)
        return 1
    return l


def rt_unpack_error(n: i32, m: i32) -> None:
    if m > n:
        msg: obj = rt_str_concat("too many values to unpack (expected ", rt_i64_to_str(i32_to_i64(n)))
        rt_raise("ValueError", rt_str_concat(msg, ")"))
        return
    msg2: obj = rt_str_concat("not enough values to unpack (expected ", rt_i64_to_str(i32_to_i64(n)))
    msg2 = rt_str_concat(rt_str_concat(msg2, ", got "), rt_i64_to_str(i32_to_i64(m)))
    rt_raise("ValueError", rt_str_concat(msg2, ")"))


# ---- membership, equality, order ------------------------------------------------------------

def rt_contains(c: obj, v: obj) -> i32:
    """v in c, as i32 0/1 (check exc_get: TypeError for a non-container)."""
    t: i32 = rt_type_id(c)
    if t == TYPE_DICT:
        return rt_dict_contains(c, v)  # first: a dict's `in` is a hash lookup (wordcount)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        i: i32 = 0
        while i < rt_seq_len(c):
            x: obj = rt_seq_item(c, i)
            if x is v:
                return 1
            if rt_equal(x, v):
                return 1
            if exc_get() is not 0:
                return 0
            i = i + 1
        return 0
    if t == TYPE_STR:
        if not rt_is_str(v):
            rt_raise("TypeError", rt_str_concat(rt_str_concat("'in <string>' requires string as left operand, not ", rt_type_name(v)), ""))
            return 0
        return rt_str_find(c, v, 0) >= 0
    if t == 20 or t == 21:
        return rt_bytes_contains(c, v)
    if t == TYPE_RANGE:
        if rt_num_kind(v) == 1 and rt_type_id(v) != TYPE_FLOAT:
            return rt_range_contains(c, rt_to_int(v))
        it: obj = rt_iter(c)
        while True:
            y: obj = rt_next(it)
            if y is NULL_WORD:
                return 0
            if rt_equal(y, v):
                return 1
    if rt_ds_iterable(t):
        return rt_ds_contains(c, v, t)
    if t == TYPE_SEQ_ITER or rt_is_gen(c):
        while True:
            z: obj = rt_next(c)
            if z is NULL_WORD:
                return 0
            if z is v or rt_equal(z, v):
                return 1
            if exc_get() is not 0:
                return 0
    if t == TYPE_INSTANCE:
        return rt_inst_contains(c, v)
    if t == TYPE_CLASS and rt_is_enum_class(c):
        return rt_enum_contains(c, v)
    rt_raise("TypeError", rt_str_concat(rt_str_concat("argument of type '", rt_type_name(c)), "' is not iterable"))
    return 0


def rt_in(v: obj, c: obj) -> obj:
    return box_bool(rt_contains(c, v))


def rt_not_in(v: obj, c: obj) -> obj:
    r: i32 = rt_contains(c, v)
    if exc_get() is not 0:
        return 1
    return box_bool(r == 0)


def rt_seq_equal(a: obj, b: obj) -> i32:
    """a == b for two tuples, two lists or two ranges (0 for anything else)."""
    ta: i32 = rt_type_id(a)
    if ta != rt_type_id(b):
        return 0
    if ta == TYPE_RANGE:
        pa: i32 = word_ptr(a)
        pb: i32 = word_ptr(b)
        n: obj = load_obj(pa, RANGE_LEN)
        if n is not load_obj(pb, RANGE_LEN):
            return 0
        if n is 0:
            return 1
        if load_obj(pa, RANGE_START) is not load_obj(pb, RANGE_START):
            return 0
        return n is 1 or load_obj(pa, RANGE_STEP) is load_obj(pb, RANGE_STEP)
    if ta == TYPE_SLICE:
        return rt_slice_equal(a, b)
    if ta != TYPE_TUPLE and ta != TYPE_LIST:
        return 0
    if rt_seq_len(a) != rt_seq_len(b):
        return 0
    i: i32 = 0
    while i < rt_seq_len(a) and i < rt_seq_len(b):
        x: obj = rt_seq_item(a, i)
        y: obj = rt_seq_item(b, i)
        if x is not y:
            if not rt_equal(x, y):
                return 0
        i = i + 1
    return 1


def rt_seq_order(a: obj, b: obj, op: obj) -> i32:
    """rt_order for two tuples or two lists: the order of the first items that differ, else of
    the lengths."""
    i: i32 = 0
    while i < rt_seq_len(a) and i < rt_seq_len(b):
        x: obj = rt_seq_item(a, i)
        y: obj = rt_seq_item(b, i)
        if x is not y:
            e: i32 = rt_equal(x, y)
            if exc_get() is not 0:
                return 2
            if not e:
                return rt_order(x, y, op)
        i = i + 1
    na: i32 = rt_seq_len(a)
    nb: i32 = rt_seq_len(b)
    if na < nb:
        return -1
    if na > nb:
        return 1
    return 0


def rt_seq_same(a: obj, b: obj) -> i32:
    """1 when a and b are both tuples or both lists (rt_order compares them item by item)."""
    t: i32 = rt_type_id(a)
    return (t == TYPE_TUPLE or t == TYPE_LIST) and t == rt_type_id(b)


# ---- + and * on sequences ------------------------------------------------------------------

def rt_seq_add(a: obj, b: obj) -> obj:
    """a + b for tuples and lists (strs are handled before); TypeError otherwise."""
    ta: i32 = rt_type_id(a)
    tb: i32 = rt_type_id(b)
    if (ta == TYPE_TUPLE or ta == TYPE_LIST) and ta == tb:
        na: i32 = rt_seq_len(a)
        nb: i32 = rt_seq_len(b)
        out: obj = 1
        if ta == TYPE_LIST:
            out = rt_list_new_try(na + nb)
            if out is NULL_WORD:
                return 1
        else:
            out = rt_tuple_new(na + nb)
        dst: i32 = rt_seq_items(out)
        mem_copy(dst, rt_seq_items(a), 8 * na)
        mem_copy(dst + 8 * na, rt_seq_items(b), 8 * nb)
        return out
    if ta == TYPE_TUPLE or ta == TYPE_LIST or ta == TYPE_STR:
        m: obj = rt_str_concat(rt_str_concat("can only concatenate ", rt_type_name(a)), " (not \"")
        m = rt_str_concat(rt_str_concat(m, rt_type_name(b)), "\") to ")
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(a)))
        return 1
    return rt_binop_error(a, b, "+")


def rt_seq_mul(a: obj, b: obj) -> obj:
    """a * b where one side is a str, tuple or list and the other an int."""
    ta: i32 = rt_type_id(a)
    tb: i32 = rt_type_id(b)
    s: obj = a
    k: obj = b
    if not (ta == TYPE_TUPLE or ta == TYPE_LIST or ta == TYPE_STR or ta == 20 or ta == 21):
        s = b
        k = a
        ta = tb
        if not (ta == TYPE_TUPLE or ta == TYPE_LIST or ta == TYPE_STR or ta == 20 or ta == 21):
            return rt_binop_error(a, b, "*")
    if rt_num_kind(k) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("can't multiply sequence by non-int of type '", rt_type_name(k)), "'"))
        return 1
    if rt_index_overflows(k):
        rt_raise("OverflowError", "cannot fit 'int' into an index-sized integer")
        return 1
    times: i64 = rt_index_value(k)
    if times < 0:
        times = 0
    if ta == TYPE_STR:
        return rt_str_repeat(s, times)
    if ta == 20 or ta == 21:
        return rt_bytes_repeat(s, times)
    n: i64 = i32_to_i64(rt_seq_len(s))
    if n > 0 and times > i64_div_s(268435455, n):
        rt_raise("MemoryError", NULL_WORD)
        return 1
    total: i32 = i64_to_i32(n * times)
    out: obj = 1
    if ta == TYPE_LIST:
        out = rt_list_new_try(total)
        if out is NULL_WORD:
            return 1
    else:
        if times == 1:
            return s
        out = rt_tuple_new(total)
    dst: i32 = rt_seq_items(out)
    src: i32 = rt_seq_items(s)
    nb: i32 = i64_to_i32(n) * 8
    # One copy of the items, then doubling copies of what is filled so far: log(times) calls
    # of memory.copy instead of one per repeat ([False] * n makes n items with about 30 calls).
    size: i32 = nb * i64_to_i32(times)
    if size == 0:
        return out
    mem_copy(dst, src, nb)
    rt_mem_repeat_fill(dst, nb, size)
    return out


def rt_mem_repeat_fill(dst: i32, done: i32, size: i32) -> None:
    """Repeats the first `done` bytes at dst until `size` bytes are filled, by doubling copies of
    what is filled so far (log(size/done) calls of memory.copy)."""
    while done < size:
        step: i32 = done
        if step > size - done:
            step = size - done
        mem_copy(dst + done, dst, step)
        done = done + step
