# A tuple built in a function whose construction is inlined runtime code (raw stores): its items
# are whatever was stored, not only what the first call passed (found by graphs/dinic.py of
# TheAlgorithms/Python, whose flow became a float at -O2).
INF = float("inf")


def dfs(depth, flow):
    print(repr(flow))
    if depth == 0:
        return flow
    return dfs(depth - 1, min(flow, depth))


print(dfs(3, INF))


def pick(a, b):
    t = (a, b)
    return t[0] if a is not None else t[1]


def grow(n, x):
    if n == 0:
        return x
    return grow(n - 1, max(x, n * 2))


print(pick(1.5, 2), pick(None, 7), pick("s", 0))
print(grow(4, 0.5), grow(3, 10.25), [grow(k, -1.0) >> 1 if k else 0 for k in range(1, 4)])
