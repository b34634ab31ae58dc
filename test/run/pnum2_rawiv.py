# Loop counters used only as byte indices (bool lists: one byte per item) are raw values, not
# int words (src/passes/rawiv.ts): stepped by constants and by other counters, bounded by
# parameters of either parity, starting at products, read after the loop, with continues.
# The lists are only indexed (so they stay bool lists).


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def count(flags, start, stop):
    c = 0
    for k in range(start, stop):
        if flags[k]:
            c += 1
    return c


def count3(flags, start, stop):
    c = 0
    for k in range(start, stop, 3):
        if flags[k]:
            c += 1
    return c


def marks(n, step):
    b = [False] * n
    j = 0
    while j < n:
        b[j] = True
        j += step
    c = 0
    for k in range(n):
        if b[k]:
            c += 1
    return c, j


def clear_odd(flags, n):
    i = 1
    while i < n:
        if not flags[i]:
            i += 2
            continue
        flags[i] = False
        i += 2
    return i


for n in range(1, 1100, 137):
    f = sieve(n)
    print(n, count(f, 0, n + 1), [k for k in range(min(n + 1, 40)) if f[k]])

f = sieve(5000)
print(count(f, 0, 5001), count(f, 1, 5001), count3(f, 3, 4000), count3(f, 4, 4001))
print(count(f, 10, 5), count3(f, 10, 5), count(f, 4990, 5001))
for n in range(0, 12, 5):
    for step in range(1, 8, 3):
        print(n, step, marks(n, step))
g = sieve(300)
print(clear_odd(g, 301), clear_odd(g, 300), count(g, 0, 301))
