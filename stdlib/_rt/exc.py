# Exceptions: the built-in exception classes, exception objects, raising, catching and the
# report of an uncaught exception (layouts in src/runtime/layout.ts, design in
# docs/object-model.md, "Exceptions").
#
# An exception propagates by return code: the raising code stores it as the pending exception
# (exc_set) and returns; user code checks after each operation that may raise and branches to
# the innermost handler of the function or to its unwind block (src/lower/exceptions.ts). The
# traceback of the pending exception grows in TB_BUF as frames unwind; a handler copies it into
# the exception (EXC_TB) when it catches, so a re-raise or a chained report can show it.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_obj, store_obj, mem_copy, word_ptr, ptr_word, tag_int, untag_int,
    is_small, exc_get, exc_set, wasi_proc_exit, i64_to_i32,
    NULL_WORD, TYPE_EXC, TYPE_CLASS, TYPE_TUPLE, TYPE_STR, TYPE_NONE, RT_TB_COUNT, TB_BUF, TB_MAX,
    CLASS_NAME, CLASS_BASES, CLASS_MRO, CLASS_DICT, CLASS_INST_TYPE, CLASS_INST_SIZE, CLASS_FLAGS,
    CLASS_ID, CLASS_MODULE, CLASS_SIZE, CLASSF_BUILTIN, CLASSF_EXCEPTION, INST_CLASS, INST_DICT,
    EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_FLAGS, EXC_TB, EXC_OBJ_SIZE, EXCF_SUPPRESS,
    RT_EXC_CLASSES, RT_EXC_HANDLED, EXC_CLASS_COUNT, EXC_CLASS_ID_BASE, EXC_I_SYSTEM_EXIT,
    EXC_I_KEY_ERROR, EXC_I_RUNTIME_ERROR, EXC_I_STOP_ITERATION, EXC_I_OS_ERROR,
    TUPLE_ITEMS, SEL_STR, SEL_REPR, IO_STATE, IO_OUT_FD, STR_DATA, load_u8,
)


# ---- the built-in classes ------------------------------------------------------------------

def rt_exc_classes() -> i32:
    """The address of the class table (EXC_CLASS_COUNT words), built on first use."""
    tab: i32 = load_i32(RT_EXC_CLASSES, 0)
    if tab != 0:
        return tab + TUPLE_ITEMS
    tab = rt_alloc(TUPLE_ITEMS + 8 * EXC_CLASS_COUNT, TYPE_TUPLE)
    store_i32(tab, 8, EXC_CLASS_COUNT)
    store_i32(RT_EXC_CLASSES, 0, tab)
    tab = tab + TUPLE_ITEMS
    # The classes of src/runtime/exceptions.ts in its order (test/unit/exceptions.test.ts checks
    # it): their names, one space between, and per class its base's index + 1 in two digits (00:
    # none). A loop over two static strs, not a call per class: 66 calls were ~0.9 KB of code in
    # every module that reports exceptions.
    names: obj = "BaseException Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError FloatingPointError OverflowError ZeroDivisionError AssertionError AttributeError BufferError EOFError ImportError ModuleNotFoundError LookupError IndexError KeyError MemoryError NameError UnboundLocalError OSError BlockingIOError ChildProcessError ConnectionError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError ReferenceError RuntimeError NotImplementedError RecursionError StopAsyncIteration StopIteration SyntaxError IndentationError TabError SystemError TypeError ValueError UnicodeError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError Warning BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning UnsupportedOperation"
    bases: obj = "000101010102060606020202020214021616020220022222222525252522222222222222220202393902020244450202024950505002545454545454545454545422"
    src: i32 = word_ptr(names) + STR_DATA
    end: i32 = src + rt_str_len(names)
    digits: i32 = word_ptr(bases) + STR_DATA
    i: i32 = 0
    while src < end:
        n: i32 = 0
        while src + n < end and load_u8(src + n, 0) != 32:
            n = n + 1
        base: i32 = (load_u8(digits + 2 * i, 0) - 48) * 10 + load_u8(digits + 2 * i + 1, 0) - 48 - 1
        rt_exc_def(tab, i, rt_str_from_bytes(src, n), base)
        src = src + n + 1
        i = i + 1
    # io.UnsupportedOperation derives from OSError and ValueError: MRO (itself, OSError,
    # ValueError, Exception, BaseException).
    u: i32 = word_ptr(load_obj(tab + 8 * 65, 0))
    store_obj(u, CLASS_MODULE, "io")
    store_obj(u, CLASS_BASES, rt_tuple_new2(load_obj(tab + 8 * 21, 0), load_obj(tab + 8 * 48, 0)))
    mro: obj = rt_tuple_new(5)
    rt_tuple_set(mro, 0, load_obj(tab + 8 * 65, 0))
    rt_tuple_set(mro, 1, load_obj(tab + 8 * 21, 0))
    rt_tuple_set(mro, 2, load_obj(tab + 8 * 48, 0))
    rt_tuple_set(mro, 3, load_obj(tab + 8, 0))
    rt_tuple_set(mro, 4, load_obj(tab, 0))
    store_obj(u, CLASS_MRO, mro)
    return tab


