# Floats compared with int constants at -O2 (an f64 comparison when the double holds the int
# exactly), and call results whose function can raise (their unbound checks dropped).
import math


def hit(x):
    if x < -5.0:
        raise ValueError("too small: " + str(x))
    if x > 3.5:
        return -1.0
    return x * 2.0


def cmp_all(x):
    return (x > 0, x >= 0, x < 0, x <= 0, x == 0, x != 0, 0 < x, 0 == x, x > -3, x < 9007199254740992,
            x > 9007199254740993, x == 9007199254740993, x < 10 ** 30, -(10 ** 30) < x)


values = [0.0, -0.0, 0.5, -0.5, 1.0, float("nan"), float("inf"), -float("inf"), 9007199254740992.0, 9007199254740994.0, 1e300]
for v in values:
    print(v, cmp_all(v))

total = 0
for i in range(-8, 8):
    t = 0.0
    try:
        t = hit(i * 0.75)
    except ValueError as e:
        print("caught", e)
    if t > 0 and t < 4:
        total += 1
    elif t == -1:
        total -= 10
print(total)


def first_positive(xs):
    best = None
    for x in xs:
        r = math.sqrt(x) - 2
        if r > 0:
            best = r
            break
    return best


print(first_positive([1.0, 4.0, 9.0]), first_positive([1.0]))
print(hit(-7.0))
