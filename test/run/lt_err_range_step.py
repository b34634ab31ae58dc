# range() with a step known only at run time: checked like CPython (zero is a ValueError).
def evens(n, step):
    out = []
    for i in range(0, n, step):
        out.append(i)
    return out


print(evens(10, 2), evens(10, 3), evens(-10, -4), evens(3, 5), evens(10, -1))
print(evens(10, True))
print(evens(10, 0))
