from abc import ABC, abstractmethod
import functools, itertools, operator
from collections import deque, namedtuple, OrderedDict

Point = namedtuple('Point', ['x', 'y'])

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.1f})"

class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, name, s):
        super().__init__(name, s, s)

class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

shapes = [Rect('r', 2, 3), Square('s', 2), Circle('c', 1)]
print(sorted(shapes), Shape.count, max(shapes).name, isinstance(shapes[1], Rect))
try:
    Shape('x')
except TypeError as e:
    print(e)
p = Point(1, 2)
print(p, p._replace(x=5), p.x + p.y, Point._fields, tuple(p), p == (1, 2))
def memo(f):
    cache = {}
    @functools.wraps(f)
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.__name__)
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.chain([1], (2, 3))), list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2))[:4])
print(list(itertools.groupby(sorted('mississippi'))) and [(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))])
q = deque([1, 2, 3], maxlen=4)
q.appendleft(0); q.append(4); q.rotate(1)
print(q, q.popleft(), list(q))
od = OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a'); print(od, list(od))
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c1 = counter(); c1(); c1(5)
print(c1(), functools.reduce(lambda a, b: a * b, range(1, 6)))
def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]
def flatten(xss):
    for xs in xss:
        yield from xs
print(list(chunks(list(range(7)), 3)), list(flatten(chunks('abcdefg', 2))))
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    def __eq__(self, o): return isinstance(o, Temp) and self._c == o._c
    def __hash__(self): return hash(self._c)
t = Temp(100); t.f = 212; print(t.f, t._c, t == Temp(100.0), len({t, Temp(100)}))
class MyErr(ValueError):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    try:
        raise MyErr(7, 'bad thing')
    except ValueError as e:
        print('caught', e, e.code, e.args)
        raise RuntimeError('wrapped') from e
except RuntimeError as e2:
    print(e2, '<-', repr(e2.__cause__))
vals = [3, -1, 4, -1, 5]
print(sorted(vals, key=abs), list(filter(None, [0, 1, '', 'a'])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:#x} {42:08b} {'x':*^7} {3.0!s} {-0.0}")
