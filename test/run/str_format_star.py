d = {"a": 1, "b": [2, 3]}
print("{a}-{b}".format(**d))
print("{a}-{b[1]}-{c}".format(c=9, **d))
args = (1, "x")
print("{} and {}".format(*args))
print("{0}/{1}/{n}".format(*args, n=d["a"]))
print("{}{}{}".format(0, *args))
class M:
    def keys(self):
        return ["q"]
    def __getitem__(self, k):
        return k * 2
print("{q}".format(**M()))
t = "{x:>5}|{y:.2f}"
print(t.format(**{"x": "ab", "y": 3.14159}))
for bad in [lambda: "{a}".format(a=1, **{"a": 2}), lambda: "{}".format(*5), lambda: "{z}".format(**d), lambda: "{a}".format(**[1]), lambda: "{}".format(*[])]:
    try:
        bad()
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print(5 .format if False else "ok")
"{a}".format(**{1: 2})
