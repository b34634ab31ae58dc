# __name__, __qualname__, __module__, __defaults__ of functions, lambdas and builtins.
def top(a, b=2, c="x"):
    return a


def outer():
    def inner():
        return 1
    return inner


f = outer()
print(top.__name__, top.__qualname__, top.__module__, top.__defaults__)
print(f.__name__, f.__qualname__, outer.__defaults__)
g = lambda: 0
print(g.__name__, g.__qualname__)


def deco(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def decorated():
    return 5


print(decorated.__name__, decorated.__qualname__, decorated())
print(len.__name__, sorted.__name__, abs.__qualname__)
