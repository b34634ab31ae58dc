# Builtins that take a callable: sorted/list.sort with key=, min/max with key=, map and filter
# (lazy iterators, TYPE_MAP_ITER and TYPE_FILTER_ITER; layout in src/runtime/layout.ts).
# A key or map function is any callable, called through rt_call1 / rt_call_vec (func.py).
# Heap objects are held in obj variables across calls of user code.
from __keel__ import (
    i32, obj, load_i32, store_i32, load_obj, store_obj, word_ptr, ptr_word, exc_get, mem_copy, untag_int, unbox_float,
    NULL_WORD, TYPE_TUPLE, TYPE_MAP_ITER, TYPE_FILTER_ITER, MAPIT_FUNC, MAPIT_ITERS,
    MAPIT_SIZE, MAPIT_COUNT, FILTERIT_FUNC, FILTERIT_ITER, FILTERIT_SIZE, TUPLE_LEN, TUPLE_ITEMS,
)


# ---- sorting with a key -----------------------------------------------------------------------

def rt_no_key(key: obj) -> i32:
    """1 when key= was not given or is None."""
    return key is NULL_WORD or key is None


def rt_m_sort_key(l: obj, key: obj, reverse: obj) -> obj:
    """list.sort(key=..., reverse=...): keys computed once, then CPython's stable sort comparing
    keys with < only (reverse: reversed before and after, keeping equal items in order)."""
    if rt_no_key(key) or not rt_list_is(l):
        return rt_m_sort(l, reverse)
    rev: i32 = 0
    if reverse is not NULL_WORD:
        rev = rt_truth(reverse)
        if exc_get() is not 0:
            return NULL_WORD
    n: i32 = rt_list_len(l)
    # kv: (key, value) pairs, two words each.
    kv: obj = rt_kv_new(n)
    i: i32 = 0
    while i < n:
        v: obj = rt_list_get(l, i)
        k: obj = rt_call1(key, v)
        if exc_get() is not 0:
            return NULL_WORD
        store_obj(word_ptr(kv) + TUPLE_ITEMS + 16 * i, 0, k)
        store_obj(word_ptr(kv) + TUPLE_ITEMS + 16 * i, 8, v)
        i = i + 1
    if n < 2:
        return None
    kind: i32 = rt_sort_kind(word_ptr(kv) + TUPLE_ITEMS, n, 16)  # list.py
    if kind == 1 or kind == 2:
        # small-int or float keys: sorted as raw keys (list.py), the values written from the end
        # when rev (the reverse of the stable sort of the reversed pairs, as below)
        sorted_: i32 = rt_sort_raw(word_ptr(kv) + TUPLE_ITEMS, 16, 8, n, kind, rev)
        if sorted_ != 0:
            i = 0
            while i < n:
                j: i32 = i
                if rev:
                    j = n - 1 - i
                rt_list_set(l, j, load_obj(sorted_ + 16 * i, 8))
                i = i + 1
            return None
    if rev:
        rt_kv_reverse(kv, n)
    tmp: obj = rt_kv_new(n)
    width: i32 = 1
    while width < n:
        lo: i32 = 0
        while lo < n - width:
            mid: i32 = lo + width
            hi: i32 = mid + width
            if hi > n:
                hi = n
            p: i32 = word_ptr(kv) + TUPLE_ITEMS
            if kind != 0 and not rt_sort_less(load_obj(p + 16 * mid, 0), load_obj(p + 16 * (mid - 1), 0), kind):
                lo = hi  # the runs are in order already (keys of built-in types: no comparison is seen)
                continue
            if not rt_kv_merge(kv, tmp, lo, mid, hi, kind):
                return NULL_WORD
            lo = hi
        width = width * 2
    if rev:
        rt_kv_reverse(kv, n)
    i = 0
    while i < n:
        rt_list_set(l, i, load_obj(word_ptr(kv) + TUPLE_ITEMS + 16 * i, 8))
        i = i + 1
    return None


def rt_kv_new(n: i32) -> obj:
    """Room for n (key, value) pairs: a tuple of 2n words, so the collector keeps the keys
    (which only it holds) while the key function and comparisons run user code."""
    p: i32 = rt_alloc(TUPLE_ITEMS + 16 * n, TYPE_TUPLE)
    store_i32(p, TUPLE_LEN, 2 * n)
    return ptr_word(p)


