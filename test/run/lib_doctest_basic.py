# doctest, compiled: module, function, class and method docstrings; expression statements displayed,
# print captured, exceptions matched, ELLIPSIS; then verbose=True (Trying/Expecting/ok, the items
# with no tests, the summary).
"""Module doc.

>>> 1 + 1
2
"""


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> y = square(5)
    >>> y + 1
    26
    >>> print("a")
    a
    >>> square(-2)  # doctest: +ELLIPSIS
    4...
    >>> None
    >>> for i in range(3):
    ...     i
    0
    1
    2
    >>> import math
    >>> math.floor(square(1.5))
    2
    >>> from math import sqrt
    >>> sqrt(square(3.0))
    3.0
    """
    return x * x


def boom(x):
    """
    >>> boom(0)
    Traceback (most recent call last):
        ...
    ValueError: zero
    >>> boom(1)
    1.0
    >>> boom(0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    """
    if x == 0:
        raise ValueError("zero")
    return 1 / x


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


if __name__ == "__main__":
    import doctest

    r = doctest.testmod()
    print(r)
    print(r.failed, r.attempted)
    failed, attempted = doctest.testmod(verbose=True)
    print(failed, attempted)
