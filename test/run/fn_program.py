# A program mixing callables: memoizing decorator, pipelines, callbacks, a fixed-point combinator.
def memoize(f):
    keys = []
    values = []

    def wrapper(n):
        for i in range(len(keys)):
            if keys[i] == n:
                return values[i]
        v = f(n)
        keys.append(n)
        values.append(v)
        return v
    return wrapper


calls = [0]


@memoize
def slow_fib(n):
    calls[0] += 1
    if n < 2:
        return n
    return slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(60), calls[0])


def pipeline(*stages):
    def run(x):
        for stage in stages:
            x = stage(x)
        return x
    return run


clean = pipeline(lambda s: s + "!", len, lambda n: n * n, str)
print(clean("hello"), pipeline()(42))

records = [("carol", 35, 4.5), ("alice", 30, 3.9), ("bob", 35, 4.1), ("dave", 25, 4.5)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age[0][0], by_age[-1][0])
best = max(records, key=lambda r: r[2])
print(best)
records.sort(key=lambda r: r[0], reverse=True)
print(records[0], records[-1])
print(list(map(lambda r: r[0], filter(lambda r: r[1] >= 30, records))))


class_handlers = []


def on(event):
    def register(fn):
        class_handlers.append((event, fn))
        return fn
    return register


@on("start")
def starting(x):
    return "starting " + str(x)


@on("stop")
def stopping(x):
    return "stopping " + str(x)


def fire(event, arg):
    out = []
    for ev, fn in class_handlers:
        if ev == event:
            out.append(fn(arg))
    return out


print(fire("start", 1), fire("stop", 2), fire("other", 3))

Y = lambda f: (lambda x: x(x))(lambda y: f(lambda *args: y(y)(*args)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(25))


def make_accumulators(n):
    accs = []
    for i in range(n):
        def acc(v, total=[i]):
            total[0] += v
            return total[0]
        accs.append(acc)
    return accs


a = make_accumulators(3)
print(a[0](1), a[0](1), a[2](10), a[1](0))


def counter_pair():
    n = 0

    def up():
        nonlocal n
        n += 1
        return n

    def down():
        nonlocal n
        n -= 1
        return n
    return up, down


up, down = counter_pair()
up()
up()
down()
print(up(), down(), down())
