# A class deriving from a namedtuple() call: class Point(namedtuple("Point", "x y")).
from collections import namedtuple


class Point(namedtuple("Point", ["x", "y"])):
    __slots__ = ()

    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return "Point: x=%6.3f  y=%6.3f  hyp=%6.3f" % (self.x, self.y, self.hyp)


p = Point(3, 4)
print(p, repr(p), p.x, p[1], p.hyp, isinstance(p, tuple), p._replace(x=1))
print(Point._fields, Point._make([5, 6]), p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, len(p), list(p), p._asdict(), type(p._replace(y=0)).__name__)


class Card(namedtuple("Card", "rank suit", defaults=["S"])):
    RANKS = "23456789TJQKA"

    def __new__(cls, rank, suit="H"):
        return super().__new__(cls, rank.upper(), suit)

    def value(self):
        return self.RANKS.index(self.rank)

    def __lt__(self, other):
        return self.value() < other.value()


cards = [Card("k"), Card("2", "D"), Card("a", "C")]
print(sorted(cards), max(cards).value(), cards[0]._replace(suit="X"))
print(Card._field_defaults, issubclass(Card, tuple), Card("q") == ("Q", "H"))
print(Point.__mro__, Point.__bases__[0].__name__, Card.__new__.__qualname__)


def make():
    class Local(namedtuple("Local", "a")):
        def twice(self):
            return self.a * 2

    return Local(21)


print(make(), make().twice())
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)


# A subclass of a built-in type defining some comparisons: the others are the base's.
class V(tuple):
    def __eq__(self, other):
        return sum(self) == sum(other)

    def __lt__(self, other):
        return sum(self) < sum(other)


a, b = V((1, 5)), V((3, 3))
print(a == b, a != b, a < b, a > b, b > a, a <= b, a >= (1, 4), (1, 5) > a, a != (1, 5))
print(Card("a") > Card("k"), Card("k") < Card("a"), Card("k") >= Card("a"))
