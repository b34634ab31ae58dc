# Tracebacks with repeated frames: a recursion 4 deep ("repeated 1 more time"), mutual
# recursion, handlers that re-raise inside a recursion, and an exception raised while handling
# another, each report as CPython's.
# test: traceback
def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)


def rethrow(n):
    try:
        return rethrow(n - 1) if n else down(4)
    except ValueError:
        raise


def again(n):
    if n == 0:
        raise KeyError("k")
    return again(n - 1)


def catcher(n):
    try:
        return rethrow(n)
    except ValueError:
        return again(n)


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return catcher(5) if n == 0 else mutual_a(n - 1)


try:
    down(3)
except ValueError as e:
    print("caught", e)
mutual_a(6)
