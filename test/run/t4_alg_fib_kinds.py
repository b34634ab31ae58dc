# Fibonacci in several styles: recursive, iterative, doubling with big ints, float formula.
import math
def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)

def fib_iter(n):
    a = 0
    b = 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a

def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d

def fib_binet(n):
    phi = (1 + math.sqrt(5)) / 2
    return round(phi ** n / math.sqrt(5))

for n in range(15):
    print(fib_rec(n), end=" ")
print()
print(fib_iter(80), fib_pair(80)[0], fib_binet(70), fib_iter(70))
print(fib_pair(1000)[0] == fib_iter(1000), fib_pair(10000)[0] % 10 ** 30)
ok = 0
for n in range(80):
    if fib_binet(n) == fib_iter(n):
        ok += 1
print("binet exact up to", ok)
print(fib_iter(200) / fib_iter(199), (1 + math.sqrt(5)) / 2)
