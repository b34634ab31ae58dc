# dict methods (get, setdefault, pop, popitem, keys, values, items, update, clear, copy,
# fromkeys), dict views and iterators (forward and reversed), repr of dicts and views, dict |,
# and dict(...) calls. The table itself is in dict.py.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_obj, store_obj, word_ptr, ptr_word, tag_int, is_small, exc_get,
    exc_set, i32_to_i64, box_bool, load_i64, untag_int, i64_to_i32, i64_shr_u,
    NULL_WORD, RT_REPR_LIST, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_DICT_VIEW, TYPE_DICT_ITER,
    DICT_USED, DV_DICT, DV_KIND, DV_SIZE, DVK_KEYS, DVK_VALUES, DVK_ITEMS, DVK_REVERSED,
    DI_POS, DI_USED, DI_LEN, DI_SIZE, DK_NENTRIES, DK_USABLE, DICT_KEYS, DKE_VALUE,
    DKE_KEY, DKE_HASH, DKE_SIZE, DK_INDEX, DK_LOG2, DK_LAST, TYPE_STR, STR_HASH,
)


# ---- views and iterators -------------------------------------------------------------------------

def rt_dict_view(d: obj, kind: i32) -> obj:
    p: i32 = rt_alloc(DV_SIZE, TYPE_DICT_VIEW)
    store_obj(p, DV_DICT, d)
    store_i32(p, DV_KIND, kind)
    return ptr_word(p)


def rt_dict_iter(d: obj, kind: i32) -> obj:
    """An iterator over d's keys, values or items (kind DVK_*, plus DVK_REVERSED)."""
    p: i32 = rt_alloc(DI_SIZE, TYPE_DICT_ITER)
    store_obj(p, DV_DICT, d)
    store_i32(p, DV_KIND, kind)
    n: i32 = rt_dict_len(d)
    store_i32(p, DI_USED, n)
    store_i32(p, DI_LEN, n)
    if kind & DVK_REVERSED:
        dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
        last: i32 = -1
        if dk != 0:
            last = load_i32(dk, DK_NENTRIES) - 1
        store_i32(p, DI_POS, last)
    return ptr_word(p)


def rt_dict_iter_next(it: obj) -> obj:
    """The next item of a dict iterator, or NULL_WORD at the end (RuntimeError pending when the
    dict changed size, as CPython)."""
    p: i32 = word_ptr(it)
    d: obj = load_obj(p, DV_DICT)
    used: i32 = load_i32(p, DI_USED)
    if used == -1:
        return NULL_WORD
    if used != rt_dict_len(d):
        store_i32(p, DI_USED, -1)
        rt_raise("RuntimeError", "dictionary changed size during iteration")
        return NULL_WORD
    kind: i32 = load_i32(p, DV_KIND)
    pos: i32 = load_i32(p, DI_POS)
    i: i32 = -1
    if kind & DVK_REVERSED:
        while pos >= 0:
            if rt_dict_next(d, pos) == pos:
                i = pos
                break
            pos = pos - 1
        store_i32(p, DI_POS, pos - 1)
    else:
        i = rt_dict_next(d, pos)
        store_i32(p, DI_POS, i + 1)
    if i < 0:
        store_i32(p, DI_USED, -1)
        store_i32(p, DI_POS, 2147483647)
        return NULL_WORD
    left: i32 = load_i32(p, DI_LEN)
    if left == 0:
        store_i32(p, DI_USED, -1)
        rt_raise("RuntimeError", "dictionary keys changed during iteration")
        return NULL_WORD
    store_i32(p, DI_LEN, left - 1)
    k: i32 = kind & 3
    if k == DVK_KEYS:
        return rt_dict_key_at(d, i)
    if k == DVK_VALUES:
        return rt_dict_value_at(d, i)
    return rt_tuple_new2(rt_dict_key_at(d, i), rt_dict_value_at(d, i))


def rt_dict_view_dict(v: obj) -> obj:
    return load_obj(word_ptr(v), DV_DICT)


def rt_dict_view_kind(v: obj) -> i32:
    return load_i32(word_ptr(v), DV_KIND)


