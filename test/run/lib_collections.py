from collections import deque, defaultdict, Counter, OrderedDict
import collections

# deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], list(d), 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7), d.index(7, 5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.maxlen)
d[1] = "X"
del d[0]
print(d)
d.insert(2, "ins")
d.remove("X")
print(d, d.copy() == d, d == deque(d), d != deque())
d.clear()
print(d, len(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m, list(reversed(list(m))))
z = deque([], 0)
z.append(1)
print(z)
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx <= 3 and ny <= 3 and (nx, ny) not in seen:
            seen.add((nx, ny))
            bfs.append((nx, ny))
print(len(seen))
print(deque("ab") + deque("cd"), deque([1]) * 3, deque([1, 2]) < deque([1, 3]))
e = deque([1, 2])
e += [3]
print(e, [x * 2 for x in e], sorted(deque([3, 1, 2])), max(e))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
            lambda: deque([1], 1).insert(0, 5)]:
    try:
        bad()
    except IndexError as ex:
        print("IndexError", ex)
for bad in [lambda: deque([1]).index(5), lambda: deque([1]).remove(5), lambda: deque([], -1)]:
    try:
        bad()
    except ValueError as ex:
        print("ValueError", ex)
try:
    deque([1])["a"]
except TypeError as ex:
    print("TypeError", ex)
try:
    it = deque([1, 2, 3])
    for v in it:
        it.append(v)
except RuntimeError as ex:
    print("RuntimeError", ex)

# defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd), "c" in dd, dd.get("c"), sorted(dd.keys()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["z"], counts)
print(defaultdict(None, {1: 2}), defaultdict(set), dict(counts.items()) == {"m": 1, "i": 4, "s": 4, "p": 2, "z": 0})
nd = defaultdict(lambda: "?")
nd[1] = "one"
print(nd[1], nd[2], list(nd.items()), nd.pop(1), nd.default_factory is None)
try:
    defaultdict()[5]
except KeyError as ex:
    print("KeyError", ex)

# Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), Counter(), Counter([1, 1, 2]), Counter({"x": 3, "y": -1}))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract("aaaaa")
print(c, c.most_common()[-1])
c1 = Counter(a=3, b=1) if False else Counter({"a": 3, "b": 1})
c2 = Counter({"a": 1, "b": 2, "c": 5})
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, +Counter({"a": -1, "b": 2}), -Counter({"a": -1, "b": 2}))
print(c1 == Counter({"a": 3, "b": 1, "q": 0}), c1 == {"a": 3, "b": 1}, c1 != c2)
c1 += c2
print(c1)
c1 -= Counter({"c": 10})
print(c1)
del c1["zz"]
del c1["a"]
print(c1, list(c1), [k for k in c1], "b" in c1)
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(2))
try:
    Counter() + 1
except TypeError as ex:
    print("TypeError", ex)

# OrderedDict
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
print(od, list(od), od["y"])
od.move_to_end("x")
print(od)
od.move_to_end("z", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == {"b": 2, "a": 1}, OrderedDict(), o1.copy(), len(o1))
print(collections.OrderedDict({"k": [1]}), collections.Counter("aa"))
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError", ex)
od.move_to_end("nope")
