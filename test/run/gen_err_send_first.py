def g():
    x = yield 1
    print(x)
    yield 2


it = g()
print(it.send(None), it.send("ok"))
it2 = g()
it2.send(5)
