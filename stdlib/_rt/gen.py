# Generators: the generator object (layout.ts, "generators"), resuming it (next, send, throw,
# close) and the steps of `yield from`. The compiler (src/lower/gen.ts) turns a generator
# function into a creator, which makes the object and stores the arguments in its frame, and a
# resume function `(gen, sent) -> obj`, a state machine that returns
#   - the yielded value (never NULL_WORD), having stored its state and live locals in the frame,
#   - NULL_WORD with an exception pending: the body raised,
#   - NULL_WORD with none pending: the body returned; GEN_VALUE holds the returned value.
# The functions here keep the rules CPython adds around that: a finished generator stays
# finished, a running one cannot be resumed, the first send must be None, StopIteration carries
# the returned value, close throws GeneratorExit in.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_obj, store_obj, word_ptr, ptr_word, exc_get, exc_set,
    NULL_WORD, RT_TB_COUNT, TYPE_GENERATOR,
    GEN_CODE, GEN_STATE, GEN_RUNNING, GEN_NSLOTS, GEN_VALUE, GEN_THROWN, GEN_NAME, GEN_SLOTS,
)


def rt_gen_new(code: i32, nslots: i32, name: obj) -> obj:
    """A new, not yet started generator for resume function `code` with `nslots` frame slots,
    all unbound (the creator then stores the arguments)."""
    p: i32 = rt_alloc(GEN_SLOTS + 8 * nslots, TYPE_GENERATOR)
    store_i32(p, GEN_CODE, code)
    store_i32(p, GEN_NSLOTS, nslots)
    store_obj(p, GEN_VALUE, None)
    store_obj(p, GEN_NAME, name)
    i: i32 = 0
    while i < nslots:
        store_obj(p + 8 * i, GEN_SLOTS, NULL_WORD)
        i = i + 1
    return ptr_word(p)


def rt_gen_call(g: obj, sent: obj) -> obj:
    """Runs the resume function of g. The compiler replaces this body with a dispatch on GEN_CODE
    to the program's resume functions (src/lower/gen.ts, buildDispatcher); this one is only
    kept when the program has no generator functions, so it is never called."""
    return NULL_WORD


def rt_is_gen(x: obj) -> i32:
    return rt_type_id(x) == TYPE_GENERATOR


def rt_gen_resume(g: obj, sent: obj) -> obj:
    """Runs g until it yields (the value), raises or returns (NULL_WORD; see the header)."""
    p: i32 = word_ptr(g)
    if load_i32(p, GEN_RUNNING):
        rt_raise("ValueError", "generator already executing")
        return NULL_WORD
    if load_i32(p, GEN_STATE) == -1:
        store_obj(p, GEN_VALUE, None)
        return NULL_WORD
    store_i32(p, GEN_RUNNING, 1)
    r: obj = rt_gen_call(g, sent)
    p = word_ptr(g)
    store_i32(p, GEN_RUNNING, 0)
    if r is NULL_WORD:
        store_i32(p, GEN_STATE, -1)
        # The frame is dead: drop its references (and a throw that was never delivered).
        n: i32 = load_i32(p, GEN_NSLOTS)
        i: i32 = 0
        while i < n:
            store_obj(p + 8 * i, GEN_SLOTS, NULL_WORD)
            i = i + 1
        store_obj(p, GEN_THROWN, 0)
    return r


def rt_gen_next(g: obj) -> obj:
    """The iteration protocol (rt_next): the next value, or NULL_WORD at the end (check
    exc_get: an exception from the body is pending then)."""
    return rt_gen_resume(g, None)


def rt_gen_stop(g: obj) -> None:
    """Raises StopIteration with the value g returned (None: no argument, as CPython prints)."""
    v: obj = load_obj(word_ptr(g), GEN_VALUE)
    if v is None:
        rt_raise("StopIteration", NULL_WORD)
        return
    rt_raise("StopIteration", v)


def rt_gen_send(g: obj, v: obj) -> obj:
    """g.send(v); next(g) is g.send(None)."""
    p: i32 = word_ptr(g)
    if load_i32(p, GEN_STATE) == 0 and v is not None and not load_i32(p, GEN_RUNNING):
        rt_raise("TypeError", "can't send non-None value to a just-started generator")
        return NULL_WORD
    r: obj = rt_gen_resume(g, v)
    if r is NULL_WORD and exc_get() is 0:
        rt_gen_stop(g)
    return r


def rt_gen_throw_in(g: obj, e: obj) -> obj:
    """Raises e inside g where it is suspended; like rt_gen_resume for the result."""
    p: i32 = word_ptr(g)
    if load_i32(p, GEN_RUNNING):
        rt_raise("ValueError", "generator already executing")
        return NULL_WORD
    if load_i32(p, GEN_STATE) <= 0:
        # Not started or finished: the exception is raised where the body would start, so the
        # generator is finished and the exception propagates to the caller.
        store_i32(p, GEN_STATE, -1)
        store_i32(RT_TB_COUNT, 0, 0)
        exc_set(e)
        return NULL_WORD
    store_obj(p, GEN_THROWN, e)
    return rt_gen_resume(g, None)


