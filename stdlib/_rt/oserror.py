"""OSError's fields (CPython's Objects/exceptions.c, OSError_new and OSError_str): errno,
strerror, filename and filename2, kept in the exception's namespace. OSError(errno, strerror
[, filename[, winerror[, filename2]]]) keeps only (errno, strerror) in args; OSError itself
called with a known errno makes the subclass for it (OSError(2, 'x') is a FileNotFoundError)."""
from __keel__ import (
    i32, i64, obj,
    load_obj, store_obj, word_ptr, is_small, untag_int, i32_to_i64, NULL_WORD, INST_DICT,
)


def rt_oserror_subclass_for(errno: obj) -> obj:
    """The OSError subclass CPython maps errno to (Linux numbers), or NULL_WORD."""
    if not is_small(errno):
        return NULL_WORD
    e: i64 = untag_int(errno)
    if e == 2:
        return rt_exc_class_named("FileNotFoundError")
    if e == 17:
        return rt_exc_class_named("FileExistsError")
    if e == 1 or e == 13:
        return rt_exc_class_named("PermissionError")
    if e == 21:
        return rt_exc_class_named("IsADirectoryError")
    if e == 20:
        return rt_exc_class_named("NotADirectoryError")
    if e == 4:
        return rt_exc_class_named("InterruptedError")
    if e == 3:
        return rt_exc_class_named("ProcessLookupError")
    if e == 110:
        return rt_exc_class_named("TimeoutError")
    if e == 32:
        return rt_exc_class_named("BrokenPipeError")
    if e == 111:
        return rt_exc_class_named("ConnectionRefusedError")
    if e == 104:
        return rt_exc_class_named("ConnectionResetError")
    if e == 103:
        return rt_exc_class_named("ConnectionAbortedError")
    if e == 11 or e == 114 or e == 115:
        return rt_exc_class_named("BlockingIOError")
    if e == 10:
        return rt_exc_class_named("ChildProcessError")
    return NULL_WORD


def rt_oserror_new(cls: obj, args: obj) -> obj:
    """OSError(...) and its subclasses called with args."""
    n: i32 = rt_tuple_len(args)
    if n < 2 or n > 5:
        return rt_exc_new(cls, args)
    errno: obj = rt_tuple_item(args, 0)
    if cls is rt_exc_class_named("OSError"):
        sub: obj = rt_oserror_subclass_for(errno)
        if sub is not NULL_WORD:
            cls = sub
    e: obj = rt_exc_new(cls, rt_tuple_new2(errno, rt_tuple_item(args, 1)))
    p: i32 = word_ptr(e)
    ns: obj = rt_ns_set(load_obj(p, INST_DICT), "errno", errno)
    ns = rt_ns_set(ns, "strerror", rt_tuple_item(args, 1))
    if n >= 3:
        ns = rt_ns_set(ns, "filename", rt_tuple_item(args, 2))
    if n == 5:
        ns = rt_ns_set(ns, "filename2", rt_tuple_item(args, 4))
    store_obj(p, INST_DICT, ns)
    return e


def rt_oserror_raise(cls_name: obj, errno: i32, strerror: obj, filename: obj) -> None:
    """The runtime's OSError: class cls_name, [Errno errno] strerror: 'filename'."""
    cls: obj = rt_exc_class_named(cls_name)
    args: obj = rt_tuple_new(3)
    rt_tuple_set(args, 0, rt_int_from_i64(i32_to_i64(errno)))
    rt_tuple_set(args, 1, strerror)
    rt_tuple_set(args, 2, filename)
    e: obj = rt_oserror_new(cls, args)
    rt_exc_set_pending(e, 0)


def rt_oserror_field(name: obj) -> i32:
    """1 for the field names an OSError always has (None when unset)."""
    return rt_str_eq(name, "errno") or rt_str_eq(name, "strerror") or rt_str_eq(name, "filename") or rt_str_eq(name, "filename2")


def rt_oserror_str(e: obj) -> obj:
    """OSError.__str__ when errno and strerror are set; NULL_WORD for BaseException's."""
    ns: obj = load_obj(word_ptr(e), INST_DICT)
    errno: obj = rt_ns_get(ns, "errno")
    strerror: obj = rt_ns_get(ns, "strerror")
    if errno is NULL_WORD or strerror is NULL_WORD or errno is None or strerror is None:
        return NULL_WORD
    s: obj = rt_str_concat(rt_str_concat(rt_str_concat("[Errno ", rt_str_call(errno)), "] "), rt_str_call(strerror))
    filename: obj = rt_ns_get(ns, "filename")
    if filename is not NULL_WORD and filename is not None:
        s = rt_str_concat(rt_str_concat(s, ": "), rt_repr(filename))
        filename2: obj = rt_ns_get(ns, "filename2")
        if filename2 is not NULL_WORD and filename2 is not None:
            s = rt_str_concat(rt_str_concat(s, " -> "), rt_repr(filename2))
    return s
