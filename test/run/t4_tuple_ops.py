# Tuples of numbers: literals, indexing, negative indices, slicing, len, iteration, in, +, *.
t = (3, 1.5, -2, 2 ** 70, True, None)
print(t, len(t), t[0], t[-1], t[3], t[-3])
print(t[1:4], t[:2], t[4:], t[::2], t[::-1], t[-2:], t[10:], t[-100:1])
print((), (1,), (1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
empty = ()
print(len(empty), empty == (), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(2 ** 70 in t, 1.5 in t, 1 in t, 7 in t, None in t, 4 not in t)
total = 0
for v in (10, 20, 30):
    total += v
print(total)
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested), nested[-1][-1])
print(t.index(-2), (1, 2, 1, 1).count(1), (1, 2, 3).index(3))
def minmax(values):
    return min(values), max(values)
lo, hi = minmax((5, -3, 12, 7))
print(lo, hi, minmax(range(4)))
print(tuple([1, 2, 3]), tuple(range(3)), tuple(), (1.0, -0.0), (float("inf"),))
a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
