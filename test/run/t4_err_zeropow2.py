# ZeroDivisionError: 0.0 cannot be raised to a negative power.
def power(base, n):
    return base ** n

def table(bases):
    for b in bases:
        print(b, power(b, -2))

table([2, 0.5, 10, 0.0])
