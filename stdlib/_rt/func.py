# Function objects and calls (layout in src/runtime/layout.ts, contract in
# docs/object-model.md "Functions" and "Calling a Python callable").
#
# A function object (TYPE_FUNC) holds the table index of its code, a wasm function
# (env, s1, ..., sn) -> obj whose n parameters are the function's slots (positional parameters,
# keyword-only ones, then *args and **kwargs); env is the function object itself, so the code
# finds its closure cells there. Calling one:
#   rt_call0..rt_call4(f, a1, ...)    positional arguments only; a function whose slots are
#                                     exactly those positional parameters is called at once
#   rt_call_vec(f, args, kwnames)     the generic call: args is a tuple of the positional
#                                     arguments followed by the keyword arguments' values,
#                                     kwnames a tuple of their names (or NULL_WORD: none)
#   rt_call(f, args, kw)              the same with a tuple and a dict of keywords (or NULL_WORD)
# rt_func_call binds the arguments to the slots with CPython 3.12's rules and TypeError messages
# (Python/ceval.c, initialize_locals) and calls the code through call_indirect.
from __keel__ import (
    i32, obj, load_i32, store_i32, load_obj, store_obj, word_ptr, ptr_word, is_small, exc_get,
    call_indirect, mem_copy,
    NULL_WORD, TYPE_FUNC, TYPE_CELL, TYPE_BOUND_METHOD, TYPE_TUPLE, TUPLE_LEN, TUPLE_ITEMS, TYPE_CLASS, TYPE_EXC,
    FUNC_TABLE_INDEX, FUNC_ARITY, FUNC_NAME, FUNC_QUALNAME, FUNC_DEFAULTS, FUNC_KWDEFAULTS,
    FUNC_CLOSURE, FUNC_VARNAMES, FUNC_POSONLY, FUNC_NPOS, FUNC_NKWONLY, FUNC_FLAGS, FUNC_DICT,
    FUNC_MODULE, FUNC_DOC, FUNC_SIZE, FUNCF_VARARGS, FUNCF_VARKW, FUNCF_PACKED, CELL_VALUE, CELL_SIZE, BOUND_FUNC,
    BOUND_SELF, BOUND_SIZE, MAPIT_FUNC, TYPE_DICT, TYPE_SET, TYPE_FROZENSET, TYPE_STATICMETHOD, TYPE_CLASSMETHOD, MDESCR_FUNC, MDESCR_SIZE,
)


# ---- making function objects, cells and bound methods -----------------------------------------

def rt_func_new(code: i32, arity: i32, name: obj, qualname: obj, module: obj, varnames: obj, posonly: i32, npos: i32, nkwonly: i32, flags: i32) -> obj:
    """A new function object for the code at table index `code` taking `arity` slots; defaults
    and closure are set afterwards (rt_func_set_defaults, rt_func_set_closure)."""
    p: i32 = rt_alloc(FUNC_SIZE, TYPE_FUNC)
    store_i32(p, FUNC_TABLE_INDEX, code)
    store_i32(p, FUNC_ARITY, arity)
    store_obj(p, FUNC_NAME, name)
    store_obj(p, FUNC_QUALNAME, qualname)
    store_obj(p, FUNC_DEFAULTS, NULL_WORD)
    store_obj(p, FUNC_KWDEFAULTS, NULL_WORD)
    store_obj(p, FUNC_CLOSURE, NULL_WORD)
    store_obj(p, FUNC_VARNAMES, varnames)
    store_i32(p, FUNC_POSONLY, posonly)
    store_i32(p, FUNC_NPOS, npos)
    store_i32(p, FUNC_NKWONLY, nkwonly)
    store_i32(p, FUNC_FLAGS, flags)
    store_obj(p, FUNC_DICT, NULL_WORD)
    store_obj(p, FUNC_MODULE, module)
    store_obj(p, FUNC_DOC, None)
    return ptr_word(p)


def rt_func_set_doc(f: obj, doc: obj) -> None:
    """__doc__: the def's docstring (a str constant as the body's first statement)."""
    store_obj(word_ptr(f), FUNC_DOC, doc)


def rt_func_set_defaults(f: obj, defaults: obj, kwdefaults: obj) -> None:
    """Sets __defaults__ (a tuple or NULL_WORD) and the keyword-only defaults (a tuple with an
    item per keyword-only parameter, NULL_WORD where there is none; or NULL_WORD)."""
    p: i32 = word_ptr(f)
    store_obj(p, FUNC_DEFAULTS, defaults)
    store_obj(p, FUNC_KWDEFAULTS, kwdefaults)


def rt_func_set_closure(f: obj, cells: obj) -> None:
    store_obj(word_ptr(f), FUNC_CLOSURE, cells)


def rt_func_cell(f: obj, i: i32) -> obj:
    """Cell i of a function's closure (the code reads its free variables through it)."""
    return load_obj(word_ptr(load_obj(word_ptr(f), FUNC_CLOSURE)) + TUPLE_ITEMS + 8 * i, 0)


def rt_func_default(f: obj, i: i32) -> obj:
    """Item i of __defaults__ (a direct call with an argument left to its default)."""
    return load_obj(word_ptr(load_obj(word_ptr(f), FUNC_DEFAULTS)) + TUPLE_ITEMS + 8 * i, 0)


def rt_cell_new(v: obj) -> obj:
    p: i32 = rt_alloc(CELL_SIZE, TYPE_CELL)
    store_obj(p, CELL_VALUE, v)
    return ptr_word(p)


