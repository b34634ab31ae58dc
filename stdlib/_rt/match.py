# The match statement's run-time tests (src/lower/match.ts), after CPython's MATCH_SEQUENCE,
# MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS (Python/ceval.c, match_class and match_keys). Each
# returns NULL_WORD when the subject does not match (nothing pending), or a tuple of the values
# the sub-patterns go on to match; errors (a bad class pattern) are pending exceptions.
from __keel__ import (
    i32, i64, obj, load_obj, load_i32, word_ptr, exc_get, tag_int, untag_int, i64_to_i32, i32_to_i64,
    NULL_WORD, TYPE_LIST, TYPE_TUPLE, TYPE_RANGE, TYPE_BOOL, TYPE_BYTEARRAY, TYPE_BYTES,
    TYPE_DICT, TYPE_FLOAT, TYPE_FROZENSET, TYPE_INT, TYPE_SET, TYPE_STR, TUPLE_ITEMS, TUPLE_LEN,
    CLASS_MRO, CLASS_FLAGS, CLASS_INST_TYPE, CLASSF_BUILTIN, TYPE_INSTANCE, INST_CLASS,
)


def rt_match_sequence_of(v: obj) -> obj:
    """The value a sequence pattern reads: v itself for a list, tuple or range, the built-in
    value of an instance of a list or tuple subclass; NULL_WORD for anything else (str, bytes
    and bytearray are never sequences here)."""
    t: i32 = rt_type_id(v)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE:
        return v
    p: obj = rt_payload(v)
    if p is not NULL_WORD:
        t = rt_type_id(p)
        if t == TYPE_LIST or t == TYPE_TUPLE:
            return v
    # a deque: the stdlib's class says so
    if t == TYPE_INSTANCE and rt_class_lookup(load_obj(word_ptr(v), INST_CLASS), "_keel_sequence_") is not NULL_WORD:
        return v
    return NULL_WORD


def rt_match_seq(v: obj, before: i32, after: i32, star: i32) -> obj:
    """`[p0, .., *rest, .., pn]`: the `before` first items, (star) a list of the middle ones,
    then the `after` last ones; NULL_WORD when v is no sequence or its length does not fit."""
    s: obj = rt_match_sequence_of(v)
    if s is NULL_WORD:
        return NULL_WORD
    ln: obj = rt_len(s)
    if exc_get() is not 0:
        return NULL_WORD
    n: i32 = i64_to_i32(untag_int(ln))
    if star == 0 and n != before + after:
        return NULL_WORD
    if n < before + after:
        return NULL_WORD
    out: obj = rt_tuple_new(before + star + after)
    i: i32 = 0
    while i < before:
        x: obj = rt_getitem(s, tag_int(i32_to_i64(i)))
        if exc_get() is not 0:
            return NULL_WORD
        rt_tuple_set(out, i, x)
        i = i + 1
    if star != 0:
        mid: obj = rt_list_new(0)
        while i < n - after:
            y: obj = rt_getitem(s, tag_int(i32_to_i64(i)))
            if exc_get() is not 0:
                return NULL_WORD
            rt_list_append(mid, y)
            i = i + 1
        rt_tuple_set(out, before, mid)
    j: i32 = 0
    while j < after:
        z: obj = rt_getitem(s, tag_int(i32_to_i64(n - after + j)))
        if exc_get() is not 0:
            return NULL_WORD
        rt_tuple_set(out, before + star + j, z)
        j = j + 1
    return out


def rt_match_map(v: obj, keys: obj, rest: i32) -> obj:
    """`{k0: p0, .., **rest}`: the values of the keys (looked up as get() does, no __missing__),
    then (rest) a new dict of the other items; NULL_WORD when v is no dict (or dict subclass)
    or lacks a key. A key given twice is CPython's ValueError."""
    d: obj = v
    if not rt_dict_is(d):
        d = rt_inst_builtin(v)
        if d is NULL_WORD or not rt_dict_is(d):
            return NULL_WORD
    nk: i32 = rt_tuple_len(keys)
    if rt_dict_len(d) < nk:
        return NULL_WORD
    out: obj = rt_tuple_new(nk + rest)
    seen: obj = rt_dict_new()
    i: i32 = 0
    while i < nk:
        k: obj = load_obj(word_ptr(keys) + TUPLE_ITEMS + 8 * i, 0)
        if rt_dict_contains(seen, k):
            rt_raise("ValueError", rt_str_concat("mapping pattern checks duplicate key (", rt_str_concat(rt_repr(k), ")")))
            return NULL_WORD
        if exc_get() is not 0:
            return NULL_WORD
        rt_dict_set(seen, k, None)
        x: obj = rt_dict_get(d, k)
        if exc_get() is not 0:
            return NULL_WORD
        if x is NULL_WORD:
            return NULL_WORD
        rt_tuple_set(out, i, x)
        i = i + 1
    if rest != 0:
        r: obj = rt_dict_copy(d)
        i = 0
        while i < nk:
            rt_dict_del(r, load_obj(word_ptr(keys) + TUPLE_ITEMS + 8 * i, 0))
            i = i + 1
        rt_tuple_set(out, nk, r)
    return out


