# OverflowError from a float power that is too large.
def grow(base, steps):
    x = base
    for i in range(steps):
        x = x ** 2
        print(i, x)
    return x

grow(10.0, 12)
