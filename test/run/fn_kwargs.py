# **kwargs parameters and f(**m) calls: binding, order, mixing with *args and keywords, errors.


def f(a, b=2, **kw):
    return (a, b, sorted(kw.items()))


print(f(1))
print(f(1, c=3, d=4))
print(f(1, 2, b2=5))
d = {'x': 1, 'y': 2}
print(f(0, **d))
print(f(**{'a': 7, 'b': 8, 'z': 9}))
print(d)  # the caller's dict is not changed


def g(*args, **kwargs):
    return args, kwargs


print(g())
print(g(1, 2, z=3))
print(g(*[1, 2], **{'a': 1}, b=2))
print(g(1, *(2, 3), 4, k=1, **{'m': 2}, n=3, **{'o': 4}))
# keyword order is source order, ** mappings in their insertion order
print(list(g(z=1, **{'y': 2, 'x': 3}, w=4)[1]))


def h(a, b, c):
    return a + b * 10 + c * 100


print(h(**{'a': 1, 'b': 2, 'c': 3}))
print(h(1, **{'c': 3}, b=2))
print(h(*[1], **{'b': 2, 'c': 3}))
fs = [h, f]
print(fs[0](**{'c': 1, 'b': 1, 'a': 1}))


# the kwargs dict is a new dict each call, and may be changed freely
def collect(**kw):
    kw['n'] = len(kw)
    return kw


base = {'p': 1}
r1 = collect(**base)
r2 = collect(**base)
print(r1, r2, r1 is r2, base)


# positional-only names may also appear in **kwargs
def po(a, /, **kw):
    return a, kw


print(po(1, a=2))


# keyword-only parameters with **kwargs
def ko(*, x, y=5, **rest):
    return x, y, rest


print(ko(x=1))
print(ko(y=2, x=3, q=4))
print(ko(**{'x': 0, 'zz': 1}))


# lambdas and nested functions
lam = lambda **k: sorted(k)
print(lam(b=1, a=2))


def outer(prefix):
    def inner(*a, **k):
        return prefix + str(a) + str(k)
    return inner


print(outer('>')(1, two=2))


# forwarding wrappers: the most common use
def logged(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(x, y=10, *, scale=1):
    return (x + y) * scale


print(add(1))
print(add(1, 2, scale=3))
print(add(x=5, y=5))


def kwonly_defaults(**opts):
    width = opts.get('width', 80)
    sep = opts.pop('sep', ',')
    return width, sep, opts


print(kwonly_defaults())
print(kwonly_defaults(width=10, sep=';', extra=True))

# errors, caught
tests = [
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: f(1, **{'a': 2}),
    lambda: f(a=1, **{'a': 2}),
    lambda: h(1, **{'a': 2}),
    lambda: h(**{'q': 2}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(**[1]),
    lambda: f(**{'k': 1}, k=2),
    lambda: h(1, 2, 3, **{}),
    lambda: h(**None),
    lambda: h(**{'a': 1}),
    lambda: ko(**{'y': 1}),
    lambda: po(**{'a': 1}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)

# builtins and stdlib functions with *xs / **m and keywords
import bisect
import heapq
print(sorted([3, 1, 2], **{'reverse': True}))
print(max(*[3, 9, 2]), min(*[[4, 5]]), sum(*[[1, 2]], **{'start': 10}))
print(divmod(*(7, 2)), len(*['abc']))
print(heapq.nlargest(2, [3, 1, 4, 1, 5], key=lambda x: -x))
print(bisect.bisect_left([1, 2, 3], 2, **{'lo': 1}))
print(bisect.bisect_right(a=[1, 2, 3], x=2))
