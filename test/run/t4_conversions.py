# int() and float() from numbers and strings, truncation toward zero, bases and whitespace.
print(int(3.7), int(-3.7), int(0.9999), int(-0.0), int(1e18), int(1.5e20), int(2.0 ** 80))
print(int("42"), int("-17"), int("  99  "), int("+5"), int("1_000_000"), int("0"), int("-0"))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("0x1f", 16), int("0b11", 0))
print(int(True), int(False), int(10 ** 20), int(-7))
print(float(3), float(-0), float(2 ** 70), float(10 ** 20), float(True))
print(float("3.25"), float("-1e-5"), float("  2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_0.5"))
print(float(".5"), float("5."), float("+1E2"), float("0.1"), float("1e16"), float("-0.0"))
print(int(float("1e10")), float(int("12345678901234567890")), int(1e16), int(-1e16))
def to_int_sum(a, b):
    return int(a) + int(b)
print(to_int_sum("10", 2.9), to_int_sum(-2.9, "3"), to_int_sum(True, "7"))
x = 2.0 ** 53
print(int(x), int(x + 1), int(x + 2), int(-x - 2))
print(str(12), str(-0.5), str(10 ** 25), str(1e25), str(True) + "!", len(str(2 ** 100)))