def rt_dict_view_contains(v: obj, x: obj) -> i32:
    """x in d.keys() / d.values() / d.items()."""
    d: obj = rt_dict_view_dict(v)
    kind: i32 = rt_dict_view_kind(v)
    if kind == DVK_KEYS:
        return rt_dict_contains(d, x)
    if kind == DVK_ITEMS:
        if rt_type_id(x) != TYPE_TUPLE or rt_tuple_len(x) != 2:
            return 0
        w: obj = rt_dict_get(d, rt_tuple_item(x, 0))
        if w is NULL_WORD:
            return 0
        u: obj = rt_tuple_item(x, 1)
        return u is w or rt_equal(w, u)
    i: i32 = rt_dict_next(d, 0)
    while i >= 0:
        y: obj = rt_dict_value_at(d, i)
        if y is x or rt_equal(y, x):
            return 1
        if exc_get() is not 0:
            return 0
        i = rt_dict_next(d, i + 1)
    return 0


def rt_dict_view_name(kind: i32) -> obj:
    if kind == DVK_KEYS:
        return "dict_keys"
    if kind == DVK_VALUES:
        return "dict_values"
    return "dict_items"


def rt_dict_iter_name(kind: i32) -> obj:
    k: i32 = kind & 3
    if kind & DVK_REVERSED:
        if k == DVK_KEYS:
            return "dict_reversekeyiterator"
        if k == DVK_VALUES:
            return "dict_reversevalueiterator"
        return "dict_reverseitemiterator"
    if k == DVK_KEYS:
        return "dict_keyiterator"
    if k == DVK_VALUES:
        return "dict_valueiterator"
    return "dict_itemiterator"


# ---- repr --------------------------------------------------------------------------------------

def rt_repr_enter(x: obj) -> i32:
    """CPython's Py_ReprEnter: 1 when x's repr is already in progress (print {...} / [...]);
    else records x (rt_repr_leave forgets it) and gives 0."""
    active: i32 = load_i32(RT_REPR_LIST, 0)
    if active == 0:
        active = word_ptr(rt_list_new(0))
        store_i32(RT_REPR_LIST, 0, active)
    if rt_contains_identity(ptr_word(active), x):
        return 1
    rt_list_append(ptr_word(active), x)
    return 0


def rt_repr_leave() -> None:
    rt_m_pop(ptr_word(load_i32(RT_REPR_LIST, 0)), NULL_WORD)


def rt_dict_repr_to(d: obj, sink: obj) -> None:
    """repr(d): {'a': 1, 'b': [2]}; a dict inside itself is {...}."""
    if rt_dict_len(d) == 0:
        rt_emit("{}", sink)
        return
    if rt_repr_enter(d):
        rt_emit("{...}", sink)
        return
    rt_emit("{", sink)
    first: i32 = 1
    i: i32 = rt_dict_next(d, 0)
    while i >= 0:
        if not first:
            rt_emit(", ", sink)
        first = 0
        v: obj = rt_dict_value_at(d, i)
        rt_repr_to(rt_dict_key_at(d, i), sink)
        if exc_get() is not 0:
            rt_repr_leave()
            return
        rt_emit(": ", sink)
        rt_repr_to(v, sink)
        if exc_get() is not 0:
            rt_repr_leave()
            return
        i = rt_dict_next(d, i + 1)
    rt_emit("}", sink)
    rt_repr_leave()


def rt_dict_view_repr_to(v: obj, sink: obj) -> None:
    """repr(d.keys()): dict_keys(['a', 'b']) (and dict_values, dict_items)."""
    kind: i32 = rt_dict_view_kind(v)
    rt_emit(rt_dict_view_name(kind), sink)
    if rt_repr_enter(v):
        rt_emit("(...)", sink)
        return
    # The view's items listed directly, not by list(v): the generic list() reaches every
    # iterable's code (generators, user __iter__), and this repr is on the path of every
    # uncaught exception's report, so it would be in every module (fib's: 599 -> 174 functions).
    it: obj = rt_dict_iter(rt_dict_view_dict(v), kind)
    l: obj = rt_list_new(0)
    while True:
        x: obj = rt_dict_iter_next(it)
        if x is NULL_WORD:
            break
        rt_list_append(l, x)
    rt_emit("(", sink)
    rt_repr_to(l, sink)
    rt_emit(")", sink)
    rt_repr_leave()


# ---- methods -------------------------------------------------------------------------------------
# Each takes its optional arguments as NULL_WORD when absent; `self` may be of any type (the
# lowering dispatches by method name only), so each checks it first.

def rt_dict_self(d: obj, name: obj) -> i32:
    """1 when d is a dict; else AttributeError ('int' object has no attribute 'get') and 0."""
    if rt_dict_is(d):
        return 1
    rt_no_attr(d, name)
    return 0


