# Defaults (evaluated once), keyword-only, positional-only, *args, keywords at call sites.
def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 5), f(1, c=7), f(a=9), f(1, 2, 3), f(c=1, b=2, a=3))


def g(a, *args):
    return (a, args)


print(g(1), g(1, 2, 3), g(*[4, 5, 6]), g(0, *(), *[1]))


def kwonly(a, *, k, m=5):
    return (a, k, m)


print(kwonly(1, k=2), kwonly(1, m=0, k=3))


def posonly(a, b, /, c=10):
    return (a, b, c)


print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, c=4))


def mixed(a, b=1, /, c=2, *args, d, e=5):
    return (a, b, c, args, d, e)


print(mixed(1, d=0), mixed(1, 2, 3, 4, 5, d=6, e=7))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []), append_to(4))

counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


def with_id(x, ident=next_id()):
    return (x, ident)


print(with_id("a"), with_id("b"), counter[0])


def star_only(*args):
    return len(args)


print(star_only(), star_only(1), star_only(*range(10)))


def defaults_seen_by_direct_call(a, b=[1, 2]):
    b.append(a)
    return len(b)


print(defaults_seen_by_direct_call(0), defaults_seen_by_direct_call(0))
lam = lambda a, b=10, *c, d=20: (a, b, c, d)
print(lam(1), lam(1, 2, 3, d=4))


def order(a, b, c):
    return a + b + c


def trace(v):
    print("eval", v)
    return v


print(order(trace(1), c=trace(3), b=trace(2)))
