# Modules as run-time values (docs/stdlib.md, "Modules as values"): a module object (TYPE_MODULE)
# names its module by a number, MODULE_INDEX; its attributes are the module's globals, which the
# program's dispatchers read and write (src/lower/modules.ts replaces the bodies of
# rt_module_lookup and rt_module_store with calls of them). Attributes that are no global of the
# module (`m.new = 1`) live in the object's own namespace (MODULE_DICT). A program that never
# uses a module as a value makes no module object and reaches none of this.
from __keel__ import (
    i32, obj, load_i32, store_i32, load_obj, store_obj, ptr_word, word_ptr, is_small, exc_get,
    NULL_WORD, TYPE_MODULE, MODULE_NAME, MODULE_DICT, MODULE_FILE, MODULE_INDEX, MODULE_SIZE,
)


def rt_module_new(name: obj, file: obj, index: i32) -> obj:
    """The module object of module number `index` (the lowering keeps one per module)."""
    m: obj = ptr_word(rt_alloc(MODULE_SIZE, TYPE_MODULE))
    store_obj(word_ptr(m), MODULE_NAME, name)
    store_obj(word_ptr(m), MODULE_DICT, NULL_WORD)
    store_obj(word_ptr(m), MODULE_FILE, file)
    store_i32(word_ptr(m), MODULE_INDEX, index)
    return m


def rt_is_module(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_MODULE


def rt_module_index(m: obj) -> i32:
    return load_i32(word_ptr(m), MODULE_INDEX)


def rt_module_lookup(m: obj, name: obj) -> obj:
    """The value of global `name` of module m, NULL_WORD when it has none (or it is unbound). The
    lowering replaces this body with a call of the program's dispatcher."""
    return NULL_WORD


def rt_module_store(m: obj, name: obj, v: obj) -> i32:
    """Stores v (NULL_WORD: deletes) in global `name` of module m: 1 when the module has that
    global, 0 when not (then the name is the object's own). Replaced by the lowering."""
    return 0


def rt_module_getattr(m: obj, name: obj) -> obj:
    """m.name."""
    v: obj = rt_module_lookup(m, name)
    if v is not NULL_WORD or exc_get() is not 0:
        return v
    d: obj = rt_ns_get(load_obj(word_ptr(m), MODULE_DICT), name)
    if d is not NULL_WORD:
        return d
    if rt_str_eq(name, "__name__"):
        return load_obj(word_ptr(m), MODULE_NAME)
    if rt_str_eq(name, "__class__"):
        return rt_type_of(m)
    s: obj = rt_str_concat(rt_str_concat("module '", load_obj(word_ptr(m), MODULE_NAME)), "' has no attribute '")
    rt_raise("AttributeError", rt_str_concat(rt_str_concat(s, name), "'"))
    return NULL_WORD


def rt_module_setattr(m: obj, name: obj, v: obj) -> None:
    """m.name = v: the module's global when it has one (its own code sees the new value)."""
    if rt_module_store(m, name, v) or exc_get() is not 0:
        return
    store_obj(word_ptr(m), MODULE_DICT, rt_ns_set(load_obj(word_ptr(m), MODULE_DICT), name, v))


def rt_module_delattr(m: obj, name: obj) -> None:
    """del m.name."""
    if rt_module_lookup(m, name) is not NULL_WORD:
        rt_module_store(m, name, NULL_WORD)
        return
    if exc_get() is not 0:
        return
    if rt_ns_del(load_obj(word_ptr(m), MODULE_DICT), name):
        return
    rt_module_getattr(m, name)  # the AttributeError


def rt_module_repr(m: obj) -> obj:
    """<module 'sys' (built-in)>, <module 'a' from 'a.py'>."""
    s: obj = rt_str_concat(rt_str_concat("<module ", rt_str_repr(load_obj(word_ptr(m), MODULE_NAME))), " ")
    f: obj = load_obj(word_ptr(m), MODULE_FILE)
    if rt_is_str(f):
        return rt_str_concat(rt_str_concat(rt_str_concat(s, "from "), rt_str_repr(f)), ">")
    return rt_str_concat(s, "(built-in)>")
