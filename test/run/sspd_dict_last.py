# The dict's last-entry hint (DK_LAST in layout.ts): a lookup whose key is the very object of the
# last key found or inserted skips hashing; every other case must still behave as CPython.

def counts(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


words = ("a b a c " * 5 + "é ü 𝔘 é").split()
print(sorted(counts(words).items()))

# the same key by value but another object (built at run time) and identical objects
d = {}
k1 = "".join(["ab", "c"])
k2 = "".join(["a", "bc"])
d[k1] = 1
d[k2] += 1
print(d, k1 is k2, len(d))

# delete then look up the same object: the entry is gone
d = {"x": 1, "y": 2}
k = "x"
print(d[k], k in d)
del d[k]
print(k in d, d.get(k, "gone"), d)
try:
    d[k]
except KeyError as e:
    print("KeyError", e)
d[k] = 3
print(d, list(d))

# popitem frees the last entry, a new key takes its slot
d = {1: "a", 2: "b", 3: "c"}
print(d[3], d.popitem())
d[4] = "d"
print(3 in d, 4 in d, d.get(3), d)
d[3] = "c2"
print(d)

# growth (resize) between lookups, clear, copy
d = {}
for i in range(100):
    d[i] = i
    d[i] = d[i] + 1
print(len(d), d[0], d[99], sum(d.values()))
k = 50
print(d[k])
d.clear()
print(k in d, d.get(k), len(d))
d[k] = 1
e = d.copy()
print(e[k], k in e)

# big ints, floats, NaN (identity first, as CPython), tuples
big = 10 ** 30
d = {big: 1}
print(d[10 ** 30], d[big])
nan = float("nan")
d = {nan: "n", 1.5: "f", (1, 2): "t"}
print(d[nan], nan in d, float("nan") in d, d[1.5], d[(1, 2)], d[1, 2])
d[1.0] = "one"
print(d[1], d[True], 1 in d)

# keys with their own __eq__ and __hash__: equal but not identical keys, and the same object
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.v == other.v


a = K(1)
d = {a: "a"}
print(d[a], d[K(1)], K(1) in d, K(2) in d)
d[K(1)] = "b"
print(len(d), d[a], K.calls > 0)

# unhashable keys still raise
d = {"k": 1}
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in d)
except TypeError as e:
    print("TypeError", e)

# two dicts sharing keys: the hint is per dict
x = {"p": 1, "q": 2}
y = {"q": 20, "p": 10}
for key in ["p", "q", "p", "r"]:
    print(key, x.get(key), y.get(key), key in x, key in y)
x["p"] += 5
y["p"] += 50
print(x, y)
