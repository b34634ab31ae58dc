# Operations -O2 narrows to one proven type (specialize.ts, stdlib/_rt/narrow.py): the inlined
# list fast paths' fallbacks (negative, bool, big and out-of-range indices), list * int,
# list(range(...)), unpacking a list or a tuple the program made, round() of a float, (-1) ** n.


def ints(n):
    l = [0] * n
    for i in range(n):
        l[i] = i * i
    return l


def floats(n):
    f = [0.5] * n
    for i in range(n):
        f[i] = f[i] * i
    return f


def flags(n):
    b = [True] * n
    for i in range(0, n, 3):
        b[i] = False
    return b


def pick(l, i):
    return l[i]


def put(l, i, v):
    l[i] = v
    return l


def pair(a, b):
    return a, b


def rnd(x):
    return round(x * 1.0)


l = ints(6)
print(l, pick(l, -1), pick(l, -6), pick(l, True), pick(l, False))
print(put(l, -2, 99), put(l, True, 7))
f = floats(5)
print(f, pick(f, -1), put(f, -5, 2.25))
b = flags(7)
print(b, pick(b, -1), pick(b, -7), put(b, -1, False))
for bad in [6, -7, 2 ** 70, -(2 ** 70)]:
    try:
        print(pick(l, bad))
    except IndexError as e:
        print("IndexError:", e)
    try:
        put(l, bad, 0)
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(pick(f, bad))
    except IndexError as e:
        print("IndexError:", e)
    try:
        put(b, bad, True)
    except IndexError as e:
        print("IndexError:", e)
print([1, 2] * 3, 2 * [3], [7] * 0, [7] * -2, [0] * True, False * [1])
print(list(range(5)), list(range(2, 11, 3)), list(range(10, -3, -4)), list(range(0)), list(range(5, 2)))
r = list(range(4))
r.append(4)
print(r, len(list(range(1000))), sum(list(range(-50, 50, 7))))
def unpacks(r):
    x, y = pair(1, 2)
    p, q = [3, 4]
    s, t = r[:2]
    print(x, y, p, q, s, t)
    try:
        u, v = pair(1, 2) + (3,)
    except ValueError as e:
        print("ValueError:", e)
    try:
        u, v = [1]
    except ValueError as e:
        print("ValueError:", e)
    w = pair(5, 6)
    try:
        u, v, z = w
    except ValueError as e:
        print("ValueError:", e)


def rounds(big):
    print(rnd(0.5), rnd(1.5), rnd(2.5), rnd(-0.5), rnd(-1.5), rnd(2.675), rnd(1e20), rnd(-7.49999))
    inf = big * big
    for bad in [inf, -inf, inf - inf]:
        try:
            print(rnd(bad))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)


def signs(n):
    return [(-1) ** k for k in range(n)]


unpacks(r)
rounds(1e300)
print(signs(5), (-1) ** (2 ** 70), (-1) ** (2 ** 70 + 1))
