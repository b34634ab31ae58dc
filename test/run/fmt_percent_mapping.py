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

print("%(x)s" % {"x": 1})
print("%(missing)s" % {"x": 1})