def rt_match_self_class(c: obj) -> i32:
    """Whether instances of class c match `c(p)` as themselves: bool, bytearray, bytes, dict,
    float, frozenset, int, list, set, str, tuple and their subclasses."""
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = load_i32(word_ptr(mro), TUPLE_LEN)
    i: i32 = 0
    while i < n:
        k: i32 = word_ptr(load_obj(word_ptr(mro) + TUPLE_ITEMS + 8 * i, 0))
        if (load_i32(k, CLASS_FLAGS) & CLASSF_BUILTIN) != 0:
            t: i32 = load_i32(k, CLASS_INST_TYPE)
            if t == TYPE_BOOL or t == TYPE_BYTEARRAY or t == TYPE_BYTES or t == TYPE_DICT or t == TYPE_FLOAT:
                return 1
            if t == TYPE_FROZENSET or t == TYPE_INT or t == TYPE_LIST or t == TYPE_SET or t == TYPE_STR or t == TYPE_TUPLE:
                return 1
        i = i + 1
    return 0


def rt_match_class(v: obj, c: obj, npos: i32, kw: obj) -> obj:
    """`C(p0, .., name=q, ..)`: the attributes the sub-patterns match, in order (positional ones
    named by C.__match_args__, or v itself for a self-matching built-in class); NULL_WORD when
    v is not an instance of C or lacks one of them."""
    if not rt_is_class(c):
        rt_raise("TypeError", "called match pattern must be a class")
        return NULL_WORD
    if not rt_is_subclass(rt_type_of(v), c):
        return NULL_WORD
    nkw: i32 = rt_tuple_len(kw)
    out: obj = rt_tuple_new(npos + nkw)
    seen: obj = rt_dict_new()
    if npos > 0:
        args: obj = rt_getattr(c, "__match_args__")
        selfm: i32 = 0
        allowed: i32 = 0
        if exc_get() is not 0:
            if not rt_attr_error_pending():
                return NULL_WORD
            args = NULL_WORD
            selfm = rt_match_self_class(c)
            allowed = selfm
        elif rt_type_id(args) != TYPE_TUPLE:
            rt_raise("TypeError", rt_str_concat(rt_class_name(c), rt_str_concat(".__match_args__ must be a tuple (got ", rt_str_concat(rt_type_name(args), ")"))))
            return NULL_WORD
        else:
            allowed = rt_tuple_len(args)
        if npos > allowed:
            m: obj = rt_str_concat(rt_class_name(c), rt_str_concat("() accepts ", rt_str_call(tag_int(i32_to_i64(allowed)))))
            m = rt_str_concat(m, " positional sub-pattern")
            if allowed != 1:
                m = rt_str_concat(m, "s")
            rt_raise("TypeError", rt_str_concat(m, rt_str_concat(" (", rt_str_concat(rt_str_call(tag_int(i32_to_i64(npos))), " given)"))))
            return NULL_WORD
        i: i32 = 0
        while i < npos:
            if selfm != 0:
                rt_tuple_set(out, 0, v)
            else:
                name: obj = load_obj(word_ptr(args) + TUPLE_ITEMS + 8 * i, 0)
                if not rt_is_str(name):
                    rt_raise("TypeError", rt_str_concat("__match_args__ elements must be strings (got ", rt_str_concat(rt_type_name(name), ")")))
                    return NULL_WORD
                if not rt_match_attr_into(v, c, name, out, i, seen):
                    return NULL_WORD
            i = i + 1
    j: i32 = 0
    while j < nkw:
        if not rt_match_attr_into(v, c, load_obj(word_ptr(kw) + TUPLE_ITEMS + 8 * j, 0), out, npos + j, seen):
            return NULL_WORD
        j = j + 1
    return out


def rt_match_attr_into(v: obj, c: obj, name: obj, out: obj, i: i32, seen: obj) -> i32:
    """out[i] = v.name for a class pattern; 0 when v has no such attribute (no match) or on
    an error (pending)."""
    if rt_dict_contains(seen, name):
        rt_raise("TypeError", rt_str_concat(rt_class_name(c), rt_str_concat("() got multiple sub-patterns for attribute ", rt_repr(name))))
        return 0
    rt_dict_set(seen, name, None)
    x: obj = rt_getattr_member(v, name)
    if exc_get() is not 0:
        rt_attr_error_pending()
        return 0
    rt_tuple_set(out, i, x)
    return 1
