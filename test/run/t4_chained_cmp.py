# Chained comparisons evaluate each operand once and stop at the first false link.
calls = 0
def val(x):
    global calls
    calls += 1
    print("val", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 <= 1 < 2 <= 2)
print(1 < 2 > 0, 5 > 3 < 4, 0 < 0.5 < 1 < 1.5, -1 < 0 == 0.0 > -0.5)
print(val(1) < val(2) < val(3))
print(calls)
print(val(3) < val(2) < val(1))
print(calls)
print(val(1) < val(5) > val(4) < val(10))
print(calls)
x = 5
if 0 <= x < 10:
    print("in range")
if not 10 <= x < 20:
    print("not in 10..20")
print(1 < x < 10 == 10, x == 5 == 5.0, x != 4 != 5)
for i in range(-2, 8, 3):
    print(i, 0 < i < 5, i > 0 and i < 5, -2 <= i <= 4)
a = 2 ** 70
print(0 < a < 2 ** 71, a < a + 1 < a + 2, a > 1e21 > 1e20)
print(None is None is not False, x is not None)