def rt_gen_throw(g: obj, e: obj) -> obj:
    """g.throw(e): the next value g yields after raising e at its yield."""
    r: obj = rt_gen_throw_in(g, e)
    if r is NULL_WORD and exc_get() is 0:
        rt_gen_stop(g)
    return r


def rt_gen_take_thrown(g: obj) -> None:
    """Called by the resume function at each resume point: raises the exception throw() or
    close() delivered, if any (the lowering checks for it after this call)."""
    p: i32 = word_ptr(g)
    e: obj = load_obj(p, GEN_THROWN)
    if e is 0:
        return
    store_obj(p, GEN_THROWN, 0)
    store_i32(RT_TB_COUNT, 0, 0)
    exc_set(e)


def rt_gen_exc_named(e: obj, name: obj) -> i32:
    """Whether exception e is of the built-in class `name` (by name until classes land)."""
    return rt_str_eq(rt_exc_name(e), name)


def rt_gen_close(g: obj) -> obj:
    """g.close(): raise GeneratorExit at the yield where g is suspended; returns None when the
    body lets it (or StopIteration) propagate or returns, RuntimeError when it yields again."""
    p: i32 = word_ptr(g)
    if load_i32(p, GEN_RUNNING):
        rt_raise("ValueError", "generator already executing")
        return NULL_WORD
    if load_i32(p, GEN_STATE) <= 0:
        store_i32(p, GEN_STATE, -1)
        return None
    rt_raise("GeneratorExit", NULL_WORD)
    e: obj = exc_get()
    exc_set(0)
    r: obj = rt_gen_throw_in(g, e)
    if r is not NULL_WORD:
        rt_raise("RuntimeError", "generator ignored GeneratorExit")
        return NULL_WORD
    x: obj = exc_get()
    if x is 0:
        return None
    if rt_gen_exc_named(x, "GeneratorExit") or rt_gen_exc_named(x, "StopIteration"):
        exc_set(0)
        store_i32(RT_TB_COUNT, 0, 0)
        return None
    return NULL_WORD


# ---- methods (g.send(v), g.throw(e); g.close() goes through io.py's rt_m_close) --------------------------------------------------

def rt_m_send(g: obj, v: obj) -> obj:
    if not rt_is_gen(g):
        return rt_no_attr(g, "send")
    return rt_gen_send(g, v)


def rt_m_throw(g: obj, e: obj, v: obj, tb: obj) -> obj:
    if not rt_is_gen(g):
        return rt_no_attr(g, "throw")
    return rt_gen_throw(g, e)


# ---- yield from -------------------------------------------------------------------------------

def rt_yf_send(g: obj, it: obj, sent: obj) -> obj:
    """One step of `yield from it` in generator g: sends `sent` to it (None: next), or throws
    in what throw()/close() delivered to g. Returns the value it yields (g yields it in turn),
    or NULL_WORD: an exception is pending, or it finished and GEN_VALUE of g holds its value."""
    p: i32 = word_ptr(g)
    e: obj = load_obj(p, GEN_THROWN)
    r: obj = NULL_WORD
    if e is not 0:
        store_obj(p, GEN_THROWN, 0)
        if rt_is_gen(it):
            if rt_gen_exc_named(e, "GeneratorExit"):
                # Close the delegate first, then raise GeneratorExit in g (CPython's order).
                rt_gen_close(it)
                if exc_get() is not 0:
                    return NULL_WORD
                store_i32(RT_TB_COUNT, 0, 0)
                exc_set(e)
                return NULL_WORD
            r = rt_gen_throw_in(it, e)
        else:
            store_i32(RT_TB_COUNT, 0, 0)
            exc_set(e)
            return NULL_WORD
    elif rt_is_gen(it):
        if sent is None:
            r = rt_gen_resume(it, None)
        else:
            q: i32 = word_ptr(it)
            if load_i32(q, GEN_STATE) == 0 and not load_i32(q, GEN_RUNNING):
                rt_raise("TypeError", "can't send non-None value to a just-started generator")
                return NULL_WORD
            r = rt_gen_resume(it, sent)
    else:
        if sent is not None:
            return rt_no_attr(it, "send")
        r = rt_next(it)
        if r is NULL_WORD and exc_get() is 0:
            store_obj(word_ptr(g), GEN_VALUE, None)
        return r
    if r is NULL_WORD and exc_get() is 0:
        store_obj(word_ptr(g), GEN_VALUE, load_obj(word_ptr(it), GEN_VALUE))
    return r


def rt_gen_drop(it: obj) -> None:
    """A `for` loop over a generator it made itself (`for x in gen(): ... break`, src/lower/
    gendrop.ts) leaves early, by break, return or an exception: the generator is closed at once,
    as CPython's reference counting closes it when the loop drops it (its finally bodies and
    with-exits run before the code after the loop). An exception close() raises is dropped
    (CPython reports it as unraisable); anything but a generator is left alone."""
    if not rt_is_gen(it):
        return
    rt_gen_close(it)
    if exc_get() is not 0:
        exc_set(0)
