def f(a, b):
    return a


h = f
h(1, 2, b=3)
