# repr(float) of values built by arithmetic: sums that do not round-trip at 15 digits, signed
# zeros, inf and nan, quotients, and a few thousand values from an integer recurrence scaled over
# the whole exponent range (CPython decides every digit).
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 0.3 - 0.1, 1 / 3, 2 / 3, 10 / 3, 1 / 7)
print(-0.0, 0.0 * -1, -(0.0), -1.5, -1e-300 * 1e-300, 1e308 * 10, -1e308 * 10)
big = 1e308 * 10
print(big - big, -(big - big), big * 0, -big)
print([0.5, -0.0, 1e16, 1e-5], (1e22, 1e23), repr(2.5), str(123456789.0))
print(9007199254740993 / 1, 2 ** 53 + 1.0, 2 ** 53 * 1.0, 0.1 * 3, 4.35 * 100, 1.15 * 100)


def scales():
    # Powers of 1.1 and of 0.9 by repeated multiplication: rounding errors show in the last digit.
    x = 1.0
    y = 1.0
    for i in range(0, 400):
        x = x * 1.1
        y = y * 0.9
        if i % 7 == 0:
            print(x, y, x * y, x + y)


def recurrence():
    # A linear congruential generator gives integers; dividing and scaling gives doubles.
    a = 12345
    s = 1.0
    t = 1.0
    for i in range(0, 1500):
        a = (a * 1103515245 + 12345) % 2147483648
        b = (a // 65536) % 32768 + 1
        print(a / b, b / a * s, a * t / 3, (a % 1000) / 1000)
        s = s * 0.5
        if s < 1e-300:
            s = 1.0
        t = t * 3.0
        if t > 1e300:
            t = 1.0


def halves():
    # Exact binary fractions: short decimal expansions, then long ones.
    x = 1.0
    for i in range(0, 80):
        print(x, 1 + x, 1 - x, 100 + x)
        x = x / 2


scales()
recurrence()
halves()
