# Int-only runtime entries at -O2 (specialize.ts -> stdlib/_rt/int_ops.py, narrow.py): `**`,
# `>>`, `<<` of proven ints, comparisons of numbers where one may be a float, max()/min() of a
# tuple of ints, and the fallback of an inlined tuple index (binary_trees' shapes).


def powers():
    out = []
    for k in range(-3, 5):
        out.append(2 ** k)
    for b in range(-3, 4):
        for e in range(0, 4):
            out.append(b ** e)
    big = 3 ** 80
    out.append(big)
    out.append(big ** 2)
    out.append(7 ** True)
    out.append(True ** 5)
    out.append(False ** 0)
    out.append(2 ** -70)
    x = 5
    x **= 3
    out.append(x)
    x **= -1
    out.append(x)
    return out


def zero_pow():
    z = 0
    try:
        return z ** -1
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def shifts():
    out = []
    x = 12345
    for k in range(0, 70, 7):
        out.append(x >> k)
        out.append(-x >> k)
        out.append(x << k)
        out.append(-x << k)
    big = 1 << 100
    out.append(big >> 37)
    out.append((-big) >> 99)
    out.append(big << 3)
    out.append(1 << 61)
    out.append(1 << 62)
    out.append(1 << 63)
    out.append(-1 << 62)
    out.append((1 << 62) >> 1)
    out.append(4611686018427387903 << 1)
    out.append(-4611686018427387904 << 1)
    out.append(True << 3)
    out.append(5 >> True)
    out.append(-1 >> 1000)
    out.append(1 >> 1000)
    out.append(0 << 1000)
    y = 1
    for _ in range(5):
        y <<= 13
    out.append(y)
    y >>= 20
    out.append(y)
    seed = 12345
    acc = 0
    for i in range(1000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        acc += (seed >> 8) % 5000
    out.append(acc)
    return out


def bad_shift(n):
    v = 1024
    try:
        if n:
            return v >> -n
        return v << -1
    except ValueError as e:
        return "ValueError: " + str(e)


def comparisons():
    out = []
    nan = float("nan")
    inf = float("inf")
    n = 0
    for k in range(0, 5):
        p = 2 ** (k - 2)  # 0.25, 0.5, 1, 2, 4: an int or a float
        for i in range(-1, 6):
            out.append((i < p, i <= p, i > p, i >= p, i == p, i != p))
        n += 1
    big = 2 ** 64
    f = 2.0 ** 64
    g = 2 ** -1
    out.append((big == f, big < f, big <= f, big + 1 > f, big - 1 < f))
    out.append((g < nan, g > nan, g == nan, g != nan, g <= nan, g >= nan))
    out.append((big < inf, -big > -inf, big != inf))
    out.append((True == g * 2, False < g, True >= g))
    out.append(n)
    return out


def extremes():
    out = []
    a = 3
    b = 10
    out.append(max(a, b))
    out.append(min(a, b))
    out.append(max(b, a, 7))
    out.append(min(-a, b, -7))
    out.append(max(True, 1))
    out.append(max(1, True))
    out.append(min(False, 0))
    out.append(max(0, False, -1))
    big = 10 ** 30
    out.append(max(a, big))
    out.append(min(-big, a))
    out.append(max(a, a))
    t = (4, 9, 2)
    out.append(max(t))
    out.append(min(t))
    e = ()
    out.append(max(e, default=-1))
    return out


def empty_max():
    e = ()
    try:
        return max(e)
    except ValueError as ex:
        return "ValueError: " + str(ex)


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


def tuple_reads():
    out = []
    t = make(3)
    out.append(check(t))
    out.append(t[-1][-2][1][0])
    out.append(t[True][False][-1] is t[1][0][1])
    for k in (2, -3, 10 ** 20):
        try:
            out.append(t[k])
        except IndexError as e:
            out.append("IndexError: " + str(e))
    leaf = t[0][0][0][0]
    try:
        out.append(leaf[0])
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return out


print(powers())
print(zero_pow())
print(shifts())
print(bad_shift(0), bad_shift(3))
for row in comparisons():
    print(row)
print(extremes())
print(empty_max())
print(tuple_reads())
x = 7
print(x ** 2, x >> 1, x << 2, x < 2 ** -1)
print(x >> -x)
