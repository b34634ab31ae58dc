# The builtins the lowering calls (src/lower/builtins.ts, src/lower/containers.ts): type tests,
# repr/str of any value and print of containers, len, min, max, sum, list, tuple, isinstance,
# enumerate, zip, reversed, iter, next, any, all. Sequence operations are in seq.py. NULL_WORD
# stands for an absent optional argument.
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_obj, store_obj, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, exc_get, exc_set, box_bool, i64_to_i32, i32_to_i64, f64_abs, i64_div_s,
    NULL_WORD, SCRATCH, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_TUPLE,
    TYPE_LIST, TYPE_RANGE, TYPE_SEQ_ITER, TYPE_GENERATOR, TYPE_SLICE, TUPLE_LEN, TUPLE_ITEMS, LIST_LEN, RANGE_START, TYPE_FILE,
    RANGE_STOP, RANGE_STEP, RANGE_LEN, RANGE_SIZE, ITER_SEQ, ITER_INDEX, ITER_SIZE, STR_LEN,
    TRUE_ADDR, SMALL_MAX, RT_REPR_LIST, TYPE_INSTANCE, TYPE_CLASS, TYPE_NOTIMPL, TYPE_ELLIPSIS, TYPE_EXC, SEL_REVERSED, SEL_LEN, SEL_GETITEM,
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
    if rt_ds_is(t):
        return rt_ds_type_name(0, t)
    if t == TYPE_FILE:
        return "_io.TextIOWrapper"
    if t == TYPE_CLASS:
        return "type"
    if t == TYPE_NOTIMPL:
        return "NotImplementedType"
    if t == TYPE_ELLIPSIS:
        return "ellipsis"
    if t == TYPE_GENERATOR:
        return "generator"
    if t == 20:
        return "bytes"
    if t == 21:
        return "bytearray"
    if t == TYPE_SLICE:
        return "slice"
    return rt_type_name_callable(t)


def rt_truth_other(x: obj, t: i32) -> i32:
    """The truth of the container types: non-empty."""
    if t == TYPE_TUPLE or t == TYPE_LIST:
        return load_i32(word_ptr(x), 8) != 0
    if t == TYPE_RANGE:
        return load_obj(word_ptr(x), RANGE_LEN) is not 0
    if t == TYPE_INSTANCE:
        return rt_inst_truth(x)
    if rt_ds_is(t):
        return rt_ds_truth(x, t)
    if t == 20 or t == 21:
        return rt_bytes_len(x) != 0
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
    p: i32 = word_ptr(x)
    if load_i32(p, 0) == TYPE_LIST:
        return rt_list_get(x, i)  # a float list boxes its raw item
    return load_obj(rt_seq_items(x) + 8 * i, 0)


def rt_isinstance(x: obj, mask: i32) -> i32:
    """isinstance(x, T) as an i32 0/1, where mask has bit (1 << TYPE_*) set for each class in T
    (bool is an int). An i32, so that `if isinstance(x, T):` branches on it directly."""
    t: i32 = rt_type_id(x)
    if (mask >> t) & 1:
        return 1
    if t == TYPE_BOOL and (mask >> TYPE_INT) & 1:
        return 1
    return 0


def rt_isinstance_t(t: i32, mask: i32) -> i32:
    """rt_isinstance for x's TYPE_* id t (purecalls.ts: a chain of isinstance() tests of one value
    reads its type once)."""
    if (mask >> t) & 1:
        return 1
    if t == TYPE_BOOL and (mask >> TYPE_INT) & 1:
        return 1
    return 0


def rt_int_arg(x: obj) -> i32:
    """1 when x is an int or a bool; else TypeError ('float' object cannot be interpreted as an
    integer) and 0."""
    if rt_num_kind(x) == 1:
        return 1
    rt_check_index(x)
    return 0


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
    if rt_ds_is(t):
        rt_ds_repr_to(x, t, sink)
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
    if t == TYPE_EXC:
        return rt_exc_repr(x)
    if (t >= TYPE_FUNC and t <= TYPE_FILTER_ITER) or t == 29 or t == 36:  # 29, 36: staticmethod, classmethod
        return rt_repr_callable(x, t)
    if t == 20 or t == 21:
        return rt_bytes_repr(x)
    return rt_object_repr(x)


