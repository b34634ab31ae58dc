# Small stdlib gaps closed: Struct.pack/pack_into, Pattern.groups, dataclasses.replace and
# field(metadata=), functools.singledispatch, total_ordering stacked with dataclass, __mro__.
import re
import struct
from dataclasses import dataclass, field, fields, replace
from functools import singledispatch, total_ordering

s = struct.Struct("<hiq")
data = s.pack(1, -2, 3)
print(data, s.size, s.unpack(data), s.format)
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 9)
print(buf, s.unpack_from(buf, 2))
try:
    s.pack(1, 2)
except struct.error as e:
    print("struct.error:", e)
try:
    s.pack_into(buf, 10, 1, 2, 3)
except struct.error as e:
    print("struct.error:", e)

p = re.compile(r"(\d+)-(\d+)(?:-(?P<tail>\w+))?")
print(p.groups, re.compile("abc").groups, re.compile(r"(a)|(b)").groups, p.groupindex)
m = p.search("id 12-34-x9")
print(m.groups(), m.group("tail"), len(m.groups()) == p.groups)


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list, metadata={"doc": "labels"})
    total: int = field(default=0, init=False, repr=False)

    def __post_init__(self):
        self.total = self.qty * 10


a = Item("bolt", 3)
b = replace(a, qty=5)
c = replace(b, tags=["x"], name="nut")
print(a, b, c, a.total, b.total, c.total, a.tags is b.tags)
print([f.name for f in fields(Item)], fields(Item)[2].metadata["doc"], len(fields(a)[0].metadata))
for bad in [{"total": 1}, {"colour": "red"}]:
    try:
        replace(a, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


@singledispatch
def describe(x):
    return "something " + repr(x)


@describe.register(int)
def _(x):
    return "an int " + str(x)


@describe.register(list)
@describe.register(tuple)
def _(x):
    return "a sequence of " + str(len(x))


def describe_str(x, width=0):
    return "a str " + x.rjust(width)


describe.register(str, describe_str)


class Shape:
    pass


class Square(Shape):
    pass


describe.register(Shape, lambda s: "a shape: " + type(s).__name__)
print(describe(3), describe(True), describe([1]), describe((1, 2)), describe("hi", width=4))
print(describe(2.5), describe(Square()), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.__name__, len(describe.registry))
print([k.__name__ for k in Square.__mro__], [k.__name__ for k in bool.__mro__], Square.__bases__)


@total_ordering
@dataclass
class Version:
    major: int
    minor: int = 0

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


vs = [Version(2), Version(1, 5), Version(1), Version(2, 1)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(3) >= Version(2, 9), Version(1) == Version(1, 0))
