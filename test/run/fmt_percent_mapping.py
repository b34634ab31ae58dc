# printf-style formatting with a mapping argument: %(key)s takes its value by key.
class Table:
    def __getitem__(self, k):
        return k.upper() * 2


cases = [
    ("%(a)s-%(b)d", {"a": "x", "b": 5}),
    ("%(a)s %(a)r %(b)05.1f|%(c)-6s|%(c)6s", {"a": "q", "b": 2.25, "c": "ab"}),
    ("%(name)s is %(age)d years (%(age)x hex, %(age)#o)", {"name": "Ann", "age": 42}),
    ("%(a(b))s", {"a(b)": 2}),
    ("%()s", {"": "empty key"}),
    ("%(k)s and %%", {"k": 1}),
    ("%s %(a)s", {"a": 1}),
    ("%s", {"a": 1}),
    ("no conversions", {"a": 1}),
    ("%(x)s|%(y)s", Table()),
    ("%(a)s %s", {"a": 1}),
    ("%(a)s", [1]),
    ("%(a", {"a": 1}),
    ("%(a)", {"a": 1}),
    ("%(a)*d", {"a": 3}),
    ("%(x)s", {}),
    ("%(a)s", 5),
    ("%(a)s", (1,)),
    ("%(a)s", "str"),
    ("%(a)d", {"a": "not a number"}),
]
for fmt, arg in cases:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)


# Instances of builtin subclasses: a tuple subclass gives its items, an int, float or list
# subclass is the one argument (formatted through its own __str__/__repr__), a dict subclass is a
# mapping whose lookups go through the subclass.
class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyFloat(float):
    def __str__(self):
        return "MyFloat!"


class MyTuple(tuple):
    pass


class MyList(list):
    def __repr__(self):
        return "MyList!"


class MyDict(dict):
    def __getitem__(self, k):
        return "got " + k


class PlainDict(dict):
    pass


sub_cases = [
    ("%s %d %r %x", (MyInt(10), MyInt(10), MyInt(10), MyInt(10))),
    ("%s", MyInt(4)),
    ("%s %.1f", (MyFloat(1.5), MyFloat(1.5))),
    ("%s", MyFloat(2.5)),
    ("%s-%s", MyTuple((1, 2))),
    ("%s", MyList([1])),
    ("%s %s", MyList([1, 2])),
    ("%(a)s", MyDict(a=1)),
    ("%(a)s %(b)d", PlainDict(a="x", b=2)),
    ("%s", PlainDict(a=1)),
]
for fmt, arg in sub_cases:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)

print("%(x)s" % {"x": 1})
print("%(missing)s" % {"x": 1})
