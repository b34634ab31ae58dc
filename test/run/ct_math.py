# The math module: constants, every function, special values, ints, from-imports.
import math
from math import sqrt, pi
print(math.pi, math.e, math.tau, math.inf, math.nan, pi)
print(sqrt(2), math.sqrt(16), math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.fabs(-3))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10), math.floor(1e20), math.ceil(True))
print(math.exp(1), math.exp(0.5), math.exp(-1), math.exp(10), math.exp(700), math.exp(-700))
print(math.log(10), math.log(2), math.log(0.5), math.log(1e-300), math.log(8, 2), math.log(100, 10))
print(math.log2(8), math.log2(10), math.log10(1000), math.log10(2), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(1), math.cos(1), math.tan(1), math.sin(3.14159), math.cos(100), math.tan(-2.5))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.degrees(math.pi), math.radians(180))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isclose(1.0, 1.0 + 1e-10))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.factorial(20), math.factorial(30), math.isqrt(99), math.isqrt(10**20))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.exp2(10), math.remainder(5, 3))
inf = math.inf
nan = math.nan
print(math.exp(-inf), math.exp(inf), math.exp(nan), math.expm1(-inf), math.log(inf), math.sqrt(inf), math.sqrt(-0.0))
print(math.sin(-0.0), math.cos(0.0), math.tan(-0.0), math.atan(inf), math.atan(-inf), math.atan2(inf, -inf), math.atan2(-inf, inf))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0), math.atan2(1, 0), math.atan2(-1, 0.0), math.atan2(0, -1))
print(math.sinh(-inf), math.cosh(-inf), math.tanh(-inf), math.tanh(inf), math.asinh(-inf), math.acosh(inf), math.atanh(-0.0))
print(math.log1p(-0.0), math.expm1(-0.0), math.fabs(-0.0), math.copysign(1, nan), math.isnan(nan), math.isinf(-inf))
print(math.floor(-0.0), math.ceil(-0.0), math.trunc(1e300) == 10**300, math.floor(2**70) == 2**70, math.floor(True))
print(math.modf(-3.25), math.modf(inf), math.modf(-inf), math.modf(0.0), math.modf(-0.0), math.frexp(-0.75), math.frexp(1e-310), math.frexp(inf))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(3, 2**70 - 2**70))
print(math.fmod(5.5, inf), math.fmod(-0.0, 3), math.fmod(10, -3), math.remainder(10, 3), math.remainder(-7, 2), math.remainder(5, 2))
print(math.pow(0.0, 3), math.pow(-0.0, 3), math.pow(-0.0, 2), math.pow(inf, -1), math.pow(-inf, 3), math.pow(-inf, 2), math.pow(nan, 0), math.pow(1, nan))
print(math.pow(2, inf), math.pow(0.5, inf), math.pow(2, -inf), math.pow(-1, inf), math.pow(-8, 1/3 * 3), math.pow(10, -2))
print(math.hypot(), math.hypot(-5), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308) if False else 0)
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**80, 2**70 * 3), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4))
print(math.factorial(0), math.factorial(True), math.factorial(50))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**100), math.isqrt(10**40 - 1))
print(math.comb(0, 0), math.comb(5, 7), math.comb(50, 25), math.comb(100, 3), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([inf, 1]), math.fsum(range(10)), math.fsum((0.1, 0.2, 0.3)))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.dist([1, 2, 3], (4, 6, 8)), math.dist([], []))
print(math.degrees(1), math.radians(1), math.log(2**2000), math.log2(2**2000), math.log10(10**400), math.log(10**400, 10))
print(math.exp(709.78), math.exp(-745.1), math.exp(-745.2), math.exp(1e-320), math.log(5e-324), math.log2(1e-310))
print(math.sin(1e6), math.cos(1e6), math.tan(12345.678), math.sin(math.pi), math.cos(math.pi / 2), math.sin(1e-9))
print(math.tau == 2 * math.pi, math.e, math.inf > 1e308, math.nan != math.nan)
from math import sqrt as s, floor, pi
print(s(2), floor(-1.5), pi)
def f(x):
    import math as m
    return m.sqrt(x) + m.pi
print(f(4))
