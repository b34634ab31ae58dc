# doctest: properties (the getter's docstring), static and class methods, nested classes, lambdas, +SKIP, option flags, name=, report=, exclude_empty=.
import io
from contextlib import redirect_stdout
from doctest import testmod, ELLIPSIS
import doctest


class Shape:
    """
    >>> Shape.unit().area
    1
    """

    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        """
        >>> Shape(3).area
        9
        """
        return self.side * self.side

    @area.setter
    def area(self, v):
        self.side = int(v ** 0.5)

    @staticmethod
    def kind():
        """
        >>> Shape.kind()
        'square'
        """
        return "square"

    @classmethod
    def unit(cls):
        """
        >>> Shape.unit().side
        1
        """
        return cls(1)

    class Inner:
        """
        >>> Shape.Inner.__name__
        'Inner'
        """


double = lambda x: 2 * x


def skipped():
    """
    >>> skipped()  # doctest: +SKIP
    'never'
    >>> 1 / 0
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    >>> list(range(20))
    [0, 1, 2, ..., 19]
    """


def first():
    """
    >>> 1
    2
    >>> 3
    4
    """


def run(**kw):
    buf = io.StringIO()
    with redirect_stdout(buf):
        r = testmod(**kw)
    print(buf.getvalue().replace(__file__, "FILE"), end="")
    print(r)


if __name__ == "__main__":
    run(verbose=True, optionflags=ELLIPSIS)
    run(name="mod", optionflags=ELLIPSIS | doctest.REPORT_ONLY_FIRST_FAILURE, report=False)
    run(optionflags=ELLIPSIS | doctest.FAIL_FAST, report=False, exclude_empty=True)
    run(optionflags=ELLIPSIS, verbose=False)
