def f(a, b, c, d):
    return a


h = f
h(1)
