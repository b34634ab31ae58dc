# Temporary instances made by small inlined methods and read in their callers (scalarrepl):
# the cases that must keep the instance (escapes, re-stored slots, reads of unset slots,
# identity, aliasing through block parameters) next to the ones it may drop.
import math


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))

    def __repr__(self):
        return "V(%r, %r, %r)" % (self.x, self.y, self.z)


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.a = a + b  # stored twice: stays an object

    def total(self):
        return self.a + self.b


class Lazy:
    def __init__(self, v):
        if v > 0:
            self.v = v  # set on one path only

    def get(self):
        return self.v


class Pair:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def swap(self):
        return Pair(self.second, self.first)


def dots(n):
    s = 0.0
    a = V(1.0, 2.0, 3.0)
    for i in range(n):
        b = V(float(i), 0.5, -1.0)
        s += (a - b).dot(b + a)
        s += a.scale(0.5).dot(b.norm())
    return s


def keep(n):
    out = []
    for i in range(n):
        t = V(i, i + 1, i + 2) - V(1, 1, 1)  # ints in the slots
        out.append(t)  # escapes into the list
    return out


def ident():
    a = V(1.0, 1.0, 1.0)
    b = a + a
    c = b
    print(b is c, b is a, isinstance(b, V), type(b).__name__)
    return b


def branchy(flag):
    if flag:
        t = V(1.0, 2.0, 3.0)
    else:
        t = V(4.0, 5.0, 6.0)
    return t.dot(t)  # a block parameter merges two instances


def twice():
    p = P(2, 3)
    return p.total()


def lazy(v):
    try:
        return Lazy(v).get()
    except AttributeError as e:
        return "AttributeError: " + str(e)


def swapped():
    p = Pair("a", [1, 2]).swap().swap().swap()
    return p.first, p.second


def strs():
    return (V("a", "b", "c") + V("d", "e", "f")).x


def mixed():
    try:
        return (V(1.0, 2.0, 3.0) - V("a", 2.0, 3.0)).x
    except TypeError as e:
        return "TypeError: " + str(e)


print(dots(50))
print(keep(4))
print(ident())
print(branchy(True), branchy(False))
print(twice())
print(lazy(3), lazy(-1))
print(swapped())
print(strs())
print(mixed())
print(V(1.0, 0.0, 0.0).norm(), V(3.0, 4.0, 0.0).norm().dot(V(3.0, 4.0, 0.0)))
try:
    print(V(0.0, 0.0, 0.0).norm())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(V(1.0, 2.0, 3.0).scale(2).dot(V(1, 1, 1)))