def rt_exc_def(tab: i32, i: i32, name: obj, base: i32) -> None:
    """Makes built-in exception class i (single inheritance: its MRO is itself then its base's)."""
    c: i32 = rt_alloc(CLASS_SIZE, TYPE_CLASS)
    cls: obj = ptr_word(c)
    store_obj(c, CLASS_NAME, name)
    store_obj(c, CLASS_DICT, NULL_WORD)
    store_i32(c, CLASS_INST_TYPE, TYPE_EXC)
    store_i32(c, CLASS_INST_SIZE, EXC_OBJ_SIZE)
    store_i32(c, CLASS_FLAGS, CLASSF_BUILTIN | CLASSF_EXCEPTION)
    store_i32(c, CLASS_ID, EXC_CLASS_ID_BASE + i)
    store_obj(c, CLASS_MODULE, "builtins")
    if base < 0:
        store_obj(c, CLASS_BASES, rt_tuple_new0())
        store_obj(c, CLASS_MRO, rt_tuple_new1(cls))
    else:
        b: obj = load_obj(tab + 8 * base, 0)
        store_obj(c, CLASS_BASES, rt_tuple_new1(b))
        bm: obj = load_obj(word_ptr(b), CLASS_MRO)
        n: i32 = rt_tuple_len(bm)
        mro: obj = rt_tuple_new(n + 1)
        rt_tuple_set(mro, 0, cls)
        mem_copy(word_ptr(mro) + TUPLE_ITEMS + 8, word_ptr(bm) + TUPLE_ITEMS, 8 * n)
        store_obj(c, CLASS_MRO, mro)
    store_obj(tab + 8 * i, 0, cls)


def rt_exc_class(i: i32) -> obj:
    """Built-in exception class i of src/runtime/exceptions.ts (user code names them)."""
    return load_obj(rt_exc_classes() + 8 * i, 0)


def rt_exc_class_named(name: obj) -> obj:
    """The built-in exception class of this name (runtime code raises by name)."""
    tab: i32 = rt_exc_classes()
    i: i32 = 0
    # The names are static strings shared with the raising code: identity finds them first.
    while i < EXC_CLASS_COUNT:
        if load_obj(word_ptr(load_obj(tab + 8 * i, 0)), CLASS_NAME) is name:
            return load_obj(tab + 8 * i, 0)
        i = i + 1
    i = 0
    while i < EXC_CLASS_COUNT:
        if rt_str_eq(load_obj(word_ptr(load_obj(tab + 8 * i, 0)), CLASS_NAME), name):
            return load_obj(tab + 8 * i, 0)
        i = i + 1
    return load_obj(tab + 8 * EXC_I_RUNTIME_ERROR, 0)  # RuntimeError: a misspelt name in the runtime


def rt_is_exc_class(x: obj) -> i32:
    """1 when x is BaseException or a subclass of it."""
    if is_small(x):
        return 0
    p: i32 = word_ptr(x)
    return load_i32(p, 0) == TYPE_CLASS and (load_i32(p, CLASS_FLAGS) & CLASSF_EXCEPTION) != 0


def rt_is_exc(x: obj) -> i32:
    """1 when x is an exception object."""
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_EXC


def rt_exc_subclass(c: obj, base: obj) -> i32:
    """issubclass(c, base) for classes: base is on c's MRO."""
    mro: obj = load_obj(word_ptr(c), CLASS_MRO)
    n: i32 = rt_tuple_len(mro)
    i: i32 = 0
    while i < n:
        if rt_tuple_item(mro, i) is base:
            return 1
        i = i + 1
    return 0


def rt_exc_is(e: obj, i: i32) -> i32:
    """isinstance(e, built-in exception class i) for an exception object e."""
    return rt_exc_subclass(load_obj(word_ptr(e), INST_CLASS), rt_exc_class(i))


# ---- exception objects -----------------------------------------------------------------------

