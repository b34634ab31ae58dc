# The class-level behaviour of enum classes (EnumType's, without metaclasses): a class made from
# an enum class statement (src/lower/enum.ts) has CLASSF_ENUM in CLASS_FLAGS; iteration, len(),
# C[name], `x in C`, repr(C) and format(member, spec) reach these from the generic operations'
# fallbacks (only after the usual types failed, so other code pays nothing). The members are
# in the class attributes stdlib/enum.py keeps: _enum_members_ (canonical members in definition
# order), _member_map_ (name -> member, aliases included), _value2member_map_.
from __keel__ import (
    i32, obj, load_i32, load_obj, word_ptr, is_small, NULL_WORD, TYPE_CLASS, TYPE_INSTANCE,
    CLASS_FLAGS, INST_CLASS, CLASSF_ENUM, CLASSF_ENUM_FLAG, CLASSF_ENUM_VALUE_FORMAT,
)


def rt_enum_flags(x: obj) -> i32:
    """The CLASSF_ENUM* bits of a class object x (0 for anything else)."""
    if is_small(x):
        return 0
    if load_i32(word_ptr(x), 0) != TYPE_CLASS:
        return 0
    return load_i32(word_ptr(x), CLASS_FLAGS) & (CLASSF_ENUM | CLASSF_ENUM_FLAG | CLASSF_ENUM_VALUE_FORMAT)


def rt_is_enum_class(x: obj) -> i32:
    return (rt_enum_flags(x) & CLASSF_ENUM) != 0


def rt_enum_attr(c: obj, name: obj) -> obj:
    v: obj = rt_class_lookup(c, name)
    if v is NULL_WORD:
        rt_raise("AttributeError", name)
        return 1
    return v


def rt_enum_iter(c: obj) -> obj:
    """iter(C): the canonical members in definition order."""
    ms: obj = rt_enum_attr(c, "_enum_members_")
    if exc_get() is not 0:
        return 1
    return rt_iter(ms)


def rt_enum_len(c: obj) -> obj:
    ms: obj = rt_enum_attr(c, "_enum_members_")
    if exc_get() is not 0:
        return 1
    return rt_len(ms)


def rt_enum_getitem(c: obj, k: obj) -> obj:
    """C[name]: the member (aliases too); KeyError(name) otherwise."""
    m: obj = rt_enum_attr(c, "_member_map_")
    if exc_get() is not 0:
        return 1
    return rt_dict_getitem(m, k)


def rt_enum_contains(c: obj, v: obj) -> i32:
    """v in C: a member of C, or the value of one (3.12)."""
    if not is_small(v):
        if load_i32(word_ptr(v), 0) == TYPE_INSTANCE:
            if rt_is_subclass(load_obj(word_ptr(v), INST_CLASS), c):
                return 1
    m: obj = rt_enum_attr(c, "_value2member_map_")
    if exc_get() is not 0:
        return 0
    return rt_dict_contains(m, v)


def rt_enum_class_repr(c: obj) -> obj:
    """repr(C): <enum 'C'>, or <flag 'C'> for Flag classes."""
    r: obj = "<enum '"
    if rt_enum_flags(c) & CLASSF_ENUM_FLAG:
        r = "<flag '"
    return rt_str_concat(rt_str_concat(r, rt_class_name(c)), "'>")


def rt_enum_format(x: obj, spec: obj) -> obj:
    """format(member, spec) with a non-empty spec: the value's format for IntEnum, IntFlag and
    StrEnum members, str(member)'s for the others; NULL_WORD when x is no enum member."""
    if is_small(x):
        return NULL_WORD
    if load_i32(word_ptr(x), 0) != TYPE_INSTANCE:
        return NULL_WORD
    fl: i32 = rt_enum_flags(load_obj(word_ptr(x), INST_CLASS))
    if fl == 0:
        return NULL_WORD
    if fl & CLASSF_ENUM_VALUE_FORMAT:
        v: obj = rt_getattr(x, "_value_")
        if exc_get() is not 0:
            return 1
        return rt_format(v, spec)
    s: obj = rt_str_call(x)
    if exc_get() is not 0:
        return 1
    return rt_format(s, spec)
