def f(a, **kw):
    return a


d = {'a': 1}
print(f(0, b=1))
print(f(**d, **{'b': 2}))
f(**d, a=3)
