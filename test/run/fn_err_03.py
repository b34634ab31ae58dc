def f(a, *, k, m):
    return a


h = f
h(1)