def rt_cell_get(c: obj) -> obj:
    """The value of a cell, NULL_WORD while unbound (the caller raises NameError)."""
    return load_obj(word_ptr(c), CELL_VALUE)


def rt_cell_set(c: obj, v: obj) -> None:
    store_obj(word_ptr(c), CELL_VALUE, v)


def rt_bound_new(func: obj, self: obj) -> obj:
    p: i32 = rt_alloc(BOUND_SIZE, TYPE_BOUND_METHOD)
    store_obj(p, BOUND_FUNC, func)
    store_obj(p, BOUND_SELF, self)
    return ptr_word(p)


# ---- methods found in a class namespace (lang part) ------------------------------------------------
# A class attribute holding a function (a decorated method, `g = some_function` in a class body)
# is a method: read through an instance it binds, as CPython's function.__get__ does. Built-in
# function values (`h = len`, module "builtins") do not bind, like CPython's builtins. A
# staticmethod or classmethod object (TYPE_STATICMETHOD, TYPE_CLASSMETHOD) unwraps.

def rt_descr_new(f: obj, t: i32) -> obj:
    """staticmethod(f) (t = TYPE_STATICMETHOD) or classmethod(f) (TYPE_CLASSMETHOD)."""
    p: i32 = rt_alloc(MDESCR_SIZE, t)
    store_obj(p, MDESCR_FUNC, f)
    return ptr_word(p)


def rt_descr_get(v: obj, inst: obj, cls: obj) -> obj:
    """The value of class attribute v read through instance inst (NULL_WORD: through the class
    cls itself)."""
    if is_small(v):
        return v
    t: i32 = load_i32(word_ptr(v), 0)
    if t == TYPE_STATICMETHOD:
        return load_obj(word_ptr(v), MDESCR_FUNC)
    if t == TYPE_CLASSMETHOD:
        return rt_bound_new(load_obj(word_ptr(v), MDESCR_FUNC), cls)
    if t == TYPE_FUNC and inst is not NULL_WORD:
        m: obj = load_obj(word_ptr(v), FUNC_MODULE)
        if rt_is_str(m) and rt_str_eq(m, "builtins"):
            return v
        return rt_bound_new(v, inst)
    return v


def rt_is_func(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_FUNC


def rt_func_name(f: obj) -> obj:
    return load_obj(word_ptr(f), FUNC_NAME)


def rt_func_qualname(f: obj) -> obj:
    return load_obj(word_ptr(f), FUNC_QUALNAME)


# ---- calls with positional arguments only: the fast paths ---------------------------------------

def rt_func_takes(f: obj, n: i32) -> i32:
    """1 when f is a function whose slots are exactly n positional parameters (no keyword-only,
    *args or **kwargs): the arguments are the slots, nothing to bind."""
    if is_small(f):
        return 0
    p: i32 = word_ptr(f)
    return load_i32(p, 0) == TYPE_FUNC and load_i32(p, FUNC_ARITY) == n and load_i32(p, FUNC_NPOS) == n and load_i32(p, FUNC_FLAGS) == 0


def rt_call0(f: obj) -> obj:
    if rt_func_takes(f, 0):
        return call_indirect(load_i32(word_ptr(f), FUNC_TABLE_INDEX), f)
    return rt_call_vec(f, rt_tuple_new(0), NULL_WORD)


def rt_call1(f: obj, a: obj) -> obj:
    if rt_func_takes(f, 1):
        return call_indirect(load_i32(word_ptr(f), FUNC_TABLE_INDEX), f, a)
    return rt_call_vec(f, rt_tuple_new1(a), NULL_WORD)


def rt_call2(f: obj, a: obj, b: obj) -> obj:
    if rt_func_takes(f, 2):
        return call_indirect(load_i32(word_ptr(f), FUNC_TABLE_INDEX), f, a, b)
    return rt_call_vec(f, rt_tuple_new2(a, b), NULL_WORD)


def rt_call3(f: obj, a: obj, b: obj, c: obj) -> obj:
    if rt_func_takes(f, 3):
        return call_indirect(load_i32(word_ptr(f), FUNC_TABLE_INDEX), f, a, b, c)
    t: obj = rt_tuple_new(3)
    rt_tuple_set(t, 0, a)
    rt_tuple_set(t, 1, b)
    rt_tuple_set(t, 2, c)
    return rt_call_vec(f, t, NULL_WORD)


def rt_call4(f: obj, a: obj, b: obj, c: obj, d: obj) -> obj:
    if rt_func_takes(f, 4):
        return call_indirect(load_i32(word_ptr(f), FUNC_TABLE_INDEX), f, a, b, c, d)
    t: obj = rt_tuple_new(4)
    rt_tuple_set(t, 0, a)
    rt_tuple_set(t, 1, b)
    rt_tuple_set(t, 2, c)
    rt_tuple_set(t, 3, d)
    return rt_call_vec(f, t, NULL_WORD)


# ---- the generic call ------------------------------------------------------------------------------

def rt_call(f: obj, args: obj, kw: obj) -> obj:
    """f(*args, **kw): args a tuple, kw a dict of str keys or NULL_WORD."""
    if kw is NULL_WORD:
        return rt_call_vec(f, args, NULL_WORD)
    return rt_call_kwdict(f, args, kw)


def rt_call_vec(f: obj, args: obj, kwnames: obj) -> obj:
    """f called with the positional arguments args[:len(args) - len(kwnames)] and the keyword
    arguments kwnames[i]=args[len(args) - len(kwnames) + i]."""
    t: i32 = rt_type_id(f)
    if t == TYPE_FUNC:
        return rt_func_call(f, args, kwnames)
    if t == TYPE_BOUND_METHOD:
        p: i32 = word_ptr(f)
        return rt_call_vec(load_obj(p, BOUND_FUNC), rt_tuple_prepend(load_obj(p, BOUND_SELF), args), kwnames)
    return rt_call_other(f, t, args, kwnames)


def rt_call_other(f: obj, t: i32, args: obj, kwnames: obj) -> obj:
    """Calls of callables that are not functions or bound methods: the built-in classes
    (`map(str, xs)`, `key=int`); user classes and instances with __call__ are called by the
    lowering (classes.ts), not from here. Anything else is not callable."""
    if t == TYPE_CLASS:
        if load_i32(word_ptr(f), CLASS_FLAGS) & CLASSF_BUILTIN:
            if kwnames is NULL_WORD:
                return rt_call_builtin_class(f, args)
            return rt_call_builtin_class_kw(f, args, kwnames)
    if rt_cls_key(f) != 0:
        return rt_cls_call(f, args, kwnames)  # a user class or callable instance (cls.py)
    rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(f)), "' object is not callable"))
    return NULL_WORD


