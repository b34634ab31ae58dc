# Item intervals of lists (src/passes/items.ts): reads of lists whose items are proven small
# ints skip the tag and overflow tests; every way a bigger or non-int item can get in keeps them.


def flips(n):
    # fannkuch's shape: items from range(n), swapped within the list
    perm = list(range(n))
    p = [0] * n
    for i in range(n):
        p[i] = perm[(i * 3 + 1) % n]
    count = 0
    k = p[0]
    while k != 0:
        i = 0
        j = k
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        count += 1
        k = p[0]
    return count, p[n - 1] + p[0] * 10


print(flips(7))
print(flips(1))


def grow(n):
    # a doubling item: the interval widens past the small ints, so the reads keep their tests
    l = [1]
    for _ in range(n):
        l.append(l[-1] * 2)
    s = 0
    for i in range(len(l)):
        s += l[i] + l[i]
    return s, l[n] - l[n - 1]


print(grow(70))
print(grow(3))


def store_big(l, v):
    l[0] = v


def callee_stores(n):
    # a callee stores a big int into the caller's list
    a = [0] * 4
    for i in range(4):
        a[i] = i
    store_big(a, n)
    x = a[0]
    return x + x, x - 1, x * 3


print(callee_stores(5))
print(callee_stores(2 ** 62))
print(callee_stores(-(2 ** 63)))


def copies(big):
    # items copied by + and * and list(): the copy holds the source's items
    a = [1, 2, 3]
    b = [big]
    c = a + b
    d = c * 2
    e = list(d)
    t = 0
    for i in range(len(e)):
        t = t + e[i] + 1
    return t, e[3] + e[3]


print(copies(7))
print(copies(2 ** 62 + 5))


def ranges(a, b):
    # list(range(a, b)) items lie between a and b
    l = list(range(a, b))
    r = list(range(b, a, -1))
    return l[0] + l[-1] + l[len(l) - 1], r[0] + r[0], r[len(r) - 1] - 1


print(ranges(3, 10))
print(ranges(2305843009213693949, 2305843009213693954))
print(ranges(-2305843009213693953, -2305843009213693949))


def nested(n):
    # a list held by another list and changed through it
    inner = [0, 1, 2]
    outer = [inner]
    outer[0][1] = n
    y = inner[1]
    return y + y, y > 3


print(nested(4))
print(nested(2 ** 62))


def escapes(n):
    # a list that reaches a method (sort) or a runtime call: its items are anything
    l = [3, 1, 2]
    l.sort()
    m = [5, 6]
    m.extend([n])
    u = m[2]
    return l[0] + l[2], u + u


print(escapes(9))
print(escapes(2 ** 62))


def bools(n):
    # bools and ints in one list: not an int-only list
    l = [0, True, 2]
    l[0] = n > 1
    v = l[1]
    w = l[0]
    return v + 1, w + w, l[2] + 1


print(bools(3))
print(bools(0))


def counts(n):
    # count[r] -= 1 lowers items without bound: they keep their tests
    count = [n] * 3
    total = 0
    while count[0] > -5:
        count[0] -= 1
        total += count[0]
    return total, count[0] + count[1]


print(counts(4))


def index_error(n):
    l = list(range(n))
    try:
        return l[n] + 1
    except IndexError as e:
        return str(e)


print(index_error(3))


def big_range_items():
    # items near the small-int bound: their sums leave it
    l = list(range(4611686018427387899, 4611686018427387903))
    s = 0
    for i in range(len(l)):
        s = s + l[i]
    return s, l[3] + 1, l[0] - l[3]


print(big_range_items())


def appended(n):
    # items that only append() puts in
    l = []
    for i in range(n):
        l.append(i * 2)
    m = 0
    for i in range(n):
        if l[i] > m:
            m = l[i]
    return m + 1, l[n - 1] - l[0]


print(appended(10))


def bounds(n):
    # indices proven within a fixed length skip the bounds test; the others keep it
    a = [0] * n
    b = list(range(n))
    c = list(range(2, n + 2))
    for i in range(n):
        a[i] = b[i] + c[i]
    s = 0
    for i in range(n):
        s += a[i] * 2 + b[n - 1 - i]
    try:
        s += a[n]
    except IndexError:
        s += 1000
    try:
        s += c[-1] + c[-n]
        s += c[i - n - 1]
    except IndexError:
        s += 5000
    return s


print(bounds(8))
print(bounds(1))


def grid(w, h):
    # a list of lists: the outer list's length, then the rows'
    rows = [[0] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            rows[y][x] = x * y
    t = 0
    for y in range(h):
        r = rows[y]
        for x in range(w):
            t += r[x]
    return t


print(grid(5, 4))


def bounds_fixed():
    a = [0] * 6
    b = list(range(6))
    for i in range(6):
        a[i] = b[5 - i] * 3
    t = 0
    for i in range(1, 6):
        t += a[i] - a[i - 1] + b[i]
    return t, a[0], a[5]


print(bounds_fixed())
