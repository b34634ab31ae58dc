# `list.append(x, v)`, `dict.__setitem__(self, k, v)` in a subclass that overrides them, and
# built-in classes' methods as values: the built-in method runs on the built-in value.
class L(list):
    def append(self, v):
        print("append", v)
        list.append(self, v * 2)


class D(dict):
    def __setitem__(self, k, v):
        print("set", k)
        dict.__setitem__(self, k, v + 1)

    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 10

    def get(self, k, default=None):
        return dict.get(self, k, default)


l = L()
l.append(3)
print(l, type(l).__name__)
f = list.append
f(l, 5)
print(l, list.__getitem__(l, 0))
d = D()
d["a"] = 1
print(d["a"], d.get("a"), d.get("z", "none"), dict.__getitem__(d, "a"), dict(d))
dict.__delitem__(d, "a")
print(d, len(d))
print(str.join(",", ["x", "y"]), str.upper("abc"), int.bit_length(255), float.is_integer(3.0), set.union({1}, [2]))
for bad in (lambda: list.append((1,), 2), lambda: dict.get([], 1), lambda: int.bit_length(2.5), lambda: dict.__setitem__(5, 1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(int.bit_length(True), bool.bit_length(7))
