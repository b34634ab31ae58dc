# Self-recursive functions returning `x + f(...)` of proven ints run the tail call as a loop with
# an accumulator (the tailacc pass): same results (big ints too), RecursionError at the same
# depth, exceptions and handlers in the frames as CPython.
deepest = 0


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(25), [fib(k) for k in range(12)])


def tri(n):
    if n == 0:
        return 0
    return n + tri(n - 1)


print(tri(900))


def big(n):
    # x and the sum leave the small ints: the accumulator goes on as a big int
    if n == 0:
        return 1
    return 2305843009213693952 + big(n - 1)  # 2**61


print(big(1), big(5), big(300))


def grows(n):
    # the accumulator overflows the small ints only after some iterations
    if n == 0:
        return 0
    return 576460752303423488 + grows(n - 1)  # 2**59


print(grows(3), grows(40))


def neg(n):
    if n == 0:
        return -4611686018427387904  # -(2**62)
    return -4611686018427387904 + neg(n - 1)


print(neg(0), neg(1), neg(7))


def down(n):
    global deepest
    deepest = n
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(down(990))
try:
    print(down(5000))
except RecursionError as e:
    print("RecursionError", e, deepest)


def up(n):
    global deepest
    deepest = n
    return 1 + up(n + 1)


try:
    up(1)
except RecursionError as e:
    print("RecursionError", e, deepest)


def kids(n):
    # the non-tail call runs at the depth of its iteration's frame
    global deepest
    deepest = max(deepest, n)
    if n <= 1:
        return 1
    return kids(n - 1) + kids(n - 2)


deepest = 0
print(kids(20), deepest)


def fails(n, at):
    if n == at:
        raise ValueError("at " + str(n))
    if n == 0:
        return 0
    return n + fails(n - 1, at)


try:
    fails(50, 7)
except ValueError as e:
    print("ValueError", e)


def guarded(n):
    # a try in the frame catches only its own frame's errors
    try:
        v = 10 // (n % 5)
    except ZeroDivisionError:
        v = -1
    if n == 0:
        return v
    return v + guarded(n - 1)


print(guarded(23))


def caught(n):
    global deepest
    deepest = n
    try:
        return 1 + caught(n + 1)
    except RecursionError:
        return n


deepest = 0
print("caught", caught(1), deepest)


def flag(n):
    # returns a bool at the bottom: not all results are ints, nothing changes
    if n == 0:
        return True
    return 0 + flag(n - 1)


print(flag(0), flag(3))


def mixed(n):
    if n <= 0:
        return n
    if n % 3 == 0:
        return 2 + mixed(n - 1)
    return mixed(n - 2) + mixed(n - 1)


print(mixed(18))
print(down(1) + tri(10), fib(30))
fails(12, 3)
