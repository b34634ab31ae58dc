# tuple objects (layout in src/runtime/layout.ts): construction, indexing, slicing,
# concatenation, repetition, membership, comparison and hashing.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_obj, store_obj, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, box_bool, i32_to_i64, i64_to_i32, i64_shr_u, exc_get, i64_lt_u, load_fixed_i32, store_i64,
    TYPE_TUPLE, TUPLE_LEN, TUPLE_ITEMS, INT_SIZE, INT_DIGITS, u32_to_i64,
    GC_STATE, GC_CLASSES, GC_ALLOCATED, GC_THRESHOLD, RT_GC_DUE,
)


def rt_tuple_alloc(n: i32) -> i32:
    """A new tuple of n items (all NULL_WORD-free zeros: the caller fills every item)."""
    p: i32 = rt_alloc(TUPLE_ITEMS + 8 * n, TYPE_TUPLE)
    store_i32(p, TUPLE_LEN, n)
    return p


def rt_tuple_new0() -> obj:
    return ptr_word(rt_tuple_alloc(0))


def rt_tuple_new1(a: obj) -> obj:
    p: i32 = rt_tuple_alloc(1)
    store_obj(p, TUPLE_ITEMS, a)
    return ptr_word(p)


def rt_tuple_new2(a: obj, b: obj) -> obj:
    p: i32 = rt_tuple_alloc(2)
    store_obj(p, TUPLE_ITEMS, a)
    store_obj(p + 8, TUPLE_ITEMS, b)
    return ptr_word(p)


def rt_tuple_set(t: obj, i: i32, v: obj) -> None:
    """Fills item i of a tuple under construction."""
    store_obj(word_ptr(t) + TUPLE_ITEMS + 8 * i, 0, v)


def rt_tuple_new(n: i32) -> obj:
    """A tuple of n items to fill with rt_tuple_set (every display of the program makes its
    tuples here: binary_trees' nodes). A tuple of at most 14 items takes its cell in line, as
    rt_alloc's fast path would (one call instead of three): its size is a multiple of 8 of at most
    128 bytes, so its size class is cells of exactly that size, class (size >> 3) - 2 (rt_gc_init);
    a free cell is zero but for its link word, which the length's i64 store clears, and a bump
    cell is fresh. Anything else (an empty class, a used-up page, bigger tuples) is rt_alloc's."""
    size: i32 = TUPLE_ITEMS + 8 * n
    if n <= 14:
        c: i32 = GC_STATE + GC_CLASSES + 16 * ((size >> 3) - 2)
        p: i32 = load_i32(c, 0)
        if p != 0:
            store_i32(c, 0, load_i32(p, 8))
        else:
            p = load_i32(c, 4)
            if p >= load_i32(c, 8):
                return ptr_word(rt_tuple_alloc(n))
            store_i32(c, 4, p + size)
        a: i32 = load_i32(GC_STATE, GC_ALLOCATED) + size
        store_i32(GC_STATE, GC_ALLOCATED, a)
        if a > load_i32(GC_STATE, GC_THRESHOLD):
            store_i32(RT_GC_DUE, 0, 1)
        store_i64(p, 0, i32_to_i64(TYPE_TUPLE))  # the type id, and a clear GC word
        store_i64(p, TUPLE_LEN, i32_to_i64(n))  # the length, and the free cell's link cleared
        return ptr_word(p)
    return ptr_word(rt_tuple_alloc(n))


def rt_tuple_getx(t: obj, k: obj) -> obj:
    """t[k] where inference proved t a tuple the program made (or a value t[k] raises on) and k
    an int (specialize.ts): a type test, a bounds test and a load (small: inlined); anything else
    goes to rt_tuple_get_slow (narrow.py: not rt_getitem, whose other arms link most of the
    runtime). The header and length never change once allocated (load_fixed_i32); the
    items are filled after allocation, so they are plain loads."""
    if is_small(k):
        if not is_small(t):
            p: i32 = word_ptr(t)
            if load_fixed_i32(p, 0) == TYPE_TUPLE:
                i: i64 = untag_int(k)
                if i64_lt_u(i, i32_to_i64(load_fixed_i32(p, TUPLE_LEN))):
                    return load_obj(p + 8 * i64_to_i32(i), TUPLE_ITEMS)
    return rt_tuple_get_slow(t, k)


def rt_tuple_len(t: obj) -> i32:
    return load_i32(word_ptr(t), TUPLE_LEN)


def rt_tuple_item(t: obj, i: i32) -> obj:
    """Item i of a tuple, 0 <= i < len (not checked)."""
    return load_obj(word_ptr(t) + TUPLE_ITEMS + 8 * i, 0)


def rt_tuple_from_items(src: i32, n: i32) -> obj:
    """A new tuple holding the n words at address src."""
    p: i32 = rt_tuple_alloc(n)
    mem_copy(p + TUPLE_ITEMS, src, 8 * n)
    return ptr_word(p)


def rt_tuple_hash(t: obj) -> obj:
    """hash(t) for a tuple: CPython's xxHash-based combination of the items' hashes (an item's
    TypeError, e.g. unhashable type: 'list', is left pending)."""
    acc: i64 = 2870177450012600261
    n: i32 = rt_tuple_len(t)
    i: i32 = 0
    while i < n:
        h: obj = rt_hash(rt_tuple_item(t, i))
        if exc_get() is not 0:
            return 1
        acc = rt_xx_lane(acc, h)
        i = i + 1
    acc = acc + (i32_to_i64(n) ^ (2870177450012600261 ^ 3527539))
    if acc == -1:
        return tag_int(1546275796)
    return rt_int_from_i64(acc)


def rt_xx_lane(acc: i64, h: obj) -> i64:
    """One item's step of CPython's xxHash-based tuple (and slice) hash: h an item's hash."""
    acc = acc + rt_word_i64(h) * -4417276706812531889
    acc = (acc << 31) | i64_shr_u(acc, 33)
    return acc * -7046029288634856825


def rt_word_i64(x: obj) -> i64:
    """An int (small, or big within 64 bits, as hashes are) as an i64, wrapping."""
    if is_small(x):
        return untag_int(x)
    p: i32 = word_ptr(x)
    n: i32 = load_i32(p, INT_SIZE)
    m: i32 = n
    if m < 0:
        m = 0 - m
    acc: i64 = 0
    while m > 0:
        m = m - 1
        acc = (acc << 30) | u32_to_i64(load_i32(p + INT_DIGITS + 4 * m, 0))
    if n < 0:
        return 0 - acc
    return acc
