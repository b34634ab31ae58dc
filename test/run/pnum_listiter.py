# for loops over proven lists run on an index (listiter): items read at the current length, so
# appends, pops and clears during the loop behave as CPython's list iterator.


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def grow(xs):
    out = []
    for x in xs:
        if x < 5:
            xs.append(x + 3)
        out.append(x)
    return out


def shrink(xs):
    out = []
    for x in xs:
        out.append(x)
        if len(xs) > 2:
            xs.pop()
    return out


def clear_mid(xs):
    out = []
    for x in xs:
        out.append(x)
        if x == 2:
            xs.clear()
    return out


def nested(rows):
    acc = []
    for r in rows:
        for v in r:
            if v < 0:
                break
            acc.append(v)
        else:
            acc.append("done")
    return acc


def floats():
    fs = [0.5, 1.25, 2.0]
    s = 0.0
    for _ in range(3):
        for f in fs:
            s += f * 2.0
    return s


def bools():
    flags = [True] * 5
    flags[2] = False
    n = 0
    for b in flags:
        if b:
            n += 1
    return n


def mutate_in_callee(xs):
    seen = []
    for x in xs:
        seen.append(x)
        helper(xs, x)
    return seen


def helper(xs, x):
    if x == 1 and xs[0] != 99:
        xs.insert(0, 99)
    if x == 3 and len(xs) < 8:
        xs.append(4)


def empty():
    n = 0
    for x in []:
        n += 1
    return n


def last_value(xs):
    for x in xs:
        pass
    return x


def objects():
    class P:
        def __init__(self, v):
            self.v = v

    ps = [P(1), P(2), P(3)]
    t = 0
    for p in ps:
        t += p.v
        p.v *= 10
    for p in ps:
        t += p.v
    return t


print(total([1, 2, 3, 4]), total([]), total([10 ** 20, 5]))
print(grow([1, 2, 6, 3]))
print(shrink([1, 2, 3, 4, 5, 6]))
print(clear_mid([1, 2, 3, 4]))
print(nested([[1, 2], [3, -1, 4], [], [5]]))
print(floats(), bools(), empty(), last_value([7, 8, 9]))
print(mutate_in_callee([1, 2, 3]))
print(objects())
words = ["a", "bb", "ccc"]
lens = []
for w in words:
    lens.append(len(w))
print(lens)
print(last_value([]))
