def f(a, /, b):
    return a


h = f
print(h(1, b=2))
h(a=1, b=2)
