# Methods whose defaults are not constants (names, calls, lambdas, class-level names, mutable
# defaults shared between calls), evaluated once when the class body runs the def, in order;
# staticmethods, classmethods, decorated methods, methods of classes in functions; a decorator
# defined earlier in the same class body.
S = object()
N = 10
log = []
def mk(x):
    log.append(x)
    return x
class C:
    K = 3
    def f(self, a=S, b=N * 2, *, c=mk('c'), d=[]):
        d.append(1)
        return (a is S, b, c, len(d))
    def g(self, k=K, key=lambda v: -v):
        return k, key(5)
    @staticmethod
    def h(x=mk('h')):
        return x
    @classmethod
    def i(cls, y=mk('i')):
        return cls.__name__, y
    def deco(fn):
        return fn
    @deco
    def j(self, z=mk('j')):
        return z
print(log)
c = C()
print(c.f(), c.f(1), c.f(b=5), c.f(d=[]), c.f())
print(c.g(), c.g(7), C.h(), C.i(), c.j())
m = c.f
print(m(), C.f.__defaults__[1], C.g.__defaults__[0], getattr(c, 'f')(2, 3))
def outer(v):
    class D:
        def m(self, q=v + 1):
            return q
    return D().m()
print(outer(4))
class E:
    def deco(fn):
        def wrapped(self, *a):
            return ('wrapped', fn(self, *a))
        return wrapped
    @deco
    def m(self, x=len('abc')):
        return x
    def plain(self):
        return 'plain'
    alias = plain
print(E().m(), E().m(9), E().alias())
