# Generator expressions: as values, consumed by builtins (inlined), scopes, laziness.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), sum((x for x in xs), 100), sum(x / 2 for x in xs))
print(sum(0.1 for _ in range(10)), sum(x for x in []))
print(min(x - 3 for x in xs), max(-x for x in xs), max((x for x in []), default="none"))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x > 9 for x in xs), all(x > 1 for x in xs))
print(any(x for x in []), all(x for x in []))
print(list(x for x in xs if x % 2), tuple(x + 1 for x in xs if x > 2 if x < 9))
print(sorted(x for x in xs), sorted((x for x in xs), reverse=True))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x * y for x in range(1, 4) if x != 2 for y in range(3) if y))
print(list(a + b for a, b in [(1, 2), (3, 4)]))
print(list(c for c in "hello" if c != "l"))
# variables of a generator expression stay in it
x = "outer"
print(list(x for x in range(3)), x)
total = sum(sum(1 for _ in range(i)) for i in range(5))
print(total)
# as a value: lazy, iterated once
g = (i * 10 for i in range(4))
print(next(g), next(g))
print(list(g), list(g))
squares = (n * n for n in xs)
for s in squares:
    if s > 10:
        break
print(s, next(squares), list(squares))
print(list(enumerate(c for c in "ab")), list(zip((i for i in range(3)), "xyz")))
print(3 in (i for i in range(5)), 9 in (i for i in range(5)))


def scale(data, k):
    return list(v * k for v in data)


def gen_of_gen(data, k):
    g = (v + k for v in data)
    return g


print(scale([1, 2], 3), list(gen_of_gen([1, 2], 10)))


def inside_gen(n):
    yield sum(i for i in range(n))
    yield from (i * n for i in range(n))


print(list(inside_gen(3)))
# evaluation order: the first iterable is evaluated at once, the rest lazily
def noisy(tag, n):
    print("evaluating", tag)
    return range(n)


lazy = (a + b for a in noisy("first", 2) for b in noisy("second", 2))
print("made")
print(list(lazy))
print(max(len(w) for w in ["a", "abc", "ab"]), min((len(w), w) for w in ["bb", "a", "ccc"]))
