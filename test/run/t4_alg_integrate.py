# Numeric integration: rectangle, trapezoid and Simpson rules on polynomials and sin.
import math
def f_square(x):
    return x * x

def f_cubic(x):
    return x ** 3 - 2 * x + 1

def f_sin(x):
    return math.sin(x)

def rect(which, a, b, n):
    h = (b - a) / n
    s = 0.0
    for i in range(n):
        s += fn(which, a + (i + 0.5) * h)
    return s * h

def trap(which, a, b, n):
    h = (b - a) / n
    s = (fn(which, a) + fn(which, b)) / 2
    for i in range(1, n):
        s += fn(which, a + i * h)
    return s * h

def simpson(which, a, b, n):
    h = (b - a) / n
    s = fn(which, a) + fn(which, b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * fn(which, a + i * h)
    return s * h / 3

def fn(which, x):
    if which == 0:
        return f_square(x)
    elif which == 1:
        return f_cubic(x)
    return f_sin(x)

for n in [4, 10, 100, 1000]:
    print(n, rect(0, 0, 1, n), trap(0, 0, 1, n), simpson(0, 0, 1, n))
print(rect(1, -1, 2, 100), trap(1, -1, 2, 100), simpson(1, -1, 2, 100))
print(rect(2, 0, math.pi, 1000), trap(2, 0, math.pi, 1000), simpson(2, 0, math.pi, 1000))
print(abs(simpson(2, 0, math.pi, 1000) - 2) < 1e-10, round(trap(2, 0, math.pi, 50), 6))
