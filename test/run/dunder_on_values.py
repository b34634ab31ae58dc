# Special methods of built-in values called directly or taken as values:
# (3).__mul__(4), s.__len__(), int.__add__ as a function, bound special methods.
import functools


def attempt(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print((3).__mul__(4), (10).__sub__(3), (7).__rsub__(10), (2).__pow__(10))
print((2.5).__mul__(2), (1.5).__radd__(1), (7.0).__floordiv__(2), (7).__truediv__(2))
print((3).__eq__(3), (3).__eq__("a"), (3).__lt__(2.5), (3).__ne__(4))
print((5).__neg__(), (-5).__abs__(), (5).__invert__(), (2.5).__int__(), (7).__index__())
print(True.__repr__(), True.__and__(False), True.__add__(1), True.__index__(), (0).__bool__())
print("ab".__add__("cd"), "ab".__mul__(3), "%d-%s".__mod__((1, "x")), "abc".__len__())
print("b".__contains__("abc"), "abc".__contains__("b"), "x".__rmul__(2))
print([1, 2].__len__(), [1, 2].__add__([3]), [1, 2].__contains__(2), [1].__mul__(2))
print((1, 2).__hash__() == hash((1, 2)), (4, 5).__getitem__(1), (1, 2).__repr__())
d = {1: 2}
print(d.__getitem__(1), d.__len__(), d.__contains__(1), d.__or__({3: 4}))
d.__setitem__(5, 6)
d.__delitem__(1)
print(d, list(d.__iter__()))
s = {1, 2}
print(s.__and__({2, 3}), s.__or__({9}), s.__sub__({1}), s.__rsub__({1, 5}), frozenset([1]).__xor__({2}))
xs = [3, 1, 2]
xs.__setitem__(0, 10)
xs.__delitem__(-1)
print(xs, xs.__getitem__(0), b"ab".__add__(b"c"), b"ab".__len__())

# as values
add = int.__add__
print(add(2, 5), functools.reduce(int.__mul__, [1, 2, 3, 4]), list(map(str.__len__, ["a", "bcd"])))
print(sorted(["ccc", "a", "bb"], key=str.__len__), list(map((10).__sub__, [1, 2, 3])))
g = (10).__sub__
h = "abc".__contains__
print(g(3), h("b"), h("z"), [1, 2, 3].__getitem__(-1))
neg = float.__neg__
print(neg(2.5), bool.__and__(True, True), int.__repr__(True), int.__str__(7))


class C(int):
    pass


class L(list):
    def __len__(self):
        return 99


c = C(5)
print(c.__add__(1), c.__mul__(c), C.__add__(c, 2), L([1, 2]).__len__(), L([1, 2]).__add__([3]))


class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return P(self.v + o.v)

    def __repr__(self):
        return f"P({self.v})"


print(P(1).__add__(P(2)), (P(3) + P(4)).__repr__())
for x in [1, "s", [1], 2.5, P(1)]:
    attempt(lambda: x.__add__(x))

# errors, as CPython raises them
attempt(lambda: (3).__add__())
attempt(lambda: (3).__add__(1, 2))
attempt(lambda: (3).__neg__(1))
attempt(lambda: (3).__add__(x=1))
attempt(lambda: (2.5).__lshift__(1))
attempt(lambda: float.__lshift__)
attempt(lambda: float.__lshift__(1.0, 2))
attempt(lambda: int.__add__(1))
attempt(lambda: int.__add__("a", 1))
attempt(lambda: (2.5).__index__())
attempt(lambda: [1].__getitem__(5))
attempt(lambda: {}.__getitem__("k"))
attempt(lambda: None.__add__(1))
print(callable((5).__sub__), callable(int.__add__))
f = (5).__sub__
attempt(lambda: f())
attempt(lambda: f(1, 2))
k = int.__add__
attempt(lambda: k(1))
attempt(lambda: k("a", 1))
