def g(flag):
    if flag:
        x = 1
    yield 0
    print("x is", x)
    yield x


print(list(g(True)))
it = g(False)
print(next(it))
next(it)
