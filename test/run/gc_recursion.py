# Collections while deep recursions hold references in every frame, and binary trees of tuples.
def build(depth):
    if depth == 0:
        return (None, None)
    return (build(depth - 1), build(depth - 1))


def check(t):
    if t[0] is None:
        return 1
    return 1 + check(t[0]) + check(t[1])


def deep(n, acc):
    mine = [n, str(n), n * 1.5]
    if n == 0:
        junk = 0
        for k in range(20000):
            junk += len([k, k, k])
        return junk + len(acc)
    r = deep(n - 1, acc + [mine[1]])
    return r + mine[0] + len(mine[1]) + int(mine[2])


long_lived = build(10)
total = 0
for d in range(4, 12):
    iters = 2 ** (12 - d)
    c = 0
    for i in range(iters):
        c += check(build(d))
    total += c
    print(d, iters, c)
print(check(long_lived), total)
print(deep(300, []))
print(deep(50, ["x"] * 3))
