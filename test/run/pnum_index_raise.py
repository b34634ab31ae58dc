# An index proven >= 0 past a list's end in a loop (get, set, float and bool lists): the
# slow path raises IndexError straight to the handler (range); the sums, items and messages
# before the error are kept, and negative indices still count from the end.


def total(xs, n):
    s = 0.0
    try:
        for j in range(n):
            s += xs[j] * 2.0
    except IndexError as e:
        print("total", e, s)
    return s


def fill(xs, n, v):
    k = 0
    try:
        for j in range(n):
            xs[j] = v + j
            k += 1
    except IndexError as e:
        print("fill", e, k)
    return xs


def ints(xs, n):
    acc = 0
    for j in range(n):
        acc += xs[j]
    return acc


def flags(bs, n):
    c = 0
    try:
        for j in range(1, n):
            if bs[j]:
                c += 1
            bs[j] = not bs[j]
    except IndexError as e:
        print("flags", e, c, bs)
    return c


def backwards(xs, n):
    s = 0.0
    for j in range(n):
        s += xs[-1 - j]
    return s


def pairs(rows, n):
    out = []
    for i in range(n):
        r = rows[i]
        for j in range(i + 1, n):
            try:
                out.append(r[0] - rows[j][0])
            except IndexError as e:
                out.append(str(e))
    return out


def nested(xs, n):
    try:
        return ints(xs, n)
    except IndexError as e:
        return "nested " + str(e)
    finally:
        print("finally", n)


print(total([1.5, 2.5, -0.0], 3), total([1.5, 2.5, -0.0], 5), total([], 1))
print(fill([0.0, 0.0], 2, 0.5), fill([0.0, 0.0], 4, 1.5), fill([1, 2, 3], 9, 10))
print(ints([1, 2, 3], 3), nested([1, 2, 3], 3), nested([1, 2, 3], 7), nested([2**70, 1], 2))
print(flags([True, False, True], 3), flags([True, False, True], 6))
print(backwards([1.0, 2.0, 3.0], 3))
try:
    backwards([1.0, 2.0], 3)
except IndexError as e:
    print("backwards", e)
print(pairs([[1.0], [2.5], [4.0]], 3), pairs([[1.0], [2.5], []], 3))
try:
    pairs([[1.0], [2.5]], 3)
except IndexError as e:
    print("pairs", e)
