# A typed list read past the end at -O2 raises CPython's IndexError.
def last_plus(xs, k):
    total = 0.0
    for i in range(k):
        total += xs[i]
    return total


vals = [0.5, 1.5, 2.5]
print(last_plus(vals, 3))
print(vals[-3], vals[True])
print(last_plus(vals, 4))
