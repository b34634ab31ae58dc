# Lists: literals, indexing, slicing, assignment, methods, iteration, printing, comparisons.
a = [1, 2, 3]
print(a, [], [[]], [1, [2, [3]]], ["a", "b"])
print(a[0], a[-1], a[1:], a[:-1], a[::-1], a[::2], a[5:], a[-5:1])
a.append(4)
a.append(5)
print(a, len(a))
a[0] = 10
a[-1] = 50
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(99, 300)
a.insert(-99, 400)
print(a)
a.extend([7, 8])
a.extend((9,))
a.extend(range(2))
a.extend("xy")
print(a)
a.reverse()
print(a)
print(a.index(7), a.count(7), a.count(99), [1, 2, 1, 2].index(2, 2))
b = [5, 6, 7, 8, 9]
b[1:3] = [60, 70, 75]
print(b)
b[::2] = [0, 0, 0]
print(b)
b[1:1] = (1, 2)
print(b)
b[:] = []
print(b)
c = list(range(10))
del c[0]
del c[-1]
del c[2:4]
del c[::2]
print(c)
c += [1]
print(c)
d = [1, 2]
d[0] += 5
d[1] *= 3
print(d)
print([1, 2] + [3], [0] * 3, 3 * [1, 2], [] * 5, [1] * -2)
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 5], [] == [], [1] == (1,))
print(1 in [1, 2], [1] in [[1]], 3 not in [1, 2], 1.0 in [1], "a" in ["a"])
for x in [3, 1, 2]:
    print(x * 2, end=",")
print()
for i, s in [(1, "one"), (2, "two")]:
    print(i, s)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[1], m[0][1])
print(list("abc"), list((1, 2)), list(range(2, 10, 3)), list(), list([1]))
e = [1, 2, 3]
f = e
f.append(4)
print(e, e is f, e.copy(), e.copy() is e)
e.clear()
print(e, f, bool(e), bool([0]))
s = [1, 2, 3, 4, 5, 6]
print(s[1:5:2], s[-1:-5:-2], s[::-2], s[4:1:-1])
n = [None, True, False, 1.5, "q'", 'd"', "both'\""]
print(n)
print(str([1, "a"]), repr([1, "b"]))
w = []
for i in range(5):
    w.append(i * i)
print(w, sum(w), min(w), max(w))
while w:
    w.pop()
print(w)
