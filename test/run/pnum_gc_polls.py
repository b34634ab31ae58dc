# Collector polls after allocating operations (functions with few of them poll nowhere else) and
# frames pushed only for heap values: big ints kept across recursive calls, lists built by
# recursion, exceptions raised and caught in loops, strings grown by callees.
BIG = 10 ** 20


def fib_big(n):
    # every result is a big int: the kept first result is always in the frame
    if n < 2:
        return BIG + n
    return fib_big(n - 1) + fib_big(n - 2)


def fib_mixed(n):
    # small results at the bottom, big ones above 20
    if n < 2:
        return n
    if n > 20:
        return fib_mixed(n - 1) + fib_mixed(n - 2) + BIG
    return fib_mixed(n - 1) + fib_mixed(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def mem_fib(n, memo):
    if n in memo:
        return memo[n]
    r = mem_fib(n - 1, memo) + mem_fib(n - 2, memo)
    memo[n] = r
    return r


def tree(n):
    if n < 2:
        return [n]
    return [tree(n - 1), tree(n - 2)]


def count(t):
    if len(t) == 1:
        return t[0]
    return count(t[0]) + count(t[1])


def raiser(i):
    if i % 3 == 0:
        raise ValueError("bad %d" % i)
    return [i] * 3


def catch_loop(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += len(raiser(i))
        except ValueError as e:
            caught += len(str(e)) > 0
    return caught, total


def grow(n):
    if n == 0:
        return ""
    return grow(n - 1) + str(n % 10)


def pairs(n):
    out = []
    for i in range(n):
        out.append((i, str(i), [i] * 2))
    return out


print(fib_big(18) - BIG * 4181)
print(fib_mixed(24) - fib_iter(24), fib_mixed(20) == fib_iter(20))
print(mem_fib(300, {0: 0, 1: 1}) == fib_iter(300))
for k in range(3):
    print(count(tree(18 + k)), fib_iter(18 + k))
print(catch_loop(60000))
s = grow(700)
print(len(s), s[:20], s[-20:])
total = 0
for r in range(30):
    p = pairs(2000)
    total += len(p) + p[-1][0] + len(p[r][1])
print(total)
