# zip(*rows) and map(f, *its) over any number of iterables, builtins called through values with
# *args, and CPython's messages for a non-iterable `*x` (a lone *x names the callee; with other
# positional arguments the message is "Value after * ...").
data = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 7, 3.0), ("date", 3, 2.0), ("elder", 1, 9.5)]
names, qtys, prices = zip(*data)
print(names, qtys, prices)
print(list(zip(*[[1, 2, 3, 4, 5, 6]] * 6)))
grid = [list(range(r, r + 5)) for r in range(0, 25, 5)]
print([list(col) for col in zip(*grid)])
print(list(zip(*grid, "abcde")), list(zip()), list(zip(*[])))
print(list(map(lambda *xs: sum(xs), *grid)))
print(list(map(max, [1, 9], [5, 2], [3, 3], [0, 10])))
z = zip
m = map
print(list(z(*data[:2])), list(z("ab", "cd", "ef", "gh")), list(m(min, "ab", "ba", "zz", "aa")))
rows = [(1, 2), (3, 4), (5, 6), (7, 8)]
print(list(map(lambda a, b, c, d: a + b + c + d, *rows)))


def f(*a, **k):
    return a, k


for thunk in [
    lambda: f(*5),
    lambda: f(1, *5),
    lambda: f(*[1], *5),
    lambda: f(*5, key=1),
    lambda: print(*5),
    lambda: print(1, *5),
    lambda: zip(*5),
    lambda: zip(1, *5),
    lambda: list(map(abs, *5)),
    lambda: map(abs, *[]),
    lambda: m(abs),
    lambda: list(zip(*[1, 2])),
]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)


# zip is lazy: it stops at the shortest without exhausting the others, and infinite iterators
# are fine
import itertools
it = iter(range(10))
print(list(zip("abc", it)), next(it), list(zip(itertools.count(), "xy")))


def noisy(tag, n):
    for i in range(n):
        print("  ", tag, i)
        yield i


for pair in zip(noisy("a", 3), noisy("b", 2)):
    print(pair)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), type(z) is type(zip()))
print(repr(zip())[:12], repr(map(abs, []))[:12])
print(list(zip(*[1, 2])))
