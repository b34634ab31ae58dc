def g(*args, **kw):
    return args, kw


print(g(1, k=2))
g(1, **(1, 2))
