# Sorts whose keys are all small ints or all floats (list.py rt_sort_raw: raw keys, merged
# without pointers): stability, reverse, signed zeros, infinities, NaN (the generic merge), key
# functions that raise, sizes around the merge's copy threshold.
import random
random.seed(11)


def check(xs, key=None, reverse=False):
    a = sorted(xs, key=key, reverse=reverse)
    b = list(xs)
    b.sort(key=key, reverse=reverse)
    assert a == b, (a, b)
    return a


for n in [0, 1, 2, 3, 5, 16, 17, 33, 100, 1000, 5000]:
    ints = [random.randint(-10, 10) for _ in range(n)]
    big = [random.randint(-2**61, 2**61) for _ in range(n)]
    fl = [random.uniform(-5, 5) for _ in range(n)]
    pairs = [(random.randint(0, 3), i) for i in range(n)]
    fpairs = [(random.choice([0.0, -0.0, 1.5, -2.5, float("inf"), float("-inf")]), i) for i in range(n)]
    print(n, sum(i * x for i, x in enumerate(check(ints))) % 1000003,
          sum(i * x for i, x in enumerate(check(big))) % 1000003,
          round(sum(i * x for i, x in enumerate(check(fl))), 6),
          round(sum(i * x for i, x in enumerate(check(fl, reverse=True))), 6))
    s1 = check(pairs, key=lambda p: p[0])
    s2 = check(pairs, key=lambda p: p[0], reverse=True)
    s3 = check(fpairs, key=lambda p: p[0])
    s4 = check(fpairs, key=lambda p: p[0], reverse=True)
    print(sum(i * p[1] for i, p in enumerate(s1)), sum(i * p[1] for i, p in enumerate(s2)),
          sum(i * p[1] for i, p in enumerate(s3)), sum(i * p[1] for i, p in enumerate(s4)))
    print(s3[:6], s4[:6])

z = [0.0, -0.0, 0.0, -0.0]
print(sorted(z), sorted(z, reverse=True), sorted([-0.0, 0.0], key=lambda x: x))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([1e308, -1e308, 5e-324, -5e-324, 0.0]))
nan = float("nan")
print(sorted([2.0, nan, 1.0, 0.5], key=lambda x: x), sorted([(nan, 1), (1.0, 2), (0.0, 3)], key=lambda p: p[0]))
print(sorted(list(range(300)) + list(range(300)))[290:310], sorted(range(1000, 0, -1))[:3])
words = ["pear", "fig", "apple", "kiwi", "date", "banana", "é", "𝄞x"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([[3], [1, 2], [], [0, 0, 0]], key=len), sorted("hello", key=ord))
l = [5, 2, 9, 1]
l.sort(reverse=True)
print(l, sorted([True, False, True]), sorted([1, True, 0, False]))
try:
    sorted([1, 2, 0, 3], key=lambda x: 10 // x)
except ZeroDivisionError as e:
    print("raised", e)
try:
    sorted([1.5, "a"], key=lambda x: x)
except TypeError as e:
    print(e)
m = [random.random() for _ in range(2000)]
k = sorted(m, key=lambda x: -x)
print(k == sorted(m, reverse=True), k[:2] == [max(m), sorted(m)[-2]])
