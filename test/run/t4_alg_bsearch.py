# Binary search over a sorted list: exact match, insertion point, and a count of probes.
probes = 0
def bsearch(xs, target):
    global probes
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        probes += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = []
for i in range(0, 200, 3):
    data.append(i * i)
for t in [0, 9, 10, 3249, 39204, 39205, -5, 1521]:
    print(t, bsearch(data, t), lower_bound(data, t))
print("probes", probes)
floats = [0.5, 1.25, 2.0, 3.75, 10.0, 1e10]
print(bsearch(floats, 3.75), bsearch(floats, 4), lower_bound(floats, 4), lower_bound(floats, 1e11))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(99), isqrt(100), isqrt(2 ** 100), isqrt(10 ** 40 + 12345))
