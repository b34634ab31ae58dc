# __setattr__ / __delattr__ on user classes: every store and deletion by name goes through them;
# object.__setattr__ and super().__setattr__ store without the hook.
class Logged:
    def __init__(self, x):
        self.x = x
        self.history = []

    def __setattr__(self, name, value):
        print("set", name, value if not isinstance(value, list) else "[list]")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


a = Logged(1)
a.x = a.x + 10
a.y = "new"
print(a.x, a.y, a.history)
del a.y
print(hasattr(a, "y"))
try:
    del a.zzz
except AttributeError as e:
    print("AttributeError", e)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: frozen" % name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete %r" % name)


f = Frozen(a=1, b=2.5)
print(f.a + 1, f.b * 2)
try:
    f.a = 5
except AttributeError as e:
    print(e)
try:
    del f.b
except AttributeError as e:
    print(e)
print(f.a, f.b)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)


class Person(Validated):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def birthday(self):
        self.age += 1
        return self.age


p = Person("ann", 30)
print(p.birthday(), p.name)
try:
    p.age = -1
except ValueError as e:
    print("ValueError", e, p.age)


class Counted:
    count = 0

    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        Counted.count += 1
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)


c = Counted()
c.s = "shout"
c.a = 5
print(Counted.count, c.s, c.a + c.b)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr_target = self._target
        print("proxy set", name)
        object.__setattr__(setattr_target, name, value)


class Plain:
    def __init__(self):
        self.v = 1


t = Plain()
px = Proxy(t)
px.v = 42
print(t.v, px.v)
