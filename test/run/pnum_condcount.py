# Counters a loop moves conditionally (`if ...: c += 1`): range treats them as counted-loop
# counters (at most one step a trip), so their adds are raw when they start far from the small-int
# bounds, and keep their checks when they start near them (past 2**62, 2**63 and below -2**62).


def count_odd(xs):
    c = 0
    t = 0
    for x in xs:
        if x % 2:
            c += 1
            t += x
    return c, t


def from_start(start, n, step):
    c = start
    for i in range(n):
        if i % 3 != 1:
            c += step
    return c


def down(start, n):
    c = start
    i = 0
    while i < n:
        if i & 1:
            c -= 2
        i += 1
    return c


def mixed(n):
    # up and down in one loop: no counter, still exact
    c = 2**62 - 4
    for i in range(n):
        if i % 2:
            c += 3
        else:
            c -= 1
    return c


def twice(n):
    # two conditional steps in one trip
    c = 2**62 - 6
    for i in range(n):
        if i % 2:
            c += 1
        if i % 3:
            c += 1
    return c


def nested(rows, cols):
    c = 0
    for r in range(rows):
        for k in range(cols):
            if (r + k) % 4 == 0:
                c += 1
    return c


print(count_odd(list(range(-7, 30))))
print(from_start(0, 100, 1))
print(from_start(2**62 - 5, 12, 1))
print(from_start(2**63 - 5, 12, 1))
print(from_start(-(2**62) + 20, 12, -3))
print(from_start(10**30, 7, 7))
print(down(0, 11))
print(down(-(2**62) + 3, 9))
print(mixed(11))
print(twice(13))
print(nested(9, 7))
flags = [i % 7 == 0 or i % 5 == 0 for i in range(200)]
hits = 0
for i in range(200):
    if flags[i]:
        hits += 1
print(hits)
