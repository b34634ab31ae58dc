# doctest.testmod(extraglobs={...}): the examples see the extra names, which shadow module globals.
from collections import deque

queue = "module global"


def total(q):
    """
    >>> total(queue)
    6
    >>> queue.append(4)
    >>> total(queue)
    10
    >>> limit
    3
    """
    return sum(q)


def other():
    """
    >>> len(queue)
    3
    >>> other()
    'module global'
    """
    return queue


if __name__ == "__main__":
    import doctest

    print(doctest.testmod(extraglobs={"queue": deque([1, 2, 3]), "limit": 3}))
