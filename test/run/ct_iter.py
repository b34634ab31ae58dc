# enumerate, zip, reversed, iter, next, any, all; ends with StopIteration from next().
names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n, end="; ")
print()
print(list(enumerate("xy", start=10)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip((1,), [2], "3")))
for a, b in zip(range(3), [10, 20, 30, 40]):
    print(a + b)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), tuple(reversed((1, 2))))
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, "done"))
print(any([0, 0, 1]), any([]), all([1, 2]), all([]), all([1, 0]), any("ab"))
e = enumerate([5])
print(list(e), list(e))
print(next(iter("q")), sum(range(5)), max(enumerate("zab")))
print(next(iter([])))
