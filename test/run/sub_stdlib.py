# Counter, defaultdict, OrderedDict are dict subclasses; IntEnum/IntFlag members are ints and
# StrEnum members strs (isinstance, ==, arithmetic, dict operations, json).
import json
from collections import Counter, defaultdict, OrderedDict
from enum import IntEnum, IntFlag, StrEnum, auto

c = Counter("abracadabra")
print(isinstance(c, dict), isinstance(c, Counter), issubclass(Counter, dict))
print(c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1}, c["zz"], len(c), sorted(c), "a" in c)
print(c.most_common(2), c.get("a"), c.get("q", -1), sorted(c.keys()), sorted(c.values()))
d = dict(c)
print(type(d).__name__, d == c, {**c} == d, json.dumps(c, sort_keys=True))
c.update("aaz")
c["new"] += 3
del c["b"]
del c["missing"]
print(c.total(), sorted(c.items()))
print(c + Counter("zz"), c - Counter("aaaaa"), Counter(a=0) == Counter() if False else "skip")

dd = defaultdict(list)
for w in "one two three four five six".split():
    dd[len(w)].append(w)
print(isinstance(dd, dict), dd[3], sorted(dd.items()), 7 in dd, dd.get(9), len(dd))
print(dd == {3: ["one", "two", "six"], 5: ["three"], 4: ["four", "five"]}, json.dumps(dd))
n = defaultdict(int, {"x": 1})
n["y"] += 2
print(n, dict(n), list(n), n.pop("x"), n)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), isinstance(od, dict), od == {"a": 2, "c": 3, "b": 1}, od.popitem(last=False), od)
print(OrderedDict([("x", 1)]) == OrderedDict([("x", 1)]), dict(od), json.dumps(od))


def takes_dict(m):
    return sorted(k for k in m if m[k])


print(takes_dict(c), takes_dict(dd), takes_dict(od))


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(isinstance(Color.RED, int), Color.RED + 1, Color.BLUE * 2, Color.GREEN == 2, Color.RED < Color.BLUE)
print(sorted([Color.BLUE, Color.RED]), [10, 20, 30, 40][Color.BLUE], int(Color.GREEN), hex(Color.BLUE))
print(Color(2), repr(Color(2)), str(Color.RED), f"{Color.RED}", "%d" % Color.BLUE, sum(Color))
print(json.dumps({"c": Color.RED, Color.GREEN: [Color.BLUE]}), {Color.RED: "r"}[1])


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(isinstance(rw, int), rw == 6, int(rw), Perm.R in rw, Perm.X in rw, rw + 1, rw & 4)


class Mode(StrEnum):
    FAST = auto()
    SLOW = auto()


print(isinstance(Mode.FAST, str), Mode.FAST == "fast", Mode.SLOW.upper(), Mode.FAST + "!", len(Mode.SLOW), json.dumps([Mode.FAST]))
print(sorted({Mode.SLOW: 1, Mode.FAST: 2}.items()), "-".join([Mode.FAST, Mode.SLOW]) if False else "skip")
