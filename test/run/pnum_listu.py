# Reads and writes of fixed-length lists at indices proven within them (items.ts's
# rt_list_getu / rt_list_setu, whose byte offset is computed from the tagged word): every kind
# of item, the first and last index, long lists (offsets past 2**20 bytes), swaps in place.


def fill(n):
    a = [0] * 9
    b = [None] * 9
    for i in range(9):
        a[i] = n - i * i
        b[i] = str(i) * (i % 3)
    for i in range(9):
        b[i] = (b[i], a[i], a[8 - i])
    return a, b


print(fill(3))
print(fill(-(2 ** 63)))
print(fill(2 ** 70))


def reverse9():
    p = [1.5, -2.0, None, 'x', (1, 2), [3], 2 ** 64, -7, 0]
    i = 0
    j = 8
    while i < j:
        p[i], p[j] = p[j], p[i]
        i += 1
        j -= 1
    return p


print(reverse9())


def big(n):
    # 200000 items: offsets up to 1.6 MB
    a = [0] * 200000
    for i in range(200000):
        a[i] = i - n
    s = 0
    for i in range(200000):
        s += a[i] * (i % 7)
    c = [0.0] * 200000
    for i in range(200000):
        c[i] = a[199999 - i] / 4
    return s, a[0], a[199999], c[0], c[199999], c[100000]


print(big(5))
print(big(-(2 ** 40)))


def rotate(n):
    # fannkuch's rotation: perm1[i] = perm1[i + 1] for i below r
    perm1 = list(range(n))
    out = []
    for r in range(1, n):
        perm0 = perm1[0]
        for i in range(r):
            perm1[i] = perm1[i + 1]
        perm1[r] = perm0
        out.append(perm1[0] * 100 + perm1[r])
    return out, perm1


print(rotate(8))
