# RecursionError at CPython's exact limit when the deepest frame is a leaf (a function that calls
# no program code: -O2 tests its depth without storing it), and the count stays right after it.
def leaf(x):
    return x * 2 + 1


def leaf_float(x):
    return x / 3.0


def rec(n):
    if n == 0:
        return leaf(n)
    return rec(n - 1) + 1


def rec_f(n):
    if n == 0:
        return leaf_float(7.0)
    return rec_f(n - 1)


def deepest(f):
    # the largest n for which f(n) returns, found by trying each n near the limit
    last = None
    for n in range(990, 1005):
        try:
            f(n)
            last = n
        except RecursionError as e:
            print("RecursionError at", n, e)
            break
    return last


print(deepest(rec))
print(deepest(rec_f))
total = 0
for i in range(1000):
    total += leaf(i)
print(total, rec(10), rec_f(3))


def count_down(n):
    if n == 0:
        return leaf(0)
    return count_down(n - 1)


print(count_down(500))
count_down(5000)
