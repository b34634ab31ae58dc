# A small function called first thing in a loop's trip (inlined at -O2, with its RecursionError
# test) by a function running at each depth near the limit: the first call past the limit
# raises, on the first trip, and only when the loop runs at all (none() never calls it).
def leaf(i, j):
    return i * j + 1


def walk(out):
    s = 0
    for j in range(4):
        s += leaf(j, 3)
        out.append(s)
    return s


def sweep():
    t = 0.0
    for i in range(3):
        for j in range(3):
            t += leaf(i, j) * 0.5
    return t


def none(out):
    for j in range(len(out)):
        out.append(leaf(j, 2))
    return len(out)


def deep(k, which, out):
    if k == 0:
        if which == 0:
            return walk(out)
        if which == 1:
            return sweep()
        return none(out)
    return deep(k - 1, which, out)


def show(k, which):
    out = []
    try:
        print(k, which, deep(k, which, out), out)
    except RecursionError as e:
        print(k, which, "RecursionError", e, out)


for k in range(990, 1000):
    show(k, 0)
    show(k, 1)
    show(k, 2)