def rt_callable(x: obj) -> i32:
    """callable(x) for anything but instances of the program's classes (the lowering answers
    those from their classes' __call__): functions, bound methods and classes are."""
    if is_small(x) or x is NULL_WORD:
        return 0
    t: i32 = rt_type_id(x)
    return t == TYPE_FUNC or t == TYPE_BOUND_METHOD or t == TYPE_CLASS


def rt_tuple_prepend(x: obj, t: obj) -> obj:
    """(x, *t) for a tuple t."""
    n: i32 = load_i32(word_ptr(t), TUPLE_LEN)
    r: obj = rt_tuple_new(n + 1)
    rt_tuple_set(r, 0, x)
    mem_copy(word_ptr(r) + TUPLE_ITEMS + 8, word_ptr(t) + TUPLE_ITEMS, 8 * n)
    return r


def rt_tuple_slice_items(t: obj, lo: i32, hi: i32) -> obj:
    """t[lo:hi] for a tuple, 0 <= lo <= hi <= len(t)."""
    r: obj = rt_tuple_new(hi - lo)
    mem_copy(word_ptr(r) + TUPLE_ITEMS, word_ptr(t) + TUPLE_ITEMS + 8 * lo, 8 * (hi - lo))
    return r


def rt_slot(s: obj, i: i32) -> obj:
    return load_obj(word_ptr(s) + TUPLE_ITEMS + 8 * i, 0)


def rt_func_call(f: obj, args: obj, kwnames: obj) -> obj:
    """Binds the arguments to f's slots (CPython's initialize_locals) and runs its code."""
    p: i32 = word_ptr(f)
    n: i32 = load_i32(p, FUNC_ARITY)
    npos: i32 = load_i32(p, FUNC_NPOS)
    nkwonly: i32 = load_i32(p, FUNC_NKWONLY)
    posonly: i32 = load_i32(p, FUNC_POSONLY)
    flags: i32 = load_i32(p, FUNC_FLAGS)
    total: i32 = npos + nkwonly
    nkw: i32 = 0
    if kwnames is not NULL_WORD:
        nkw = load_i32(word_ptr(kwnames), TUPLE_LEN)
    nargs: i32 = load_i32(word_ptr(args), TUPLE_LEN) - nkw
    slots: obj = rt_tuple_new(n)
    i: i32 = 0
    while i < n:
        rt_tuple_set(slots, i, NULL_WORD)
        i = i + 1
    # Positional arguments, then the rest of them as *args.
    m: i32 = nargs
    if m > npos:
        m = npos
    mem_copy(word_ptr(slots) + TUPLE_ITEMS, word_ptr(args) + TUPLE_ITEMS, 8 * m)
    if flags & FUNCF_VARARGS:
        rt_tuple_set(slots, total, rt_tuple_slice_items(args, m, nargs))
    kwdict: obj = NULL_WORD
    if flags & FUNCF_VARKW:
        kwdict = rt_func_new_kwdict()
        if exc_get() is not 0:
            return NULL_WORD
        rt_tuple_set(slots, n - 1, kwdict)
    # Keyword arguments.
    k: i32 = 0
    while k < nkw:
        name: obj = rt_slot(kwnames, k)
        value: obj = rt_slot(args, nargs + k)
        j: i32 = rt_func_find_kw(load_obj(p, FUNC_VARNAMES), posonly, total, name)
        if j < 0:
            if kwdict is not NULL_WORD:
                rt_func_kwdict_set(kwdict, name, value)
                if exc_get() is not 0:
                    return NULL_WORD
                k = k + 1
                continue
            if posonly > 0 and rt_func_posonly_as_kw(f, kwnames):
                return NULL_WORD
            rt_func_error(f, rt_str_concat(rt_str_concat("() got an unexpected keyword argument '", name), "'"))
            return NULL_WORD
        if rt_slot(slots, j) is not NULL_WORD:
            rt_func_error(f, rt_str_concat(rt_str_concat("() got multiple values for argument '", name), "'"))
            return NULL_WORD
        rt_tuple_set(slots, j, value)
        k = k + 1
    if nargs > npos and not (flags & FUNCF_VARARGS):
        rt_func_too_many(f, nargs, slots)
        return NULL_WORD
    # Missing positional arguments: defaults, else TypeError.
    if nargs < npos:
        defaults: obj = load_obj(p, FUNC_DEFAULTS)
        ndef: i32 = 0
        if defaults is not NULL_WORD:
            ndef = load_i32(word_ptr(defaults), TUPLE_LEN)
        first: i32 = npos - ndef
        missing: i32 = 0
        i = nargs
        while i < first:
            if rt_slot(slots, i) is NULL_WORD:
                missing = missing + 1
            i = i + 1
        if missing > 0:
            rt_func_missing(f, slots, 0, first, "positional")
            return NULL_WORD
        i = first
        while i < npos:
            if rt_slot(slots, i) is NULL_WORD:
                rt_tuple_set(slots, i, rt_slot(defaults, i - first))
            i = i + 1
    # Keyword-only arguments: their defaults, else TypeError.
    if nkwonly > 0:
        kwdefaults: obj = load_obj(p, FUNC_KWDEFAULTS)
        missing2: i32 = 0
        i = npos
        while i < total:
            if rt_slot(slots, i) is NULL_WORD:
                d: obj = NULL_WORD
                if kwdefaults is not NULL_WORD:
                    d = rt_slot(kwdefaults, i - npos)
                if d is NULL_WORD:
                    missing2 = missing2 + 1
                else:
                    rt_tuple_set(slots, i, d)
            i = i + 1
        if missing2 > 0:
            rt_func_missing(f, slots, npos, total, "keyword-only")
            return NULL_WORD
    return rt_invoke(f, slots)


