# l.append(v) stores in place while the list has room and grows it otherwise
# (rt_list_append / rt_list_append_grow): lists from [], literals, repeats, comprehensions,
# slices and list(), appended across their growth points, after pop/clear/del and slices.
def grow(l, n):
    for i in range(n):
        l.append(i * i)
    return l


a = grow([], 40)
print(len(a), a[:5], a[-3:], sum(a))
b = grow([1, 2, 3], 20)
print(len(b), b[:6], sum(b))
c = grow([None] * 5, 9)
print(len(c), c)
d = grow([x for x in range(7)], 11)
print(len(d), d)
e = grow(list(range(3)), 5)
print(e)
f = grow(a[10:13], 6)
print(f, len(a))
g = grow([], 3)
g.pop()
g.pop()
g.append("x")
g.clear()
g.append("y")
grow(g, 4)
print(g)
h = list(range(20))
del h[2:18]
h.append(99)
grow(h, 10)
print(h)
nested = []
for i in range(5):
    row = []
    for j in range(i):
        row.append((i, j))
    nested.append(row)
print(nested)
s = []
for w in "the quick brown fox jumps over the lazy dog".split():
    s.append(w.upper())
    s.append(len(w))
print(s)