def rt_exc_new(cls: obj, args: obj) -> obj:
    """A new exception of class cls (an exception class) with the args tuple."""
    c: i32 = word_ptr(cls)
    p: i32 = rt_alloc(load_i32(c, CLASS_INST_SIZE), TYPE_EXC)
    store_obj(p, INST_CLASS, cls)
    store_obj(p, INST_DICT, NULL_WORD)
    store_obj(p, EXC_ARGS, args)
    store_obj(p, EXC_CAUSE, None)
    store_obj(p, EXC_CONTEXT, None)
    store_obj(p, EXC_TB, NULL_WORD)
    a: i32 = p + EXC_OBJ_SIZE  # the slots of a user subclass start empty
    while a < p + load_i32(c, CLASS_INST_SIZE):
        store_obj(a, 0, NULL_WORD)
        a = a + 8
    return ptr_word(p)


def rt_exc_set_args(e: obj, args: obj) -> None:
    """BaseException.__init__: args is the tuple of the arguments."""
    store_obj(word_ptr(e), EXC_ARGS, args)


def rt_exc_call(cls: obj, args: obj) -> obj:
    """Calling a built-in exception class: ValueError('x'), KeyError(k), StopIteration(v)."""
    if rt_exc_subclass(cls, rt_exc_class(EXC_I_OS_ERROR)):
        return rt_oserror_new(cls, args)  # errno, strerror, filename (oserror.py)
    return rt_exc_new(cls, args)


def rt_exc_name(e: obj) -> obj:
    return load_obj(word_ptr(load_obj(word_ptr(e), INST_CLASS)), CLASS_NAME)


def rt_exc_str(e: obj) -> obj:
    """str(e): the class's __str__ (a user class), else BaseException's."""
    if rt_cls_has(e, SEL_STR):
        return rt_cls_str_result(rt_cls_dunder(SEL_STR, e, NULL_WORD, NULL_WORD), "__str__")
    return rt_exc_str_base(e)


def rt_exc_str_base(e: obj) -> obj:
    """BaseException.__str__ (and OSError's): '' without args, str(arg) for one (repr(arg) for
    KeyError), else str(args). Never precompiled (src/link/build.ts): in a program where no
    reachable function can give an exception an argument other than a str or a small int, or set
    an attribute of one (src/passes/excargs.ts), prune-typed drops the generic arm (rt_exc_str_any),
    and with it every other type's str and repr (most of a small program's module)."""
    if rt_exc_args_any():
        return rt_exc_str_any(e)
    args: obj = load_obj(word_ptr(e), EXC_ARGS)
    n: i32 = rt_tuple_len(args)
    if n == 0:
        return ""
    if n == 1:
        return rt_exc_arg_text(rt_tuple_item(args, 0), rt_exc_is(e, EXC_I_KEY_ERROR))
    return rt_exc_arg_text(args, 1)


def rt_exc_args_any() -> i32:
    """Whether an exception may hold an argument other than a str or a small int. Prune-typed
    answers each call in rt_exc_str_base for the program (src/passes/prune.ts, excargs.ts)."""
    return 1


def rt_exc_str_any(e: obj) -> obj:
    """rt_exc_str_base for any arguments and attributes."""
    if rt_exc_is(e, EXC_I_OS_ERROR):
        o: obj = rt_oserror_str(e)
        if o is not NULL_WORD:
            return o
    args: obj = load_obj(word_ptr(e), EXC_ARGS)
    n: i32 = rt_tuple_len(args)
    if n == 0:
        return ""
    if n == 1:
        if rt_exc_is(e, EXC_I_KEY_ERROR):
            return rt_repr(rt_tuple_item(args, 0))
        return rt_str_call(rt_tuple_item(args, 0))
    return rt_repr(args)


def rt_exc_arg_text(x: obj, as_repr: i32) -> obj:
    """str(x), or repr(x) when as_repr, for x a str or a small int, or a tuple of them (an
    exception's args in a program where they cannot be anything else: rt_exc_str_base)."""
    if is_small(x):
        return rt_i64_to_str(untag_int(x))
    if rt_is_str(x):
        if as_repr:
            return rt_str_repr(x)
        return x
    # an args tuple: its repr (str() of a tuple is its repr)
    sb: obj = rt_sb_new()
    rt_sb_char(sb, 40)
    n: i32 = rt_tuple_len(x)
    i: i32 = 0
    while i < n:
        if i > 0:
            rt_sb_add(sb, ", ")
        rt_sb_add(sb, rt_exc_arg_text(rt_tuple_item(x, i), 1))
        i = i + 1
    if n == 1:
        rt_sb_char(sb, 44)
    rt_sb_char(sb, 41)
    return rt_sb_done(sb)


def rt_exc_repr(e: obj) -> obj:
    """repr(e): the class's __repr__ (a user class), else BaseException's."""
    if rt_cls_has(e, SEL_REPR):
        return rt_cls_str_result(rt_cls_dunder(SEL_REPR, e, NULL_WORD, NULL_WORD), "__repr__")
    return rt_exc_repr_base(e)


