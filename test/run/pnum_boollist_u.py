# Bool lists of fixed length read and written at indices proven within their length (items.ts:
# the length of `[b] * (n + 1)` from n's interval, rt_list_getbu / rt_list_setbu with no bounds
# test); where the proof fails (lengths that differ between calls, indices past the end,
# negative ones) the test stays and raises IndexError as CPython does.


def primes(n):
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


P = 1000
flags = primes(P)
count = 0
total = 0
for i in range(P + 1):
    if flags[i]:
        count += 1
        total += i
print(count, total, flags[P], flags[997], flags[0], flags[2])
flags[P] = True
print(flags[P], flags[-1], flags[-2], flags[-1000])


def parity(n, m):
    # two lengths (n + 1 per call): an index up to the larger one is only checked
    a = [False] * (n + 1)
    for i in range(m):
        a[i] = i % 2 == 1
    s = 0
    for i in range(n + 1):
        if a[i]:
            s += i
    return s, a[n], a[0]


print(parity(9, 10))
print(parity(20, 21))
try:
    print(parity(5, 21))
except IndexError as e:
    print('IndexError', e)


def ends(k):
    b = k * [True]
    out = []
    for i in range(k):
        out.append(b[i])
        b[i] = False
    try:
        b[k] = True
    except IndexError as e:
        out.append(str(e))
    try:
        print(b[k])
    except IndexError as e:
        out.append(str(e))
    return out, b[-k] if k else None


print(ends(3))
print(ends(0))
print(ends(True))
