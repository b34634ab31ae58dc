from collections import namedtuple
import collections

Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', ['x', 'y', 'z'], defaults=[0])
Rec = collections.namedtuple('Rec', 'name, age, tags', defaults=(None, ()))
One = namedtuple('One', ['v'])

p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p), list(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), p != Point(2, 1), p == Point(1, 3), (1, 2) == p)
print(hash(p) == hash(Point(1, 2)), {p: "a"}[Point(1, 2)], p in {Point(1, 2)}, 2 in p, 5 in p)
print(Point._fields, P3._fields, P3._field_defaults, Rec._field_defaults)
print(P3(1, 2), P3(1, 2, 3), P3(x=5, y=6), Rec("bob"), Rec("al", 3, ("a",)))
print(p._asdict(), p._replace(x=10), p._replace(y=-1), p, Point._make([7, 8]), Point._make(range(2)))
print(p + (3,), (0,) + p, p * 2, One(5), One._make(["q"]))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 2), Point(1, 3)), Point(1, 2) < Point(1, 3))
print([pt.x + pt.y for pt in [Point(i, i * i) for i in range(4)]], sum(Point(3, 4)))
print(repr(Point("a", [1])), str(P3(1.5, None)), f"{p}", [p], {"k": p})
pts = {}
for i in range(3):
    pts[Point(i, -i)] = i
print(pts)
for a, b, c in [P3(1, 2), P3(4, 5, 6)]:
    print(a + b + c)


def dist(q):
    return (q.x ** 2 + q.y ** 2) ** 0.5


print(dist(Point(3, 4)), dist(Point(1.5, 2.0)))
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError")
print(p[5])
