# getattr(x, name, default) and hasattr(x, name): the builtins over rt_getattr (cls.py), which
# the builtins' lowering calls with universal words. Attribute names must be strs (CPython's
# TypeError otherwise); only AttributeError is turned into the default / False.
from __keel__ import i32, obj, exc_get, exc_set, load_obj, word_ptr, box_bool, NULL_WORD, INST_CLASS


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
    v: obj = rt_getattr(x, name)
    if exc_get() is not 0:
        if default is not NULL_WORD and rt_attr_error_pending():
            return default
        return NULL_WORD
    return v


def rt_hasattr_call(x: obj, name: obj) -> obj:
    if not rt_attr_name_check(name):
        return NULL_WORD
    v: obj = rt_getattr(x, name)
    if exc_get() is not 0:
        if rt_attr_error_pending():
            return box_bool(0)
        return NULL_WORD
    return box_bool(1)
