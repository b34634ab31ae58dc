# Newton's method: square roots and cube roots with floats, and an integer square root.
import math
def newton_sqrt(x, tol=1e-12):
    if x == 0:
        return 0.0
    g = x
    steps = 0
    while abs(g * g - x) > tol * x:
        g = (g + x / g) / 2
        steps += 1
    return g, steps

def newton_cbrt(x):
    g = x
    for i in range(60):
        g = g - (g * g * g - x) / (3 * g * g)
    return g

def int_sqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for v in [2, 9, 10, 0.25, 1e10, 12345.678]:
    r, steps = newton_sqrt(v)
    print(v, r, steps, math.sqrt(v), abs(r - math.sqrt(v)) < 1e-9 * max(1, v))
print(newton_cbrt(27.0), newton_cbrt(2.0), newton_cbrt(1000.0), newton_cbrt(-8.0))
print(int_sqrt(10 ** 50), int_sqrt(2 * 10 ** 40), int_sqrt(99), int_sqrt(1))
print(int_sqrt(2 * 10 ** 60) == math.isqrt(2 * 10 ** 60))
