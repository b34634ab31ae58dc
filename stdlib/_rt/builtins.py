# Generic container operations and the builtins the lowering calls (src/lower/builtins.ts,
# src/lower/containers.ts): subscripts and slices, iteration, membership, unpacking, equality
# and ordering of sequences, repr/str of any value, print of containers, range objects, and
# len, min, max, sum, list, tuple, isinstance. NULL_WORD stands for an absent optional argument.
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_obj, store_obj, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, exc_get, exc_set, box_bool, i64_to_i32, i32_to_i64, f64_abs, i64_div_s,
    NULL_WORD, SCRATCH, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_TUPLE,
    TYPE_LIST, TYPE_RANGE, TYPE_SEQ_ITER, TUPLE_LEN, TUPLE_ITEMS, LIST_LEN, RANGE_START,
    RANGE_STOP, RANGE_STEP, RANGE_LEN, RANGE_SIZE, ITER_SEQ, ITER_INDEX, ITER_SIZE, STR_LEN,
    TRUE_ADDR, SMALL_MAX, RT_REPR_LIST,
)


# ---- types -----------------------------------------------------------------------------------

def rt_type_id(x: obj) -> i32:
    """The TYPE_* id of any value (small ints are TYPE_INT)."""
    if is_small(x):
        return TYPE_INT
    return load_i32(word_ptr(x), 0)


def rt_type_name_other(t: i32) -> obj:
    """The type name of the container types (rt_type_name handles the scalars)."""
    if t == TYPE_TUPLE:
        return "tuple"
    if t == TYPE_LIST:
        return "list"
    if t == TYPE_RANGE:
        return "range"
    if t == TYPE_SEQ_ITER:
        return "iterator"
    return "object"


def rt_truth_other(x: obj, t: i32) -> i32:
    """The truth of the container types: non-empty."""
    if t == TYPE_TUPLE or t == TYPE_LIST:
        return load_i32(word_ptr(x), 8) != 0
    if t == TYPE_RANGE:
        return load_obj(word_ptr(x), RANGE_LEN) is not 0
    return 1


def rt_is_seq(x: obj) -> i32:
    """1 for a tuple or a list."""
    t: i32 = rt_type_id(x)
    return t == TYPE_TUPLE or t == TYPE_LIST


def rt_seq_len(x: obj) -> i32:
    """The length of a tuple or list."""
    return load_i32(word_ptr(x), 8)


def rt_seq_items(x: obj) -> i32:
    """The address of item 0 of a tuple or list."""
    p: i32 = word_ptr(x)
    if load_i32(p, 0) == TYPE_TUPLE:
        return p + TUPLE_ITEMS
    return rt_list_items(p)


def rt_seq_item(x: obj, i: i32) -> obj:
    return load_obj(rt_seq_items(x) + 8 * i, 0)


def rt_isinstance(x: obj, mask: i32) -> obj:
    """isinstance(x, T) where mask has bit (1 << TYPE_*) set for each class in T (bool is an
    int)."""
    t: i32 = rt_type_id(x)
    if (mask >> t) & 1:
        return True
    if t == TYPE_BOOL and (mask >> TYPE_INT) & 1:
        return True
    return False


