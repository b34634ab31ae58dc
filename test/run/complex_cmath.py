# cmath: every function on ordinary, large, tiny, signed-zero, infinite and nan arguments (C99's
# special values), ints, floats and objects with __complex__ or __float__ as arguments, the
# constants, log with a base, polar/rect, isclose, and CPython's errors.
import cmath
import math

inf = math.inf
nan = math.nan
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e300, 3.0, inf, -inf, nan]
zs = [complex(x, y) for x in vals for y in vals]
names = ['sqrt', 'exp', 'log', 'log10', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh']
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append('VE')
        except OverflowError as e:
            out.append('OE')
    print(name, ' '.join(out))
for z in [1 + 2j, -3 - 4j, 0.1j, 1e-5 + 1j, 5, 2.5, True]:
    print(cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(-1, 1j), cmath.log(0, 2), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
for r, phi in [(1, 0), (2, math.pi / 4), (-1, -0.0), (inf, 1), (-inf, 2), (nan, 0), (0, inf), (inf, 0.0), (3, nan)]:
    try:
        print(cmath.rect(r, phi))
    except ValueError as e:
        print('ValueError', e)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)))

class Z:
    def __complex__(self):
        return 3 + 4j

class R:
    def __float__(self):
        return 0.25

print(cmath.sqrt(Z()), cmath.exp(R()), cmath.polar(Z()))
for f in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.log(2, 1), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1j, 0)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
roots = []
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
