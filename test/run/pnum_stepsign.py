# range() loops whose step is a variable: the lowering tests the step's sign at run time, and
# the items pass folds that test where the intervals decide it (a step proven positive keeps only
# `j < stop`, proven negative only `j > stop`), so list writes at j inside lose their bounds test
# when j is proven within the list. Steps of either sign, a zero step, indices past the end and
# below zero, and starts past 2**63 keep CPython's results and errors.


def mark(n):
    flags = [True] * (n + 1)
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


def down(n):
    # a negative step proven negative: j > -1 in the body
    marks = [0] * (n + 1)
    k = 1
    while k <= 3:
        for j in range(n, -1, -k):
            marks[j] += k
        k += 1
    return marks


def either(n, step):
    # the step's sign differs between calls: both tests stay
    out = [0] * (n + 1)
    for j in range(0 if step > 0 else n, n + 1 if step > 0 else -1, step):
        out[j] = j * step
    return out


def past(n, step):
    # a stop past the list's end: the write at n + 1 raises IndexError
    flags = [False] * (n + 1)
    for j in range(0, n + 3, step):
        flags[j] = True
    return flags


def below(n, step):
    # a negative step past index 0: negative indices count from the end, then IndexError
    vals = [1] * (n + 1)
    for j in range(n, -n - 5, -step):
        vals[j] = vals[j] * 2 + j
    return vals


f = mark(100)
print(sum(1 for x in f if x) - 2, [j for j in range(101) if f[j]][:12])
print(down(10))
print(either(6, 2), either(6, -3))
try:
    past(5, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    print(below(4, 3))
except IndexError as e:
    print("IndexError:", e)
s = 0
step = 7
for j in range(2**63 - 10, 2**63 + 30, step):
    s += j
print(s, j)
for j in range(2**64, 2**64 - 40, -step * 2):
    s -= j
print(s, j)
try:
    z = step - 7
    for j in range(0, 10, z):
        print(j)
except ValueError as e:
    print("ValueError:", e)
t = 0
for q in range(1, 4):
    for j in range(-5, 50, q * 5):
        t += j
print(t)
