# dataclasses: generated __init__/__repr__/__eq__, defaults, field(default_factory=...,
# repr=False, compare=False, init=False), order=True, frozen=True (FrozenInstanceError, hash),
# inheritance of fields, __post_init__, asdict/astuple/fields, dataclasses in functions.
from dataclasses import dataclass, field, asdict, astuple, fields, FrozenInstanceError
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
q = Point(3)
print(p, q, repr(p), p.norm1(), p == Point(3, -4), p == q, p != q, p == (3, -4))
print(Point(y=2, x=1), Point(x=5))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

SCALE = 2.5


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=lambda: {})
    scale: float = SCALE
    secret: str = field(default="hidden", repr=False)
    count: int = field(default=0, compare=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1
        return self


a = Inventory("a")
b = Inventory("b")
a.add("x").add("y")
print(a, b, a.items is b.items, a.secret)
print(Inventory("a", ["x", "y"], count=99) == a, Inventory("z", scale=1.0))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), max(vs), min(vs))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


f = Frozen(1)
print(f, hash(f) == hash((1, "b")), f == Frozen(1, "b"), {f: 1}[Frozen(1)])
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
print(f.a, f.b)


@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Derived(Base):
    extra: float = 1.5
    label: str = "derived"


d = Derived(7)
print(d, Derived(1, "l", 2.0), isinstance(d, Base), d == Base(7, "derived"))


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


r = Rect(2.0, 3.5)
print(r, r.area)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return f"<Custom {self.v}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and self.v % 10 == other.v % 10


print(Custom(3), Custom(13) == Custom(3), [Custom(1)])


@dataclass
class Line:
    start: Point
    end: Point
    names: list = field(default_factory=list)


ln = Line(Point(0, 0), Point(1, 1), ["a", "b"])
print(asdict(ln))
print(astuple(ln))
print([fl.name for fl in fields(ln)], [fl.name for fl in fields(Point)])
print(dataclasses.is_dataclass(ln), dataclasses.is_dataclass(5), dataclasses.is_dataclass(Point))


def make(n):
    @dataclass
    class Local:
        k: int
        mult: int = n

        def value(self):
            return self.k * self.mult

    return Local


L3 = make(3)
print(L3(2), L3(2).value(), make(5)(2).value(), L3(2) == L3(2, 3))
