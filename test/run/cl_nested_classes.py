from dataclasses import dataclass
from enum import Enum

class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
            self.__secret = v * 10
        def secret(self):
            return self.__secret
        def __repr__(self):
            return f"Inner({self.v})"
    class Error(Exception):
        pass
    class NotFound(Error):
        def __init__(self, key):
            super().__init__(f"missing {key}")
            self.key = key
    class Color(Enum):
        RED = 1
        GREEN = 2
    @dataclass
    class Point:
        x: int
        y: int = 0
    class Deep:
        class Deeper:
            LEVEL = 3
            def who(self):
                return type(self).__qualname__
    KIND = "outer"
    def make(self, v):
        return self.Inner(v)
    @classmethod
    def make2(cls, v):
        return cls.Inner(v * 2)
    def find(self, key):
        raise self.NotFound(key)

class Sub(Outer.Inner):
    def __repr__(self):
        return "Sub" + super().__repr__()

o = Outer()
print(o.make(1), Outer.make2(2), Outer.Inner(3), o.make(4).secret())
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Error.__qualname__, Outer.Deep.Deeper.__qualname__)
print(Outer.Deep.Deeper().who(), Outer.Deep.Deeper.LEVEL)
try:
    o.find("k")
except Outer.Error as e:
    print("caught", repr(e), type(e).__name__, e.key, isinstance(e, Outer.NotFound))
print(Outer.Color.RED, Outer.Color(2), list(Outer.Color), Outer.Color.RED.name)
print(Outer.Point(1, 2), Outer.Point(3) == Outer.Point(3, 0))
print(Sub(7), isinstance(Sub(1), Outer.Inner), Sub.__mro__[1].__qualname__)
print(Outer.Inner, Outer.Color)
def f():
    class Local:
        class Nested:
            pass
    return Local.Nested
print(f().__qualname__, f() is f())
