# Instances of known classes at -O2: class switches decided by inference, operators calling the
# special method directly, `is None` narrowing, lists kept in attributes. Each case has a way to
# go wrong if the analysis claims too much.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"

    def norm2(self):
        return -1


class Num:
    def __radd__(self, o):
        return f"Num.__radd__({o!r})"


a = V(1, 2)
b = V(3.5, -1)
print(a + b, a - b, a * 3, b * 0.5, a == V(1, 2), a == b, a < b, b < a)
print(a + W(1, 1))  # a subclass's reflected method goes first
print(a + Num())  # __add__ returns NotImplemented: the other's __radd__
try:
    print(a + 5)
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(2, 1), V(1, 5), V(1, 2)]))
print(W(3, 4).norm2(), V(3, 4).norm2(), (W(3, 4) - V(1, 1)).norm2())


class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt


def total(n):
    s = 0
    while n is not None:
        s += n.val
        n = n.nxt
    return s


def last(n):
    best = None
    while n is not None:
        best = n
        n = n.nxt
    if best is None:
        return "empty"
    return best.val


chain = None
for i in range(5):
    chain = Node(i * 1.5, chain)
print(total(chain), last(chain), last(None), total(Node("a", None)) if False else total(Node(7, None)))


class Bag:
    def __init__(self):
        self.items = []
        self.name = "bag"

    def add(self, v):
        self.items.append(v)

    def first(self):
        return self.items[0]


bag = Bag()
bag.add(1)
bag.add(2)
print(bag.first() + 1, len(bag.items))
bag.add("three")
other = bag.items
other.append(4.5)
print([type(x).__name__ for x in bag.items], bag.items[2] * 2)
bag.items[0] = "one"
print(bag.first() + "!")


class Holder:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


hs = [Holder(1), Holder(V(1, 1)), Holder(None), Holder("s")]
print([h.get() for h in hs])
d = {"k": Holder(2.5)}
print(d["k"].get() * 2)


class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__ + " " + str(self.area())


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circ(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 3)


shapes = [Sq(2), Circ(1.0), Shape()]
print([s.describe() for s in shapes])
acc = 0
for s in shapes:
    acc = acc + s.area()
print(acc)
x = Sq(3)
x = Circ(2) if acc > 100 else x
print(x.area(), x.describe())
v = V(1, 1)
v.x = "str"
print(v.x * 2, v + V("!", 0))