def rt_kv_reverse(kv: obj, n: i32) -> None:
    p: i32 = word_ptr(kv) + TUPLE_ITEMS
    i: i32 = 0
    j: i32 = n - 1
    while i < j:
        k: obj = load_obj(p + 16 * i, 0)
        v: obj = load_obj(p + 16 * i, 8)
        store_obj(p + 16 * i, 0, load_obj(p + 16 * j, 0))
        store_obj(p + 16 * i, 8, load_obj(p + 16 * j, 8))
        store_obj(p + 16 * j, 0, k)
        store_obj(p + 16 * j, 8, v)
        i = i + 1
        j = j - 1


def rt_kv_merge(kv: obj, tmp: obj, lo: i32, mid: i32, hi: i32, kind: i32) -> i32:
    """Merges the sorted runs [lo, mid) and [mid, hi) of pairs by key (0 when a comparison raised).
    Keys of one built-in kind (list.py rt_sort_kind) compare inline."""
    base: i32 = word_ptr(kv) + TUPLE_ITEMS  # (the collector does not move objects)
    out: i32 = word_ptr(tmp) + TUPLE_ITEMS
    i: i32 = lo
    j: i32 = mid
    k: i32 = lo
    while i < mid and j < hi:
        pa: i32 = base + 16 * i
        pb: i32 = base + 16 * j
        c: i32 = 0
        if kind == 1:
            c = untag_int(load_obj(pb, 0)) < untag_int(load_obj(pa, 0))
        elif kind == 2:
            c = unbox_float(load_obj(pb, 0)) < unbox_float(load_obj(pa, 0))
        else:
            c = rt_sort_less(load_obj(pb, 0), load_obj(pa, 0), kind)
            if c == 2:
                return 0
        src: i32 = pa
        if c == 1:
            src = pb
            j = j + 1
        else:
            i = i + 1
        dst: i32 = out + 16 * k
        store_obj(dst, 0, load_obj(src, 0))
        store_obj(dst, 8, load_obj(src, 8))
        k = k + 1
    if i < mid:
        mem_copy(out + 16 * k, base + 16 * i, 16 * (mid - i))
        k = k + mid - i
    if j < hi:
        mem_copy(out + 16 * k, base + 16 * j, 16 * (hi - j))
    mem_copy(base + 16 * lo, out + 16 * lo, 16 * (hi - lo))
    return 1


def rt_sorted_key(x: obj, key: obj, reverse: obj) -> obj:
    """sorted(x, key=..., reverse=...)."""
    if rt_no_key(key):
        return rt_sorted(x, reverse)
    l: obj = rt_list_call(x)
    if exc_get() is not 0:
        return NULL_WORD
    rt_m_sort_key(l, key, reverse)
    if exc_get() is not 0:
        return NULL_WORD
    return l


def rt_minmax_key(x: obj, is_max: i32, dflt: obj, key: obj) -> obj:
    """min(x, key=...) / max(x, key=...): the first item whose key is smallest (largest)."""
    if rt_no_key(key):
        return rt_minmax(x, is_max, dflt)
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return NULL_WORD
    best: obj = rt_next(it)
    if exc_get() is not 0:
        return NULL_WORD
    if best is NULL_WORD:
        if dflt is not NULL_WORD:
            return dflt
        if is_max:
            rt_raise("ValueError", "max() iterable argument is empty")
        else:
            rt_raise("ValueError", "min() iterable argument is empty")
        return NULL_WORD
    bestk: obj = rt_call1(key, best)
    if exc_get() is not 0:
        return NULL_WORD
    while True:
        v: obj = rt_next(it)
        if exc_get() is not 0:
            return NULL_WORD
        if v is NULL_WORD:
            return best
        k: obj = rt_call1(key, v)
        if exc_get() is not 0:
            return NULL_WORD
        if is_max:
            if rt_order(k, bestk, ">") == 1:
                best = v
                bestk = k
        elif rt_order(k, bestk, "<") == -1:
            best = v
            bestk = k
        if exc_get() is not 0:
            return NULL_WORD


# ---- map and filter ------------------------------------------------------------------------------

def rt_map(f: obj, iterables: obj) -> obj:
    """map(f, *iterables): an iterator of f applied to the items taken in parallel."""
    n: i32 = load_i32(word_ptr(iterables), TUPLE_LEN)
    if n == 0:
        rt_raise("TypeError", "map() must have at least two arguments.")
        return NULL_WORD
    its: obj = rt_tuple_new(n)
    i: i32 = 0
    while i < n:
        it: obj = rt_iter(load_obj(word_ptr(iterables) + TUPLE_ITEMS + 8 * i, 0))
        if exc_get() is not 0:
            return NULL_WORD
        rt_tuple_set(its, i, it)
        i = i + 1
    return rt_map_iter(f, its)


