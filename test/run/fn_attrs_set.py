# Function attributes: __doc__, __dict__, user attributes, writable special attributes,
# __wrapped__ set by hand as functools.wraps does, __kwdefaults__, __closure__.


def f(x=1, y=(2, 3)):
    "doc of f"
    return x


print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__doc__)
f.count = 3
print(f.count)
f.count += 1
print(f.count, f.__dict__)


def g():
    pass


print(g.__doc__, g.__dict__, g.__kwdefaults__, g.__closure__)
g.__name__ = 'gg'
print(g.__name__, g.__qualname__)
f.__wrapped__ = g
print(f.__wrapped__.__name__, f.__wrapped__ is g)
del f.count
print(sorted(f.__dict__))


def outer():
    def inner():
        """Inner docstring.

        More lines."""
        return n
    n = 5
    return inner


i = outer()
print(i.__qualname__, repr(i.__doc__), len(i.__closure__), i())
print((lambda: 0).__name__, (lambda: 0).__doc__)
f.__doc__ = "new"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
f.__qualname__ = "Q"
print(f.__qualname__, repr(f).startswith('<function Q at '))


def k(a, *, b=1, c, d=4):
    return a, b, c, d


print(k.__kwdefaults__)
print(k(0, c=3))
k.__kwdefaults__ = {'b': 10, 'c': 30, 'd': 40}
print(k(0), k.__kwdefaults__)
f.__defaults__ = (5, 6)
print(f(), f.__defaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
f.__defaults__ = (7, 8)
print(f())
f.__dict__ = {'a': 1}
print(f.a, f.__dict__)

# attributes as per-function state: counters and registries
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    wrapper.__dict__.update({'tag': 'counted'})
    return wrapper


@counted
def square(v):
    "Square v."
    return v * v


print(square(3), square(4), square.calls, square.__name__, square.__doc__, square.tag)
print(square.__wrapped__(5), square.__wrapped__.__qualname__)

registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        fn.registered_as = name
        return fn
    return deco


@register('one')
def first():
    return 1


@register('two')
def second():
    return 2


for key in sorted(registry):
    print(key, registry[key](), registry[key].registered_as)

# errors, caught
def tryit(fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def set_name():
    f.__name__ = 3


def set_defaults():
    f.__defaults__ = [1]


def set_dict():
    f.__dict__ = 5


def get_missing():
    return f.missing


def del_missing():
    del f.missing


def set_closure():
    f.__closure__ = None


def set_kwdefaults():
    k.__kwdefaults__ = 3


def del_dict():
    del f.__dict__


for t in [set_name, set_defaults, set_dict, get_missing, del_missing, set_closure, set_kwdefaults, del_dict]:
    tryit(t)
print(f.missing)
