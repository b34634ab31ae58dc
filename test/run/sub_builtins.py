import os.path

class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

s = Stack()
s.push(1); s.push(2); s.append(3)
print(s, len(s), s.peek(), isinstance(s, list), isinstance(s, Stack), type(s).__name__)
print([x * 2 for x in s], sum(s), sorted(s, reverse=True), 2 in s, s[0], s[1:])
s.extend([4, 5])
print(s.pop(), s, s == [1, 2, 3, 4], s != [1], bool(s), bool(Stack()))
t = Stack([9, 8, 7])
print(t, t + [1], t * 2)
t += [6]
print(t, type(t).__name__)
t[0] = 100
del t[1]
print(t, t.index(7), t.count(7))
t.sort()
print(t, repr(t), str(t), f"{t}")
print(os.path.join("a", "b"), "-".join(["x", "y"]))

class Registry(dict):
    def __missing__(self, key):
        v = self[key] = "made-" + str(key)
        return v

r = Registry(a=1)
print(r["a"], r["zz"], r, len(r), isinstance(r, dict), r.get("q"), "zz" in r)
print(sorted(r.items()), list(r.keys()), r == {"a": 1, "zz": "made-zz"})
print(dict(r), {**r})

class Loud(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k) * 10

    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v + 1)

d = Loud()
d["x"] = 4
print(d["x"], d, d.get("x"))
d.update(y=2)
print(d)

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n, repr(n), n.shout(), len(n), n + "by", "hi " + n, n == "bob", n[0], isinstance(n, str), f"[{n:>6}]")
dd = {n: 1}
print(dd["bob"], "bob" in dd, hash(n) == hash("bob"), n.startswith("b"), n.split("o"))

class Code(int):
    def describe(self):
        return "code %d" % self

c = Code(42)
print(c, c + 1, c * 2, -c, c > 40, c == 42, isinstance(c, int), c.describe(), [0, 1, 2][Code(1)], f"{c:05d}", c.bit_length(), hex(c))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point(%r, %r)" % self

p = Point(1, 2)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (1, 2), tuple(p), list(p), hash(p) == hash((1, 2)))
a, b = p
print(a, b)

class Temp(float):
    pass

print(Temp(1.5) * 2, Temp("2.5"), isinstance(Temp(1), float))

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)

tg = Tags([3, 1])
tg.add_all(2, 3)
print(sorted(tg), len(tg), 2 in tg, tg | {9} == {1, 2, 3, 9})

class Dflt(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v

g = Dflt(list)
g["a"].append(1)
g["a"].append(2)
g["b"].append(3)
print(g, g.factory)