def rt_dm_get(d: obj, k: obj, dflt: obj) -> obj:
    """d.get(k[, default]). rt_dict_entry's fast paths are written out here (the key last found,
    then a probe by identity for a small int or a str with its hash cached), so that
    wordcount's `counts.get(w, 0)` is one call that makes none; every other case is
    rt_dm_get_slow's, which starts over."""
    if not is_small(d):
        p: i32 = word_ptr(d)
        if load_i32(p, 0) == TYPE_DICT:
            dk: i32 = load_i32(p, DICT_KEYS)
            if dk != 0:
                ents: i32 = dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2))
                e: i32 = ents + DKE_SIZE * load_i32(dk, DK_LAST)
                if load_obj(e, DKE_KEY) is k:
                    return load_obj(e, DKE_VALUE)
                h: i64 = -1
                ksmall: i32 = is_small(k)
                if ksmall:
                    v: i64 = untag_int(k)
                    if v < 2305843009213693951 and v > -2305843009213693951:
                        h = v
                elif load_i32(word_ptr(k), 0) == TYPE_STR:
                    h = load_i64(word_ptr(k), STR_HASH)
                    if h == 0:
                        h = -1
                if h != -1:
                    mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
                    perturb: i64 = h
                    i: i64 = h & mask
                    while True:
                        ix: i32 = load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0)
                        if ix == 0:
                            if dflt is NULL_WORD:
                                return None
                            return dflt
                        if ix > 0:
                            e = ents + DKE_SIZE * (ix - 1)
                            ek: obj = load_obj(e, DKE_KEY)
                            if ek is k:
                                store_i32(dk, DK_LAST, ix - 1)
                                return load_obj(e, DKE_VALUE)
                            if load_i64(e, DKE_HASH) == h:
                                if not (is_small(ek) & ksmall):
                                    break
                        perturb = i64_shr_u(perturb, 5)
                        i = (i * 5 + perturb + 1) & mask
    return rt_dm_get_slow(d, k, dflt)


def rt_dm_get_slow(d: obj, k: obj, dflt: obj) -> obj:
    """d.get(k[, default]) past rt_dm_get's fast paths."""
    if is_small(d) or load_i32(word_ptr(d), 0) != TYPE_DICT:
        rt_dict_self(d, "get")
        return 1
    e: i32 = rt_dict_entry(d, k)
    if e == 0:
        if exc_get() is not 0:
            return 1
        if dflt is NULL_WORD:
            return None
        return dflt
    return load_obj(e, DKE_VALUE)


def rt_dm_setdefault(d: obj, k: obj, dflt: obj) -> obj:
    """d.setdefault(k[, default])."""
    if not rt_dict_self(d, "setdefault"):
        return 1
    h: i64 = rt_key_hash(k)
    if h == -1:
        return 1
    ix: i32 = rt_dict_lookup(d, k, h)
    if ix == -2:
        return 1
    if ix >= 0:
        return rt_dict_value_at(d, ix)
    if dflt is NULL_WORD:
        dflt = None
    rt_dict_insert_new(d, k, h, dflt)
    return dflt


def rt_dict_pop(d: obj, k: obj, dflt: obj) -> obj:
    """d.pop(k[, default])."""
    h: i64 = rt_key_hash(k)
    if h == -1:
        return 1
    ix: i32 = rt_dict_lookup(d, k, h)
    if ix == -2:
        return 1
    if ix < 0:
        if dflt is NULL_WORD:
            rt_key_error(k)
            return 1
        return dflt
    v: obj = rt_dict_value_at(d, ix)
    rt_dict_del_at(d, ix)
    return v


def rt_dict_popitem(d: obj) -> obj:
    """d.popitem(): the last item, removed (KeyError when empty)."""
    if rt_dict_len(d) == 0:
        rt_raise("KeyError", "popitem(): dictionary is empty")
        return 1
    dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
    i: i32 = load_i32(dk, DK_NENTRIES) - 1
    while rt_dict_next(d, i) != i:
        i = i - 1
    t: obj = rt_tuple_new2(rt_dict_key_at(d, i), rt_dict_value_at(d, i))
    rt_dict_del_at(d, i)
    # CPython also forgets the entry slot, so the next insertion reuses it.
    store_i32(dk, DK_NENTRIES, i)
    store_i32(dk, DK_USABLE, load_i32(dk, DK_USABLE) + 1)
    return t