def rt_exc_repr_base(e: obj) -> obj:
    """BaseException.__repr__: ValueError('x'), ValueError(), ValueError('a', 1)."""
    args: obj = load_obj(word_ptr(e), EXC_ARGS)
    name: obj = rt_exc_name(e)
    if rt_tuple_len(args) == 1:
        r: obj = rt_repr(rt_tuple_item(args, 0))
        if exc_get() is not 0:
            return NULL_WORD
        return rt_str_concat(rt_str_concat(rt_str_concat(name, "("), r), ")")
    r2: obj = rt_repr(args)
    if exc_get() is not 0:
        return NULL_WORD
    return rt_str_concat(name, r2)


def rt_exc_code(e: obj) -> obj:
    """StopIteration.value and SystemExit.code: None, the one argument, or the args tuple."""
    args: obj = load_obj(word_ptr(e), EXC_ARGS)
    n: i32 = rt_tuple_len(args)
    if n == 0:
        return None
    if n == 1 or rt_exc_is(e, EXC_I_STOP_ITERATION):
        return rt_tuple_item(args, 0)
    return args


def rt_exc_attr(x: obj, name: obj) -> obj:
    """The attributes an exception x keeps in its header (args, __cause__, __context__,
    __suppress_context__, StopIteration.value, SystemExit.code), NULL_WORD for other names."""
    if rt_str_eq(name, "args") or rt_str_eq(name, "__cause__") or rt_str_eq(name, "__context__") or rt_str_eq(name, "__suppress_context__"):
        return rt_exc_getattr(x, name)
    if rt_str_eq(name, "value") and rt_exc_is(x, EXC_I_STOP_ITERATION):
        return rt_exc_code(x)
    if rt_str_eq(name, "code") and rt_exc_is(x, EXC_I_SYSTEM_EXIT):
        return rt_exc_code(x)
    return NULL_WORD


def rt_exc_setattr(x: obj, name: obj, v: obj) -> i32:
    """Sets a header attribute of exception x (1), or returns 0 for other names."""
    p: i32 = word_ptr(x)
    if rt_str_eq(name, "args"):
        t: obj = rt_tuple_call(v)
        if exc_get() is 0:
            store_obj(p, EXC_ARGS, t)
        return 1
    if rt_str_eq(name, "__cause__") or rt_str_eq(name, "__context__"):
        if v is not None and not rt_is_exc(v):
            rt_raise("TypeError", rt_str_concat(name, " must be an exception or None"))
            return 1
        if rt_str_eq(name, "__cause__"):
            store_obj(p, EXC_CAUSE, v)
            store_i32(p, EXC_FLAGS, load_i32(p, EXC_FLAGS) | EXCF_SUPPRESS)
        else:
            store_obj(p, EXC_CONTEXT, v)
        return 1
    if rt_str_eq(name, "__suppress_context__"):
        if rt_truth(v):
            store_i32(p, EXC_FLAGS, load_i32(p, EXC_FLAGS) | EXCF_SUPPRESS)
        else:
            store_i32(p, EXC_FLAGS, load_i32(p, EXC_FLAGS) & ~EXCF_SUPPRESS)
        return 1
    return 0


def rt_exc_getattr(x: obj, name: obj) -> obj:
    """The attributes of exception objects: args, __cause__, __context__,
    __suppress_context__, StopIteration.value, SystemExit.code; AttributeError otherwise."""
    if rt_is_exc(x):
        p: i32 = word_ptr(x)
        if rt_str_eq(name, "args"):
            return load_obj(p, EXC_ARGS)
        if rt_str_eq(name, "__cause__"):
            return load_obj(p, EXC_CAUSE)
        if rt_str_eq(name, "__context__"):
            return load_obj(p, EXC_CONTEXT)
        if rt_str_eq(name, "__class__"):
            return load_obj(p, INST_CLASS)
        if rt_str_eq(name, "__suppress_context__"):
            if load_i32(p, EXC_FLAGS) & EXCF_SUPPRESS:
                return True
            return False
        if rt_str_eq(name, "value") and rt_exc_is(x, EXC_I_STOP_ITERATION):
            return rt_exc_code(x)
        if rt_str_eq(name, "code") and rt_exc_is(x, EXC_I_SYSTEM_EXIT):
            return rt_exc_code(x)
        if rt_exc_is(x, EXC_I_OS_ERROR) and rt_oserror_field(name):
            return None  # errno, strerror, filename, filename2 not given
        m: obj = rt_str_concat(rt_str_concat("'", rt_exc_name(x)), "' object has no attribute '")
        rt_raise("AttributeError", rt_str_concat(rt_str_concat(m, name), "'"))
        return NULL_WORD
    if rt_is_exc_class(x):
        c: i32 = word_ptr(x)
        if rt_str_eq(name, "__name__") or rt_str_eq(name, "__qualname__"):
            return load_obj(c, CLASS_NAME)
        if rt_str_eq(name, "__module__"):
            return load_obj(c, CLASS_MODULE)
        if rt_str_eq(name, "__mro__"):
            return rt_class_mro_value(x)
        if rt_str_eq(name, "__bases__"):
            return load_obj(c, CLASS_BASES)
        t: obj = rt_str_concat(rt_str_concat("type object '", load_obj(c, CLASS_NAME)), "' has no attribute '")
        rt_raise("AttributeError", rt_str_concat(rt_str_concat(t, name), "'"))
        return NULL_WORD
    return rt_no_attr(x, name)


