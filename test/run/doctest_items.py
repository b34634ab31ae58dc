"""Doctest item names: private methods are mangled, @dataclass adds methods."""
from dataclasses import dataclass


@dataclass
class Point:
    """
    >>> Point(1, 2)
    Point(x=1, y=2)
    """

    x: int
    y: int

    def __hash__(self):
        return hash((self.x, self.y))

    def __private(self):
        """
        >>> Point(0, 0)._Point__private()
        'p'
        """
        return "p"

    def _half(self):
        return self.x / 2


@dataclass(order=True, frozen=True)
class Card:
    rank: int

    def __repr__(self):
        return f"Card({self.rank})"


@dataclass(eq=False, repr=False)
class Plain:
    v: int = 0


class _Hidden:
    def __secret(self):
        """
        >>> _Hidden()._Hidden__secret()
        1
        """
        return 1

    def __dunder__(self):
        pass


if __name__ == "__main__":
    import doctest

    doctest.testmod(verbose=True)
