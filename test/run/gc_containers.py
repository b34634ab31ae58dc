# Dicts, sets, frozensets, their views and iterators, and bytearrays: many more made than kept,
# so the collector runs while the kept ones (and iterators in the middle of a loop) are live.
def churn_dict(n, seed):
    d = {}
    for i in range(n):
        d["k" + str(i)] = [i, seed]
    for i in range(0, n, 3):
        del d["k" + str(i)]
    return d


def churn_set(n, seed):
    s = set()
    for i in range(n):
        s.add((i * seed) % 211)
        s.add("s" + str(i % 17))
    s.discard(0)
    return s


kept_dicts = []
kept_sets = []
total = 0
for k in range(4000):
    d = churn_dict(30, k)
    s = churn_set(40, k)
    total += len(d) + len(s)
    if k % 500 == 0:
        kept_dicts.append(d)
        kept_sets.append(s)
print(total)
for d in kept_dicts:
    print(len(d), d["k1"], d["k29"], sum(v[0] for v in d.values()))
for s in kept_sets:
    print(len(s), sorted(x for x in s if isinstance(x, int))[:5], "s3" in s, "s99" in s)

# An iterator over a dict that lives across many collections.
big = {i: str(i) * 3 for i in range(300)}
it = iter(big.items())
acc = 0
for k, v in it:
    junk = [str(j) for j in range(50)]
    acc += k + len(v) + len(junk)
print(acc)

# Views and set iterators kept while other garbage is made.
keys = big.keys()
vals = big.values()
fs = frozenset(str(i) for i in range(100))
sit = iter(fs)
first = next(sit)
for r in range(2000):
    junk = {j: [j] for j in range(20)}
print(len(keys), 299 in keys, len(list(vals)), first in fs, len(list(sit)))

# Nested containers: dict of sets of tuples of strs.
nest = {}
for i in range(2000):
    key = "n" + str(i % 50)
    nest.setdefault(key, set()).add((str(i), str(i * 2)))
print(len(nest), sorted(len(v) for v in nest.values())[:3], ("40", "80") in nest["n40"])

# bytearrays grow (their buffers move) while garbage is made.
ba = bytearray()
for i in range(20000):
    ba.append(i % 256)
    if i % 100 == 0:
        junk = [bytes([i % 256]) * 10 for _ in range(10)]
print(len(ba), ba[0], ba[255], ba[19999], sum(ba[:1000]))

# dict.popitem/pop and set.pop while collecting.
pd = {str(i): i for i in range(1000)}
popped = 0
while pd:
    k, v = pd.popitem()
    popped += v
    junk = [k] * 20
print(popped)
ps = set(range(500))
while len(ps) > 10:
    popped -= ps.pop()
print(popped, sorted(ps))