# ---- raising -------------------------------------------------------------------------------

def rt_raise(name: obj, msg: obj) -> None:
    """Raises the built-in exception class `name` with one argument `msg` (any object; none
    when NULL_WORD): the runtime's way to raise, rt_raise("KeyError", key)."""
    args: obj = NULL_WORD
    if msg is NULL_WORD:
        args = rt_tuple_new0()
    else:
        args = rt_tuple_new1(msg)
    rt_exc_set_pending(rt_exc_new(rt_exc_class_named(name), args), 0)


def rt_raise_name_error(name: obj, hint: obj) -> None:
    """NameError "name 'x' is not defined" with its `name` attribute; `hint` is what the
    traceback adds to its line (". Did you mean: 'y'?", computed by the compiler:
    src/lower/suggest.ts) or ""."""
    e: obj = rt_exc_new(rt_exc_class_named("NameError"), rt_tuple_new1(rt_str_concat(rt_str_concat("name '", name), "' is not defined")))
    p: i32 = word_ptr(e)
    d: obj = rt_ns_set(load_obj(p, INST_DICT), "name", name)
    if rt_str_len(hint) != 0:
        d = rt_ns_set(d, "_keel_hint", hint)
    store_obj(p, INST_DICT, d)
    rt_exc_set_pending(e, 0)


def rt_raise_args(name: obj, args: obj) -> None:
    """Raises the built-in exception class `name` with the args tuple (OSError-style pairs)."""
    rt_exc_set_pending(rt_exc_new(rt_exc_class_named(name), args), 0)


def rt_exc_set_pending(e: obj, keep_tb: i32) -> None:
    """Makes e the pending exception: its __context__ is the exception being handled (CPython's
    _PyErr_SetObject, cycles cut); its traceback starts empty, or from e.__traceback__ when
    keep_tb (raising an exception object that was raised before)."""
    h: i32 = load_i32(RT_EXC_HANDLED, 0)
    if h != 0 and ptr_word(h) is not e:
        o: obj = ptr_word(h)
        steps: i32 = 0
        while steps < 10000:
            ctx: obj = load_obj(word_ptr(o), EXC_CONTEXT)
            if ctx is None:
                break
            if ctx is e:
                store_obj(word_ptr(o), EXC_CONTEXT, None)
                break
            o = ctx
            steps = steps + 1
        store_obj(word_ptr(e), EXC_CONTEXT, ptr_word(h))
    store_i32(RT_TB_COUNT, 0, 0)
    if keep_tb:
        rt_exc_tb_restore(e, 0)
    exc_set(e)


def rt_exc_instance(x: obj, what: obj) -> obj:
    """The exception `raise x` raises: x itself, or x() for an exception class; NULL_WORD and
    TypeError('exceptions must derive from BaseException') otherwise."""
    if rt_is_exc(x):
        return x
    if rt_is_exc_class(x):
        if load_i32(word_ptr(x), CLASS_FLAGS) & CLASSF_BUILTIN:
            return rt_exc_call(x, rt_tuple_new0())
        e: obj = rt_cls_call(x, rt_tuple_new0(), NULL_WORD)  # a user class: its __init__ runs
        if e is NULL_WORD or exc_get() is not 0:
            return NULL_WORD
        if rt_is_exc(e):
            return e
        m: obj = rt_str_concat(rt_str_concat("calling ", rt_repr(x)), " should have returned an instance of BaseException, not ")
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(e)))
        return NULL_WORD
    rt_raise("TypeError", what)
    return NULL_WORD


def rt_raise_value(x: obj) -> None:
    """`raise x`."""
    e: obj = rt_exc_instance(x, "exceptions must derive from BaseException")
    if e is NULL_WORD:
        return
    rt_exc_set_pending(e, 1)


