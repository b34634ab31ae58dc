# Functions, methods, lambdas, closures, generators and dataclass __init__s with more than 12
# parameters (their table code takes the slots in one tuple), called directly and through values.
def g(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, *, k=11, l=12):
    return a + b + c + d + e + f + g + h + i + j + k + l
print(g(), g(**{'a': 3}))
class C:
    def __init__(self, a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, *, k=11, l=12):
        self.s = a + b + c + d + e + f + g + h + i + j + k + l
print(C().s)
print(C(**{'a': 3}).s)
def big(a, b, c, d, e, f, g, h, i, j, k, l, m, n=14, *args, o, p=16, **kw):
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, args, o, p, sorted(kw.items())]
print(big(*range(13), o=15))
print(big(*range(20), o=15, z=1, y=2))
h = big
print(h(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, o=0))
try:
    big(1, 2)
except TypeError as e:
    print(e)
def outer(x):
    def inner(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13=13):
        return x + a1 + a13
    return inner
print(outer(100)(*range(12)))
print(list(map(lambda a, b, c, d, e, f, g, h, i, j, k, l, m: a + m, range(3), *[range(3)] * 12)))
def gen(a, b, c, d, e, f, g, h, i, j, k, l, m):
    yield a
    yield m
print(list(gen(*range(13))))
import dataclasses
@dataclasses.dataclass
class D:
    f1: int = 1
    f2: int = 2
    f3: int = 3
    f4: int = 4
    f5: int = 5
    f6: int = 6
    f7: int = 7
    f8: int = 8
    f9: int = 9
    f10: int = 10
    f11: int = 11
    f12: int = 12
    f13: int = 13
print(D(f13=0))
print(D(**{'f1': 5}))
make = D
print(make(9, 8, 7))
class E:
    def m(self, a, b, c, d, e, f, g, h, i, j, k, l, m=0):
        return a + m
    @staticmethod
    def s(a, b, c, d, e, f, g, h, i, j, k, l, m=0):
        return a - m
    @classmethod
    def c(cls, a, b, c, d, e, f, g, h, i, j, k, l, m=0):
        return cls.__name__
bm = E().m
print(bm(*range(12)), E.s(*range(13)), E.c(*range(12)), getattr(E(), 'm')(*range(1, 14)))