def rt_dm_popitem(d: obj) -> obj:
    if not rt_dict_self(d, "popitem"):
        return 1
    return rt_dict_popitem(d)


def rt_dm_keys(d: obj) -> obj:
    if not rt_dict_self(d, "keys"):
        return 1
    return rt_dict_view(d, DVK_KEYS)


def rt_dm_values(d: obj) -> obj:
    if not rt_dict_self(d, "values"):
        return 1
    return rt_dict_view(d, DVK_VALUES)


def rt_dm_items(d: obj) -> obj:
    if not rt_dict_self(d, "items"):
        return 1
    return rt_dict_view(d, DVK_ITEMS)


def rt_dict_update_seq(d: obj, x: obj) -> None:
    """d.update(x) for an iterable of pairs (CPython's messages for bad items)."""
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return
    n: i32 = 0
    while True:
        item: obj = rt_next(it)
        if item is NULL_WORD:
            return
        t: i32 = rt_type_id(item)
        if t != TYPE_TUPLE and t != TYPE_LIST:
            if rt_is_iterable(item):
                item = rt_tuple_call(item)
            else:
                m: obj = rt_str_concat("cannot convert dictionary update sequence element #", rt_i64_to_str(i32_to_i64(n)))
                rt_raise("TypeError", rt_str_concat(m, " to a sequence"))
                return
        if rt_seq_len(item) != 2:
            m2: obj = rt_str_concat("dictionary update sequence element #", rt_i64_to_str(i32_to_i64(n)))
            m2 = rt_str_concat(rt_str_concat(m2, " has length "), rt_i64_to_str(i32_to_i64(rt_seq_len(item))))
            rt_raise("ValueError", rt_str_concat(m2, "; 2 is required"))
            return
        rt_dict_set(d, rt_seq_item(item, 0), rt_seq_item(item, 1))
        if exc_get() is not 0:
            return
        n = n + 1


def rt_dict_update_any(d: obj, x: obj) -> None:
    """d.update(x): a dict (or a dict's items view) or an iterable of pairs."""
    b: obj = rt_inst_builtin(x)
    if b is not NULL_WORD and rt_dict_is(b):
        x = b  # a Counter, defaultdict or OrderedDict: the dict it keeps
    if rt_dict_is(x):
        rt_dict_update_from_dict(d, x)
        return
    if not rt_is_iterable(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not iterable"))
        return
    rt_dict_update_seq(d, x)


def rt_dm_update(d: obj, x: obj) -> obj:
    """d.update([x])."""
    if not rt_dict_self(d, "update"):
        return 1
    if x is not NULL_WORD:
        rt_dict_update_any(d, x)
        if exc_get() is not 0:
            return 1
    return None


def rt_dict_merge_kw(d: obj, x: obj) -> obj:
    """{**x} and f(**x) style merging: x must be a dict ('X' object is not a mapping)."""
    b: obj = rt_inst_builtin(x)
    if b is not NULL_WORD and rt_dict_is(b):
        x = b
    if not rt_dict_is(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object is not a mapping"))
        return 1
    rt_dict_update_from_dict(d, x)
    if exc_get() is not 0:
        return 1
    return None


def rt_dict_call(x: obj) -> obj:
    """dict(x) (x NULL_WORD: dict())."""
    d: obj = rt_dict_new()
    if x is not NULL_WORD:
        rt_dict_update_any(d, x)
        if exc_get() is not 0:
            return 1
    return d


def rt_dict_fromkeys(it: obj, v: obj) -> obj:
    """dict.fromkeys(iterable[, value])."""
    if v is NULL_WORD:
        v = None
    d: obj = rt_dict_new()
    i: obj = rt_iter(it)
    if exc_get() is not 0:
        return 1
    while True:
        k: obj = rt_next(i)
        if k is NULL_WORD:
            break
        rt_dict_set(d, k, v)
        if exc_get() is not 0:
            return 1
    if exc_get() is not 0:
        return 1
    return d


def rt_dict_or(a: obj, b: obj) -> obj:
    """a | b for two dicts: a copy of a updated with b."""
    d: obj = rt_dict_copy(a)
    rt_dict_update_from_dict(d, b)
    if exc_get() is not 0:
        return 1
    return d


def rt_dict_ior(a: obj, b: obj) -> obj:
    """a |= b for a dict a: b may be any mapping or iterable of pairs."""
    rt_dict_update_any(a, b)
    if exc_get() is not 0:
        return 1
    return a