def rt_repr(x: obj) -> obj:
    """repr(x)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE or rt_ds_is(t):
        parts: obj = rt_list_new(0)
        rt_repr_to(x, parts)
        if exc_get() is not 0:
            return 1
        return rt_str_concat_items(rt_seq_items(parts), rt_seq_len(parts))
    return rt_repr_scalar(x)


def rt_str_call(x: obj) -> obj:
    """str(x)."""
    if is_small(x):
        return rt_i64_to_str(untag_int(x))
    if rt_is_str(x):
        return x
    if rt_is_exc(x):
        return rt_exc_str(x)
    if rt_is_inst(x):
        return rt_obj_str(x)
    return rt_repr(x)


def rt_print_obj(x: obj) -> None:
    """print()'s writer for programs that can make containers (others use rt_write_obj)."""
    t: i32 = rt_type_id(x)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE or rt_ds_is(t):
        rt_repr_to(x, NULL_WORD)
        return
    if t == 20 or t == 21:
        rt_write_str(rt_bytes_repr(x))
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
    if t == TYPE_INSTANCE:
        return rt_inst_len(x)
    if rt_ds_is(t):
        return rt_ds_len(x, t)
    if t == 20 or t == 21:
        return tag_int(i32_to_i64(rt_bytes_len(x)))
    if rt_is_enum_class(x):
        return rt_enum_len(x)
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
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
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
    t: i32 = rt_type_id(x)
    if (t == TYPE_LIST or t == TYPE_TUPLE) and rt_seq_len(x) > 0:
        return rt_minmax_seq(x, is_max)
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    best: obj = rt_next(it)
    if exc_get() is not 0:
        return 1
    if best is NULL_WORD:
        if exc_get() is not 0:
            return 1  # the iterator (a generator) raised
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
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
            return best
        if is_max:
            if rt_order(v, best, ">") == 1:
                best = v
        elif rt_order(v, best, "<") == -1:
            best = v
        if exc_get() is not 0:
            return 1


def rt_minmax_seq(x: obj, is_max: i32) -> obj:
    """min/max of a non-empty list or tuple, read by index as its iterator would (the length
    read again at each item: a comparison may change the list); small ints compare inline."""
    best: obj = rt_seq_item(x, 0)
    i: i32 = 1
    while i < rt_seq_len(x):
        v: obj = rt_seq_item(x, i)
        i = i + 1
        if is_small(v) & is_small(best):
            if is_max:
                if untag_int(v) > untag_int(best):
                    best = v
            elif untag_int(v) < untag_int(best):
                best = v
            continue
        if is_max:
            if rt_order(v, best, ">") == 1:
                best = v
        elif rt_order(v, best, "<") == -1:
            best = v
        if exc_get() is not 0:
            return 1
    return best


def rt_sum(x: obj, start: obj) -> obj:
    """sum(x, start), CPython 3.12's way: exact ints, then floats with Neumaier's compensated
    summation, then generic +."""
    if rt_is_str(start):
        rt_raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
        return 1
    result: obj = start
    done: i32 = 0
    tx: i32 = rt_type_id(x)
    if (tx == TYPE_LIST or tx == TYPE_TUPLE) and is_small(start):
        # small ints of a list or tuple (an eager generator expression's list) add in line, up
        # to the first other item or overflow; the iterator takes over from there
        while done < rt_seq_len(x):
            v0: obj = rt_seq_item(x, done)
            if not is_small(v0):
                break
            r0: i64 = untag_int(result) + untag_int(v0)
            if untag_int(tag_int(r0)) != r0:
                break
            result = tag_int(r0)
            done = done + 1
        if done == rt_seq_len(x):
            return result
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    if done > 0:
        store_i32(word_ptr(it), ITER_INDEX, done)
    generic: i32 = 0
    gen: i32 = rt_is_gen(it)  # a generator is resumed directly (rt_next's first test)
    while True:
        if generic == 0 and not is_small(result) and rt_type_id(result) == TYPE_FLOAT:
            f: f64 = rt_float_value(result)
            c: f64 = 0.0
            while True:
                item: obj = rt_next(it)
                if item is NULL_WORD:
                    if exc_get() is not 0:
                        return 1  # the iterator (a generator) raised
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
        v: obj = NULL_WORD
        if gen:
            v = rt_gen_resume(it, None)
        else:
            v = rt_next(it)
        if v is NULL_WORD:
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
            return result
        if is_small(result) & is_small(v):
            r: i64 = untag_int(result) + untag_int(v)
            if untag_int(tag_int(r)) == r:
                result = tag_int(r)  # small ints add in line (CPython's exact-int loop)
                continue
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
# enumerate and zip are lazy (map iterators, keyfunc.py); reversed of a list or tuple collects
# its items when called.

