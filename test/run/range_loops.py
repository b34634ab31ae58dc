# Range analysis (passes/range.ts): loops and values whose ints are proven small run without
# checks; values near the small-int bound (2**62) and beyond must still become big ints.
SMALL_MAX = 2**62 - 1


def count(n):
    s = 0
    for i in range(n):
        s = s + i
    return s


def down(k):
    t = 0
    for j in range(k, 0, -1):
        t = t + j * 3
    return t


def near_top():
    # The counter starts right under the bound: its increment leaves the small ints.
    out = []
    for i in range(SMALL_MAX - 2, SMALL_MAX + 3):
        out.append(i + 1)
        out.append(i * 2)
        out.append(i - SMALL_MAX)
    return out


def near_bottom():
    out = []
    for i in range(-SMALL_MAX + 1, -SMALL_MAX - 4, -1):
        out.append(i - 1)
        out.append(i * 3)
    return out


def squares(lo):
    # lo .. lo+3 are small; their squares are not.
    out = []
    for i in range(lo, lo + 3):
        out.append(i * i)
    return out


def big_stop(n):
    # A stop far beyond the small ints: the loop ends by break.
    c = 0
    for i in range(n):
        c = c + i * i
        if i >= 5:
            break
    return c


def refine(x):
    if x < 100:
        return x + 1
    return x + SMALL_MAX


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def walk(n, limit):
    # Recursion with a growing argument: widening must terminate, the values stay exact.
    if n > limit:
        return n
    return walk(n * 3 + 1, limit)


def mixed(flag, n):
    total = 0
    for i in range(n):
        total = total + flag + i
        if i < flag:
            total = total - 1
    return total


def while_ne(n):
    i = 0
    steps = 0
    while i != n:
        i = i + 1
        steps = steps + 2
    return steps


def mods(n):
    acc = 0
    for i in range(n):
        acc = acc + (i % 7) * (i // 3) - (i % 5)
    return acc


def divs(n):
    # Dividends of both signs, divisors 1..6: floor semantics on the raw path.
    out = []
    for i in range(-n, n):
        for d in range(1, 7):
            out.append(i // d * 10 + i % d)
    return out


def nested(n):
    s = 0
    for i in range(n):
        for j in range(i, n):
            s = s + i * j
    return s


print(count(10), count(0), count(1000))
print(down(10), down(0), down(-3))
print(near_top())
print(near_bottom())
print(squares(3037000499), squares(2**31))
print(big_stop(2**100), big_stop(3))
print(refine(5), refine(99), refine(100), refine(2**70))
print(fib(20))
print(walk(1, 10), walk(1, SMALL_MAX), walk(5, 10**30))
print(mixed(True, 5), mixed(False, 4), mixed(3, 6))
print(while_ne(10), while_ne(0))
print(mods(50))
print(nested(20))
print(divs(9))
m = 1
for q in range(4):
    m = m * 1000003
    print(count(q * 3), q < m, m > SMALL_MAX)
print(count(2 ** 3))
