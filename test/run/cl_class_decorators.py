import functools
from dataclasses import dataclass
REG = {}
def register(cls):
    REG[cls.__name__] = cls
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
print("start")
@register
@tagged("t1")
class Foo:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Foo({self.x})"
@register
@dataclass
class Point:
    x: int
    y: int = 0
@register
@functools.total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = True
    def get(self):
        return "cfg"
print(sorted(REG))
print(Foo(3), Foo.tag, Foo(1).tag)
print(Point(1, 2), Point(3))
print(Ver(1) <= Ver(2), Ver(3) >= Ver(4), Ver(2) > Ver(1))
print(Config.debug, Config.get(), type(Config).__name__)
print(REG["Foo"](5), isinstance(Foo(1), REG["Foo"]))
def make():
    @tagged("local")
    class L:
        pass
    return L
print(make().tag, make() is make())
class Outer:
    @tagged("inner")
    class Inner:
        pass
print(Outer.Inner.tag, Outer.Inner.__qualname__)
def add_method(cls):
    def hello(self):
        return "hello from " + type(self).__name__
    cls.hello = hello
    return cls
@add_method
class G:
    pass
print(G().hello())
def d(n):
    print("eval deco", n)
    def f(cls):
        print("apply", n, cls.__name__)
        return cls
    return f
def base():
    print("eval base")
    return object
@d(1)
@d(2)
class A:
    print("body")
    x = 1
print(A.x)
@d(3)
class B(A):
    def m(self):
        return "m"
print(B().m(), B.x, B.__mro__ == (B, A, object))
def bad(cls):
    raise ValueError("no " + cls.__name__)
@bad
class H:
    pass
