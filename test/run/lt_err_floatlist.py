# Reading past the end of a float list (raw f64 items at -O2) raises CPython's IndexError.
def total(v, n):
    s = 0.0
    for i in range(n):
        s += v[i]
    return s


vals = [0.5] * 3
vals[1] = 2.0
print(total(vals, 3), vals)
print(total(vals, 4))
