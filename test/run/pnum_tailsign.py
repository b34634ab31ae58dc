# tailacc with an accumulator proven >= 0 (every `x + f(...)` has x >= 0): one overflow
# comparison per add. Results past 2**62 and 2**63 (big ints), from the loop's add and from the
# returns' add, and beside them functions whose x may be negative.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fibbig(n):
    # the base values are near the small-int bound: the accumulator leaves the small ints
    if n < 2:
        return 2**61 + n
    return fibbig(n - 1) + fibbig(n - 2)


def tri(n):
    if n <= 0:
        return 2**62 - 100
    return tri(n - 1) + n * 7


def steps(n):
    # x >= 0 at the tail site, the base result a big int
    if n == 0:
        return 2**64
    return 3 + steps(n - 1)


def mixed(n):
    # x may be negative: the general test
    if n == 0:
        return -(2**62) + 1
    return (n - 3) + mixed(n - 1)


def negfib(n):
    if n < 2:
        return -n - 2**61
    return negfib(n - 1) + negfib(n - 2)


print(fib(0), fib(1), fib(23))
print(fibbig(1), fibbig(2), fibbig(3), fibbig(12))
print(tri(0), tri(1), tri(20))
print(steps(0), steps(5), steps(200))
print(mixed(0), mixed(2), mixed(50))
print(negfib(1), negfib(3), negfib(12))
try:
    print(fib(5000))
except RecursionError:
    print("RecursionError")
