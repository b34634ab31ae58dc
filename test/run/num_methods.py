xs = [0, 1, -1, 7, 255, -256, 2 ** 62, -(2 ** 62), 2 ** 100 - 1, -(10 ** 30), True, False]
for x in xs:
    print(x, x.bit_length(), x.bit_count(), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag, x.numerator, x.denominator)
fs = [0.0, -0.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.0, -3.0, 123456789.125]
for f in fs:
    print(f, f.is_integer(), f.as_integer_ratio(), f.conjugate(), f.real, f.imag)
for f in [float('inf'), float('nan'), 1e308 * 10]:
    print(f.is_integer())
    try:
        f.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
n = 10
print(n.bit_length(), (n * n).bit_length(), (-n).bit_count(), hasattr(n, 'bit_length'), hasattr(1.5, 'bit_length'), hasattr(1.5, 'is_integer'))
bl = n.bit_length
print(bl(), getattr(3.5, 'as_integer_ratio')(), [v.bit_length() for v in range(6)])
try:
    'abc'.bit_length()
except AttributeError as e:
    print(e)
try:
    (1.5).numerator
except AttributeError as e:
    print(e)
print(sum(x.real for x in [1, 2.5, True]), max(fs, key=lambda f: f.as_integer_ratio()[1]))
(2.5).bit_length()
