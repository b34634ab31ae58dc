# Small functions inlined into loops keep their RecursionError test (at the limit the call
# raises, as CPython's frame count does) though their frames no longer store the depth counter.
deepest = 0


def add1(x):
    return x + 1


def scale(x, y):
    return x * y + 0.5


def rec(n):
    global deepest
    deepest = n
    s = 0
    for i in range(4):
        s = add1(s)
    return rec(n + 1) + s


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e, deepest)


def rec2(n):
    global deepest
    deepest = n
    t = 0.0
    for i in range(3):
        t += scale(i, n)
    if n < 5000:
        return rec2(n + 1)
    return t


try:
    print(rec2(0))
except RecursionError as e:
    print("RecursionError", e, deepest)


def loop(n):
    t = 0
    for i in range(n):
        t = add1(t) + add1(i)
    return t


print(loop(10), loop(100000))


def near(n):
    # recursion ending just below the limit: the inlined frames at the bottom still fit
    if n == 0:
        return add1(0)
    return near(n - 1) + add1(n)


for n in (900, 990, 995, 996, 997, 998):
    try:
        print(n, near(n))
    except RecursionError:
        print(n, "RecursionError")
