# str.maketrans and str.translate (CPython's unicode_maketrans_impl and the generic path of
# _PyUnicode_TranslateCharmap): a table maps code points (ints) to a code point, a str or None;
# any object with __getitem__ serves as a table, and a LookupError from it keeps the character.
from __keel__ import (
    i32, i64, obj, load_u8, word_ptr, is_small, untag_int, tag_int, exc_get, exc_set,
    load_obj, i32_to_i64, i64_to_i32,
    NULL_WORD, STR_KIND, INST_CLASS,
)


def rt_str_maketrans(x: obj, y: obj, z: obj) -> obj:
    """str.maketrans(x[, y[, z]]) (absent arguments are NULL_WORD)."""
    d: obj = rt_dict_new()
    if y is not NULL_WORD:
        if not rt_is_str(y):
            rt_raise("TypeError", rt_str_concat("maketrans() argument 2 must be str, not ", rt_type_name(y)))
            return 1
        if z is not NULL_WORD and not rt_is_str(z):
            rt_raise("TypeError", rt_str_concat("maketrans() argument 3 must be str, not ", rt_type_name(z)))
            return 1
        if not rt_is_str(x):
            rt_raise("TypeError", "first maketrans argument must be a string if there is a second argument")
            return 1
        n: i32 = rt_str_len(x)
        if n != rt_str_len(y):
            rt_raise("ValueError", "the first two maketrans arguments must have equal length")
            return 1
        px: i32 = word_ptr(x)
        py: i32 = word_ptr(y)
        i: i32 = 0
        while i < n:
            rt_dict_set(d, rt_tr_int(rt_str_char(px, load_u8(px, STR_KIND), i)), rt_tr_int(rt_str_char(py, load_u8(py, STR_KIND), i)))
            i = i + 1
        if z is not NULL_WORD:
            pz: i32 = word_ptr(z)
            nz: i32 = rt_str_len(z)
            j: i32 = 0
            while j < nz:
                rt_dict_set(d, rt_tr_int(rt_str_char(pz, load_u8(pz, STR_KIND), j)), None)
                j = j + 1
        return d
    if rt_type_id(x) != 12:
        rt_raise("TypeError", "if you give only one argument to maketrans it must be a dict")
        return 1
    pos: i32 = rt_dict_next(x, 0)
    while pos >= 0:
        k: obj = rt_dict_key_at(x, pos)
        v: obj = rt_dict_value_at(x, pos)
        if rt_is_str(k):
            if rt_str_len(k) != 1:
                rt_raise("ValueError", "string keys in translate table must be of length 1")
                return 1
            pk: i32 = word_ptr(k)
            rt_dict_set(d, rt_tr_int(rt_str_char(pk, load_u8(pk, STR_KIND), 0)), v)
        elif rt_num_kind(k) == 1:
            rt_dict_set(d, k, v)
        else:
            rt_raise("TypeError", "keys in translate table must be strings or integers")
            return 1
        if exc_get() is not 0:
            return 1
        pos = rt_dict_next(x, pos + 1)
    return d


def rt_tr_int(c: i32) -> obj:
    return tag_int(i32_to_i64(c))


def rt_sm_translate(s: obj, table: obj) -> obj:
    """s.translate(table)."""
    if not rt_sm_self(s, "translate"):
        return 1
    n: i32 = rt_str_len(s)
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    sb: obj = rt_sb_new()
    lookup: obj = rt_exc_class_named("LookupError")
    isdict: i32 = rt_type_id(table) == 12
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        v: obj = NULL_WORD
        if isdict:
            v = rt_dict_get(table, rt_tr_int(c))
        else:
            v = rt_getitem(table, rt_tr_int(c))
        e: obj = exc_get()
        if isdict and v is NULL_WORD and e is 0:
            rt_sb_char(sb, c)
        elif e is not 0:
            if not rt_exc_subclass(load_obj(word_ptr(e), INST_CLASS), lookup):
                return 1
            exc_set(0)
            rt_sb_char(sb, c)
        elif v is None:
            pass
        elif rt_is_str(v):
            rt_sb_add(sb, v)
        elif rt_num_kind(v) == 1:
            x: obj = rt_to_int(v)
            if not is_small(x) or untag_int(x) < 0 or untag_int(x) > 1114111:
                rt_raise("ValueError", "character mapping must be in range(0x110000)")
                return 1
            rt_sb_char(sb, i64_to_i32(untag_int(x)))
        else:
            rt_raise("TypeError", "character mapping must return integer, None or str")
            return 1
        i = i + 1
    return rt_sb_done(sb)


def rt_str_maketrans_on(s: obj, x: obj, y: obj, z: obj) -> obj:
    """s.maketrans(...) on an instance: the static method, after the receiver is checked."""
    if not rt_sm_self(s, "maketrans"):
        return 1
    return rt_str_maketrans(x, y, z)