def rt_int_arg(x: obj) -> i32:
    """1 when x is an int or a bool; else TypeError ('float' object cannot be interpreted as an
    integer) and 0."""
    if rt_num_kind(x) == 1:
        return 1
    rt_check_index(x)
    return 0


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
        rt_index_error_type(x, k)
        return -1
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
    start, stop, step, count (i32 each) at SCRATCH and returns that address."""
    st: i64 = rt_slice_bound(step, 1)
    if exc_get() is not 0:
        return SCRATCH
    if st == 0:
        rt_raise("ValueError", "slice step cannot be zero")
        return SCRATCH
    big: i64 = SMALL_MAX
    start: i64 = 0
    stop: i64 = big
    if st < 0:
        start = big
        stop = 0 - big
    start = rt_slice_bound(lo, start)
    if exc_get() is not 0:
        return SCRATCH
    stop = rt_slice_bound(hi, stop)
    if exc_get() is not 0:
        return SCRATCH
    length: i64 = i32_to_i64(n)
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
    if st > length + 1:
        st = length + 1
    if st < 0 - length - 1:
        st = 0 - length - 1
    store_i32(SCRATCH, 0, i64_to_i32(start))
    store_i32(SCRATCH, 4, i64_to_i32(stop))
    store_i32(SCRATCH, 8, i64_to_i32(st))
    store_i32(SCRATCH, 12, i64_to_i32(count))
    return SCRATCH


# ---- subscripts ----------------------------------------------------------------------------------

def rt_not_subscriptable(x: obj) -> obj:
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not subscriptable"))
    return 1


def rt_getitem(x: obj, k: obj) -> obj:
    """x[k]."""
    t: i32 = rt_type_id(x)
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
        m: i32 = rt_seq_index(x, k, rt_str_len(x), "string")
        if m < 0:
            return 1
        p: i32 = word_ptr(x)
        return rt_str_from_char(rt_str_char(p, rt_str_kind(p), m))
    if t == TYPE_RANGE:
        n: i64 = untag_int(load_obj(word_ptr(x), RANGE_LEN))
        r: i32 = rt_seq_index(x, k, i64_to_i32(n), "range object")
        if r < 0:
            return 1
        return rt_range_at(x, i32_to_i64(r))
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
        n = i64_to_i32(untag_int(load_obj(word_ptr(x), RANGE_LEN)))
    else:
        return rt_not_subscriptable(x)
    cell: i32 = rt_slice_indices(lo, hi, step, n)
    if exc_get() is not 0:
        return 1
    start: i32 = load_i32(cell, 0)
    st: i32 = load_i32(cell, 8)
    count: i32 = load_i32(cell, 12)
    if t == TYPE_RANGE:
        rstep: i64 = untag_int(load_obj(word_ptr(x), RANGE_STEP))
        first: obj = rt_range_at(x, i32_to_i64(start))
        nstep: i64 = rstep * i32_to_i64(st)
        last: i64 = untag_int(first) + nstep * i32_to_i64(count)
        return rt_range_make(untag_int(first), last, nstep)
    if t == TYPE_STR:
        return rt_str_slice(x, start, st, count)
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
    if t == TYPE_LIST:
        i: i32 = rt_seq_index(x, k, rt_seq_len(x), "list assignment")
        if i < 0:
            return
        rt_list_set(x, i, v)
        return
    if t == TYPE_TUPLE or t == TYPE_STR or t == TYPE_RANGE:
        m: obj = rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment")
        rt_raise("TypeError", m)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment"))


def rt_setslice(x: obj, lo: obj, hi: obj, step: obj, v: obj) -> None:
    """x[lo:hi:step] = v."""
    if rt_type_id(x) == TYPE_LIST:
        rt_list_setslice(x, lo, hi, step, v)
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object does not support item assignment"))


def rt_delitem(x: obj, k: obj) -> None:
    """del x[k]."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST:
        i: i32 = rt_seq_index(x, k, rt_seq_len(x), "list assignment")
        if i < 0:
            return
        rt_m_pop(x, tag_int(i32_to_i64(i)))
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object doesn't support item deletion"))


def rt_delslice(x: obj, lo: obj, hi: obj, step: obj) -> None:
    if rt_type_id(x) == TYPE_LIST:
        rt_list_delslice(x, lo, hi, step)
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
    return t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_STR or t == TYPE_RANGE or t == TYPE_SEQ_ITER