def rt_func_find_kw(varnames: obj, lo: i32, hi: i32, name: obj) -> i32:
    """The slot of the parameter named `name` among slots lo..hi-1, or -1."""
    j: i32 = lo
    while j < hi:
        if rt_slot(varnames, j) is name:
            return j
        j = j + 1
    j = lo
    while j < hi:
        if rt_str_eq(rt_slot(varnames, j), name):
            return j
        j = j + 1
    return -1


def rt_func_error(f: obj, rest: obj) -> None:
    """TypeError: <qualname><rest>."""
    rt_raise("TypeError", rt_str_concat(load_obj(word_ptr(f), FUNC_QUALNAME), rest))


def rt_func_posonly_as_kw(f: obj, kwnames: obj) -> i32:
    """CPython's positional_only_passed_as_keyword: raises and returns 1 when some keyword
    names a positional-only parameter."""
    p: i32 = word_ptr(f)
    varnames: obj = load_obj(p, FUNC_VARNAMES)
    posonly: i32 = load_i32(p, FUNC_POSONLY)
    nkw: i32 = load_i32(word_ptr(kwnames), TUPLE_LEN)
    names: obj = ""
    count: i32 = 0
    i: i32 = 0
    while i < posonly:
        k: i32 = 0
        while k < nkw:
            if rt_str_eq(rt_slot(varnames, i), rt_slot(kwnames, k)):
                if count > 0:
                    names = rt_str_concat(names, ", ")
                names = rt_str_concat(names, rt_slot(varnames, i))
                count = count + 1
                break
            k = k + 1
        i = i + 1
    if count == 0:
        return 0
    rt_func_error(f, rt_str_concat(rt_str_concat("() got some positional-only arguments passed as keyword arguments: '", names), "'"))
    return 1


def rt_func_too_many(f: obj, given: i32, slots: obj) -> None:
    """CPython's too_many_positional."""
    p: i32 = word_ptr(f)
    npos: i32 = load_i32(p, FUNC_NPOS)
    kwonly_given: i32 = 0
    i: i32 = npos
    while i < npos + load_i32(p, FUNC_NKWONLY):
        if rt_slot(slots, i) is not NULL_WORD:
            kwonly_given = kwonly_given + 1
        i = i + 1
    defaults: obj = load_obj(p, FUNC_DEFAULTS)
    ndef: i32 = 0
    if defaults is not NULL_WORD:
        ndef = load_i32(word_ptr(defaults), TUPLE_LEN)
    sig: obj = rt_i64_to_str(i32_to_i64(npos))
    plural: i32 = npos != 1
    if ndef > 0:
        sig = rt_str_concat(rt_str_concat(rt_str_concat("from ", rt_i64_to_str(i32_to_i64(npos - ndef))), " to "), sig)
        plural = 1
    msg: obj = rt_str_concat("() takes ", sig)
    msg = rt_str_concat(msg, " positional argument")
    if plural:
        msg = rt_str_concat(msg, "s")
    msg = rt_str_concat(rt_str_concat(msg, " but "), rt_i64_to_str(i32_to_i64(given)))
    if kwonly_given > 0:
        msg = rt_str_concat(msg, " positional argument")
        if given != 1:
            msg = rt_str_concat(msg, "s")
        msg = rt_str_concat(rt_str_concat(msg, " (and "), rt_i64_to_str(i32_to_i64(kwonly_given)))
        msg = rt_str_concat(msg, " keyword-only argument")
        if kwonly_given != 1:
            msg = rt_str_concat(msg, "s")
        msg = rt_str_concat(msg, ")")
    if given == 1 and kwonly_given == 0:
        msg = rt_str_concat(msg, " was given")
    else:
        msg = rt_str_concat(msg, " were given")
    rt_func_error(f, msg)


