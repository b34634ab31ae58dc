def f(a, b):
    return a


h = f
h(1, z=3)
