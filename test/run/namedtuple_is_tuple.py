# namedtuple classes are tuple subclasses, as in CPython: isinstance, tuple methods, slicing,
# hashing as the tuple, tuple() and json-like use, errors naming __new__.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple('P', 'x y')
p = P(1, 2)
print(isinstance(p, tuple), issubclass(P, tuple), type(p).__name__, P.__mro__[1:])
print(p.count(1), p.index(2), p[::-1], p[:1], p[1:], hash(p) == hash((1, 2)))
print(tuple(p), list(p), p + (3,), (0,) + p, p * 2, type(p + (3,)).__name__)
print(p < (1, 3), p == (1, 2), (1, 2) == p, max(P(1, 2), P(1, 3)), 2 in p)
print(sorted([P(3, 1), P(1, 2), (0, 9)]), {p: 'a'}[(1, 2)], {(1, 2): 'b'}[p])
print(p._replace(y=5), p._asdict(), P._make((7, 8)), p, repr(p), f'{p!r}')


def as_tuple(v):
    if isinstance(v, tuple):
        return 'tuple of %d' % len(v)
    return 'other'


print(as_tuple(p), as_tuple((1,)), as_tuple([1]))
print('%s and %s' % p, '{} {}'.format(*p), str(p), '-'.join(map(str, p)))


class Emp(NamedTuple):
    name: str
    age: int = 30

    def older(self):
        return self._replace(age=self.age + 1)


e = Emp('ann')
print(e, isinstance(e, tuple), e.older(), e[0], e[-1], len(e), e.count('ann'))
name, age = e
print(name, age, e == ('ann', 30), Emp._fields, Emp._field_defaults)

try:
    P(1)
except TypeError as err:
    print(err)
try:
    P(1, 2, 3)
except TypeError as err:
    print(err)
try:
    p.z = 1
except AttributeError as err:
    print(err)
try:
    p.x = 1
except AttributeError as err:
    print(err)
try:
    del e.age
except AttributeError as err:
    print(err)
try:
    P._make([1])
except TypeError as err:
    print(err)
try:
    tuple.__new__(Emp.__mro__[2], (1,))
except TypeError as err:
    print(err)


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def norm1(self):
        return abs(self[0]) + abs(self[1])


q = Point(3, -4)
print(q, q.norm1(), isinstance(q, Point), tuple.__new__(tuple, [5, 6]))
try:
    q.w = 1
except AttributeError as err:
    print(err)
print(p.z)
