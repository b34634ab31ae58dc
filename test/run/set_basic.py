# set and frozenset: displays, constructors, methods, operators, comparisons, iteration order
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset({1}), {(1, 2), None, 10, -1}, len(s), bool(s), bool(set()))
s.add(100)
s.discard(1)
s.discard(12345)
print(s, 2 in s, 1 in s, 1 not in s, len(s))
print(s | {5}, s & {2, 3}, s - {2}, s ^ {3, 4}, {5} | s, {2, 3} & s)
print(set(range(20)) | {-1, 100, 33, 1000})
print(set([5, 4, 3, 3, 2]), set((9, 8, 7)), set('') , set(range(0, 100, 7)), frozenset(range(5)))
print(set({1: 'a', 2: 'b'}), set({1: 'a'}.items()), set({3, 4}))
big = set()
for i in range(100):
    big.add(i * 7919 % 1000)
print(len(big), list(big)[:10], sum(big))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), list(big)[:10])
t = set()
for i in range(50):
    t.add((i, i * i))
print(list(t)[:6])
neg = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}
print(neg)
floats = {0.5, 1.0, 1.5, 2.25, -0.75, 1e300, float('inf')}
print(floats, 1 in floats, True in floats)
mixed = {1, True, 1.0, 0, False, None}
print(mixed)
u = {1, 2, 3}
print(u.union([3, 4], (5,), {6}), u.intersection([2, 3, 9], {3}), u.difference([1], {2}), u.symmetric_difference([3, 4]))
print(u.union(), u.intersection(), u.difference(), u.copy(), u.copy() is u)
print(u.issubset([1, 2, 3, 4]), u.issubset({1, 2}), u.issuperset([1]), u.issuperset({1, 9}), u.isdisjoint([7, 8]), u.isdisjoint({3}))
w = {1, 2, 3, 4, 5}
w.update([6, 7], {8})
print(w)
w.intersection_update(range(3, 100))
print(w)
w.difference_update([3], {4})
print(w)
w.symmetric_difference_update({5, 100})
print(w)
w.remove(100)
print(w, w.pop(), w)
alias = w
alias |= {50}
alias &= {6, 7, 8, 50}
alias -= {6}
alias ^= {7, 99}
print(w, alias is w)
f = frozenset([3, 2, 1])
print(f, f | {9}, {9} | f, f & {1}, f - {1}, f ^ {1, 4}, f.union({0}), f.copy() is f, frozenset(f) is f)
fs = f
fs |= {10}
print(f, fs, fs is f)
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1} != {2}, {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} > {2})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3})), hash(frozenset({-1})))
ff = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(frozenset({1}) in ff, {1, 2} in ff, {3} in ff)
print(sorted({5, 3, 9, 1}), sorted({5, 3, 9, 1}, reverse=True), max({4, 8, 2}), min(frozenset({4, 8, 2})), sum({1, 2, 3}))
print(list({1, 2, 3}), tuple({3, 2, 1}))
c = {1, 2, 3}
c.clear()
print(c, len(c))
print({*[1, 2], *(3, 4), 5}, {*range(3)}, [*{7, 8}], (*{9},))
a, b = {10, 20}
print(a, b)
print(isinstance(u, set), isinstance(f, frozenset), isinstance(f, set), isinstance(u, (dict, frozenset)))
collide = {8, 16, 24, 32, 0}
print(collide, {0, 8, 16} , {16, 8, 0})
lst = []
for v in {1, 2}:
    lst.append(v)
print(lst)
print({1, 2}.pop(), {3}.remove(3))
