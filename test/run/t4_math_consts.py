# The math module's constants, used in small geometric and numeric computations.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.e ** 1 == math.exp(1), math.inf > 1e308, math.nan == math.nan)
def circle_area(r):
    return math.pi * r * r
def sphere_volume(r):
    return 4 / 3 * math.pi * r ** 3
for r in [0, 1, 2.5, 10]:
    print(r, circle_area(r), sphere_volume(r), math.tau * r)
def compound(rate, years):
    return math.e ** (rate * years)
print(compound(0.05, 10), compound(1, 1), compound(0, 100))
approx = 0.0
for k in range(100000):
    approx += (-1) ** k / (2 * k + 1)
print(approx * 4, abs(approx * 4 - math.pi) < 1e-4)
e_approx = 0.0
term = 1.0
for n in range(1, 20):
    e_approx += term
    term /= n
print(e_approx, e_approx == math.e, abs(e_approx - math.e))
print(math.floor(math.pi * 1000), math.ceil(math.e * 1000), round(math.tau, 4), int(math.pi * 10 ** 6))
print(math.isinf(math.inf), math.isnan(math.nan), math.inf - math.inf, math.inf * 0, -math.inf + 1)
