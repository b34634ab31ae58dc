def outer(n):
    k = 3
    g = (i * k for i in range(n))

    return list(g)
print(outer(3))
def outer2(xs):
    def inner():
        return list(x + base for x in xs)
    base = 100
    return inner()
print(outer2([1, 2]))
def cellgen(a):
    def g():
        nonlocal a
        while a > 0:
            yield a
            a -= 1
    return g
gg = cellgen(3)
print(list(gg()), list(gg()))
def gen_with_closure(n):
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add(i)
        yield total
print(list(gen_with_closure(4)))
def gen_in_gen():
    def inner(m):
        for j in range(m):
            yield j
    for i in range(3):
        yield from inner(i)
        yield -1
print(list(gen_in_gen()))
def deco(f):
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def dgen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
print(list(dgen(5, step=2)))
def kwgen(*args, **kw):
    for a in args:
        yield a
    for k in kw:
        yield k, kw[k]
print(list(kwgen(1, 2, x=3)))
def ret_gen():
    def sub():
        yield 1
        return 'r'
    v = yield from sub()
    print('sub returned', v)
    return v * 2
g = ret_gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
