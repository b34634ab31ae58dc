# Decorators, plain and with arguments, stacked; order of evaluation.
def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper


@twice
def inc(x):
    return x + 1


print(inc(5))


def times(n):
    def deco(f):
        def wrapper(*args):
            r = None
            for _ in range(n):
                r = f(*args)
            return r
        return wrapper
    return deco


calls = []


@times(3)
def record(x):
    calls.append(x)
    return len(calls)


print(record("a"), calls)


def tag(name):
    print("making", name)

    def deco(f):
        print("decorating with", name)

        def wrapper(x):
            return name + "(" + str(f(x)) + ")"
        return wrapper
    return deco


@tag("outer")
@tag("inner")
def square(x):
    return x * x


print(square(4))


def register(registry):
    def deco(f):
        registry.append(f)
        return f
    return deco


handlers = []


@register(handlers)
def h1(v):
    return v + 1


@register(handlers)
def h2(v):
    return v * 10


print(handlers[0](3), handlers[1](3), h1(0))


def identity(f):
    return f


@identity
def plain(a, b=5):
    return a - b


print(plain(10), plain(10, 1))


def replace(f):
    return 42


@replace
def gone():
    return 0


print(gone)


def method_like(self_arg):
    def deco(f):
        def wrapper(*args):
            return f(self_arg, *args)
        return wrapper
    return deco


@method_like("me")
def greet(who, greeting):
    return greeting + ", " + who


print(greet("hi"))
