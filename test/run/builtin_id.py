a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(1) == id(1), id(None) == id(None), id(a) != id(None))
print(id(5) != id(6), id(-3) == id(-3), isinstance(id(a), int), id(a) > 0)
seen = {}
objs = [a, c, "x", 3.5, (1, 2), None, True]
for o in objs:
    seen[id(o)] = o
print(len(seen))
class K: pass
k = K()
print(id(k) == id(k), id(K()) is not None, len({id(x) for x in [k, K, a]}))
print(sorted(map(id, [a, a])) == [id(a)] * 2)
id()
