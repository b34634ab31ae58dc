# getattr(x, name, default) and hasattr(x, name) with a computed name: the builtins over
# rt_getattr (cls.py), which the builtins' lowering calls with universal words (a constant name is
# lowered as the attribute expression itself: src/lower/attributes.ts). Attribute names must be
# strs (CPython's TypeError otherwise); only AttributeError is turned into the default / False.
# Also the methods of the built-in types by name (rt_builtin_has_method).
from __keel__ import (
    i32, obj, exc_get, exc_set, load_obj, word_ptr, box_bool, NULL_WORD, INST_CLASS,
    TYPE_STR, TYPE_LIST, TYPE_TUPLE, TYPE_RANGE, TYPE_DICT, TYPE_SET, TYPE_FROZENSET, TYPE_BYTES,
    TYPE_BYTEARRAY, TYPE_FILE, TYPE_GENERATOR, TYPE_INT, TYPE_BOOL, TYPE_FLOAT,
)


def rt_attr_name_check(name: obj) -> i32:
    """1 when name is a str, else TypeError("attribute name must be string, not 'X'") and 0."""
    if rt_is_str(name):
        return 1
    m: obj = rt_str_concat("attribute name must be string, not '", rt_type_name(name))
    rt_raise("TypeError", rt_str_concat(m, "'"))
    return 0


def rt_attr_error_pending() -> i32:
    """1 (and the exception cleared) when the pending exception is an AttributeError."""
    e: obj = exc_get()
    if rt_exc_subclass(load_obj(word_ptr(e), INST_CLASS), rt_exc_class_named("AttributeError")):
        exc_set(0)
        return 1
    return 0


def rt_getattr_call(x: obj, name: obj, default: obj) -> obj:
    """getattr(x, name) (default NULL_WORD) and getattr(x, name, default)."""
    if not rt_attr_name_check(name):
        return NULL_WORD
    v: obj = rt_getattr_member(x, name)
    if exc_get() is not 0:
        if rt_builtin_has_method(x, name):
            # A built-in method by a computed name: its value needs the lowering's function
            # object for that name (the constant-name form has it).
            exc_set(0)
            rt_raise("NotImplementedError", rt_str_concat(rt_str_concat("not supported yet: getattr() of the built-in method '", name), "' by a computed name"))
            return NULL_WORD
        if default is not NULL_WORD and rt_attr_error_pending():
            return default
        return NULL_WORD
    return v


def rt_hasattr_call(x: obj, name: obj) -> obj:
    if not rt_attr_name_check(name):
        return NULL_WORD
    v: obj = rt_getattr_member(x, name)
    if exc_get() is not 0:
        if rt_attr_error_pending():
            return box_bool(rt_builtin_has_method(x, name))
        return NULL_WORD
    return box_bool(1)


def rt_getattr_member(x: obj, name: obj) -> obj:
    """x.name by a computed name: rt_getattr (data attributes), then, for instances and classes
    of the program, their methods and properties (rt_cls_member), with rt_getattr's
    AttributeError when neither has it."""
    v: obj = rt_getattr(x, name)
    if exc_get() is 0 or not (rt_is_inst(x) or rt_is_exc(x) or rt_is_class(x)):
        return v
    if not rt_attr_error_pending():
        return NULL_WORD
    m: obj = rt_cls_member(x, name)
    if m is NULL_WORD and exc_get() is 0:
        return rt_attr_error(x, name)
    return m


def rt_builtin_method_names(t: i32) -> obj:
    """The methods Keel has for the built-in type t, each between spaces (NULL_WORD for types
    with none here: instances and classes have their own attributes)."""
    if t == TYPE_STR:
        return " split rsplit splitlines join strip lstrip rstrip replace find rfind index rindex count startswith endswith upper lower title capitalize swapcase casefold isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isascii isprintable center ljust rjust zfill partition rpartition expandtabs encode removeprefix removesuffix format translate format_map maketrans "
    if t == TYPE_LIST:
        return " append extend pop insert reverse clear copy index count sort remove "
    if t == TYPE_TUPLE or t == TYPE_RANGE:
        return " index count "
    if t == TYPE_DICT:
        return " get setdefault popitem keys values items fromkeys update pop clear copy "
    if t == TYPE_SET:
        return " add remove discard union intersection difference symmetric_difference intersection_update difference_update symmetric_difference_update issubset issuperset isdisjoint update pop clear copy "
    if t == TYPE_FROZENSET:
        return " union intersection difference symmetric_difference issubset issuperset isdisjoint copy "
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return " decode hex split strip startswith endswith find count index replace join "
    if t == TYPE_FILE:
        return " read readline readlines write writelines close flush "
    if t == TYPE_GENERATOR:
        return " send throw close "
    if t == TYPE_INT or t == TYPE_BOOL:
        return " bit_length bit_count is_integer as_integer_ratio conjugate to_bytes "
    if t == TYPE_FLOAT:
        return " is_integer as_integer_ratio conjugate hex "
    return NULL_WORD


def rt_builtin_has_method(x: obj, name: obj) -> i32:
    """1 when x is a built-in object with a method `name` (a str)."""
    names: obj = rt_builtin_method_names(rt_type_id(x))
    if names is NULL_WORD or not rt_is_str(name):
        return 0
    return rt_sm_find_impl(names, rt_str_concat(rt_str_concat(" ", name), " "), NULL_WORD, NULL_WORD, 0, "find") >= 0
