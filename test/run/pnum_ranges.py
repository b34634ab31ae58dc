# Loops whose bounds the range pass derives: squares compared with a bound, range() with a
# variable (positive or negative) step, branches decided by intervals, values near the edges
# of the small-int range, and big ints flowing through the same code.


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(n + 1) if flags[k]]


print(sieve(100))
print(len(sieve(10000)), sum(sieve(10000)))


def steps(a, b, s):
    out = []
    for j in range(a, b, s):
        out.append(j)
    return out


print(steps(0, 20, 3), steps(20, 0, -3), steps(5, 5, 2), steps(-10, 10, 7))
print(steps(2**62 - 10, 2**62 + 10, 4))
print(steps(-2**62 + 5, -2**62 - 9, -5))
print(steps(2**100, 2**100 + 3, 1))


def isqrt_loop(n):
    i = 0
    while i * i < n:
        i += 1
    return i


print([isqrt_loop(k) for k in (0, 1, 2, 3, 4, 15, 16, 17, 10**6, 10**6 + 1)])
print(isqrt_loop(2**40))


def neg_square(n):
    # i * i <= n with n negative never holds; the body never runs
    i = -3
    c = 0
    while i * i <= n:
        c += 1
        i += 1
    return c


print(neg_square(-5), neg_square(9), neg_square(0))


def decided(n):
    total = 0
    for i in range(1, n):
        # i >= 1 here: the first branch is always taken
        if i > 0:
            total += i
        else:
            total -= 1000
        if i * i <= 50:
            for k in range(i, 60, i):
                total += k
    return total


print(decided(10), decided(100), decided(1))


def stepper(step):
    out = 0
    for j in range(0, 1000, step):
        out += j
    return out


print(stepper(1), stepper(7), stepper(999), stepper(1000), stepper(2**70))
for s in (0,):
    try:
        stepper(s)
    except ValueError as e:
        print("ValueError:", e)


def edge(i):
    # i * i near the top of the small ints: the square is not small, the loop still counts
    c = 0
    while i * i <= 2**61:
        i += 2**29
        c += 1
    return c, i


print(edge(0), edge(-2**31), edge(2**30))


def mixed(n):
    i = 1
    acc = []
    while i * i < n:
        for j in range(n, i, -i):
            if j % 5 == 0:
                acc.append(j)
        i += 1
    return len(acc), sum(acc)


print(mixed(50), mixed(1000), mixed(2))
print(mixed(2**65)[0] if False else mixed(3))


class Big:
    def __len__(self):
        return 2**62 + 5


def lens(xs, s, o):
    # len() of a list or str is bounded by memory; a user __len__ is not
    n = len(xs)
    total = 0
    for i in range(n):
        for j in range(i + 1, n):
            total += xs[i] * xs[j]
    m = len(o)
    return total, n + len(s), m + m, m * 4 - 1, len(s) * 2**61


print(lens([1, 2, 3, 4], "hello", Big()))
print(lens([], "", Big()))
