# The methods of sets and frozensets, and the dispatchers for method names that dicts, sets
# and lists share (pop, clear, copy, update). The lowering (src/lower/dicts.ts) dispatches by
# name only, so every function here checks its receiver first: AttributeError for a type
# without the method. Variadic methods get their arguments as one tuple.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_obj, store_obj, store_i64, bits_word, word_ptr, is_small, exc_get,
    exc_set, box_bool, i64_to_i32, untag_int, load_i64, word_bits, i64_shr_u,
    NULL_WORD, TYPE_SET, TYPE_FROZENSET, TYPE_DICT, TYPE_LIST, TYPE_STR, STR_HASH, SET_USED, SET_MASK, SET_TABLE,
    SET_FINGER, SE_SIZE, SE_KEY, SE_HASH, SET_DUMMY_BITS, SET_EMPTY_BITS,
)


def rt_ds_check(x: obj, name: obj, dmsg: obj, smsg: obj, fmsg: obj, lmsg: obj) -> None:
    """Arity and keyword errors of a method call, by the receiver's type: each message is the
    TypeError for a dict, set, frozenset or list receiver, "" when that type accepts the call,
    NULL_WORD when the type has no such method (AttributeError)."""
    t: i32 = rt_type_id(x)
    msg: obj = NULL_WORD
    if t == TYPE_DICT:
        msg = dmsg
    elif t == TYPE_SET:
        msg = smsg
    elif t == TYPE_FROZENSET:
        msg = fmsg
    elif t == TYPE_LIST:
        msg = lmsg
    if msg is NULL_WORD:
        rt_no_attr(x, name)
        return
    if rt_str_len(msg) != 0:
        rt_raise("TypeError", msg)


def rt_set_self(s: obj, name: obj) -> i32:
    """1 when s is a set (the mutating methods); else AttributeError and 0."""
    if rt_type_id(s) == TYPE_SET:
        return 1
    rt_no_attr(s, name)
    return 0


def rt_anyset_self(s: obj, name: obj) -> i32:
    """1 when s is a set or a frozenset; else AttributeError and 0."""
    if rt_anyset_is(s):
        return 1
    rt_no_attr(s, name)
    return 0


def rt_none_or_error() -> obj:
    if exc_get() is not 0:
        return 1
    return None


def rt_set_or_error(s: obj) -> obj:
    if exc_get() is not 0:
        return 1
    return s


# ---- shared names ----------------------------------------------------------------------------------

def rt_dsm_pop(x: obj, a: obj, b: obj) -> obj:
    """x.pop(...): dict.pop(k[, d]), set.pop(), or list.pop([i])."""
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        return rt_dict_pop(x, a, b)
    if t == TYPE_SET:
        return rt_set_pop(x)
    return rt_m_pop(x, a)


def rt_dsm_clear(x: obj) -> obj:
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        rt_dict_clear(x)
        return None
    if t == TYPE_SET:
        rt_set_clear(x)
        return None
    return rt_m_clear(x)


def rt_dsm_copy(x: obj) -> obj:
    t: i32 = rt_type_id(x)
    if t == TYPE_DICT:
        return rt_dict_copy(x)
    if t == TYPE_SET:
        return rt_set_copy(x)
    if t == TYPE_FROZENSET:
        return x
    return rt_m_copy(x)


