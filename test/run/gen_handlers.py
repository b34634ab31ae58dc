# yield inside except handlers and finally bodies; try/finally around yields.


def in_except():
    try:
        yield 1
        raise ValueError("v")
    except ValueError as e:
        print("caught", e)
        yield 2
        print("after", repr(e))
        yield 3
    finally:
        print("fin start")
        yield 4
        print("fin end")
    yield 5


print(list(in_except()))
for v in in_except():
    print("v", v)


def fin_return():
    try:
        yield 1
        return 5
    finally:
        print("fin on return")


x = fin_return()
print(next(x))
try:
    next(x)
except StopIteration as e:
    print("stop", e.value)


def fin_yield_return():
    try:
        yield "a"
        return "ret"
    finally:
        yield "from finally"
        print("finally done")


x = fin_yield_return()
print(next(x), next(x))
try:
    next(x)
except StopIteration as e:
    print("stop", e.value)


# close() inside a finally body that yields again
def fin_yields():
    try:
        yield 1
    finally:
        yield 2


y = fin_yields()
next(y)
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError", e)


# close() while suspended in an except handler: the finally runs
def close_in_handler():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            yield "in handler"
            print("not reached")
    finally:
        print("finally on close")


z = close_in_handler()
print(next(z))
z.close()
print("closed")


# break / continue / return through finally bodies with yields, in loops
def loops():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield -i
    n = 0
    while n < 3:
        n += 1
        try:
            if n == 2:
                return n * 100
        finally:
            yield ("w", n)
    yield "unreached"


g = loops()
print(list(g))
g = loops()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(("stop", e.value))
        break
print(out)


# the exception context: raised in a handler after a yield
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        yield 1
        raise TypeError("t")


try:
    for v in ctx():
        print(v)
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)


# the caller's handled exception is its own while the generator is suspended in a handler
def swap():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        try:
            raise IndexError("after resume")
        except IndexError as e2:
            print("context in generator:", repr(e2.__context__))
        yield 2


s = swap()
try:
    raise OSError("outer")
except OSError:
    print(next(s))
    try:
        raise RuntimeError("caller")
    except RuntimeError as e3:
        print("context in caller:", repr(e3.__context__))
    print(next(s))
try:
    raise NameError("later")
except NameError as e4:
    print("no context:", repr(e4.__context__))


# bare raise after a yield re-raises the handled exception
def reraiser():
    try:
        raise ZeroDivisionError("zd")
    except ZeroDivisionError:
        yield "handling"
        raise


r = reraiser()
print(next(r))
try:
    next(r)
except ZeroDivisionError as e:
    print("reraised", e)


# throw() into a generator suspended in a handler and in a finally body
def thrown():
    while True:
        try:
            yield "try"
        except ValueError as e:
            got = yield ("handled", str(e))
            print("sent", got)
        finally:
            yield "finally"


t = thrown()
print(next(t))
print(t.throw(ValueError("boom")))
print(t.send("hello"))
print(next(t))
print(t.throw(KeyError("in finally")))
try:
    next(t)
except KeyError as e:
    print("KeyError out", e)
print(next(t, "exhausted"))


# nested handlers with yields in both
def nested():
    try:
        raise ValueError("a")
    except ValueError as a:
        yield "outer " + str(a)
        try:
            raise KeyError("b")
        except KeyError as b:
            yield "inner " + str(b)
            yield "context " + repr(b.__context__)
        yield "back in outer"
        try:
            raise TypeError("c")
        except TypeError as c:
            yield "c context " + repr(c.__context__)


print(list(nested()))


# yield from inside handlers and finally bodies
def sub(tag):
    yield tag + "1"
    yield tag + "2"
    return tag + "!"


def delegating():
    try:
        raise ValueError()
    except ValueError:
        r = yield from sub("x")
        print("sub returned", r)
    finally:
        r = yield from sub("y")
        print("sub returned", r)


print(list(delegating()))


# a generator finishing inside a handler by return
def ret_in_handler():
    try:
        int("bad")
    except ValueError as e:
        yield str(e)
        return "done"


q = ret_in_handler()
print(next(q))
try:
    next(q)
except StopIteration as e:
    print("value", e.value)
try:
    raise KeyError("check")
except KeyError as e:
    print("context still clean:", e.__context__)


# an exception escaping a finally that yielded keeps propagating
def fin_propagates():
    try:
        yield 1
        raise IndexError("out")
    finally:
        yield "cleanup"


f = fin_propagates()
print(next(f), next(f))
try:
    next(f)
except IndexError as e:
    print("propagated", e)
print(next(f, "finished"))


# handlers with yields in comprehension consumers
def tokens(text):
    for word in text.split():
        try:
            yield int(word)
        except ValueError:
            yield word.upper()
            if word == "stop":
                return


print([t for t in tokens("1 two 3 four stop 5")])
print(sum(x for x in tokens("1 2 3") if isinstance(x, int)))
