# Builtins on containers and ranges: len, min, max, sum, list, tuple, range, isinstance, str,
# repr, bool; and builtins the user rebinds.
print(len([1, 2]), len(()), len("héllo"), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((1, 9)), min("bca"), max(range(4)))
print(min([], default=7), max((), default=None), min(1.5, 2), max(1, 1.0), max(2, 1.0))
print(sum([1, 2, 3]), sum([]), sum((1, 2), 10), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(101)))
print(sum([1, 2.5, 3]), sum([0.5, 1]), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([], start=5))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(-3, 3, 2)))
r = range(1, 10, 2)
print(r, range(5), range(0, -5, -1), r[0], r[-1], r[1:3], r[::-1], 5 in r, 4 in r, 9 not in r)
print(range(3) == range(0, 3), range(0) == range(5, 1), range(1, 2, 3) == range(1, 5, 10))
for i in r:
    print(i, end=" ")
print()
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, float), isinstance(1, float), isinstance("s", str), isinstance([], list))
print(isinstance((), tuple), isinstance([], tuple), isinstance(None, type(None)), isinstance(0, type(None)))
print(isinstance(3, (str, int)), isinstance(3, (str, list)), isinstance(range(1), range))
print(str(12), str("x"), str([1, "y"]), str(None), str(True), str(2.5), str((1,)), str())
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\tnl\n\\"), repr("\x00\x7f\xe9\u20ac"))
print(repr([1, "a"]), repr(None), repr(1.0), repr(-0.0))
print(bool([]), bool([1]), bool(()), bool(range(0)), bool(range(1)), bool(""), bool("a"), bool())
print(list(), tuple(), tuple([1, [2]]))
def total(len):
    return len + 1
print(total(5))
def maximum(a, b):
    return a if a > b else b
max2 = maximum(3, 4)
print(max2)
