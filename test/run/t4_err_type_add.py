# TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'.
def maybe_value(i):
    if i < 3:
        return i * 10

def total(n):
    t = 0
    for i in range(n):
        t = t + maybe_value(i)
        print("t =", t)
    return t

total(5)
