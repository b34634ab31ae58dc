def g():
    yield "a"


it = g()
print(list(it))
print(next(it, "default"))
next(it)
