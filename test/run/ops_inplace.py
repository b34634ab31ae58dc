# += and *= change lists and bytearrays in place (aliases see it); tuples, strs and numbers rebind.
a = [1, 2]
b = a
a += [3]
a += (4, 5)
a += range(6, 8)
a += "xy"
print(a, b, a is b)
a *= 2
print(len(b), a is b)
a *= 0
print(a, b)
c = [7]
c *= -1
print(c)


def extend_arg(xs):
    xs += [9]
    xs *= 2
    return xs


c = [0]
d = extend_arg(c)
print(c, d, c is d)

t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s2 = s
s += "c"
s *= 2
print(s, s2)
n = 5
n += 2
n *= 3
f = 1.5
f += 1
f *= 2
print(n, f)
big = 2 ** 62
big += big
big *= 3
print(big)

ba = bytearray(b"ab")
bb = ba
ba += b"cd"
ba *= 2
print(ba, bb, ba is bb)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o)

    def __mul__(self, o):
        return V(self.x * o)


v = V(1)
w = v
v += 10
v *= 2
print(v.x, w.x, v is w)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self


acc = Acc()
acc2 = acc
acc += 1
acc += 2
print(acc.items, acc is acc2)
st = {1}
st2 = st
st |= {2}
st -= {1}
dd = {"a": 1}
dd2 = dd
dd |= {"b": 2}
print(st, st2, dd2)

grid = [[0] * 3 for _ in range(2)]
row = grid[0]
grid[0] += [1]
grid[1] *= 2
print(grid, row)


class Box:
    def __init__(self):
        self.v = [1]


bx = Box()
alias = bx.v
bx.v += [2]
print(bx.v, alias)


def gen():
    xs = [1]
    ys = xs
    for i in range(3):
        xs += [(yield i)]
    yield ys


g = gen()
print(next(g), g.send("a"), g.send("b"), g.send("c"))

lst = [1]
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
try:
    lst *= "x"
except TypeError as e:
    print("TypeError:", e)
print(lst)
ba2 = bytearray(b"x")
ba2 += [1, 2]
