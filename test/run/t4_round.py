# round(): banker's rounding, ndigits positive and negative, ints and floats, float repr issues.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 123.456]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
for n in [1234, -1234, 15, 25, -25, 2 ** 70, 5, 0]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(1e16), round(1e300) == 10 ** 300, round(-0.0), round(0.1 + 0.2, 15), round(3.14159, 3))
print(round(1234.5678, -2), round(-1234.5678, -1), round(0.000123456, 5), round(5e-324, 400))
print(round(12345, -5), round(50000, -5), round(150000, -5), round(-150000, -5), round(250000, -5))
print(round(float("inf"), 2), round(float("nan"), 1), round(1.5, None), round(2.5, None))
total = 0.0
for i in range(7):
    total += 0.1
print(total, round(total, 3), round(total), round(total * 10), round(-total, 1))
print(round(True), round(False, 2), round(7, 0), round(7.0, 0), round(2.5e-5, 5), round(0.125, 2))
