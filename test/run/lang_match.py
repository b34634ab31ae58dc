from dataclasses import dataclass
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Point:
    x: int
    y: int
class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size):
        self.kind = kind
        self.size = size
    @property
    def area(self):
        return self.size * self.size
def describe(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {v}"
        case "":
            return "empty str"
        case str(s) if s.isdigit():
            return f"digits {s}"
        case str():
            return f"str {v!r}"
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others} if others:
            return f"typed {t} with {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {v}"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {v.name}"
        case Shape("square", s, area=a):
            return f"square {s} area {a}"
        case Shape(kind=k):
            return f"shape {k}"
        case (a, b, c):
            return "never: tuples of 3 are sequences"
        case _:
            return "other"
for v in [None, True, False, 0, 2, -5, 7, 2.5, "", "123", "abc", [], (), [9], (9,), [1, 2, 3], [1],
          [5, 6, 7, 8], (4, 5), {"type": "circle", "r": 2}, {"type": "sq", "w": 1, "h": 2},
          {"type": "x"}, {"a": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Color.RED,
          Color.GREEN, Shape("square", 3), Shape("tri", 4), {1, 2}, range(2), b"xy"]:
    print(describe(v))
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x is", x)
match (1, [2, 3]):
    case (a, [b, *c]) if a < b:
        print("nested", a, b, c)
match {"k": [1, {"z": 2}]}:
    case {"k": [_, {"z": z}]}:
        print("deep", z)
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["go", d]:
            return "cannot go " + d
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *objs] if objs:
            return f"{verb} -> {objs}"
        case _:
            return "?"
for c in ["go north", "go west", "exit", "take lamp key", "look"]:
    print(cmd(c))
def loop():
    out = []
    for item in [1, "a", [2, 3], None]:
        match item:
            case int():
                continue
            case str(s):
                out.append(s.upper())
            case [p, q]:
                out.append(p + q)
                break
        out.append("after")
    return out
print(loop())
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"
print(list(gen([("a", 1), 3, ("b", 2)])))
match 5:
    case 1:
        pass
print("fallthrough ok")
