# Private name mangling: `__x` inside a class body (and everything nested in it) is `_Class__x`.
__top = "module-level __top is not mangled"
_Counter__shared = "the global that `global __shared` in Counter names"


class Counter:
    __instances = 0
    __slots__ = ("__n", "label")

    def __init__(self, label, start=0):
        Counter.__instances += 1
        self.__n = start
        self.label = label

    def __bump(self, by):
        self.__n += by
        return self.__n

    def add(self, __by=1):
        return self.__bump(__by)

    def twice(self):
        step = lambda: self.__bump(1)
        step()
        return [self.__n for _ in range(2)], step()

    @classmethod
    def count(cls):
        return cls.__instances

    def shared(self):
        global __shared
        return __shared

    def __repr__(self):
        return f"Counter({self.label!r}, {self.__n})"


c = Counter("a")
print(c.add(), c.add(5), c.twice(), Counter.count(), c)
print(c._Counter__n, Counter._Counter__instances, hasattr(c, "__n"), hasattr(c, "_Counter__n"))
print(getattr(c, "_Counter__bump")(10), c.shared(), __top)
try:
    c.__n
except AttributeError as e:
    print("outside:", e)


class Sub(Counter):
    __slots__ = ()

    def peek(self):
        return self.__n


s = Sub("s", 3)
print(s.add(), s._Counter__n)
try:
    s.peek()
except AttributeError as e:
    print("subclass:", e)


class _Under:
    def __init__(self):
        self.__v = 1


class ___:
    def __init__(self):
        self.__v = 2


print(_Under()._Under__v, ___().__v, hasattr(___(), "_____v"))

def kw(**k):
    return sorted(k)


class Caller:
    def call(self):
        return kw(__flag=1, plain=2, __dunder__=3)


print(Caller().call())
try:
    raise KeyError("x")
except KeyError as __e:
    print(type(__e).__name__)
print(Counter("z")._Counter__qqqqqqqqqqqqqq)
