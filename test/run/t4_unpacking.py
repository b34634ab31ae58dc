# Unpacking assignment: tuples, lists, swaps, nested targets, loops over pairs.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20.5, 2 ** 65]
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, second = "ab"
print(first, second)
def divmod_pair(n, d):
    return n // d, n % d
q1, r1 = divmod_pair(17, 5)
q2, r2 = divmod_pair(-17, 5)
print(q1, r1, q2, r2)
pairs = [(1, 2), (3, 4), (5, 6)]
total = 0
for left, right in pairs:
    total += left * right
print(total)
for i, (m, n) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, m + n)
a, b, c = range(3)
print(a, b, c)
fa, fb = 0, 1
for i in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
u = v = 7
print(u, v)
(k,) = (42,)
[m1, m2] = (8, 9)
print(k, m1, m2)
