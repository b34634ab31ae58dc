# An uncaught IndexError from the fallback of an inlined list read (stdlib/_rt/narrow.py).


def total(l, n):
    s = 0
    for i in range(n):
        s += l[i - n - 1]
    return s


print(total(list(range(10)), 10))
print(total(list(range(10)), 11))
