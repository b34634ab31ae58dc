# Tuples the program makes, read back at -O2 through their element types (infer.ts tuple sites):
# items, unpacking, max/min, tuples holding lists changed through other tuples, None in trees.


def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))


def check(node):
    left = node[0]
    if left is None:
        return 1
    return 1 + check(left) + check(node[1])


def pairs():
    out = []
    for i in range(5):
        out.append((i, str(i) * i))
    return out


def mixed(flag):
    t = (1, 2.5, "x") if flag else (None, [1, 2], (3, 4))
    return t


def alias_through_concat():
    inner = [1, 2]
    t = (inner,)
    u = t + ()
    u[0].append("three")  # the list in t changes through the tuple concat made
    total = 0
    for x in t[0]:
        total = str(total) + str(x) if isinstance(x, str) else (total if isinstance(total, str) else total + x)
    return t[0], total


def alias_concat_floats():
    inner = [1.5, 2.5]
    t = (inner, 0)
    u = t + (1,)
    u[0].append("ab")  # a str in a list of floats, through the new tuple
    out = []
    for x in inner:
        out.append(x * 2)
    return out


def alias_through_unknown(f):
    inner = [10]
    t = (inner, 5)
    f(t)  # a function value: t reaches code inference does not follow
    return t[0][-1] + 0.5 if isinstance(t[0][-1], float) else t[0][-1]


def add_float(t):
    t[0].append(2.25)


def tail(t):
    return t[-1], t[-2]


def deep(n):
    t = ()
    for i in range(n):
        t = (i, t)
    s = 0
    while t:
        i, t = t
        s += i
    return s


def unpack_many():
    a, b, c = (1, "b", [3])
    c.append(a)
    x, y = [b, a]
    return a, b, c, x, y


print(check(make(6)), check(make(0)))
for i, s in pairs():
    print(i, s, len(s))
print(mixed(True), mixed(False))
print(mixed(True)[1] * 2, mixed(False)[1] + [3])
print(alias_through_concat())
print(alias_concat_floats())
g = add_float
print(alias_through_unknown(g))
print(tail((1, 2, 3)), tail(("a", None)))
print(deep(50))
print(unpack_many())
m = max(3, 7)
print(m + 1, min(2.5, 1), max((4, 9, 2)), min([5, 1, 8]), max((), default=None))
print(max((1, "a"), (1, "b")), min(((2, 1), (1, 5))))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0] * 10, nested[0][-1])
t = (1, 2)
print(t[True], t[False], t[-2])
k = 5
print((10, 20, 30)[k - 3])
print(make(2)[0][0], make(1)[1])
fl = [0.5]
st = (fl, 1)
sl = slice(0, 1)
st[sl][0].append("s")
st[0:1][0].append("t")
print([x * 2 for x in fl], st[sl], st[::-1][0])
print((1, 2)[5])
