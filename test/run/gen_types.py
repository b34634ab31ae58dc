# Values of every type kept across yields (frame slots are typed by inference at -O2).
def mixed():
    x = 1
    yield x
    x = "s"
    yield x * 2
    x = 1.5
    yield x + 1
    x = [x, x]
    yield x
    x = None
    yield x
    x = 2 ** 70
    yield x + 1


print(list(mixed()))


def late():
    yield "first"
    y = 10
    yield y
    y += 0.5
    yield y


print(list(late()))


def floats(n):
    total = 0.0
    k = 0
    while k < n:
        total += 1 / (k + 1)
        k += 1
        yield total
    yield k


print(list(floats(4)))


def big(n):
    v = 1
    for i in range(n):
        v *= 1000
        yield v
    yield -v


print(list(big(8)))


counter = 0


def bump(n):
    global counter
    for i in range(n):
        counter += i
        yield counter


print(list(bump(4)), counter)


def uses_global():
    for i in range(3):
        yield scale * i


scale = 3
g = uses_global()
print(next(g))
scale = 100
print(list(g))


def bools(xs):
    seen = False
    for x in xs:
        seen = seen or x > 2
        yield seen, not seen


print(list(bools([1, 3, 2])))


def maybe(flag):
    if flag:
        v = "set"
    yield 0
    if flag:
        yield v
    yield "end"


print(list(maybe(True)), list(maybe(False)))


def range_state(a, b, s):
    for i in range(a, b, 3):
        for j in range(i, i + 2):
            yield i * 10 + j
    for k in range(s):
        yield k


print(list(range_state(1, 9, 2)))


def swap_types(n):
    a, b = 0, 1.0
    for _ in range(n):
        a, b = b, a
        yield a, b


print(list(swap_types(3)))
