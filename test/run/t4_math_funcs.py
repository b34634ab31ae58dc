# The math module: roots, exponentials, logarithms, trigonometry, rounding and integer helpers.
import math
for x in [0.0, 0.25, 1.0, 2.0, 10.0, 1e10]:
    print(x, math.sqrt(x), math.exp(-x), math.log1p(x), math.floor(x * 1.5), math.ceil(x * 1.5))
for x in [1, 2, 8, 10, 100, 1024, 0.5]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 4))
angles = [0, 30, 45, 60, 90, 180, 270]
for d in angles:
    r = math.radians(d)
    print(d, round(math.sin(r), 12), round(math.cos(r), 12), math.degrees(r))
print(math.atan2(1, 1), math.atan2(-1, -1), math.hypot(5, 12), math.hypot(0.3, 0.4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.trunc(-2.9), math.floor(7), math.ceil(2 ** 70))
print(math.fabs(-4), math.copysign(2.5, -1), math.fmod(-10, 3), -10 % 3, math.modf(2.75))
print(math.gcd(84, 36), math.gcd(0, 9), math.gcd(2 ** 64, 2 ** 40 * 3), math.lcm(6, 10, 15))
print(math.factorial(12), math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.isqrt(10 ** 30 + 5))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-1e309), math.isfinite(1e308))
print(math.pow(2, 0.5) == 2 ** 0.5, math.exp(math.log(10)), math.sqrt(2) ** 2, math.cosh(0), math.tanh(20))
def dist(x1, y1, x2, y2):
    return math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
print(dist(0, 0, 3, 4), dist(1, 1, 2, 2), dist(-1.5, 2, 3, -4))
