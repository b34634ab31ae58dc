# __new__: singletons, caching, the cls argument, super().__new__(cls), __init__ skipped when
# __new__ returns another type's object.
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs each time")


a = Singleton()
b = Singleton()
print(a is b, type(a).__name__)


class Interned:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = object.__new__(cls)
        obj.name = name
        cls._cache[name] = obj
        return obj

    def __repr__(self):
        return "Interned(%r)" % self.name


x = Interned("a")
y = Interned("a")
z = Interned("b")
print(x is y, x is z, x, z, len(Interned._cache))


class Shape:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


class Square(Shape):
    def __init__(self, side):
        super().__init__(side)
        self.side = side

    def area(self):
        return self.side ** 2


s = Square(3)
print(type(s).__name__, s.args, s.area(), isinstance(s, Shape))


class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "list":
            return [1, 2]
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)
        self.kind = kind


print(Factory("int"), Factory("list"), Factory("obj").kind)


class Base:
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.created_by = cls.__name__
        return inst


class Child(Base):
    def __init__(self, v, w=0):
        self.v = v + w


c = Child(1, w=2)
print(c.created_by, c.v)
ctor = Child
print([ctor(i).v for i in range(3)])
print(list(map(Child, [5, 6]))[1].v)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("shout")
print(u, len(u), u.lower(), isinstance(u, str), u + "!")


class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)


print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return "Pair%s" % (tuple(self),)


pp = Pair(1, "x")
print(pp, pp.swap(), sorted([Pair(2, 1), Pair(1, 5)]), pp == (1, "x"), {pp: 1}[(1, "x")])
