# The entry points of dict and set operations that take their receiver's type in line:
# set.add, dict.get, `in` of a dict; their errors on other receivers and unhashable keys.
seen = set()
counts = {}
for i in range(5000):
    v = (i * 7919) % 1009
    seen.add(v)
    seen.add((v, v % 3))
    counts[v] = counts.get(v, 0) + 1
    if v in counts and (v, 0) not in counts:
        counts[v] += 1
print(len(seen), len(counts), sum(counts.values()), max(counts.values()))
print(counts.get("x"), counts.get("x", 5), counts.get(1.0), 1.0 in counts, True in counts)
s = set()
s.add(1)
s.add(1.0)
s.add(True)
s.add("a")
s.add(("a", 1))
print(sorted(map(repr, s)))
print(s.add(2), None in s, 2 in s)
d = {1: "one", "k": [1]}
print("k" in d, 2 in d, (1,) in d, d.get(1), d.get(2, "dflt"))
for bad in ([1], {1: 2}, {3}):
    try:
        s.add(bad)
    except TypeError as e:
        print("add", e)
    try:
        print(bad in d)
    except TypeError as e:
        print("in", e)
    try:
        d.get(bad)
    except TypeError as e:
        print("get", e)
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print(e)
for recv in ([1], "s", 5, None, (1,)):
    try:
        recv.add(1)
    except AttributeError as e:
        print(e)
    try:
        recv.get(1)
    except AttributeError as e:
        print(e)


class D(dict):
    pass


dd = D(a=1)
print("a" in dd, "b" in dd, dd.get("a"), dd.get("b", 0))


class K:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k


ks = set()
for i in range(10):
    ks.add(K(i % 4))
print(len(ks), K(3) in ks, K(5) in ks)
kd = {K(1): "a"}
print(K(1) in kd, kd.get(K(1)), kd.get(K(2), "none"))


class H:
    def __hash__(self):
        raise ValueError("no hash")


try:
    s.add(H())
except ValueError as e:
    print("add", e)
try:
    H() in d
except ValueError as e:
    print("in", e)
print(s.add([]))