def rt_func_missing(f: obj, slots: obj, lo: i32, hi: i32, kind: obj) -> None:
    """CPython's missing_arguments/format_missing: the unbound slots among lo..hi-1."""
    varnames: obj = load_obj(word_ptr(f), FUNC_VARNAMES)
    names: obj = rt_list_new(0)
    i: i32 = lo
    while i < hi:
        if rt_slot(slots, i) is NULL_WORD:
            rt_list_append(names, rt_str_repr(rt_slot(varnames, i)))
        i = i + 1
    n: i32 = rt_list_len(names)
    text: obj = rt_list_get(names, 0)
    if n == 2:
        text = rt_str_concat(rt_str_concat(text, " and "), rt_list_get(names, 1))
    elif n > 2:
        i = 1
        while i < n - 1:
            text = rt_str_concat(rt_str_concat(text, ", "), rt_list_get(names, i))
            i = i + 1
        text = rt_str_concat(rt_str_concat(text, ", and "), rt_list_get(names, n - 1))
    msg: obj = rt_str_concat(rt_str_concat("() missing ", rt_i64_to_str(i32_to_i64(n))), " required ")
    msg = rt_str_concat(rt_str_concat(msg, kind), " argument")
    if n != 1:
        msg = rt_str_concat(msg, "s")
    rt_func_error(f, rt_str_concat(rt_str_concat(msg, ": "), text))


def rt_invoke(f: obj, slots: obj) -> obj:
    """Runs f's code with its bound slots (a tuple of FUNC_ARITY items): one by one, or the
    tuple itself to the code of a function with more slots than that (FUNCF_PACKED)."""
    p: i32 = word_ptr(f)
    code: i32 = load_i32(p, FUNC_TABLE_INDEX)
    n: i32 = load_i32(p, FUNC_ARITY)
    if load_i32(p, FUNC_FLAGS) & FUNCF_PACKED:
        return call_indirect(code, f, slots)
    s: i32 = word_ptr(slots) + TUPLE_ITEMS
    if n == 0:
        return call_indirect(code, f)
    if n == 1:
        return call_indirect(code, f, load_obj(s, 0))
    if n == 2:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8))
    if n == 3:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16))
    if n == 4:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24))
    if n == 5:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32))
    if n == 6:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40))
    if n == 7:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48))
    if n == 8:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48), load_obj(s, 56))
    if n == 9:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48), load_obj(s, 56), load_obj(s, 64))
    if n == 10:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48), load_obj(s, 56), load_obj(s, 64), load_obj(s, 72))
    if n == 11:
        return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48), load_obj(s, 56), load_obj(s, 64), load_obj(s, 72), load_obj(s, 80))
    return call_indirect(code, f, load_obj(s, 0), load_obj(s, 8), load_obj(s, 16), load_obj(s, 24), load_obj(s, 32), load_obj(s, 40), load_obj(s, 48), load_obj(s, 56), load_obj(s, 64), load_obj(s, 72), load_obj(s, 80), load_obj(s, 88))


# ---- **kwargs parameters and f(**m) calls -----------------------------------------------------------

def rt_func_new_kwdict() -> obj:
    """The dict a **kwargs parameter receives (filled by rt_func_call with the extra keywords)."""
    return rt_dict_new()


def rt_func_kwdict_set(d: obj, k: obj, v: obj) -> None:
    rt_dict_set(d, k, v)


def rt_call_kw_add(d: obj, name: obj, v: obj, f: obj) -> None:
    """`name=v` in a call that also has `**m` (CPython collects all its keywords in one dict in
    source order): TypeError when an earlier ** mapping gave the same name."""
    if rt_dict_contains(d, name):
        rt_call_kw_duplicate(f, name)
        return
    rt_dict_set(d, name, v)


def rt_call_kw_merge(d: obj, m: obj, f: obj) -> None:
    """`**m` in a call (CPython's DICT_MERGE): m must be a dict here; a name given twice is a
    TypeError naming the callee. Keys are checked to be strs when the call binds them."""
    b: obj = rt_inst_builtin(m)
    if b is not NULL_WORD and rt_dict_is(b):
        m = b  # a dict subclass (Counter, OrderedDict...): the dict it keeps
    if not rt_dict_is(m):
        rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_func_str(f), " argument after ** must be a mapping, not "), rt_type_name(m)))
        return
    i: i32 = rt_dict_next(m, 0)
    while i >= 0:
        k: obj = rt_dict_key_at(m, i)
        if rt_dict_contains(d, k):
            if exc_get() is not 0:
                return
            rt_call_kw_duplicate(f, k)
            return
        if exc_get() is not 0:
            return
        rt_dict_set(d, k, rt_dict_value_at(m, i))
        if exc_get() is not 0:
            return
        i = rt_dict_next(m, i + 1)


def rt_call_kw_duplicate(f: obj, k: obj) -> None:
    m: obj = rt_str_concat(rt_func_str(f), " got multiple values for keyword argument '")
    s: obj = rt_str_call(k)
    if exc_get() is not 0:
        return
    rt_raise("TypeError", rt_str_concat(rt_str_concat(m, s), "'"))


def rt_call_kwdict(f: obj, args: obj, kw: obj) -> obj:
    """f(*args, **kw) with kw a dict: its items become keyword arguments in insertion order
    (TypeError "keywords must be strings" for another key, as CPython's binding raises)."""
    n: i32 = rt_dict_len(kw)
    if n == 0:
        return rt_call_vec(f, args, NULL_WORD)
    npos: i32 = load_i32(word_ptr(args), TUPLE_LEN)
    all: obj = rt_tuple_new(npos + n)
    mem_copy(word_ptr(all) + TUPLE_ITEMS, word_ptr(args) + TUPLE_ITEMS, 8 * npos)
    names: obj = rt_tuple_new(n)
    j: i32 = 0
    i: i32 = rt_dict_next(kw, 0)
    while i >= 0:
        k: obj = rt_dict_key_at(kw, i)
        if not rt_is_str(k):
            rt_raise("TypeError", "keywords must be strings")
            return NULL_WORD
        rt_tuple_set(names, j, k)
        rt_tuple_set(all, npos + j, rt_dict_value_at(kw, i))
        j = j + 1
        i = rt_dict_next(kw, i + 1)
    return rt_call_vec(f, all, names)


