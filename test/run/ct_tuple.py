# Tuples: literals, indexing, slicing, len, iteration, in, unpacking, printing, comparisons,
# concatenation and repetition, count/index.
t = (1, 2, 3, 4, 5)
e = ()
one = (7,)
print(t, e, one, (1, (2, 3), ()), ((),))
print(len(t), len(e), len(one))
print(t[0], t[4], t[-1], t[-5])
print(t[1:3], t[:2], t[3:], t[:], t[::2], t[::-1], t[-2:], t[:-2], t[10:], t[-10:2])
print(t[1:4:2], t[4:0:-2], t[::-3], t[5:0:-1], t[0:0], t[3:1])
for x in t:
    print(x, end=" ")
print()
print(3 in t, 9 in t, 9 not in t, 3 not in t, () in ((),))
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = t[:3]
print(x, y, z)
p, q = (10, 20)
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
h, *rest = t
print(h, rest)
*init, last = t
print(init, last)
f, *mid, l = (1, 2)
print(f, mid, l)
print(t == (1, 2, 3, 4, 5), t != (1, 2, 3, 4, 5), t == (1, 2), () == (), (1,) == [1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) <= (1, 2), (1, 2) >= (1, 3), () < (0,))
print((1, 2) + (3,), () + (), (0,) * 3, 2 * (1, 2), (1, 2) * 0, (1, 2) * -1, (5,) * True)
print(t.count(3), (1, 1, 2, 1).count(1), t.index(4), (1, 2, 1).index(1, 1))
print((1.5, -2.0, True, None, "s", 'q"'), (10**20, -10**30))
print(tuple([1, 2]), tuple((3,)), tuple("ab"), tuple(range(3)), tuple())
print(bool(()), bool((0,)), not ())
u = (1, 2)
v = u
print(u is v, u == v)
nested = ((1, 2), (3, 4))
print(nested[1][0], nested[-1][-1])
print(str((1, "a")), repr(("x",)))
