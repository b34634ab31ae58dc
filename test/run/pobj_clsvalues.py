# Classes constructed by the runtime (map, sorted keys, a class in a variable, *args, type(x)(),
# classmethods, raise by class) next to classes only constructed by direct calls: every
# __init__ sees its real arguments and attributes keep their values.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Box:
    def __init__(self, v):
        self.v = v * 2

    def __repr__(self):
        return f"Box({self.v})"


class Star:
    def __init__(self, *a):
        self.a = a


class Held:
    def __init__(self, s="held"):
        self.s = s


class Made:
    def __init__(self, n):
        self.n = n

    @classmethod
    def make(cls, n):
        return cls(n + 1)


class Sub(Made):
    pass


class Err(Exception):
    def __init__(self):
        super().__init__("err made by the runtime")


class Dec:
    def __init__(self, q):
        self.q = q


p = P(1, 2) + P(3.5, 4)
print(p, p.x * 2, p.y * 2)
print(list(map(Box, [1, 2, 3])))
print(max([3, 1, 2], key=lambda v: Box(-v).v))
h = Held
print(h().s, h("x").s)
print(Star(*[1, 2, 3]).a, Star(*()).a)
print(Made.make(1).n, Sub.make(5).n, type(Sub.make(0)).__name__)
fs = [Dec, Box]
print([type(f(3)).__name__ for f in fs])
try:
    raise Err
except Err as e:
    print("caught", e)
q = P(1, 1)
for i in range(5):
    q = q + P(i, 0.5)
print(q)
print(Box(P(1, 2).x).v)