# ---- f(*args) ---------------------------------------------------------------------------------------

def rt_call_star(l: obj, x: obj, f: obj) -> None:
    """Appends the items of x, an f(*x) argument, to the list of arguments l (f None: the call
    has other positional arguments, and CPython's message names no callee)."""
    if not rt_is_iterable(x):
        if f is None:
            rt_raise("TypeError", rt_str_concat("Value after * must be an iterable, not ", rt_type_name(x)))
            return
        rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_func_str(f), " argument after * must be an iterable, not "), rt_type_name(x)))
        return
    rt_m_extend(l, x)


def rt_func_str(f: obj) -> obj:
    """How CPython names a callable in call errors (_PyObject_FunctionStr): module.qualname()."""
    t: i32 = rt_type_id(f)
    if t == TYPE_BOUND_METHOD:
        return rt_func_str(load_obj(word_ptr(f), BOUND_FUNC))
    if t == TYPE_FUNC:
        p: i32 = word_ptr(f)
        s: obj = rt_str_concat(load_obj(p, FUNC_QUALNAME), "()")
        m: obj = load_obj(p, FUNC_MODULE)
        if m is None or (rt_is_str(m) and rt_str_eq(m, "builtins")):
            return s
        if not rt_is_str(m):
            m = rt_str_call(m)
            if exc_get() is not 0:
                return s
        return rt_str_concat(rt_str_concat(m, "."), s)
    return rt_str_call(f)


# ---- type names and reprs ----------------------------------------------------------------------------

def rt_type_name_callable(t: i32) -> obj:
    """type(x).__name__ for the types of this part (rt_type_name_other asks)."""
    if t == TYPE_FUNC:
        return "function"
    if t == TYPE_CELL:
        return "cell"
    if t == TYPE_BOUND_METHOD:
        return "method"
    if t == TYPE_MAP_ITER:
        return "map"
    if t == TYPE_FILTER_ITER:
        return "filter"
    if t == 34:
        return "module"  # TYPE_MODULE (module.py)
    if t == TYPE_STATICMETHOD:
        return "staticmethod"
    if t == TYPE_CLASSMETHOD:
        return "classmethod"
    return "object"


def rt_repr_callable(x: obj, t: i32) -> obj:
    """repr() of functions, bound methods, map and filter objects: CPython's forms
    (`<function f at 0x...>`; the address is the object's address in linear memory)."""
    if t == TYPE_FUNC:
        return rt_str_concat(rt_str_concat("<function ", load_obj(word_ptr(x), FUNC_QUALNAME)), rt_at_address(x))
    if t == TYPE_BOUND_METHOD:
        p: i32 = word_ptr(x)
        f: obj = load_obj(p, BOUND_FUNC)
        name: obj = "?"
        if rt_type_id(f) == TYPE_FUNC:
            name = load_obj(word_ptr(f), FUNC_QUALNAME)
        s: obj = rt_str_concat(rt_str_concat("<bound method ", name), " of ")
        r: obj = rt_repr(load_obj(p, BOUND_SELF))
        if exc_get() is not 0:
            return NULL_WORD
        return rt_str_concat(rt_str_concat(s, r), ">")
    name: obj = rt_type_name_callable(t)
    if t == TYPE_MAP_ITER:
        name = rt_map_type_name(x)
    return rt_str_concat(rt_str_concat("<", name), rt_str_concat(" object", rt_at_address(x)))


def rt_at_address(x: obj) -> obj:
    """' at 0x<address>>' (lower-case hex, as CPython's %p)."""
    a: i32 = word_ptr(x)
    digits: obj = ""
    while True:
        d: i32 = a & 15
        digits = rt_str_concat(rt_str_from_char(rt_hex_digit(d)), digits)
        a = a >> 4
        if a == 0:
            break
    return rt_str_concat(rt_str_concat(" at 0x", digits), ">")


# ---- attributes of functions ------------------------------------------------------------------------

