# send(), the value of yield, return values, StopIteration values via next's default.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v == "stop":
            return received
        received.append(v)


e = echo()
print(next(e))
print(e.send("a"), e.send(None), e.send(3))
print(next(e, "x"))
print(next(e, "exhausted"), next(e, "exhausted"))


def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


av = averager()
next(av)
for v in [10, 20, 30, 5]:
    print(av.send(v))


def acc():
    total = 0
    while True:
        total += yield total


a = acc()
print(next(a), a.send(1), a.send(2), a.send(39))


def double_yield():
    x = yield (yield 1)
    print("x is", x)
    yield x


d = double_yield()
print(next(d), d.send("inner"), d.send("outer"))


def cond():
    while (yield "ready") != "quit":
        print("tick")
    yield "bye"


c = cond()
print(next(c), c.send("go"), c.send("go"), c.send("quit"))


def gen_close():
    yield 1
    yield 2


g = gen_close()
print(next(g))
print(g.close())
print(next(g, "closed"))
g2 = gen_close()
print(g2.close(), next(g2, "closed before start"))
g3 = gen_close()
print(list(g3), g3.close())
print(sum(gen_close()), list(gen_close()))
