# Generator functions: yield in if/while/for/nested loops, return, exhaustion, locals kept.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
        else:
            continue
    yield "end"


def nested(n):
    for i in range(n):
        for j in range(i):
            yield (i, j)
        yield -i


def early(xs):
    for x in xs:
        if x < 0:
            return
        yield x
    yield "never negative"


def with_else(xs):
    for x in xs:
        if x == 3:
            break
        yield x
    else:
        yield "no break"
    while len(xs) > 10:
        yield "long"
    else:
        yield "while else"


def empty():
    return
    yield 1


def locals_kept(a, b=10):
    t = a + b
    yield t
    t = t * 2
    s = str(t)
    yield s
    yield a, b, t, s


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(count(5)))
print(list(evens([1, 2, 3, 4, 6])))
print(list(nested(4)))
print(list(early([1, 2, -1, 3])), list(early([4, 5])))
print(list(with_else([1, 2, 3, 4])), list(with_else([1, 2])))
print(list(empty()), tuple(empty()))
print(list(locals_kept(1)), list(locals_kept(2, b=3)))
f = fib()
print([next(f), next(f), next(f), next(f), next(f)])
for v in fib():
    if v > 100:
        break
    print(v, end=" ")
print()
g = count(2)
print(next(g), next(g), next(g, "done"), next(g, "still done"))
print(list(g))
h = count(3)
print(iter(h) is h, h is iter(h))
first = list(h)
print(first, list(h))
# two generators of the same function are independent
a = count(3)
b = count(3)
print(next(a), next(a), next(b), next(a), next(b))
# yield as an expression statement with no value, and values of every type
def kinds():
    yield
    yield None
    yield 1.5
    yield [1, 2]
    yield "s"
    yield True
    yield 10 ** 30
print(list(kinds()))
# a generator as the iterable of many consumers
print(sum(count(5)), min(count(5)), max(count(5)), sorted(x for x in evens([6, 4, 2]) if x != "end"))
print(sorted(count(4), reverse=True), any(count(1)), all(count(1)), any(count(3)))
print(list(enumerate(count(3))), list(zip(count(3), "abc")))
x, y, z = count(3)
print(x, y, z)
p, *q = count(5)
print(p, q)
print(3 in count(5), 7 in count(5), 2 not in count(2))
print(tuple(nested(3)), list(reversed(list(count(3)))))
print(len(list(count(100))))