def rt_func_getattr(x: obj, name: obj) -> obj:
    """x.name for a function (its special attributes, then its __dict__) or a bound method
    (__self__, __func__, else the function's attributes, as CPython forwards them);
    AttributeError otherwise."""
    t: i32 = rt_type_id(x)
    f: obj = x
    if t == TYPE_BOUND_METHOD:
        if rt_str_eq(name, "__self__"):
            return load_obj(word_ptr(x), BOUND_SELF)
        if rt_str_eq(name, "__func__"):
            return load_obj(word_ptr(x), BOUND_FUNC)
        f = load_obj(word_ptr(x), BOUND_FUNC)
        if rt_type_id(f) != TYPE_FUNC:
            return rt_getattr(f, name)
    if rt_type_id(f) == TYPE_FUNC:
        p: i32 = word_ptr(f)
        if rt_str_eq(name, "__name__"):
            return load_obj(p, FUNC_NAME)
        if rt_str_eq(name, "__qualname__"):
            return load_obj(p, FUNC_QUALNAME)
        if rt_str_eq(name, "__module__"):
            return load_obj(p, FUNC_MODULE)
        if rt_str_eq(name, "__doc__"):
            return load_obj(p, FUNC_DOC)
        if rt_str_eq(name, "__defaults__"):
            d: obj = load_obj(p, FUNC_DEFAULTS)
            if d is NULL_WORD:
                return None
            return d
        if rt_str_eq(name, "__kwdefaults__"):
            return rt_func_kwdefaults_dict(f)
        if rt_str_eq(name, "__closure__"):
            c: obj = load_obj(p, FUNC_CLOSURE)
            if c is NULL_WORD:
                return None
            return c
        if rt_str_eq(name, "__dict__"):
            return rt_func_dict(f)
        dd: obj = load_obj(p, FUNC_DICT)
        if dd is not NULL_WORD:
            v: obj = rt_dict_get(dd, name)
            if v is not NULL_WORD:
                return v
    rt_raise("AttributeError", rt_str_concat(rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object has no attribute '"), rt_str_concat(name, "'")))
    return NULL_WORD


def rt_func_dict(f: obj) -> obj:
    """A function's __dict__, made on first use."""
    p: i32 = word_ptr(f)
    d: obj = load_obj(p, FUNC_DICT)
    if d is NULL_WORD:
        d = rt_dict_new()
        store_obj(word_ptr(f), FUNC_DICT, d)
    return d


def rt_func_kwdefaults_dict(f: obj) -> obj:
    """__kwdefaults__: a dict of the keyword-only parameters that have defaults, or None."""
    p: i32 = word_ptr(f)
    kd: obj = load_obj(p, FUNC_KWDEFAULTS)
    if kd is NULL_WORD:
        return None
    npos: i32 = load_i32(p, FUNC_NPOS)
    n: i32 = load_i32(p, FUNC_NKWONLY)
    d: obj = rt_dict_new()
    i: i32 = 0
    while i < n:
        v: obj = rt_slot(kd, i)
        if v is not NULL_WORD:
            rt_dict_set(d, rt_slot(load_obj(word_ptr(f), FUNC_VARNAMES), npos + i), v)
        i = i + 1
    if rt_dict_len(d) == 0:
        return None
    return d


def rt_func_attr_type_error(what: obj) -> None:
    rt_raise("TypeError", what)


def rt_func_setattr(x: obj, name: obj, v: obj) -> None:
    """f.name = v: the writable special attributes (with CPython's type checks), the read-only
    ones (AttributeError), anything else into __dict__. Bound methods take no attributes."""
    if rt_type_id(x) != TYPE_FUNC:
        rt_raise("AttributeError", rt_str_concat(rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object has no attribute '"), rt_str_concat(name, "'")))
        return
    p: i32 = word_ptr(x)
    if rt_str_eq(name, "__name__") or rt_str_eq(name, "__qualname__"):
        if not rt_is_str(v):
            rt_func_attr_type_error(rt_str_concat(name, " must be set to a string object"))
            return
        if rt_str_eq(name, "__name__"):
            store_obj(p, FUNC_NAME, v)
        else:
            store_obj(p, FUNC_QUALNAME, v)
        return
    if rt_str_eq(name, "__doc__"):
        store_obj(p, FUNC_DOC, v)
        return
    if rt_str_eq(name, "__module__"):
        store_obj(p, FUNC_MODULE, v)
        return
    if rt_str_eq(name, "__defaults__"):
        if v is None:
            store_obj(p, FUNC_DEFAULTS, NULL_WORD)
            return
        if rt_type_id(v) != TYPE_TUPLE:
            rt_func_attr_type_error("__defaults__ must be set to a tuple object")
            return
        if load_i32(word_ptr(v), TUPLE_LEN) > load_i32(p, FUNC_NPOS):
            # More defaults than positional parameters: CPython lets the extra ones be unused;
            # rt_func_call indexes them from the end, so keep only the last npos.
            n: i32 = load_i32(word_ptr(v), TUPLE_LEN)
            v = rt_tuple_slice_items(v, n - load_i32(word_ptr(x), FUNC_NPOS), n)
        store_obj(word_ptr(x), FUNC_DEFAULTS, v)
        return
    if rt_str_eq(name, "__kwdefaults__"):
        rt_func_set_kwdefaults(x, v)
        return
    if rt_str_eq(name, "__dict__"):
        if not rt_dict_is(v):
            rt_func_attr_type_error(rt_str_concat(rt_str_concat("__dict__ must be set to a dictionary, not a '", rt_type_name(v)), "'"))
            return
        store_obj(p, FUNC_DICT, v)
        return
    if rt_str_eq(name, "__closure__") or rt_str_eq(name, "__globals__") or rt_str_eq(name, "__builtins__"):
        rt_raise("AttributeError", "readonly attribute")
        return
    rt_dict_set(rt_func_dict(x), name, v)


def rt_func_set_kwdefaults(f: obj, v: obj) -> None:
    """f.__kwdefaults__ = v (a dict or None): the keyword-only defaults by name."""
    if v is None:
        store_obj(word_ptr(f), FUNC_KWDEFAULTS, NULL_WORD)
        return
    if not rt_dict_is(v):
        rt_func_attr_type_error("__kwdefaults__ must be set to a dict object")
        return
    npos: i32 = load_i32(word_ptr(f), FUNC_NPOS)
    n: i32 = load_i32(word_ptr(f), FUNC_NKWONLY)
    t: obj = rt_tuple_new(n)
    i: i32 = 0
    while i < n:
        d: obj = rt_dict_get(v, rt_slot(load_obj(word_ptr(f), FUNC_VARNAMES), npos + i))
        if exc_get() is not 0:
            return
        rt_tuple_set(t, i, d)
        i = i + 1
    store_obj(word_ptr(f), FUNC_KWDEFAULTS, t)


def rt_func_delattr(x: obj, name: obj) -> None:
    """del f.name: __doc__ becomes None, __defaults__/__kwdefaults__ none; __dict__ and the
    names cannot be deleted; anything else leaves __dict__ (AttributeError when absent)."""
    if rt_type_id(x) == TYPE_FUNC:
        p: i32 = word_ptr(x)
        if rt_str_eq(name, "__doc__"):
            store_obj(p, FUNC_DOC, None)
            return
        if rt_str_eq(name, "__defaults__"):
            store_obj(p, FUNC_DEFAULTS, NULL_WORD)
            return
        if rt_str_eq(name, "__kwdefaults__"):
            store_obj(p, FUNC_KWDEFAULTS, NULL_WORD)
            return
        if rt_str_eq(name, "__dict__"):
            rt_raise("TypeError", "cannot delete __dict__")
            return
        if rt_str_eq(name, "__name__") or rt_str_eq(name, "__qualname__"):
            rt_func_attr_type_error(rt_str_concat(name, " must be set to a string object"))
            return
        d: obj = load_obj(p, FUNC_DICT)
        if d is not NULL_WORD:
            if rt_dict_del(d, name):
                return
    rt_raise("AttributeError", rt_str_concat(rt_str_concat(rt_str_concat("'", rt_type_name(x)), "' object has no attribute '"), rt_str_concat(name, "'")))


def rt_print_star(items: obj, sep: obj, end: obj) -> None:
    """print(*xs, sep=..., end=...) with the arguments as one tuple (sep/end None: the defaults)."""
    n: i32 = load_i32(word_ptr(items), TUPLE_LEN)
    i: i32 = 0
    while i < n:
        if i > 0:
            rt_print_sep_obj(sep)
        rt_print_obj(rt_slot(items, i))
        if exc_get() is not 0:
            return
        i = i + 1
    rt_print_end_obj(end)


def rt_call_builtin_class_kw(c: obj, args: obj, kwnames: obj) -> obj:
    """A built-in class called with keywords through the class object (`partial(int, base=2)`,
    `partial(dict, a=1)`): int's base and dict's items; others are not supported yet."""
    it: i32 = load_i32(word_ptr(c), CLASS_INST_TYPE)
    n: i32 = load_i32(word_ptr(args), TUPLE_LEN)
    nk: i32 = load_i32(word_ptr(kwnames), TUPLE_LEN)
    npos: i32 = n - nk
    if it == TYPE_INT and nk == 1 and npos == 1 and rt_str_eq(rt_slot(kwnames, 0), "base"):
        return rt_int_call(rt_slot(args, 0), rt_slot(args, 1))
    if it == TYPE_DICT and npos <= 1:
        a: obj = NULL_WORD
        if npos == 1:
            a = rt_slot(args, 0)
        d: obj = rt_dict_call(a)
        if exc_get() is not 0:
            return 1
        i: i32 = 0
        while i < nk:
            rt_dict_set(d, rt_slot(kwnames, i), rt_slot(args, npos + i))
            i = i + 1
        return d
    rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_class_name(c), "() with keyword arguments through the class object: "), "not supported yet"))
    return NULL_WORD


def rt_call_builtin_class(c: obj, args: obj) -> obj:
    """int(...), str(...), float(...), bool(...), list(...), tuple(...), range(...) through the
    class object, as a call by name would do them."""
    it: i32 = load_i32(word_ptr(c), CLASS_INST_TYPE)
    n: i32 = load_i32(word_ptr(args), TUPLE_LEN)
    a: obj = NULL_WORD
    if n > 0:
        a = rt_slot(args, 0)
    if it == TYPE_RANGE and n >= 1 and n <= 3:
        b: obj = NULL_WORD
        d: obj = NULL_WORD
        if n > 1:
            b = rt_slot(args, 1)
        if n > 2:
            d = rt_slot(args, 2)
        return rt_range_new(a, b, d)
    if it == TYPE_INT and n <= 2:
        if n == 0:
            return 0
        if n == 2:
            return rt_int_call(a, rt_slot(args, 1))
        return rt_int_call(a, None)
    if n <= 1:
        if it == TYPE_STR:
            if n == 0:
                return ""
            return rt_str_call(a)
        if it == TYPE_FLOAT:
            if n == 0:
                return rt_float_call(0)
            return rt_float_call(a)
        if it == TYPE_BOOL:
            if n == 0:
                return False
            v: i32 = rt_truth(a)
            if exc_get() is not 0:
                return NULL_WORD
            return box_bool(v)
        if it == TYPE_LIST:
            if n == 0:
                return rt_list_new(0)
            return rt_list_call(a)
        if it == TYPE_TUPLE:
            if n == 0:
                return rt_tuple_new(0)
            return rt_tuple_call(a)
        if it == TYPE_DICT:
            return rt_dict_call(a)  # (a is NULL_WORD for dict())
        if it == TYPE_SET or it == TYPE_FROZENSET:
            return rt_set_call(a, it == TYPE_FROZENSET)  # field(default_factory=set)
    if it == TYPE_EXC:
        return rt_exc_new(c, args)  # a built-in exception class held in a variable: exc("x")
    if (it == 20 or it == 21) and n <= 3:  # bytes, bytearray
        enc: obj = NULL_WORD
        errs: obj = NULL_WORD
        if n > 1:
            enc = rt_slot(args, 1)
        if n > 2:
            errs = rt_slot(args, 2)
        return rt_bytes_call(a, enc, errs, it == 21)
    rt_raise("TypeError", rt_str_concat(rt_str_concat(rt_class_name(c), "() with these arguments through the class object: "), "not supported yet"))
    return NULL_WORD