def rt_iter(x: obj) -> obj:
    """iter(x): an iterator over a list, tuple, str or range (an iterator is its own)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_SEQ_ITER:
        return x
    if not rt_is_iterable(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not iterable"))
        return 1
    p: i32 = rt_alloc(ITER_SIZE, TYPE_SEQ_ITER)
    store_obj(p, ITER_SEQ, x)
    return ptr_word(p)


def rt_next(it: obj) -> obj:
    """The next item of an iterator from rt_iter, or NULL_WORD when it is exhausted."""
    p: i32 = word_ptr(it)
    x: obj = load_obj(p, ITER_SEQ)
    i: i32 = load_i32(p, ITER_INDEX)
    t: i32 = rt_type_id(x)
    n: i32 = 0
    if t == TYPE_LIST or t == TYPE_TUPLE:
        n = rt_seq_len(x)
    elif t == TYPE_STR:
        n = rt_str_len(x)
    else:
        n = i64_to_i32(untag_int(load_obj(word_ptr(x), RANGE_LEN)))
    if i >= n:
        return NULL_WORD
    store_i32(p, ITER_INDEX, i + 1)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        return rt_seq_item(x, i)
    if t == TYPE_STR:
        q: i32 = word_ptr(x)
        return rt_str_from_char(rt_str_char(q, rt_str_kind(q), i))
    return rt_range_at(x, i32_to_i64(i))


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
    if t == TYPE_SEQ_ITER:
        while True:
            z: obj = rt_next(c)
            if z is NULL_WORD:
                return 0
            if z is v or rt_equal(z, v):
                return 1
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
            out = rt_list_new(na + nb)
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
    if not (ta == TYPE_TUPLE or ta == TYPE_LIST or ta == TYPE_STR):
        s = b
        k = a
        ta = tb
        if not (ta == TYPE_TUPLE or ta == TYPE_LIST or ta == TYPE_STR):
            return rt_binop_error(a, b, "*")
    if rt_num_kind(k) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("can't multiply sequence by non-int of type '", rt_type_name(k)), "'"))
        return 1
    if not is_small(k) and rt_type_id(k) == TYPE_INT and not rt_int_is_neg(k):
        rt_raise("OverflowError", "cannot fit 'int' into an index-sized integer")
        return 1
    times: i64 = rt_index_value(k)
    if times < 0:
        times = 0
    if ta == TYPE_STR:
        return rt_str_repeat(s, times)
    n: i64 = i32_to_i64(rt_seq_len(s))
    if n > 0 and times > i64_div_s(268435455, n):
        rt_raise("MemoryError", NULL_WORD)
        return 1
    total: i32 = i64_to_i32(n * times)
    out: obj = 1
    if ta == TYPE_LIST:
        out = rt_list_new(total)
    else:
        if times == 1:
            return s
        out = rt_tuple_new(total)
    dst: i32 = rt_seq_items(out)
    src: i32 = rt_seq_items(s)
    nb: i32 = i64_to_i32(n) * 8
    j: i64 = 0
    while j < times:
        mem_copy(dst, src, nb)
        dst = dst + nb
        j = j + 1
    return out


# ---- repr, str and print ----------------------------------------------------------------------

def rt_emit(s: obj, sink: obj) -> None:
    """Writes s to stdout (sink NULL_WORD) or appends it to the list `sink`."""
    if sink is NULL_WORD:
        rt_write_str(s)
    else:
        rt_list_append(sink, s)


def rt_repr_to(x: obj, sink: obj) -> None:
    """repr(x), written to stdout or appended in parts to a list (see rt_emit)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST:
        # a list inside itself prints as [...] (CPython's Py_ReprEnter)
        active: i32 = load_i32(RT_REPR_LIST, 0)
        if active == 0:
            active = word_ptr(rt_list_new(0))
            store_i32(RT_REPR_LIST, 0, active)
        if rt_contains_identity(ptr_word(active), x):
            rt_emit("[...]", sink)
            return
        rt_list_append(ptr_word(active), x)
        rt_repr_items(x, t, sink)
        rt_m_pop(ptr_word(active), NULL_WORD)
        return
    if t == TYPE_TUPLE:
        rt_repr_items(x, t, sink)
        return
    rt_repr_other(x, t, sink)


def rt_contains_identity(l: obj, x: obj) -> i32:
    i: i32 = 0
    while i < rt_seq_len(l):
        if rt_seq_item(l, i) is x:
            return 1
        i = i + 1
    return 0


def rt_repr_items(x: obj, t: i32, sink: obj) -> None:
    """The repr of a list or tuple, item by item."""
    if t == TYPE_LIST or t == TYPE_TUPLE:
        if t == TYPE_LIST:
            rt_emit("[", sink)
        else:
            rt_emit("(", sink)
        i: i32 = 0
        while i < rt_seq_len(x):
            if i > 0:
                rt_emit(", ", sink)
            rt_repr_to(rt_seq_item(x, i), sink)
            if exc_get() is not 0:
                return
            i = i + 1
        if t == TYPE_LIST:
            rt_emit("]", sink)
        elif rt_seq_len(x) == 1:
            rt_emit(",)", sink)
        else:
            rt_emit(")", sink)


def rt_repr_other(x: obj, t: i32, sink: obj) -> None:
    if t == TYPE_RANGE:
        p: i32 = word_ptr(x)
        rt_emit("range(", sink)
        rt_emit(rt_i64_to_str(untag_int(load_obj(p, RANGE_START))), sink)
        rt_emit(", ", sink)
        rt_emit(rt_i64_to_str(untag_int(load_obj(p, RANGE_STOP))), sink)
        if load_obj(p, RANGE_STEP) is not 1:
            rt_emit(", ", sink)
            rt_emit(rt_i64_to_str(untag_int(load_obj(p, RANGE_STEP))), sink)
        rt_emit(")", sink)
        return
    s: obj = rt_repr_scalar(x)
    if exc_get() is not 0:
        return
    rt_emit(s, sink)


