import functools
from functools import reduce, partial, lru_cache, cache, cmp_to_key
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ""), reduce(operator.add, [[1], [2], [3]]))
print(functools.reduce(operator.sub, [10, 1, 2]), reduce(lambda a, b: a + b, [], 5))


def power(base, exp):
    return base ** exp


square = partial(power, exp=2) if False else (lambda b: power(b, 2))
two_to = partial(power, 2)
print(two_to(10), list(map(two_to, range(5))), square(9))
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), partial(max, 5)(1, 9), partial(sorted)([3, 1, 2]))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), [fib(i) for i in range(10)])


@cache
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(200, (1, 2, 5, 10, 20, 50, 100, 200)))

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1, 4]:
    sq(v)
print(calls)


@lru_cache
def slow(x):
    calls.append(("slow", x))
    return -x


print(slow(3), slow(3), calls[-1])


@lru_cache()
def noargs():
    calls.append("noargs")
    return 42


print(noargs(), noargs(), calls.count("noargs"))


def cmp(a, b):
    return (a > b) - (a < b)


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(b, a)


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 9, 2], key=cmp_to_key(cmp)))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) <= k(2), k(3) > k(2), k(1) >= k(2), k(5) == k(5))
reduce(operator.add, [])
