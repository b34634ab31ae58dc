# doctest failure reports (Expected/Got, <BLANKLINE>, NORMALIZE_WHITESPACE, an expected exception not raised), captured to replace the file path.
import io
from contextlib import redirect_stdout


def add(a, b):
    """
    >>> add(1, 2)
    4
    >>> add("a", "b")
    'ab'
    >>> add(1, 1)
    Traceback (most recent call last):
    ValueError: nope
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> print("  a   b ")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> add(0, 0)
    """
    return a + b


def noisy():
    """
    >>> print(1); print(2)
    1
    3
    """


if __name__ == "__main__":
    import doctest

    buf = io.StringIO()
    with redirect_stdout(buf):
        res = doctest.testmod()
    print(buf.getvalue().replace(__file__, "FILE"))
    print(res)
