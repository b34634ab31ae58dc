# A float divided by an int that reaches zero inside a counted loop: ZeroDivisionError.


def f(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (n - 1 - i)
    return s


print(f(5))
