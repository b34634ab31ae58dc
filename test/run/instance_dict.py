# An instance's __dict__ and vars(x): read (a copy in Keel), and written through the object
# (x.__dict__[k] = v, x.__dict__.update(...), del x.__dict__[k]).
import json


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2.5)
print(vars(p), p.__dict__, len(vars(p)), sorted(vars(p)), 'x' in p.__dict__)
p.z = [3]
print(vars(p), list(p.__dict__.items()), p.__dict__.get('q', 'none'), p.__dict__['z'])
print(json.dumps(p.__dict__), f'{vars(p)}', str(p.__dict__), vars(p) == {'x': 1, 'y': 2.5, 'z': [3]})
for k, v in vars(p).items():
    print(k, v)
print({k: type(v).__name__ for k, v in p.__dict__.items()}, [k for k in vars(p)])


class Config:
    def __init__(self, **kw):
        self.name = 'default'
        self.__dict__.update(kw)

    def __repr__(self):
        return 'Config(%s)' % ', '.join('%s=%r' % kv for kv in sorted(self.__dict__.items()))


c = Config(debug=True, level=3)
print(c, c.debug, c.level, c.name)
c.__dict__['extra'] = 'yes'
print(c.extra, vars(c))
del c.__dict__['extra']
print(hasattr(c, 'extra'), vars(c))


class Guarded:
    def __init__(self):
        self.__dict__['log'] = []

    def __setattr__(self, name, value):
        self.log.append(name)
        self.__dict__[name] = value


g = Guarded()
g.a = 1
g.b = 2
print(g.a, g.b, g.log, vars(g))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return self.__dict__ == other.__dict__


print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))


class Slotted:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 1


def f():
    pass


f.tag = 'x'
print(vars(f))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(Slotted())
except TypeError as e:
    print('TypeError:', e)
try:
    print(Slotted().__dict__)
except AttributeError as e:
    print('AttributeError:', e)


def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__dict__.update(fn.__dict__)
    wrapper.__dict__['wrapped_name'] = fn.__name__
    return wrapper


def g():
    return 1


g.marker = 'm'
h = deco(g)
print(h(), h.marker, h.wrapped_name, sorted(vars(h)))