def rt_raise_from(x: obj, cause: obj) -> None:
    """`raise x from cause` (cause None: `from None`)."""
    e: obj = rt_exc_instance(x, "exceptions must derive from BaseException")
    if e is NULL_WORD:
        return
    c: obj = None
    if cause is not None:
        c = rt_exc_instance(cause, "exception causes must derive from BaseException")
        if c is NULL_WORD:
            return
    p: i32 = word_ptr(e)
    store_obj(p, EXC_CAUSE, c)
    store_i32(p, EXC_FLAGS, load_i32(p, EXC_FLAGS) | EXCF_SUPPRESS)
    rt_exc_set_pending(e, 1)


def rt_reraise_handled() -> None:
    """A bare `raise` outside any handler of its function: re-raises the exception being
    handled, or RuntimeError('No active exception to reraise')."""
    h: i32 = load_i32(RT_EXC_HANDLED, 0)
    if h == 0:
        rt_raise("RuntimeError", "No active exception to reraise")
        return
    rt_exc_reraise(ptr_word(h), 0)


def rt_recursion_error() -> None:
    """Raised at the entry of a function one call too deep, which then unwinds: as in CPython,
    whose frame was never entered, the traceback leaves it out (-1: rt_tb_add skips one)."""
    rt_raise("RecursionError", "maximum recursion depth exceeded")
    store_i32(RT_TB_COUNT, 0, -1)


# ---- catching ------------------------------------------------------------------------------

def rt_exc_handled() -> obj:
    """The exception being handled (NULL_WORD when none): a handler saves it on entry."""
    return ptr_word(load_i32(RT_EXC_HANDLED, 0))


def rt_exc_restore(prev: obj) -> None:
    """Leaving a handler: the exception handled before it is the handled one again."""
    store_i32(RT_EXC_HANDLED, 0, word_ptr(prev))


def rt_exc_catch(file: obj, func: obj, line: i64) -> obj:
    """Entering a handler (except or finally) at `line` of `func`: the pending exception,
    with this frame added to its traceback (kept in the exception), becomes the handled one and
    is no longer pending."""
    e: obj = exc_get()
    rt_tb_add(file, func, line)
    n: i32 = load_i32(RT_TB_COUNT, 0)
    if n > TB_MAX:
        n = TB_MAX
    tb: obj = rt_tuple_new(3 * n)
    mem_copy(word_ptr(tb) + TUPLE_ITEMS, TB_BUF, 24 * n)
    store_obj(word_ptr(e), EXC_TB, tb)
    store_i32(RT_TB_COUNT, 0, 0)
    exc_set(0)
    store_i32(RT_EXC_HANDLED, 0, word_ptr(e))
    return e


def rt_exc_reraise(e: obj, drop: i32) -> None:
    """Makes a caught exception pending again with its traceback (a handler that matched
    nothing, the end of a finally, a bare `raise`). drop = 1 leaves out the frame entry of the
    function that caught it: its unwinding records that frame again."""
    rt_exc_tb_restore(e, drop)
    exc_set(e)


def rt_exc_tb_restore(e: obj, drop: i32) -> None:
    tb: obj = load_obj(word_ptr(e), EXC_TB)
    if tb is NULL_WORD:
        store_i32(RT_TB_COUNT, 0, 0)
        return
    n: i32 = rt_tuple_len(tb) // 3
    mem_copy(TB_BUF, word_ptr(tb) + TUPLE_ITEMS, 24 * n)
    if drop and n > 0:
        # the last entry's frame once: a repeated one stays with one repeat less
        word: i64 = untag_int(load_obj(TB_BUF + 24 * (n - 1), 16))
        if word >= 0x100000000:
            store_obj(TB_BUF + 24 * (n - 1), 16, tag_int(word - 0x100000000))
        else:
            n = n - 1
    store_i32(RT_TB_COUNT, 0, n)


def rt_exc_match(e: obj, t: obj) -> i32:
    """Whether `except t` catches e (t an exception class or a tuple of them); TypeError when t
    is neither (CPython checks every item of a tuple first)."""
    if rt_is_exc_class(t):
        return rt_exc_subclass(load_obj(word_ptr(e), INST_CLASS), t)
    if not is_small(t) and load_i32(word_ptr(t), 0) == TYPE_TUPLE:
        n: i32 = rt_tuple_len(t)
        i: i32 = 0
        while i < n:
            if not rt_is_exc_class(rt_tuple_item(t, i)):
                rt_raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
                return 0
            i = i + 1
        i = 0
        while i < n:
            if rt_exc_subclass(load_obj(word_ptr(e), INST_CLASS), rt_tuple_item(t, i)):
                return 1
            i = i + 1
        return 0
    rt_raise("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    return 0


# ---- with statements ---------------------------------------------------------------------------

def rt_with_enter(m: obj) -> obj:
    """`with m`: m.__enter__() (files: themselves, once open); TypeError for other objects."""
    if rt_file_is(m):
        if rt_file_check(m, 0, "") == 0:
            return NULL_WORD
        return m
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(m)), "' object does not support the context manager protocol"))
    return NULL_WORD


