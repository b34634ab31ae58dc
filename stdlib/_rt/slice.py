# Slice objects (TYPE_SLICE, layout.ts): `slice(stop)`, `slice(start, stop[, step])` (builtins.ts
# checks the arity and calls rt_slice_new), their
# start/stop/step attributes, indices(), repr, equality and hash (hashable since 3.12), and the
# subscripts that take one: `seq[s]` on lists, tuples, strs, bytes and ranges (rt_getitem ...
# hand them to rt_getslice) and `obj[a:b]` on a user class with __getitem__, which receives a
# slice object as in CPython.
from __keel__ import (
    i32, i64, obj, load_obj, store_obj, word_ptr, ptr_word, exc_get, tag_int, load_i64,
    NULL_WORD, TYPE_SLICE, SLICE_START, SLICE_STOP, SLICE_STEP, SLICE_SIZE, SCRATCH,
)


def rt_slice_new(lo: obj, hi: obj, step: obj) -> obj:
    """A slice object; NULL_WORD parts (absent in `a[lo:hi]`) become None."""
    if lo is NULL_WORD:
        lo = None
    if hi is NULL_WORD:
        hi = None
    if step is NULL_WORD:
        step = None
    p: i32 = rt_alloc(SLICE_SIZE, TYPE_SLICE)
    store_obj(p, SLICE_START, lo)
    store_obj(p, SLICE_STOP, hi)
    store_obj(p, SLICE_STEP, step)
    return ptr_word(p)


def rt_is_slice(x: obj) -> i32:
    return rt_type_id(x) == TYPE_SLICE


def rt_slice_part(s: obj, off: i32) -> obj:
    """A part of a slice as rt_getslice takes it: NULL_WORD for None."""
    v: obj = load_obj(word_ptr(s) + off, 0)
    if v is None:
        return NULL_WORD
    return v


def rt_slice_getattr(s: obj, name: obj) -> obj:
    p: i32 = word_ptr(s)
    if rt_str_eq(name, "start"):
        return load_obj(p, SLICE_START)
    if rt_str_eq(name, "stop"):
        return load_obj(p, SLICE_STOP)
    if rt_str_eq(name, "step"):
        return load_obj(p, SLICE_STEP)
    return rt_attr_error(s, name)


def rt_slice_repr(s: obj) -> obj:
    p: i32 = word_ptr(s)
    r: obj = rt_str_concat("slice(", rt_repr(load_obj(p, SLICE_START)))
    r = rt_str_concat(rt_str_concat(r, ", "), rt_repr(load_obj(p, SLICE_STOP)))
    r = rt_str_concat(rt_str_concat(r, ", "), rt_repr(load_obj(p, SLICE_STEP)))
    return rt_str_concat(r, ")")


def rt_slice_equal(a: obj, b: obj) -> i32:
    """Two slices compare as the tuples of their parts."""
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    return rt_equal(load_obj(pa, SLICE_START), load_obj(pb, SLICE_START)) and rt_equal(load_obj(pa, SLICE_STOP), load_obj(pb, SLICE_STOP)) and rt_equal(load_obj(pa, SLICE_STEP), load_obj(pb, SLICE_STEP))


def rt_slice_hash(s: obj) -> obj:
    """CPython 3.12's slice_hash: the tuple hash of (start, stop, step) without the length term."""
    p: i32 = word_ptr(s)
    acc: i64 = 2870177450012600261
    off: i32 = SLICE_START
    while off <= SLICE_STEP:
        h: obj = rt_hash(load_obj(p + off, 0))
        if exc_get() is not 0:
            return 1
        acc = rt_xx_lane(acc, h)
        off = off + 8
    if acc == -1:
        return tag_int(1546275796)
    return rt_int_from_i64(acc)


def rt_m_indices(s: obj, length: obj) -> obj:
    """slice.indices(length): (start, stop, step) clipped to a sequence of that length."""
    if not rt_is_slice(s):
        return rt_no_attr(s, "indices")
    if not rt_index_arg(length):
        return 1
    n: obj = rt_to_int(length)
    if rt_int_is_neg(n):
        rt_raise("ValueError", "length should not be negative")
        return 1
    rt_slice_indices64(rt_slice_part(s, SLICE_START), rt_slice_part(s, SLICE_STOP), rt_slice_part(s, SLICE_STEP), rt_index_value(n))
    if exc_get() is not 0:
        return 1
    start: i64 = load_i64(SCRATCH, 0)
    stop: i64 = load_i64(SCRATCH, 8)
    step: i64 = load_i64(SCRATCH, 16)
    r: obj = rt_tuple_new(3)
    rt_tuple_set(r, 0, rt_int_from_i64(start))
    rt_tuple_set(r, 1, rt_int_from_i64(stop))
    rt_tuple_set(r, 2, rt_int_from_i64(step))
    return r
