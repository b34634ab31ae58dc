# locals() and vars() without an argument in functions: a dict of the bound variables in
# CPython's order (parameters, other locals, cells, free variables); unbound ones left out.


def f(a, *r, k=1, **kw):
    b = 1
    c = 2

    def g():
        return c + a

    if a > 5:
        z = 0
    d = 3
    for i in range(2):
        pass
    x = [j for j in range(3)]
    s = ""
    for ch in "ab":
        s += ch
    out = dict(locals())
    out["g"] = g() if callable(out["g"]) else None
    return out


print(f(1))
print(f(7, 2, 3, k=4, w=5))


def h(n):
    m = n

    def inner():
        q = m
        return locals()

    return inner()


print(h(4))


def w():
    y = 1
    del y
    u = 2
    return vars()


print(w())


def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals().items())


print(list(gen()))


def fmt(name, n):
    return "{name} has {n}".format(**locals())


print(fmt("x", 3))
lam = lambda p, q=2: locals()
print(lam(1))


class K:
    def m(self, v):
        t = v * 2
        return sorted(locals())


print(K().m(3))


def mutate():
    v = 1
    loc = locals()
    loc["v"] = 99
    return v, loc["v"]


print(mutate())


def before():
    try:
        return locals()
    finally:
        late = 1


print(before())