def rt_with_exit(m: obj, e: obj) -> obj:
    """Leaving `with m` (a runtime object: files) normally (e None) or by the exception e: the
    result of m.__exit__(type(e), e, tb), whose truth suppresses e."""
    if rt_file_is(m):
        rt_file_close(m)
    return False


def rt_exc_type_or_none(e: obj) -> obj:
    """__exit__'s first argument: type(e), or None when leaving normally."""
    if e is None:
        return None
    return load_obj(word_ptr(e), INST_CLASS)


def rt_exc_tb_or_none(e: obj) -> obj:
    """__exit__'s third argument: e.__traceback__ (a tuple of frames standing in for a
    traceback object), or None when leaving normally."""
    if e is None:
        return None
    tb: obj = load_obj(word_ptr(e), EXC_TB)
    if tb is NULL_WORD:
        return None
    return tb


# ---- the report of an uncaught exception -----------------------------------------------------

def rt_report_uncaught() -> None:
    """The pending exception reached _start: CPython's report on stderr and exit status 1, or
    SystemExit's exit status."""
    rt_flush()
    e: obj = exc_get()
    exc_set(0)
    if rt_exc_is(e, EXC_I_SYSTEM_EXIT):
        rt_system_exit(e)
        return
    n: i32 = load_i32(RT_TB_COUNT, 0)
    if n > TB_MAX:
        n = TB_MAX
    if n < 0:
        n = 0
    tb: obj = rt_tuple_new(3 * n)
    mem_copy(word_ptr(tb) + TUPLE_ITEMS, TB_BUF, 24 * n)
    store_obj(word_ptr(e), EXC_TB, tb)
    store_i32(IO_STATE, IO_OUT_FD, 2)  # a full buffer flushes to stderr too
    rt_print_exc_chain(e, rt_list_new(0))
    rt_flush_to(2)
    wasi_proc_exit(1)


def rt_system_exit(e: obj) -> None:
    """SystemExit: exit status code (None: 0; an int: that; anything else printed, 1)."""
    code: obj = rt_exc_code(e)
    if code is None:
        wasi_proc_exit(0)
    if is_small(code):
        wasi_proc_exit(i64_to_i32(untag_int(code)) & 255)
    if rt_num_kind(code) == 1:
        wasi_proc_exit(1)
    rt_write_str(rt_exc_str_base(e))  # str(code): code is the one argument, or the args tuple
    rt_write_byte(10)
    rt_flush_to(2)
    wasi_proc_exit(1)


def rt_print_exc_chain(e: obj, seen: obj) -> None:
    """Prints e's cause or context first (once each: seen), then e's traceback and line."""
    rt_list_append(seen, e)
    p: i32 = word_ptr(e)
    cause: obj = load_obj(p, EXC_CAUSE)
    ctx: obj = load_obj(p, EXC_CONTEXT)
    if cause is not None and rt_is_exc(cause):
        if not rt_contains_identity(seen, cause):
            rt_print_exc_chain(cause, seen)
            rt_write_str("\nThe above exception was the direct cause of the following exception:\n\n")
    elif ctx is not None and rt_is_exc(ctx) and (load_i32(p, EXC_FLAGS) & EXCF_SUPPRESS) == 0:
        if not rt_contains_identity(seen, ctx):
            rt_print_exc_chain(ctx, seen)
            rt_write_str("\nDuring handling of the above exception, another exception occurred:\n\n")
    rt_print_tb(load_obj(p, EXC_TB))
    rt_print_exc_line(e)
    rt_flush_to(2)


def rt_print_tb(tb: obj) -> None:
    if tb is NULL_WORD or rt_tuple_len(tb) == 0:
        return
    rt_write_str("Traceback (most recent call last):\n")
    rt_write_str(rt_tb_text(tb))