def rt_map_iter(f: obj, its: obj) -> obj:
    """The iterator of map(f, ...) over the tuple of iterators its; f NULL_WORD: zip's, which
    yields the tuples themselves."""
    p: i32 = rt_alloc(MAPIT_SIZE, TYPE_MAP_ITER)
    store_obj(p, MAPIT_FUNC, f)
    store_obj(p, MAPIT_ITERS, its)
    store_obj(p, MAPIT_COUNT, NULL_WORD)
    return ptr_word(p)


def rt_enumerate_iter(it: obj, start: obj) -> obj:
    """The iterator of enumerate(): a map iterator over the 1-tuple (it,) whose MAPIT_COUNT holds
    the next count; it reads one item of it per item, as CPython's enumerate object does."""
    its: obj = rt_tuple_new(1)
    rt_tuple_set(its, 0, it)
    m: obj = rt_map_iter(NULL_WORD, its)
    store_obj(word_ptr(m), MAPIT_COUNT, start)
    return m


def rt_map_type_name(m: obj) -> obj:
    if load_obj(word_ptr(m), MAPIT_COUNT) is not NULL_WORD:
        return "enumerate"
    if load_obj(word_ptr(m), MAPIT_FUNC) is NULL_WORD:
        return "zip"
    return "map"


def rt_enumerate_next(m: obj, c: obj) -> obj:
    v: obj = rt_next(load_obj(word_ptr(load_obj(word_ptr(m), MAPIT_ITERS)), TUPLE_ITEMS))
    if v is NULL_WORD:
        return NULL_WORD
    store_obj(word_ptr(m), MAPIT_COUNT, rt_add(c, 1))
    return rt_tuple_new2(c, v)


def rt_map_next(m: obj) -> obj:
    c: obj = load_obj(word_ptr(m), MAPIT_COUNT)
    if c is not NULL_WORD:
        return rt_enumerate_next(m, c)
    its: obj = load_obj(word_ptr(m), MAPIT_ITERS)
    n: i32 = load_i32(word_ptr(its), TUPLE_LEN)
    f: obj = load_obj(word_ptr(m), MAPIT_FUNC)
    if n == 0:
        return NULL_WORD
    if n == 1 and f is not NULL_WORD:
        v: obj = rt_next(load_obj(word_ptr(its), TUPLE_ITEMS))
        if v is NULL_WORD:
            return NULL_WORD
        return rt_call1(f, v)
    args: obj = rt_tuple_new(n)
    i: i32 = 0
    while i < n:
        x: obj = rt_next(load_obj(word_ptr(its) + TUPLE_ITEMS + 8 * i, 0))
        if x is NULL_WORD:
            return NULL_WORD
        rt_tuple_set(args, i, x)
        i = i + 1
    if f is NULL_WORD:
        return args
    return rt_call_vec(f, args, NULL_WORD)


def rt_filter(f: obj, x: obj) -> obj:
    """filter(f, x): an iterator of the items of x for which f(item) is true (f None: the item)."""
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return NULL_WORD
    p: i32 = rt_alloc(FILTERIT_SIZE, TYPE_FILTER_ITER)
    store_obj(p, FILTERIT_FUNC, f)
    store_obj(p, FILTERIT_ITER, it)
    return ptr_word(p)


def rt_filter_next(fi: obj) -> obj:
    while True:
        v: obj = rt_next(load_obj(word_ptr(fi), FILTERIT_ITER))
        if v is NULL_WORD:
            return NULL_WORD
        f: obj = load_obj(word_ptr(fi), FILTERIT_FUNC)
        r: obj = v
        if f is not None:
            r = rt_call1(f, v)
            if exc_get() is not 0:
                return NULL_WORD
        t: i32 = rt_truth(r)
        if exc_get() is not 0:
            return NULL_WORD
        if t:
            return v


def rt_next_callable(it: obj, t: i32) -> obj:
    """rt_next of the iterators of this file (NULL_WORD when exhausted or on error)."""
    if t == TYPE_MAP_ITER:
        return rt_map_next(it)
    return rt_filter_next(it)
