# User-defined decorators on methods: wrappers, decorators with arguments, stacked decorators,
# registries, staticmethod/classmethod over user decorators, inheritance and super().
import functools

calls = []


def logged(f):
    @functools.wraps(f)
    def wrapper(self, *args, **kwargs):
        calls.append(f.__name__)
        print("->", f.__name__, args, sorted(kwargs.items()))
        r = f(self, *args, **kwargs)
        print("<-", f.__name__, r)
        return r
    return wrapper


def retry(times, exc=ValueError):
    def deco(f):
        @functools.wraps(f)
        def w(*a, **k):
            last = None
            for i in range(times):
                try:
                    return f(*a, **k)
                except exc as e:
                    print("  retry", i + 1, "of", times, ":", e)
                    last = e
            raise RuntimeError("gave up after %d" % times) from last
        return w
    return deco


def counted(f):
    def w(*a, **k):
        w.count += 1
        return f(*a, **k)
    w.count = 0
    w.__name__ = f.__name__
    return w


COMMANDS = {}


def command(name):
    def reg(f):
        COMMANDS[name] = f
        f.is_command = True
        return f
    return reg


def tag(label):
    def deco(f):
        def w(*a):
            return "[" + label + " " + str(f(*a)) + "]"
        return w
    return deco


class Account:
    """An account."""
    rate = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.fails = 0

    @logged
    def deposit(self, amount, note=""):
        """Put money in."""
        self.balance += amount
        return self.balance

    @retry(3)
    def flaky(self, limit):
        self.fails += 1
        if self.fails < limit:
            raise ValueError("attempt %d failed" % self.fails)
        return "ok after %d" % self.fails

    @counted
    def peek(self):
        return self.balance

    @command("show")
    def show(self):
        return "%s has %d" % (self.owner, self.balance)

    @command("reset")
    def reset(self):
        self.balance = 0
        return "reset"

    @tag("outer")
    @tag("inner")
    def both(self, x):
        return x * self.rate

    @staticmethod
    @tag("static")
    def helper(x, y):
        return x + y

    @classmethod
    @tag("cls")
    def make(cls, owner):
        return cls.__name__ + ":" + owner

    @logged
    @retry(2)
    def risky(self, ok):
        if not ok:
            raise ValueError("not ok")
        return "fine"


a = Account("ann", 10)
print(a.deposit(5))
print(a.deposit(7, note="gift"))
print(a.balance, calls)
print(Account.deposit.__name__, Account.deposit.__doc__)
print(Account.deposit.__wrapped__(a, 1))
print(a.flaky(3))
b = Account("bob")
try:
    b.flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
print(a.peek(), a.peek(), Account.peek.count, Account.peek.__name__)
print(sorted(COMMANDS), Account.show.is_command)
for name in sorted(COMMANDS):
    print(name, COMMANDS[name](a))
print(a.both(4))
print(Account.helper(1, 2), a.helper(3, 4))
print(Account.make("zed"), a.make("amy"))
print(a.risky(True))
try:
    a.risky(False)
except RuntimeError as e:
    print("risky:", e)

# methods as values, getattr, calling through the class
m = a.deposit
print(m(1))
print(getattr(a, "show")())
print(Account.show(b))
f = getattr(Account, "both")
print(f(a, 10))
print(hasattr(a, "peek"), callable(a.peek))


# inheritance: plain overrides decorated, decorated overrides plain, super() both ways
class Base:
    def __init__(self):
        self.log = []

    @logged
    def step(self, n):
        self.log.append(("base", n))
        return n

    def plain(self, n):
        return "base plain %d" % n


class Child(Base):
    def step(self, n):
        self.log.append(("child", n))
        return super().step(n + 1) * 10

    @tag("child")
    def plain(self, n):
        return super().plain(n) + "!"


class GrandChild(Child):
    @logged
    def step(self, n):
        return super().step(n) + 1


for obj in [Base(), Child(), GrandChild()]:
    print(type(obj).__name__, obj.step(1), obj.plain(2), obj.log)


# a class attribute holding a function is a method; builtins are not
def external(self, y):
    return self.v * y


class Holder:
    mul = external
    size = len
    twice = staticmethod(lambda x: 2 * x)
    named = classmethod(lambda cls, s: cls.__name__ + s)

    def __init__(self, v):
        self.v = v


h = Holder(6)
print(h.mul(7), Holder.mul(h, 2), h.size([1, 2, 3]), h.twice(21), Holder.twice(5), h.named("!"), Holder.named("?"))


# decorated methods in a class made inside a function, using the function's variables
def make_counter(step):
    def bump(f):
        def w(self):
            self.n += step
            return f(self)
        return w

    class Counter:
        def __init__(self):
            self.n = 0

        @bump
        def tick(self):
            return self.n * step

    return Counter()


c = make_counter(3)
print(c.tick(), c.tick(), c.n)


# functools caches on methods
class Fib:
    def __init__(self):
        self.calls = 0

    @functools.lru_cache(maxsize=None)
    def fib(self, n):
        self.calls += 1
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)

    @functools.cache
    def square(self, n):
        self.calls += 1
        return n * n


fb = Fib()
print(fb.fib(30), fb.calls)
print(fb.square(9), fb.square(9), fb.calls)
print(Fib.fib.cache_info())


# a decorator that returns a non-function (a value computed once)
def computed(f):
    return f(None)


class Consts:
    @computed
    def table(_):
        return [i * i for i in range(5)]


print(Consts.table, Consts().table)
