# Methods (and __init__) with keyword-only parameters and **kwargs: direct calls, super(),
# bound methods, classmethods/staticmethods, calls from the runtime (map, sorted key, f(**m)).


class Shape:
    def __init__(self, name, *, sides=0, **attrs):
        self.name = name
        self.sides = sides
        self.attrs = attrs

    def describe(self, *, verbose=False, sep=", "):
        base = f"{self.name}({self.sides})"
        if verbose and self.attrs:
            return base + ": " + sep.join(f"{k}={v}" for k, v in sorted(self.attrs.items()))
        return base

    def update(self, **changes):
        for k, v in changes.items():
            if k == "name":
                self.name = v
            else:
                self.attrs[k] = v
        return len(changes)

    @classmethod
    def square(cls, *, size=1, **attrs):
        return cls("square", sides=4, size=size, **attrs)

    @staticmethod
    def parse(text, *, sep=","):
        parts = text.split(sep)
        return parts[0], {p.split("=")[0]: p.split("=")[1] for p in parts[1:]}

    def pos_only(self, a, b=2, /, c=3, *, d=4):
        return (a, b, c, d)

    def everything(self, a, *args, key=None, **kw):
        return (a, args, key, sorted(kw.items()))


class Colored(Shape):
    def __init__(self, name, color="red", **kw):
        super().__init__(name, **kw)
        self.color = color

    def describe(self, **kw):
        return self.color + " " + super().describe(**kw)

    def update(self, *args, **changes):
        n = super().update(**changes)
        return n + len(args)


s = Shape("tri", sides=3, stroke=2, fill="blue")
print(s.name, s.sides, sorted(s.attrs.items()))
print(s.describe())
print(s.describe(verbose=True))
print(s.describe(verbose=True, sep=" | "))
print(s.update(name="triangle", alpha=0.5), s.name, sorted(s.attrs))
print(s.update())
sq = Shape.square(size=3, fill="green")
print(sq.describe(verbose=True), type(sq).__name__)
print(Shape.parse("a,b=1,c=2"))
print(Shape.parse("x;y=3", sep=";"))
print(s.pos_only(1), s.pos_only(1, 5), s.pos_only(1, 5, c=6, d=7), s.pos_only(9, d=0))
print(s.everything(1), s.everything(1, 2, 3, key="k", z=1, y=2))

c = Colored("hex", "blue", sides=6, w=1)
print(c.describe(), c.describe(verbose=True))
print(c.update(1, 2, name="hexagon", q=3), c.name)
print(Colored.square(size=2).describe(verbose=True))

# bound methods and method values
d = s.describe
print(d(verbose=True))
u = c.update
print(u(k=1), sorted(c.attrs))
m = Shape.everything
print(m(s, 0, key=1, extra=2))
print(list(map(Shape.describe, [s, c, sq])))
print([x.name for x in sorted([c, s, sq], key=Shape.describe)])

# calls with * and ** into methods
opts = {"verbose": True, "sep": "/"}
print(s.describe(**opts))
print(s.everything(*[1, 2], **{"key": 3, "w": 4}))
args = ("oct",)
o = Shape(*args, sides=8, **{"solid": True})
print(o.describe(verbose=True))
print(Colored(*args, **{"color": "green", "sides": 8}).describe())

# construction from the runtime: a class stored in a dict, called with keywords
factories = {"shape": Shape, "colored": Colored}
for kind, kw in [("shape", {"sides": 1}), ("colored", {"color": "pink", "sides": 2, "x": 1})]:
    obj = factories[kind]("made", **kw)
    print(obj.describe(verbose=True))


# __call__ with keyword-only parameters and **kwargs
class Formatter:
    def __init__(self, *, prefix=""):
        self.prefix = prefix

    def __call__(self, value, *, width=0, **extra):
        text = self.prefix + str(value).rjust(width)
        if extra:
            text += " " + repr(sorted(extra.items()))
        return text


f = Formatter(prefix=">")
print(f(5), f(5, width=4), f("x", width=2, note="n"))
print(list(map(f, [1, 22])))
g = f
print(g(3, **{"width": 3}))


# errors are TypeErrors with CPython's messages
def attempt(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except TypeError as e:
        return "TypeError: " + str(e)


class K:
    def m(self, a, *, b):
        return a, b

    def p(self, x, /, y):
        return x, y

    def n(self, a, b, *, c=1):
        return a, b, c


k = K()
try:
    k.m(1)
except TypeError as e:
    print(e)
try:
    k.m(1, 2)
except TypeError as e:
    print(e)
try:
    k.m(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    k.p(x=1, y=2)
except TypeError as e:
    print(e)
try:
    k.n(1, 2, 3, c=4)
except TypeError as e:
    print(e)
try:
    k.n(1)
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
try:
    s.describe(True)
except TypeError as e:
    print(e)
print(attempt(k.m, 1))
print(attempt(k.m, 1, b=2, zz=1))
print(attempt(k.p, x=1, y=2))
print(attempt(K.n, k, 1, 2, 3))
print(attempt(Shape, sides=3))
print(attempt(Colored, "a", "b", "c"))


# generator methods and methods of classes made in functions
class Counter:
    def count(self, start, *, step=1, **opts):
        n = start
        while n < opts.get("stop", 3):
            yield n
            n += step


print(list(Counter().count(0)), list(Counter().count(1, step=2, stop=9)))


def make(scale):
    class Scaled:
        def __init__(self, v, *, extra=0):
            self.v = v * scale + extra

        def get(self, *, times=1, **kw):
            return self.v * times + sum(kw.values())

    return Scaled


S = make(10)
print(S(2).get(), S(2, extra=1).get(times=2, a=1, b=2))