def rt_repr_scalar(x: obj) -> obj:
    """repr() of an int, float, str, bool or None."""
    if is_small(x):
        return rt_i64_to_str(untag_int(x))
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_STR:
        return rt_str_repr(x)
    if t == TYPE_INT:
        return rt_int_to_str(x)
    if t == TYPE_FLOAT:
        return rt_float_repr(rt_float_value(x))
    if t == TYPE_NONE:
        return "None"
    if t == TYPE_BOOL:
        if word_ptr(x) == TRUE_ADDR:
            return "True"
        return "False"
    return "<object>"


def rt_repr(x: obj) -> obj:
    """repr(x)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE:
        parts: obj = rt_list_new(0)
        rt_repr_to(x, parts)
        if exc_get() is not 0:
            return 1
        return rt_str_concat_items(rt_seq_items(parts), rt_seq_len(parts))
    return rt_repr_scalar(x)


def rt_str_call(x: obj) -> obj:
    """str(x)."""
    if rt_is_str(x):
        return x
    return rt_repr(x)


def rt_print_obj(x: obj) -> None:
    """print()'s writer for programs that can make containers (others use rt_write_obj)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE:
        rt_repr_to(x, NULL_WORD)
        return
    rt_write_obj(x)


# ---- builtins over iterables --------------------------------------------------------------------

def rt_len(x: obj) -> obj:
    """len(x)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        return tag_int(i32_to_i64(rt_seq_len(x)))
    if t == TYPE_STR:
        return tag_int(i32_to_i64(rt_str_len(x)))
    if t == TYPE_RANGE:
        return load_obj(word_ptr(x), RANGE_LEN)
    rt_raise("TypeError", rt_str_concat(rt_str_concat("object of type '", rt_type_name(x)), "' has no len()"))
    return 1


def rt_list_call(x: obj) -> obj:
    """list(x): a new list of the items of an iterable."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        return rt_list_from_items(rt_seq_items(x), rt_seq_len(x))
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    l: obj = rt_list_new(0)
    while True:
        v: obj = rt_next(it)
        if v is NULL_WORD:
            break
        rt_list_append(l, v)
    return l


