# True division of a float by an int expression: the range pass drops the zero test where the
# int is proven non-zero (spectral_norm's eval_a) and keeps it where it may be zero.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def harmonic(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (i + 1)
    return s


def negatives(n):
    s = 0.0
    for i in range(n):
        s += 2.5 / (i - n)
    return s


def through_zero(n):
    out = []
    for i in range(n):
        try:
            out.append(1.0 / (i - 3))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


total = 0.0
for i in range(30):
    for j in range(30):
        total += eval_a(i, j)
print(total, eval_a(0, 0), eval_a(29, 29))
print(harmonic(100), negatives(50))
print(through_zero(6))
