# Attributes __init__ always sets (src/passes/initattrs.ts): the slot reads of those skip the
# empty-slot test at -O2; everything else must still find empty slots and raise AttributeError.

registry = []


class Base:
    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def total(self):
        return self.a + self.b


class Child(Base):
    def __init__(self, a, c):
        self.c = c
        Base.__init__(self, a)
        self.d = self.total() + self.c


class Early:
    def __init__(self, x):
        self.peek = self.describe()  # reads self.x before it is set
        self.x = x

    def describe(self):
        try:
            return "x=" + str(self.x)
        except AttributeError as e:
            return "no x: " + str(e)


class Cond:
    def __init__(self, flag):
        if flag:
            self.maybe = 1
        self.always = 2


class Escapes:
    def __init__(self, fail):
        registry.append(self)  # reachable from the list before the rest is stored
        if fail:
            raise ValueError("fail")
        self.late = "late"


class Deleted:
    def __init__(self):
        self.gone = 1
        self.kept = 2


class Shadow:
    kind = "class"

    def __init__(self, own):
        if own:
            self.kind = "instance"
        self.n = 0


class Helper:
    def __init__(self, v):
        show(self)  # a function reading the attribute before it is set
        self.v = v


def show(h):
    try:
        print("helper sees", h.v)
    except AttributeError as e:
        print("helper:", e)


class Node:
    def __init__(self, nxt, val):
        self.nxt = nxt
        self.val = val
        self.me = self  # stored on itself: not an escape


class Reinit:
    def __init__(self, n):
        self.n = n
        self.sq = n * n


def walk(n):
    s = 0
    while n is not None:
        s += n.val
        n = n.nxt
    return s


def main():
    c = Child(3, 4)
    print(c.a, c.b, c.c, c.d, c.total())
    b = Base(5)
    print(b.a, b.b, b.total())
    for o in [c, b]:
        print(o.a + o.b)

    e = Early(7)
    print(e.peek, e.x, e.describe())

    for flag in [True, False]:
        k = Cond(flag)
        print(k.always)
        try:
            print(k.maybe)
        except AttributeError as ex:
            print("AttributeError", ex)

    Escapes(False)
    try:
        Escapes(True)
    except ValueError as ex:
        print("ValueError", ex)
    for r in registry:
        try:
            print(r.late)
        except AttributeError as ex:
            print("AttributeError", ex)

    d = Deleted()
    print(d.gone, d.kept)
    del d.gone
    try:
        print(d.gone)
    except AttributeError as ex:
        print("AttributeError", ex)
    print(d.kept)

    for own in [True, False]:
        s = Shadow(own)
        print(s.kind, s.n)

    h = Helper(9)
    print(h.v)

    n = None
    for i in range(10):
        n = Node(n, i)
    print(walk(n), n.me.val, n.me.me.nxt.val)

    r = Reinit(3)
    print(r.n, r.sq)
    r.__init__(4)
    print(r.n, r.sq)

    # a loop over instances whose attributes are always set
    total = 0
    objs = [Child(i, i + 1) for i in range(50)]
    for o in objs:
        total += o.a + o.b + o.c + o.d
    print(total)

    # the last read fails: an attribute a subclass's __init__ never sets
    class NoInit(Base):
        def __init__(self):
            pass

    x = NoInit()
    print(x.a)


main()
