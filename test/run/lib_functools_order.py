import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "V" + str(self.major) + "." + str(self.minor)


@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a == c, a != b)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(a, b), min([b, a, c]))
r1, r2 = Rank(1), Rank(2)
print(r1 < r2, r1 > r2, r1 <= r2, r2 <= r1, r1 >= r1, r2 > r1)
print(Version.__name__, a.__lt__(b), a.__gt__(b))
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
print(a <= "x")
