a = [1, 2, 3]
b = [4, 5, 6, 7]
print([x * y for x, y in zip(a, b)])
print(sum(x * y for x, y in zip(a, b)))
print({i: v for i, v in enumerate("abc", 1)})
print(sorted({(i, v) for i, v in enumerate("aab")}))
print(list((i, c) for i, c in enumerate("xy")))
print(any(i == v for i, v in enumerate([3, 1, 0])))
print(max(i * v for i, v in enumerate([3, 1, 0, 2])))
print([(i, j, x) for i, row in enumerate([[1, 2], [3]]) for j, x in enumerate(row, 10)])
print(sorted(v for v, w in zip("cab", range(2))))
g = ((i, c) for i, c in enumerate("pq"))
print(next(g), list(g))
l = [1, 2]
print([l.append(x) or x for i, x in enumerate(l) if i < 4])
try:
    print([x for x, y in zip([1], 3)])
except TypeError as e:
    print(e)
try:
    print(sum(i for i, x in enumerate([1], 1.5)))
except TypeError as e:
    print(e)
def gen():
    yield 1
    raise RuntimeError("inner")
try:
    print([x for i, x in enumerate(gen())])
except RuntimeError as e:
    print("rt", e)
try:
    print(sum(y for x, y in zip("ab", gen())))
except RuntimeError as e:
    print("rt", e)
