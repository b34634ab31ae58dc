# Mixing ints, floats and bools in arithmetic; results and their reprs.
a = 7
b = 2.5
c = True
print(a + b, a - b, a * b, a / b, a // b, a % b, -a + b)
print(a + c, a * c, b + c, c + c, c * 3.5, c - 1.0, -c, +c, ~a)
print(1 + 2.0, 1 + 2, 1.0 + 2.0, 3 * 1.0, 3 * 0.1, 0.1 * 3, 0.3 - 0.1)
print(10 ** 17 + 1.0, 2 ** 53 + 1.0, 2 ** 53 + 1, float(2 ** 53 + 1))
print(1e16 + 1, 1e16 + 2, 1e16 - 1, 12345678901234567890 * 1.0)
print(False + 0.5, True / True, 3 - True * 2, (True + True) ** 3)
total = 0
for i in range(1, 11):
    total += i * 0.1
print(total, round(total, 10), total == 5.5)
values = [1, 2.5, True, -3, 0.25, False]
s = 0
for v in values:
    s += v
print(s, sum(values), max(values), min(values))
print(abs(-3), abs(-3.5), abs(True), abs(-0.0), abs(-2 ** 70))
print(int(3.99), int(-3.99), int(True), float(7), float(False), int(1e20))
print(3 == 3.0, 1 == True, 0.0 == False, 2 ** 70 == 2.0 ** 70)