def rt_tuple_call(x: obj) -> obj:
    """tuple(x)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_TUPLE:
        return x
    if t == TYPE_LIST:
        return rt_tuple_from_items(rt_seq_items(x), rt_seq_len(x))
    l: obj = rt_list_call(x)
    if exc_get() is not 0:
        return 1
    return rt_tuple_from_items(rt_seq_items(l), rt_seq_len(l))


def rt_minmax(x: obj, is_max: i32, dflt: obj) -> obj:
    """min(x) / max(x) over an iterable (dflt: the default= value, NULL_WORD when absent)."""
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    best: obj = rt_next(it)
    if best is NULL_WORD:
        if dflt is not NULL_WORD:
            return dflt
        if is_max:
            rt_raise("ValueError", "max() iterable argument is empty")
        else:
            rt_raise("ValueError", "min() iterable argument is empty")
        return 1
    while True:
        v: obj = rt_next(it)
        if v is NULL_WORD:
            return best
        if is_max:
            if rt_order(v, best, ">") == 1:
                best = v
        elif rt_order(v, best, "<") == -1:
            best = v
        if exc_get() is not 0:
            return 1


def rt_sum(x: obj, start: obj) -> obj:
    """sum(x, start), CPython 3.12's way: exact ints, then floats with Neumaier's compensated
    summation, then generic +."""
    if rt_is_str(start):
        rt_raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
        return 1
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    result: obj = start
    generic: i32 = 0
    while True:
        if rt_type_id(result) == TYPE_FLOAT and generic == 0:
            f: f64 = rt_float_value(result)
            c: f64 = 0.0
            while True:
                item: obj = rt_next(it)
                if item is NULL_WORD:
                    if c != 0.0 and c - c == 0.0:
                        f = f + c
                    return rt_box_float(f)
                ti: i32 = rt_type_id(item)
                if ti == TYPE_FLOAT:
                    y: f64 = rt_float_value(item)
                    s: f64 = f + y
                    if f64_abs(f) >= f64_abs(y):
                        c = c + ((f - s) + y)
                    else:
                        c = c + ((y - s) + f)
                    f = s
                elif is_small(item) or ti == TYPE_BOOL:
                    f = f + rt_int_to_f64(rt_to_int(item))
                else:
                    if c != 0.0 and c - c == 0.0:
                        f = f + c
                    result = rt_add(rt_box_float(f), item)
                    if exc_get() is not 0:
                        return 1
                    generic = 1
                    break
        v: obj = rt_next(it)
        if v is NULL_WORD:
            return result
        result = rt_add(result, v)
        if exc_get() is not 0:
            return 1


def rt_unpack_ex(x: obj, before: i32, after: i32) -> obj:
    """The items for `a, *b, c = x`: a list of before + 1 + after items whose middle item is the
    list of the rest; ValueError when x has fewer than before + after items."""
    l: obj = rt_list_call(x)
    if exc_get() is not 0:
        if rt_is_iterable(x) == 0:
            exc_set(0)
            rt_raise("TypeError", rt_str_concat(rt_str_concat("cannot unpack non-iterable ", rt_type_name(x)), " object"))
        return 1
    n: i32 = rt_seq_len(l)
    if n < before + after:
        msg: obj = rt_str_concat("not enough values to unpack (expected at least ", rt_i64_to_str(i32_to_i64(before + after)))
        msg = rt_str_concat(rt_str_concat(msg, ", got "), rt_i64_to_str(i32_to_i64(n)))
        rt_raise("ValueError", rt_str_concat(msg, ")"))
        return 1
    out: obj = rt_list_new(before + 1 + after)
    items: i32 = rt_seq_items(l)
    mem_copy(rt_seq_items(out), items, 8 * before)
    rt_list_set(out, before, rt_list_from_items(items + 8 * before, n - before - after))
    mem_copy(rt_seq_items(out) + 8 * (before + 1), items + 8 * (n - after), 8 * after)
    return out


# ---- iterator builtins: enumerate, zip, reversed, iter, next, any, all -------------------------
# enumerate, zip and reversed collect their items when called and return an iterator over them
# (the same items in the same order; laziness is not observable without generators).

def rt_enumerate(x: obj, start: obj) -> obj:
    if start is not NULL_WORD and rt_num_kind(start) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(start)), "' object cannot be interpreted as an integer"))
        return 1
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    n: obj = 0
    if start is not NULL_WORD:
        n = rt_to_int(start)
    out: obj = rt_list_new(0)
    while True:
        v: obj = rt_next(it)
        if v is NULL_WORD:
            break
        rt_list_append(out, rt_tuple_new2(n, v))
        n = rt_add(n, 1)
    return rt_iter(out)


def rt_zip(args: obj) -> obj:
    """zip(*args) over a tuple of iterables: tuples up to the shortest."""
    k: i32 = rt_seq_len(args)
    its: obj = rt_list_new(k)
    i: i32 = 0
    while i < k:
        a: obj = rt_seq_item(args, i)
        if not rt_is_iterable(a):
            m: obj = rt_str_concat("zip argument #", rt_i64_to_str(i32_to_i64(i + 1)))
            rt_raise("TypeError", rt_str_concat(rt_str_concat(m, " must support iteration"), ""))
            return 1
        rt_list_set(its, i, rt_iter(a))
        i = i + 1
    out: obj = rt_list_new(0)
    if k == 0:
        return rt_iter(out)
    while True:
        t: obj = rt_tuple_new(k)
        j: i32 = 0
        while j < k:
            v: obj = rt_next(rt_seq_item(its, j))
            if v is NULL_WORD:
                return rt_iter(out)
            rt_tuple_set(t, j, v)
            j = j + 1
        rt_list_append(out, t)


def rt_reversed(x: obj) -> obj:
    t: i32 = rt_type_id(x)
    if t != TYPE_LIST and t != TYPE_TUPLE and t != TYPE_STR and t != TYPE_RANGE:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not reversible"))
        return 1
    l: obj = rt_list_call(x)
    rt_m_reverse(l)
    return rt_iter(l)


def rt_iter_call(x: obj) -> obj:
    return rt_iter(x)


def rt_next_call(it: obj, dflt: obj) -> obj:
    """next(it[, default])."""
    if rt_type_id(it) != TYPE_SEQ_ITER:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(it)), "' object is not an iterator"))
        return 1
    v: obj = rt_next(it)
    if v is NULL_WORD:
        if dflt is not NULL_WORD:
            return dflt
        rt_raise("StopIteration", NULL_WORD)
        return 1
    return v


def rt_any_all(x: obj, is_all: i32) -> obj:
    """any(x) (is_all 0) or all(x) (1)."""
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    while True:
        v: obj = rt_next(it)
        if v is NULL_WORD:
            return box_bool(is_all)
        t: i32 = rt_truth(v)
        if exc_get() is not 0:
            return 1
        if t != is_all:
            return box_bool(t)
