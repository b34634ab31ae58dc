# Recursion depth across functions that take their depth as a parameter (called only directly)
# and functions that count it in memory (called through a value, a method, a key function, a
# closure): each RecursionError must come at CPython's depth, and the count must be
# right again after every exception is caught.
import functools

deepest = 0


def down(n):
    global deepest
    deepest = n
    return down(n + 1)


def probe():
    # how deep a fresh recursion gets from this frame
    try:
        down(0)
    except RecursionError:
        pass
    return deepest


print("fresh", probe())


def via_value(n, f):
    # f is a value: its calls count in memory
    if n == 0:
        return probe()
    return f(n - 1, f)


print("via value", via_value(10, via_value), via_value(300, via_value))


def direct(n):
    if n == 0:
        return probe()
    return direct(n - 1)


print("direct", direct(10), direct(300))


class C:
    def m(self, n):
        if n == 0:
            return probe()
        return plain(self, n - 1)


def plain(c, n):
    return c.m(n)


print("method mix", C().m(50), C().m(400))


def keyed(n):
    # sorted() calls the key function from the runtime
    if n == 0:
        return sorted([3, 1, 2], key=lambda x: probe() * 0 + x)
    return keyed(n - 1)


print("keyed", keyed(20), probe())


def outer(n):
    def inner(k):
        return direct(k) if k < 3 else inner(k - 1)

    if n == 0:
        return inner(6)
    return outer(n - 1)


print("closure", outer(25))


def catch_deep(n):
    # catch the RecursionError deep down, then recurse again from there
    if n == 0:
        try:
            return down(0)
        except RecursionError:
            return ("caught", deepest, probe())
    return catch_deep(n - 1)


print(catch_deep(100))
print("after", probe())


def raise_at(n, k):
    if n == k:
        raise ValueError(n)
    return raise_at(n + 1, k) + 1


for k in (0, 5, 500):
    try:
        raise_at(0, k)
    except ValueError as e:
        print("ValueError", e, probe())


@functools.lru_cache(maxsize=None)
def cached(n):
    return n if n < 2 else cached(n - 1) + cached(n - 2)


print("cached", cached(90), probe())


def mutual_a(n):
    return probe() if n == 0 else mutual_b(n - 1)


def mutual_b(n):
    return probe() if n == 0 else mutual_a(n - 1)


print("mutual", mutual_a(7), mutual_b(200))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(20), fib(100 // 4), probe())


def limit(n):
    global deepest
    deepest = n
    return limit(n + 1) + 1


try:
    limit(0)
except RecursionError as e:
    print("limit", e, deepest)
down(0)
