# Counter, defaultdict and OrderedDict where programs notice that CPython's are dict subclasses
# (dict(x), d.update(x), {**x}, f(**x), ==, json), IntEnum/StrEnum in json, module __name__.
import json
import collections
import enum
from collections import Counter, defaultdict, OrderedDict

c = Counter("mississippi")
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
od = OrderedDict([("z", 1), ("a", 2)])
print(dict(c), dict(dd), dict(od))
d = {"x": 0}
d.update(c)
print(d, {**od, "b": 3}, {**dd})


def kw(**kwargs):
    return sorted(kwargs.items())


print(kw(**od), kw(**c))
print(c == {"m": 1, "i": 4, "s": 4, "p": 2}, dict(c) == c, od == {"a": 2, "z": 1})
print(json.dumps(c), json.dumps(dd, sort_keys=True), json.dumps(od))
print(json.dumps({"counts": Counter([1, 1, 2]), "nested": [OrderedDict([("k", 1)])]}))


class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20


class Color(enum.StrEnum):
    RED = "red"
    BLUE = "blue"


class Mode(enum.Enum):
    A = 1


print(json.dumps([Level.DEBUG, Color.RED, {Level.INFO: Color.BLUE, Color.RED: 1}]))
try:
    json.dumps(Mode.A)
except TypeError as e:
    print(e)
print(json.dumps({"level": Level.INFO}, default=str))
print(collections.__name__, json.__name__, enum.__name__)
