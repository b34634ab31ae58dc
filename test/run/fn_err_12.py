def f(a, b=1, *, k):
    return a


h = f
h(1, 2, 3, k=4)
