def f(a, b, c=3):
    return a


g = [f]
g[0](1, 2, 3, 4)
