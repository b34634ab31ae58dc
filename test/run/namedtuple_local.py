from collections import namedtuple


def make(n):
    Pt = namedtuple("Pt", "x y")
    return [Pt(i, i * i) for i in range(n)]


ps = make(3)
print(ps, ps[1].y, ps[2]._asdict())
a, b = make(2)[1]
print(a, b)


class Shapes:
    Size = namedtuple("Size", ["w", "h"], defaults=[1])

    def area(self, s):
        return s.w * s.h


print(Shapes().area(Shapes.Size(3)), Shapes.Size(2, 5))

if True:
    Rec = namedtuple("Rec", "name age")
    print(Rec("ann", 3)._replace(age=4))


def inner():
    import collections
    Card = collections.namedtuple("Card", "rank suit")
    c = Card("Q", "hearts")
    print(c, c == ("Q", "hearts"), len(c))


inner()
T1 = make(1)[0]
T2 = make(1)[0]
print(type(T1) is type(T2), T1 == T2)
