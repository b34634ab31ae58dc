# Item-by-item copy loops (`d[i] = s[i]` over a range) that -O2 runs as one block copy: lists of
# ints, objects, floats and bools, a range with a start, empty and reversed ranges, the same
# list on both sides, two names for one list, copies between lists of different lengths, copies
# inside loops and functions, and the loop variable after the loop.


def copy_into(dst, src, n):
    for i in range(n):
        dst[i] = src[i]
    return dst


def copy_from(dst, src, a, n):
    for i in range(a, n):
        dst[i] = src[i]
    return dst


def fcopy(n):
    src = [0.5] * n
    for i in range(n):
        src[i] = i * 1.25
    dst = [0.0] * n
    for i in range(n):
        dst[i] = src[i]
    return dst


def bcopy(n):
    src = [True] * n
    for i in range(0, n, 3):
        src[i] = False
    dst = [True] * n
    for i in range(n):
        dst[i] = src[i]
    return dst


def fixed():
    perm1 = list(range(10))
    perm = [0] * 10
    out = []
    for r in range(5):
        for i in range(10):
            perm[i] = perm1[i]
        perm[0], perm[r] = perm[r], perm[0]
        perm1[r], perm1[9 - r] = perm1[9 - r], perm1[r]
        out.append(sum(perm) * 100 + perm[0] * 10 + perm[r])
    return out, perm, perm1


def after(n):
    a = [1, 2, 3, 4, 5, 6]
    b = [0] * 6
    i = -7
    for i in range(n):
        b[i] = a[i]
    return b, i


def self_copy(n):
    a = [x * x for x in range(8)]
    for i in range(n):
        a[i] = a[i]
    return a


def alias(n):
    a = [x + 10 for x in range(8)]
    b = a
    for i in range(n):
        b[i] = a[i]
    return a is b, a


def objs():
    src = ['a', None, (1, 2), [3], 4.5, 'b' * 3, {'k': 1}, 7 ** 30]
    dst = [None] * 8
    for i in range(len(src)):
        dst[i] = src[i]
    src[3].append(9)
    return dst


def bounds():
    out = []
    for n in (0, 1, 5, 9, -3):
        try:
            out.append(copy_into([0] * 5, [1, 2, 3, 4, 5, 6, 7], n))
        except IndexError as e:
            out.append('IndexError: ' + str(e))
    for n in (2, 7, 8):
        try:
            out.append(copy_into([0] * 8, [1, 2, 3], n))
        except IndexError as e:
            out.append('IndexError: ' + str(e))
    return out


print(copy_into([0] * 6, [5, 4, 3, 2, 1, 0], 6))
print(copy_into([0] * 6, [5, 4, 3, 2, 1, 0], 3))
print(copy_into([0] * 6, [5, 4, 3, 2, 1, 0], 0))
print(copy_into([0] * 6, [5, 4, 3, 2, 1, 0], -2))
print(copy_from([9] * 7, list(range(7)), 2, 6))
print(copy_from([9] * 7, list(range(7)), 5, 2))
print(copy_from([9] * 7, list(range(7)), -3, 4))
print(fcopy(7))
print(fcopy(0))
print(bcopy(10))
print(fixed())
print(after(4))
print(after(0))
print(self_copy(8))
print(self_copy(3))
print(alias(5))
print(objs())
print(bounds())
big = list(range(100000))
dst = [0] * 100000
print(sum(copy_into(dst, big, 100000)), dst[99999], dst[:3])


# Lists of a constant length whose indices range analysis proves in bounds: these loops are the
# ones -O2 copies as a block.
def rot(r):
    n = 10
    perm1 = list(range(n))
    perm = [0] * n
    total = 0
    for k in range(r):
        for i in range(n):
            perm[i] = perm1[i]
        perm[0], perm[k % n] = perm[k % n], perm[0]
        total += perm[0] * 7 + perm[n - 1]
        perm1[k % n], perm1[n - 1 - k % n] = perm1[n - 1 - k % n], perm1[k % n]
    print(perm, perm1)
    return total


def part(a, b):
    src = list(range(100, 112))
    dst = [-1] * 12
    for i in range(a, b):
        dst[i] = src[i]
    print(dst)
    i = 99
    for i in range(a, b):
        src[i] = src[i]
    print(src, i)


def same_list():
    a = [0] * 8
    for i in range(8):
        a[i] = i * 3
    b = a
    for i in range(2, 8):
        a[i] = b[i]
    c = [7] * 8
    for i in range(3, 5):
        c[i] = a[i]
    for i in range(6, 2):
        c[i] = a[i]
    print(a, a is b, c)


def floats():
    src = [0.5] * 9
    dst = [0.0] * 9
    for i in range(9):
        src[i] = i * 1.25
    for i in range(2, 9):
        dst[i] = src[i]
    s = 0.0
    for i in range(9):
        s += dst[i] * (i + 1)
    return s


def nested_objs():
    rows = [[1], [2, 2], 'x', None, 3.5, (4,)]
    out = [0] * 6
    for i in range(6):
        out[i] = rows[i]
    rows[0].append(7)
    print(out, out[0] is rows[0])


print(rot(7))
print(rot(0))
print(rot(25))
part(0, 12)
part(3, 9)
part(9, 3)
part(-2, 5)
part(11, 12)
same_list()
print(floats())
nested_objs()
