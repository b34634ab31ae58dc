# The special-method protocol: repr/str, comparisons, hash, bool/len, containers, iteration,
# arithmetic with reflected and in-place forms, unary operators, __call__.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "V(%d, %d)" if False else "V(" + str(self.x) + ", " + str(self.y) + ")"

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return self.__add__(o)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __invert__(self):
        return V(self.y, self.x)

    def __and__(self, o):
        return V(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return V(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return V(self.x ^ o.x, self.y ^ o.y)

    def __lshift__(self, n):
        return V(self.x << n, self.y << n)

    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return self.x * 1000003 ^ self.y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __le__(self, o):
        return (self.x, self.y) <= (o.x, o.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = V(1, 2)
b = V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a & b, a | b, a ^ b, a << 2, b >> 1)
print(a == V(1, 2), a != V(1, 2), a == b, a != b, a == 5, 5 == a)
print(a < b, a <= b, a > b, a >= b, b > a, b >= a)
print(hash(a) == hash(V(1, 2)), hash(a), hash(V(-1, 0)))
print(bool(a), bool(V(0, 0)), not V(0, 0))
if V(0, 1):
    print("truthy")
print(sorted([V(3, 1), V(1, 5), V(2, 2)]), max([V(3, 1), V(1, 5), V(2, 2)]), min(V(3, 1), V(1, 5)))
print(sum([V(1, 1), V(2, 2)]))
print(V(1, 2) in [V(0, 0), V(1, 2)], V(9, 9) in [V(0, 0)])
print([V(1, 1)] == [V(1, 1)], (V(1, 1), 2) < (V(1, 2), 1))

# in-place operators: __iadd__ when defined, else __add__
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "Acc" + repr(self.items)


acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc, alias is acc, len(acc), bool(acc), bool(Acc()))
v = V(1, 1)
w = v
v += V(1, 1)
print(v, w, v is w)
v *= 3
print(v)
holder = [V(0, 0)]
holder[0] += 5
print(holder)


# containers
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v

    def __delitem__(self, pos):
        x, y = pos
        self.cells[y * self.w + x] = 0

    def __len__(self):
        return self.w * self.h

    def __contains__(self, v):
        return v in self.cells

    def __iter__(self):
        return iter(self.cells)


g = Grid(3, 2)
g[1, 1] = 7
g[0, 0] = 1
g[2, 1] += 4
print(g[1, 1], g[0, 0], g[2, 1], len(g), 7 in g, 8 in g, 8 not in g)
del g[0, 0]
print(list(g), sum(g), sorted(g, reverse=True)[:2])
for cell in g:
    if cell:
        print("cell", cell)
x, y, *rest = g
print(x, y, rest)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        return self.n


cd = Countdown(3)
print(iter(cd) is cd, next(cd), next(cd))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i * i


s = Seq(4)
print(len(s), s[3], bool(s), bool(Seq(0)))


# str vs repr
class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


class OnlyRepr:
    def __repr__(self):
        return "R"


print(Both(), str(Both()), repr(Both()), [Both()], OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])


# __call__
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return x + y + self.n


add5 = Adder(5)
print(add5(1), add5(1, y=2), Adder(1)(2, 3))
fs = [Adder(1), Adder(2)]
print(fs[1](10))


# reflected operand when the right operand's class is a subclass with the reflected method
class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"


print(Base() + Base(), Base() + Derived(), Derived() + Base(), 1 + Base())


class Eq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return self.k == o.k


print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))
print(NotImplemented, type(NotImplemented).__name__)
