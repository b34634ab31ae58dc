# functools: wraps/update_wrapper, lru_cache's cache_info/cache_clear/cache_parameters and
# keyword arguments, partial with keywords and its func/args/keywords; itertools.chain.from_iterable.
import functools
from functools import wraps, partial, lru_cache, update_wrapper, cache
from itertools import chain
import itertools


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Adds two numbers."""
    return a + b


print(add(1, 2), add(3, b=4))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__wrapped__(10, 20))


def timer(label):
    def deco(f):
        @functools.wraps(f)
        def inner(*a):
            r = f(*a)
            print(label, f.__name__, "->", r)
            return r
        return inner
    return deco


@timer("T")
def square(x):
    return x * x


square(7)
print(square.__name__, square.__wrapped__.__name__)


def plain(x):
    "plain doc"
    return x


def shim(*a):
    return plain(*a)


shim.extra = 1
plain.tag = 'tagged'
update_wrapper(shim, plain)
print(shim.__name__, shim.__doc__, shim.tag, shim.extra, shim(5))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().misses, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__(5))


@lru_cache(maxsize=2)
def slow(x, scale=1):
    print("compute", x, scale)
    return x * scale


print(slow(1), slow(2), slow(1), slow(3), slow(2), slow(1, scale=10), slow(1, scale=10))
info = slow.cache_info()
print(info, info.maxsize, list(info), info[0], len(info))


@lru_cache
def bare(x):
    return -x


print(bare(3), bare(3), bare.cache_info())


@cache
def sq(n):
    return n * n


print(sq(4), sq(4), sq.cache_info())


@lru_cache(typed=True)
def t(x):
    return type(x).__name__


print(t(1), t(1.0), t(True), t.cache_info())


def power(base, exp, mod=None):
    if mod is None:
        return base ** exp
    return base ** exp % mod


cube = partial(power, exp=3)
print(cube(2), cube(3), cube(2, mod=5), cube.func is power, cube.args, cube.keywords)
p2 = partial(power, 2)
print(p2(10), p2(10, 1000), p2.args, p2.keywords)
p3 = partial(p2, 5)
print(p3(), p3.func is power, p3.args)
p4 = partial(cube, mod=7)
print(p4(3), p4.keywords, p4.func is power)
int2 = partial(power, 2, mod=1000)
print(int2(11), int2.keywords, int2.args)
print(list(map(partial(power, exp=2), [1, 2, 3])))
sort_desc = partial(sorted, reverse=True)
print(sort_desc([3, 1, 2]))

print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(chain.from_iterable(x for x in [(1,), (2, 3)])))
print(sum(chain.from_iterable([[1, 2], [3]])), list(chain([1], [2])))
