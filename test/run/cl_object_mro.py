# object() instances (sentinels: identity equality and hash, CPython's repr and errors), and a
# class's __mro__, __bases__ and mro() printed directly.
_MISSING = object()
def get(d, k, default=_MISSING):
    if k in d:
        return d[k]
    if default is _MISSING:
        raise KeyError(k)
    return default
print(get({1: 2}, 1), get({}, 1, None))
a = object()
b = object()
print(a is b, a == b, a != b, a == a, type(a), type(a) is object, isinstance(a, object), hash(a) == hash(a))
s = {a, b, a}
print(len(s), a in s, str(a)[:15], repr(b).startswith("<object object at 0x"), bool(a))
d = {a: 1}
print(d[a])
try:
    object(1)
except TypeError as e:
    print(e)
try:
    a.x = 1
except AttributeError as e:
    print(e)
try:
    a.y
except AttributeError as e:
    print(e)
try:
    get({}, 5)
except KeyError as e:
    print("KeyError", e)


class C:
    pass


class D(C):
    pass


m = D.__mro__
print(m)
print(D.__bases__, D.mro(), C.mro())
x = D
print(x.__mro__, x.mro() == list(x.__mro__))
try:
    print((1).mro())
except AttributeError as e:
    print(e)


# Built-in exception classes and their subclasses: names, module, MRO (ending at object).
class MyErr(KeyError):
    pass


print(KeyError.__mro__, KeyError.__bases__, MyErr.__mro__)
print(ValueError.__module__, ValueError.__qualname__, MyErr.__module__, MyErr.__qualname__)
for exc in (ZeroDivisionError, MyErr):
    try:
        raise exc("x")
    except Exception as e:
        t = type(e)
        print(t.__name__, t.__qualname__, t.__module__, e.__class__ is t, len(t.__mro__))
try:
    ValueError.nothing
except AttributeError as e:
    print(e)
