# complex numbers: literals, the constructor's forms (numbers, strings, two complexes, __complex__,
# __float__, __index__), repr and str, arithmetic mixed with ints, floats and bools (Smith's
# division, integral powers by squaring, other powers in polar form), comparisons, hashing,
# attributes, conjugate, abs, bool, format specs, and CPython's errors.
import math

print(1j, 2j, -3j, 0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0.25j, 1e20j, 1e-7 + 1e16j)
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(-0j), repr(complex(-0.0, -0.0)))
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(True, False), complex(1j, 1j), complex(1 + 2j, 3 + 4j))
print(complex(math.inf, math.nan), complex(-math.inf, -math.inf), complex(math.nan, 1))
for s in ['1+2j', ' (1-2j) ', '3', '-4.5j', 'j', '-j', '+j', '1+j', '1-J', 'inf+nanj', '1e3-1e-3j', '1_000+2_0j', '  ( 5 )  ', '.5j', '5.j']:
    print(repr(s), complex(s))
for s in ['', '1+', '1+2', 'j1', '(1+2j', '1+2j)', '1 +2j', '1__0', '_1', 'x', '1+2jj', '()', '1e+j']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

class C:
    def __complex__(self):
        return 3 - 4j

class Bad:
    def __complex__(self):
        return 5

print(complex(F()), complex(I()), complex(C()), complex(F(), I()), complex(C(), 1))
for args in [('1', 2), (1, '2'), (None,), (1, None), ([],), (Bad(),)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)

a = 3 + 4j
b = -1.5 + 0.5j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -2, a ** 0, a ** 0.5, a ** b, 2 ** a, a ** 100, (1 + 1j) ** 101)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, a * 1.5, 1.5 * a, a + True, True * a)
print(-a, +a, abs(a), abs(b), abs(complex(math.inf, math.nan)), abs(complex(math.nan, 1)), a.conjugate(), a.real, a.imag)
print(a == 3 + 4j, a != 3 + 4j, a == 3, complex(3, 0) == 3, 3 == complex(3, 0), complex(3, 0) == 3.0, 3.0 == complex(3), a == 'x', 1j == 1)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53)
print(hash(a), hash(3 + 0j) == hash(3), hash(complex(1.5, 0)) == hash(1.5), hash(-1j), hash(complex(-1, 0)), hash(1e300j))
print({1 + 2j: 'x', 3: 'y'}[complex(3, 0)], len({1j, 1j, 2j}), bool(0j), bool(1j), bool(complex(0, -0.0)))
print(type(a), type(a).__name__, isinstance(a, complex), isinstance(1, complex), complex, str(a), f'{a}', f'{a!r}')
print(sum([1j, 2, 3.5, 4 - 1j]), [x * 1j for x in range(3)], (1 + 2j) * (1 - 2j), 1j * 1j, 1j ** 2)
x = 1 + 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
print(x)
print(format(a, ''), format(a, '.2f'), format(a, '10.1f'), format(a, '<20'), format(b, '^20.3e'), format(a, '+.3g'), format(1j, '.2'), format(1j, ''), format(-1.5j, '8'))
print(format(123456.789 + 1j, ',.2f'), format(a, 'E'), format(complex(-0.0, 1), 'g'), format(a, '*>16.2f'), format(a, ' .1f'), format(1j, ' '), format(2 + 0j, 'n'))
for spec in ['010', '=10', 'x', 'd', '.', '1.2.3']:
    try:
        print(format(a, spec))
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a < b, lambda: int(a), lambda: float(a), lambda: round(a), lambda: math.sqrt(a), lambda: a + 'x', lambda: a + [1]]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
for f in [lambda: a / 0, lambda: a / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(a, 2, 3), lambda: complex(1e308, 1e308) ** 2, lambda: complex(1e200, 0) ** 2.5, lambda: abs(complex(1e308, 1e308)), lambda: (10 ** 400) * 1j]:
    try:
        print(f())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    a.real = 1
except AttributeError as e:
    print('AttributeError')
print(0j ** 0, 0j ** 0j, 0j ** 2, (2 + 0j) ** 0.5, (-1 + 0j) ** 0.5, complex(0, 1) ** complex(0, 1))
print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs), max([1j, 3, 2 - 2j], key=abs), [complex(i, -i) for i in range(3)])