def rt_tb_text(tb: obj) -> obj:
    """The frame lines of a traceback (entries innermost first, each a file, a function and a
    line word whose bits from 32 up count the frame's repeats: core.py rt_tb_add), outermost
    first, as CPython's tb_printinternal writes them: a frame repeated more than 3 times in a
    row is written 3 times, then `[Previous line repeated N more times]`."""
    sb: obj = rt_sb_new()
    n: i32 = rt_tuple_len(tb) // 3
    cnt: i64 = 0
    prev: i32 = -1
    while n > 0:
        n = n - 1
        word: i64 = untag_int(rt_tuple_item(tb, 3 * n + 2))
        times: i64 = (word >> 32) + 1
        if prev < 0 or not rt_tb_same(tb, prev, n):
            rt_tb_repeated(sb, cnt)
            cnt = 0
        prev = n
        while times > 0 and cnt < 3:
            rt_sb_add(sb, "  File \"")
            rt_sb_add(sb, rt_tuple_item(tb, 3 * n))
            rt_sb_add(sb, "\", line ")
            rt_sb_add(sb, rt_int_to_str(tag_int(word & 0xFFFFFFFF)))
            rt_sb_add(sb, ", in ")
            rt_sb_add(sb, rt_tuple_item(tb, 3 * n + 1))
            rt_sb_char(sb, 10)
            times = times - 1
            cnt = cnt + 1
        cnt = cnt + times
    rt_tb_repeated(sb, cnt)
    return rt_sb_done(sb)


def rt_tb_same(tb: obj, i: i32, j: i32) -> i32:
    """Whether traceback entries i and j are the same file, function and line."""
    if (untag_int(rt_tuple_item(tb, 3 * i + 2)) & 0xFFFFFFFF) != (untag_int(rt_tuple_item(tb, 3 * j + 2)) & 0xFFFFFFFF):
        return 0
    return rt_str_eq(rt_tuple_item(tb, 3 * i), rt_tuple_item(tb, 3 * j)) and rt_str_eq(rt_tuple_item(tb, 3 * i + 1), rt_tuple_item(tb, 3 * j + 1))


def rt_tb_repeated(sb: obj, cnt: i64) -> None:
    if cnt > 3:
        rt_sb_add(sb, "  [Previous line repeated ")
        rt_sb_add(sb, rt_int_to_str(tag_int(cnt - 3)))
        if cnt - 3 > 1:
            rt_sb_add(sb, " more times]\n")
        else:
            rt_sb_add(sb, " more time]\n")


def rt_print_exc_line(e: obj) -> None:
    """`KeyError: 'k'`, `ValueError` (empty str), `mod.Name: ...` outside builtins/__main__."""
    cls: obj = load_obj(word_ptr(e), INST_CLASS)
    mod: obj = load_obj(word_ptr(cls), CLASS_MODULE)
    if rt_is_str(mod) and not rt_str_eq(mod, "builtins") and not rt_str_eq(mod, "__main__"):
        rt_write_str(mod)
        rt_write_byte(46)
    rt_write_str(load_obj(word_ptr(cls), CLASS_NAME))
    s: obj = rt_exc_str(e)
    if exc_get() is not 0 or not rt_is_str(s):
        exc_set(0)
        rt_write_str(": <exception str() failed>\n")
        return
    if rt_str_len(s) != 0:
        rt_write_str(": ")
        rt_write_str(s)
    d: obj = load_obj(word_ptr(e), INST_DICT)
    if d is not NULL_WORD:
        h: obj = rt_ns_get(d, "_keel_hint")  # NameError's suggestion (rt_raise_name_error)
        if h is not NULL_WORD and rt_is_str(h):
            rt_write_str(h)
    rt_write_byte(10)


def rt_exc_format_only(e: obj) -> obj:
    """traceback.format_exception_only(e) as one str: the line rt_print_exc_line writes
    (`KeyError: 'k'`, `mod.Name: ...`), for doctest (stdlib/doctest.py)."""
    if not rt_is_exc(e):
        return rt_str_concat(rt_type_name(e), "\n")
    cls: obj = load_obj(word_ptr(e), INST_CLASS)
    mod: obj = load_obj(word_ptr(cls), CLASS_MODULE)
    out: obj = load_obj(word_ptr(cls), CLASS_NAME)
    if rt_is_str(mod) and not rt_str_eq(mod, "builtins") and not rt_str_eq(mod, "__main__"):
        out = rt_str_concat(rt_str_concat(mod, "."), out)
    s: obj = rt_str_call(e)
    if exc_get() is not 0 or not rt_is_str(s):
        exc_set(0)
        return rt_str_concat(out, ": <exception str() failed>\n")
    if rt_str_len(s) != 0:
        out = rt_str_concat(rt_str_concat(out, ": "), s)
    return rt_str_concat(out, "\n")


def rt_exc_format_tb(e: obj) -> obj:
    """The report of e as traceback.print_exception writes it, without source lines: the
    frames its traceback recorded, then rt_exc_format_only's line."""
    out: obj = "Traceback (most recent call last):\n"
    if rt_is_exc(e):
        tb: obj = load_obj(word_ptr(e), EXC_TB)
        if tb is not NULL_WORD:
            out = rt_str_concat(out, rt_tb_text(tb))
    return rt_str_concat(out, rt_exc_format_only(e))
