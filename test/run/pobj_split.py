# Special methods called both directly (an operator on instances of a known class) and by the
# runtime (sorted, sum, max, `in`, dict keys, print): at -O2 the runtime's calls go to a copy
# (splitrt.ts) whose parameters may be anything, while the program's calls keep typed ones.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return V(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return self.__add__(o)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a = V(1.5, 2.0)
b = V(0.5, -1.0)
print(a + b, a - b, a < b, b < a, a == b, a == V(1.5, 2.0))
vs = [V(3, 1), V(1, 2), V(2, 2), V(1, 1)]
print(sorted(vs), max(vs), min(vs))
print(sum(vs, V(0, 0)), sum([V(1, 1)], 10))
print(V(2, 2) in vs, V(9, 9) in vs, vs.index(V(2, 2)))
d = {v: i for i, v in enumerate(vs)}
print(d[V(1, 2)], len(d), V(1, 1) in d)
acc = V(0, 0)
for v in vs:
    acc = acc + v - V(0.5, 0.5)
print(acc, 1 + a, a + 1)
print(V("a", "b") + V("c", "d"))
print(sorted([V(2, "x"), V(1, "y")]))
print(a - 3)