def rt_enumerate(x: obj, start: obj) -> obj:
    n: obj = 0
    if start is not NULL_WORD:
        n = rt_enumerate_start(start)
        if exc_get() is not 0:
            return 1
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return 1
    return rt_enumerate_iter(it, n)


def rt_zip(args: obj) -> obj:
    """zip(*args) over a tuple of iterables: a lazy iterator of tuples up to the shortest (a map
    iterator without a function, keyfunc.py)."""
    k: i32 = rt_seq_len(args)
    its: obj = rt_tuple_new(k)
    i: i32 = 0
    while i < k:
        it: obj = rt_iter(rt_seq_item(args, i))
        if exc_get() is not 0:
            return 1
        rt_tuple_set(its, i, it)
        i = i + 1
    return rt_map_iter(NULL_WORD, its)


def rt_reversed(x: obj) -> obj:
    t: i32 = rt_type_id(x)
    if t == TYPE_INSTANCE:
        return rt_inst_reversed(x)
    if rt_ds_is(t):
        r: obj = rt_ds_reversed(x, t)
        if r is not NULL_WORD:
            return r
    if t != TYPE_LIST and t != TYPE_TUPLE and t != TYPE_STR and t != TYPE_RANGE and not rt_is_enum_class(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not reversible"))
        return 1
    if t == TYPE_RANGE:
        return rt_range_reversed(x)
    l: obj = rt_list_call(x)
    rt_m_reverse(l)
    return rt_iter(l)


def rt_inst_reversed(x: obj) -> obj:
    """reversed(x) for an instance: its __reversed__, else the sequence protocol (__len__ and
    __getitem__, read lazily from the end as CPython's reversed object does), else the built-in
    value of a subclass of a built-in type."""
    r: obj = rt_dunder_or_null(SEL_REVERSED, x, NULL_WORD)
    if r is not NULL_WORD or exc_get() is not 0:
        return r
    if rt_cls_has(x, SEL_LEN) and rt_cls_has(x, SEL_GETITEM):
        n: obj = rt_len(x)
        if exc_get() is not 0:
            return 1
        p: i32 = rt_alloc(ITER_SIZE, TYPE_SEQ_ITER)
        store_obj(p, ITER_SEQ, x)
        store_i32(p, ITER_INDEX, i64_to_i32(untag_int(n)))  # (rt_next counts it down: seq.py)
        return ptr_word(p)
    v: obj = rt_payload(x)
    if v is not NULL_WORD:
        return rt_reversed(v)
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not reversible"))
    return 1


def rt_iter_call(x: obj) -> obj:
    return rt_iter(x)


def rt_next_call(it: obj, dflt: obj) -> obj:
    """next(it[, default])."""
    if rt_is_inst(it):
        return rt_inst_next_call(it, dflt)
    ti: i32 = rt_type_id(it)
    if ti != TYPE_SEQ_ITER and ti != TYPE_MAP_ITER and ti != TYPE_FILTER_ITER and not rt_is_gen(it) and not rt_ds_iterator(it):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(it)), "' object is not an iterator"))
        return 1
    v: obj = rt_next(it)
    if v is NULL_WORD:
        if exc_get() is not 0:
            return 1  # the iterator (a generator) raised
        if dflt is not NULL_WORD:
            return dflt
        if rt_is_gen(it):
            rt_gen_stop(it)  # StopIteration with the value the generator returned
            return 1
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
            if exc_get() is not 0:
                return 1  # the iterator (a generator) raised
            return box_bool(is_all)
        t: i32 = rt_truth(v)
        if exc_get() is not 0:
            return 1
        if t != is_all:
            return box_bool(t)


def rt_enumerate_start(start: obj) -> obj:
    """enumerate()'s start argument as an int (a `for` loop over enumerate counts from it
    itself: src/lower/containers.ts), or TypeError with CPython's message."""
    if rt_num_kind(start) != 1:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(start)), "' object cannot be interpreted as an integer"))
        return 1
    return rt_to_int(start)
