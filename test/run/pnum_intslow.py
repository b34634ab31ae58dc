# int.* ops at -O2 whose operands inference proves ints: the slow paths (big ints, bools,
# overflow of the small range) go to the int-only runtime operations.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def grow(x, k):
    # repeated squaring leaves the small-int range; every op then takes the slow path
    for _ in range(k):
        x = x * x + 1
    return x


def mix(a, b):
    return [a + b, a - b, a * b, a // b, a % b, a < b, a <= b, a > b, a >= b, a == b, a != b]


def count_down(n):
    s = 0
    while n > 0:
        s += n
        n -= 1
    return s


big = 4611686018427387904  # 2 ** 62, a literal: inference knows it is an int
print(fib(20))
print(grow(3, 4))
print(grow(-2, 3))
print(mix(big, 3))
print(mix(-big, 7))
print(mix(big * big, big))
print(mix(5, big))
print(mix(-5, -big))
print(mix(big, -1))
print(mix(4611686018427387903, 1))
print(mix(-4611686018427387904, -1))
print(mix(True, 2), mix(7, True), mix(False, -3))
print(count_down(10), count_down(big - big + 100))
x = 4611686018427387903
print(x + 1, x * 2, -x - 2, (x + 1) // 2, (x + 1) % 1000, x + 1 > x, x + 1 == x + 1)
n = -1267650600228229401496703205376  # -(2 ** 100)
print(n < 0, n <= n, n > n - 1, n // -3, n % 7, -n, n - n)
try:
    print(mix(big, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(mix(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