def rt_dsm_update(x: obj, args: obj, kw: obj) -> obj:
    """dict.update([m], **kw) or set.update(*others)."""
    t: i32 = rt_type_id(x)
    n: i32 = rt_tuple_len(args)
    if t == TYPE_DICT:
        if n == 1:
            rt_dict_update_any(x, rt_tuple_item(args, 0))
            if exc_get() is not 0:
                return 1
        if kw is not NULL_WORD:
            rt_dict_update_from_dict(x, kw)
        return rt_none_or_error()
    if not rt_set_self(x, "update"):
        return 1
    i: i32 = 0
    while i < n:
        rt_set_update(x, rt_tuple_item(args, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    return None


def rt_dm_fromkeys(x: obj, it: obj, v: obj) -> obj:
    """d.fromkeys(it[, v]) called on a dict instance."""
    if not rt_dict_self(x, "fromkeys"):
        return 1
    return rt_dict_fromkeys(it, v)


# ---- set methods -----------------------------------------------------------------------------------

def rt_set_pop(s: obj) -> obj:
    """CPython's set.pop: from the search finger on, the first live slot."""
    p: i32 = word_ptr(s)
    if load_i32(p, SET_USED) == 0:
        rt_raise("KeyError", "pop from an empty set")
        return 1
    mask: i32 = load_i32(p, SET_MASK)
    table: i32 = load_i32(p, SET_TABLE)
    i: i32 = load_i32(p, SET_FINGER) & mask
    while not rt_se_live(table + SE_SIZE * i):
        i = i + 1
        if i > mask:
            i = 0
    e: i32 = table + SE_SIZE * i
    k: obj = load_obj(e, SE_KEY)
    store_obj(e, SE_KEY, bits_word(SET_DUMMY_BITS))
    store_i64(e, SE_HASH, -1)
    store_i32(p, SET_USED, load_i32(p, SET_USED) - 1)
    store_i32(p, SET_FINGER, i + 1)
    return k


def rt_sm_add(s: obj, k: obj) -> obj:
    """s.add(k) (wordcount adds 2 million keys). A key whose hash needs no call (a small int, a
    str with its hash cached) is probed for here (CPython's set_add_entry order), comparing by
    identity only (two small ints with the same hash are different keys): found, nothing to do;
    an empty slot, rt_set_add_new. Every other case (another type of key, a candidate with the
    same hash that is not k itself, a receiver that is not a set) starts over in rt_sm_add_slow.
    Each call is the function's result, so no value lives across one: Cranelift saves no
    callee-saved register here and the found path keeps no shadow-stack frame."""
    if not is_small(s):
        p: i32 = word_ptr(s)
        if load_i32(p, 0) == TYPE_SET:
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
                table: i32 = load_i32(p, SET_TABLE)
                mask: i32 = load_i32(p, SET_MASK)
                perturb: i64 = h
                i: i32 = i64_to_i32(h) & mask
                freeslot: i32 = 0
                slow: i32 = 0
                while True:
                    e: i32 = table + SE_SIZE * i
                    probes: i32 = 0
                    if i + 9 <= mask:
                        probes = 9
                    while True:
                        sk: obj = load_obj(e, SE_KEY)
                        if word_bits(sk) == SET_EMPTY_BITS:
                            return rt_set_add_new(s, e, freeslot, k, h)
                        eh: i64 = load_i64(e, SE_HASH)
                        if eh == h:
                            if sk is k:
                                return None
                            if not (is_small(sk) & ksmall):
                                slow = 1
                                break
                        elif eh == -1:
                            freeslot = e
                        e = e + SE_SIZE
                        if probes == 0:
                            break
                        probes = probes - 1
                    if slow:
                        break
                    perturb = i64_shr_u(perturb, 5)
                    i = (i * 5 + 1 + i64_to_i32(perturb)) & mask
    return rt_sm_add_slow(s, k)


def rt_set_add_new(s: obj, e: i32, freeslot: i32, k: obj, h: i64) -> obj:
    """rt_sm_add's insertion of an absent key: None, or 1 with an exception pending."""
    rt_set_insert_at(s, e, freeslot, k, h)
    if exc_get() is not 0:
        return 1
    return None


def rt_sm_add_slow(s: obj, k: obj) -> obj:
    """s.add(k) past rt_sm_add's fast path: any key (rt_set_add_entry), AttributeError for a
    receiver that is not a set."""
    if not is_small(s):
        if load_i32(word_ptr(s), 0) == TYPE_SET:
            h: i64 = rt_dict_key_hash(k)
            if h == -1:
                return 1
            rt_set_add_entry(s, k, h)
            if exc_get() is not 0:
                return 1
            return None
    rt_set_self(s, "add")
    return 1


def rt_sm_remove(s: obj, k: obj) -> obj:
    if rt_list_is(s):
        return rt_list_remove(s, k)  # list.remove shares the method name (list.py)
    if not rt_set_self(s, "remove"):
        return 1
    if not rt_set_discard_key(s, k):
        if exc_get() is 0:
            rt_key_error(k)
        return 1
    return None


def rt_sm_discard(s: obj, k: obj) -> obj:
    if not rt_set_self(s, "discard"):
        return 1
    rt_set_discard_key(s, k)
    return rt_none_or_error()


def rt_sm_union(s: obj, args: obj) -> obj:
    """s.union(*others): a copy of s updated with each other (an argument that is s is
    skipped, as CPython)."""
    if not rt_anyset_self(s, "union"):
        return 1
    r: obj = rt_set_copy(s)
    n: i32 = rt_tuple_len(args)
    i: i32 = 0
    while i < n:
        o: obj = rt_tuple_item(args, i)
        if o is not s:
            rt_set_update(r, o)
            if exc_get() is not 0:
                return 1
        i = i + 1
    return r


def rt_sm_intersection(s: obj, args: obj) -> obj:
    if not rt_anyset_self(s, "intersection"):
        return 1
    n: i32 = rt_tuple_len(args)
    if n == 0:
        return rt_set_copy(s)
    r: obj = s
    i: i32 = 0
    while i < n:
        r = rt_set_intersection(r, rt_tuple_item(args, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    return r


def rt_sm_difference(s: obj, args: obj) -> obj:
    if not rt_anyset_self(s, "difference"):
        return 1
    n: i32 = rt_tuple_len(args)
    if n == 0:
        return rt_set_copy(s)
    r: obj = rt_set_difference(s, rt_tuple_item(args, 0))
    if exc_get() is not 0:
        return 1
    i: i32 = 1
    while i < n:
        rt_set_difference_update(r, rt_tuple_item(args, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    return r


def rt_sm_symmetric_difference(s: obj, o: obj) -> obj:
    if not rt_anyset_self(s, "symmetric_difference"):
        return 1
    return rt_set_symdiff(s, o)


def rt_sm_intersection_update(s: obj, args: obj) -> obj:
    if not rt_set_self(s, "intersection_update"):
        return 1
    n: i32 = rt_tuple_len(args)
    r: obj = s
    i: i32 = 0
    while i < n:
        r = rt_set_intersection(r, rt_tuple_item(args, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    if n > 0:
        rt_set_swap_in(s, r)
    return None


def rt_sm_difference_update(s: obj, args: obj) -> obj:
    if not rt_set_self(s, "difference_update"):
        return 1
    n: i32 = rt_tuple_len(args)
    i: i32 = 0
    while i < n:
        rt_set_difference_update(s, rt_tuple_item(args, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    return None


def rt_sm_symmetric_difference_update(s: obj, o: obj) -> obj:
    if not rt_set_self(s, "symmetric_difference_update"):
        return 1
    rt_set_symdiff_update(s, o)
    return rt_none_or_error()


def rt_sm_issubset(s: obj, o: obj) -> obj:
    if not rt_anyset_self(s, "issubset"):
        return 1
    if rt_anyset_is(o):
        r: i32 = rt_set_issubset_set(s, o)
        if exc_get() is not 0:
            return 1
        return box_bool(r)
    t: obj = rt_set_intersection(s, o)
    if exc_get() is not 0:
        return 1
    return box_bool(rt_set_len(t) == rt_set_len(s))


def rt_sm_issuperset(s: obj, o: obj) -> obj:
    if not rt_anyset_self(s, "issuperset"):
        return 1
    if rt_anyset_is(o):
        r: i32 = rt_set_issubset_set(o, s)
        if exc_get() is not 0:
            return 1
        return box_bool(r)
    it: obj = rt_iter(o)
    if exc_get() is not 0:
        return 1
    while True:
        k: obj = rt_next(it)
        if k is NULL_WORD:
            break
        c: i32 = rt_set_contains_key(s, k)
        if exc_get() is not 0:
            return 1
        if not c:
            return False
    if exc_get() is not 0:
        return 1
    return True


def rt_sm_isdisjoint(s: obj, o: obj) -> obj:
    if not rt_anyset_self(s, "isdisjoint"):
        return 1
    if s is o:
        return box_bool(rt_set_len(s) == 0)
    if rt_anyset_is(o):
        big: obj = s
        small: obj = o
        if rt_set_len(o) > rt_set_len(s):
            big = o
            small = s
        i: i32 = rt_set_next(small, 0)
        while i >= 0:
            c: i32 = rt_set_contains_entry(big, rt_set_key_at(small, i), rt_set_hash_at(small, i))
            if exc_get() is not 0:
                return 1
            if c:
                return False
            i = rt_set_next(small, i + 1)
        return True
    it: obj = rt_iter(o)
    if exc_get() is not 0:
        return 1
    while True:
        k: obj = rt_next(it)
        if k is NULL_WORD:
            break
        c2: i32 = rt_set_contains_key(s, k)
        if exc_get() is not 0:
            return 1
        if c2:
            return False
    if exc_get() is not 0:
        return 1
    return True
