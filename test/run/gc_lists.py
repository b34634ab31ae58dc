# Allocates far more lists than it keeps; the kept ones must survive every collection intact.
def make(n, seed):
    out = []
    for i in range(n):
        out.append(i * seed % 97)
    return out


def nested(depth):
    if depth == 0:
        return [1, 2, 3]
    return [nested(depth - 1), depth, nested(depth - 1)]


def total(x):
    if isinstance(x, list):
        s = 0
        for y in x:
            s += total(y)
        return s
    return x


kept = []
checksum = 0
for k in range(30000):
    l = make(40, k)
    checksum += l[-1] + len(l)
    if k % 3000 == 0:
        kept.append(l)
    garbage = [l, [k] * 10, l[:5]]
    checksum += len(garbage)
print(checksum, len(kept))
for l in kept:
    print(l[:6], sum(l))

trees = []
for k in range(300):
    t = nested(6)
    if k % 100 == 0:
        trees.append(t)
print(total(trees[0]), total(trees[1]), total(trees[2]))
rows = []
for r in range(200):
    row = []
    for c in range(200):
        row.append(r * c)
    rows.append(row)
print(sum(rows[199]), rows[7][9], len(rows))
rows = None
big = []
for k in range(200000):
    big.append(k)
    if len(big) > 1000:
        big = big[500:]
print(len(big), big[0], big[-1])
