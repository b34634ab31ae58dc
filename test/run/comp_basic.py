# list, set and dict comprehensions: several fors and ifs, isolation of the iteration variables,
# nesting, and comprehensions over dicts, sets, strings and ranges
x = 'outer'
print([x * 2 for x in range(5)], x)
print({x: x * x for x in range(6) if x % 2 == 0}, x)
print({(a, b) for a in range(3) for b in range(a)})
print([(i, j) for i in range(5) if i > 0 if i != 3 for j in range(i) if j != 1])
def f(n):
    y = 5
    r = [y + z for z in range(n)]
    return r, y
print(f(3), f(0))
def g(z):
    return [z for z in range(z)], z
print(g(4))
print([[c for c in range(r)] for r in range(4)])
print({k: v for k, v in [(1, 'a'), (2, 'b'), (1, 'c')]})
m = [[1, 2], [3, 4], [], [5]]
print([v for row in m for v in row], sum([v for row in m for v in row]))
print([q for q in []], {q for q in ()}, {q: 1 for q in ''})
d = {'a': 1, 'b': 2, 'c': 3}
print([k for k in d], [v for v in d.values()], {v: k for k, v in d.items()}, sorted({k for k in d}))
s = {5, 3, 1}
print([e * 10 for e in s], {e % 2 for e in s}, {e: e for e in range(20) if e % 3})
print([(a, b) for a, b in zip([1, 2, 3], 'xyz')], [[*p] for p in [(1, 2), (3,)]])
print([i for i in range(10) if i % 2 if i % 3], [i if i % 2 else -i for i in range(6)])
# the first iterable is evaluated in the enclosing scope
n = 3
print([n for n in range(n)], n)
items = [3, 1, 2]
print([items.count(i) for i in items], [len(items) for _ in items])
# nested comprehension reads the enclosing comprehension's variable
print([[i * j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i)} for i in range(3)})
print(len([0 for _ in range(1000)]), {i % 7 for i in range(1000)})
acc = []
r = [acc.append(i) for i in range(3)]
print(acc, r)
t = 10
def h():
    return [t + i for i in range(2)]
print(h())
print([(lambda_free, lambda_free * 2) for lambda_free in (1, 2)])
