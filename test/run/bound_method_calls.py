class MyList(list):
    def append(self, x):
        super().append(x * 10)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(-x)


def fill(target, n):
    append = target.append
    for i in range(n):
        append(i)
    return target


print(fill([], 3), fill(MyList(), 3), fill(Bag(), 3).items)


def rebind_receiver():
    xs = [1]
    push = xs.append
    xs = [2]
    push(5)
    return xs


print(rebind_receiver())


def many():
    seen = set()
    add = seen.add
    d = {"a": 1}
    get = d.get
    sep = ", "
    join = sep.join
    out = []
    for w in ["x", "y", "x", "a"]:
        add(w)
        out.append(str(get(w, 0)) + str(get(w)))
    words = sorted(seen)
    return join(words), out, get(*["a"]), get("zz", default := 7) if False else get("a")


print(many())


def errors():
    xs = []
    pop = xs.pop
    try:
        pop()
    except IndexError as e:
        print("IndexError:", e)
    d = {}
    upd = d.update
    upd(a=1, b=2)
    upd([("c", 3)])
    print(d)
    f = lambda: pop()
    xs.append(9)
    print(f())


errors()


def before():
    try:
        put(1)
    except NameError as e:
        print(type(e).__name__, e)
    xs = []
    put = xs.append
    put(2)
    return xs


print(before())


def twice():
    xs, ys = [], []
    put = xs.append
    put(1)
    put = ys.append
    put(2)
    return xs, ys


print(twice())


def gen():
    acc = []
    app = acc.append
    for i in range(3):
        app(i)
        yield list(acc)


print(list(gen()))
out = []
emit = out.append
for k in range(3):
    emit(k * k)
print(out)


def boom():
    xs = [1]
    rm = xs.remove
    rm(2)


boom()
