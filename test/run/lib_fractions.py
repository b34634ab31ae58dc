from fractions import Fraction
import math

print(Fraction(10, -8), Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)))
print(repr(Fraction('314')), repr(Fraction('-35/4')), repr(Fraction('3.1415')), repr(Fraction('-47e-2')))
print(repr(Fraction(1.47)), repr(Fraction(2.25)), repr(Fraction()), repr(Fraction(True)))
print(repr(Fraction(' 1_000 / 3_0 ')), repr(Fraction('.5')), repr(Fraction('1.')), repr(Fraction('+2E+3')))
for bad in ['', '1/', '/2', '1.2/3', 'abc', '1__0', '_1', '1e', '. 5', '1 .5', '0x10']:
    try:
        Fraction(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print(e)
for args in [(1, 0), ('5/0',), (0, 0)]:
    try:
        Fraction(*args)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for args in [([1],), (1.5, 2), ('1', 2)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print('TypeError', e)
for x in [float('inf'), float('nan')]:
    try:
        Fraction(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

a = Fraction(3, 4)
b = Fraction(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, a ** 2, a ** -2, 2 ** a, 4 ** Fraction(1, 2))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 0.5, (-a) ** 3, Fraction(-2, 3) ** -3, Fraction(0) ** 2)
print(Fraction(7, 3) % 2, -Fraction(7, 3) % 2, divmod(Fraction(-7, 3), Fraction(1, 2)), 5 % Fraction(3, 2))
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(a == Fraction(6, 8), a == 0.75, a == 1, Fraction(2) == 2, a != b, a < b, a <= b, a > 0.5, a >= 1, 1 < a, 0.7 < a)
print(a < float('inf'), a > float('-inf'), a == float('nan'), a < float('nan'))
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(-1, 2), Fraction(1, 4)]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)), hash(Fraction(1, 3)), hash(Fraction(-5, 7)))
print(hash(Fraction(10**30, 7)), hash(Fraction(1, 2**61 - 1)), hash(Fraction(-1, 2**61 - 1)))
print(len({Fraction(1, 2), 0.5, Fraction(2, 4), 1, Fraction(1)}))
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1234567, 1000), 2), round(Fraction(1234567, 1000), -2))
print(bool(Fraction(0)), bool(a), a.numerator, a.denominator, a.as_integer_ratio(), a.is_integer(), Fraction(4, 2).is_integer())
print(Fraction('3.141592653589793').limit_denominator(10), Fraction('3.141592653589793').limit_denominator(100))
print(Fraction(4321, 8765).limit_denominator(10000), Fraction(1, 2).limit_denominator(1), Fraction(3, 2).limit_denominator(1), Fraction(-7, 5).limit_denominator(2))
print(Fraction.from_float(0.1), Fraction.from_float(3), str(Fraction(6, 3)), repr(Fraction(6, 3)), f"{a}", format(a, ''))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
try:
    Fraction.from_float('x')
except TypeError as e:
    print(e)
print(sum([Fraction(1, n) for n in range(1, 11)]), max(Fraction(1, 3), 0.3), min(a, b))
h = Fraction(0)
for n in range(1, 30):
    h += Fraction(1, n * n)
print(h, float(h))
try:
    a + "x"
except TypeError as e:
    print(e)
try:
    a < "x"
except TypeError as e:
    print(e)
print(a == "x", [Fraction(1, 2)] * 2, {Fraction(1, 2): 'half'}[0.5])
