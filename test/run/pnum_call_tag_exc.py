# Calls of program functions whose results feed int ops: the exception check after such a call
# runs only when the result is not a small int (excfuse), and a frame kept for one call result
# is pushed only when that result is not a small int (gcroots' copy of the pushed path).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def big_fib(n):
    # results past 2**62 are big ints: the pushed path, with a frame holding the first result
    if n < 2:
        return n * 3000000000000000000
    return big_fib(n - 1) + big_fib(n - 2)


def maybe_raise(n):
    if n == 7:
        raise ValueError("seven " + str(n))
    if n < 2:
        return n
    return maybe_raise(n - 1) + maybe_raise(n - 2)


def mixed(n):
    # returns floats, strs and ints: the tag test fails without an exception pending
    if n % 3 == 0:
        return 1.5
    if n % 3 == 1:
        return n
    return n * 10 ** 20


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def half_big(n):
    if n < 2:
        return 2 ** 70 if n == 1 else 0
    return half_big(n - 1) + half_big(n - 2)


def raise_big(n):
    if n == 0:
        raise KeyError(n)
    if n < 3:
        return 2 ** 65 + n
    return raise_big(n - 1) + raise_big(n - 3)


print(fib(20), fib(1), fib(0))
print(big_fib(10), big_fib(2))
print(half_big(12))
for k in range(12):
    try:
        print(k, maybe_raise(k))
    except ValueError as e:
        print(k, "ValueError", e)
total = 0
for k in range(9):
    total = total + mixed(k) + mixed(k + 1)
    print(k, total)
print(deep(500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
print(deep(300))
for k in range(6):
    try:
        print(k, raise_big(k))
    except KeyError as e:
        print(k, "KeyError", e)
s = 0
for k in range(30):
    s += fib(k % 12) + big_fib(k % 5)
print(s)
print(maybe_raise(9))
