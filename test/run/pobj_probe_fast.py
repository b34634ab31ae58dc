# dict lookups (d.get, k in d, d[k]) and s.add(k) with small-int and str keys: rt_dict_entry and
# rt_sm_add probe for them by identity alone and leave every other case to the full lookup. Keys
# that are equal but not identical (strs made by split, 1 / 1.0 / True, ints with the same hash),
# -1 (its hash is -2), ints past the small range, deleted slots on the probe path (dict and set),
# the set's linear probes and its deleted-slot reuse, user __eq__ and __hash__, unhashable keys,
# a receiver that is not a set, and the iteration order these leave.


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 4

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K({self.v})"


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def mixed_keys():
    d = {}
    out = []
    for k in [1, 1.0, True, -1, -2, 0, 2 ** 61, 2 ** 61 + 1, -(2 ** 61), 2 ** 70, "a", "a" * 2, (1, 2), None, 3.5]:
        d[k] = d.get(k, 0) + 1
    for k in [1, True, 1.0, -1, -2, 2 ** 61, 2 ** 70, "aa", "".join(["a", "a"]), (1, 2), None, 3.5, 7, "zz"]:
        out.append((k, d.get(k), k in d, d.get(k, "dflt")))
    out.append(list(d.items()))
    return out


def collide():
    # ints that share a probe path: in a table of 8 slots, keys 8 apart start at the same slot
    d = {}
    for k in range(0, 200, 8):
        d[k] = k * 2
    for k in range(0, 64, 16):
        del d[k]
    out = [d.get(k, -1) for k in range(0, 208, 8)]
    out.append([k in d for k in range(0, 208, 8)])
    d[16] = "back"
    out.append(list(d.items())[:4])
    return out


def user_keys():
    d = {}
    for i in range(10):
        d[K(i)] = i
    out = [d.get(K(i), "no") for i in range(12)]
    out.append(K(3) in d)
    out.append(d.get(3, "int 3 is not K(3)"))
    try:
        d.get([1], 0)
    except TypeError as e:
        out.append("TypeError " + str(e))
    return out


def set_adds():
    s = set()
    out = []
    for i in range(40):
        s.add((i * 37) % 23)
        s.add(-1)
        s.add(i % 5 == 0)
    out.append(sorted(s, key=repr))
    out.append(list(s))
    for k in range(0, 23, 3):
        s.discard(k)
    for k in range(0, 30, 2):
        s.add(k)
    out.append(list(s))
    t = set()
    for w in "the cat and the hat and the bat".split():
        t.add(w)
        t.add(w.upper().lower())
    out.append(sorted(t))
    u = set()
    for k in [1, 1.0, True, 2 ** 61, 2 ** 61, 2 ** 70, 2 ** 70, K(1), K(5), K(1), (1,), (1,), None, None]:
        u.add(k)
    out.append(len(u))
    out.append(sorted(repr(x) for x in u))
    try:
        u.add({})
    except TypeError as e:
        out.append("TypeError " + str(e))
    big = set()
    for i in range(3000):
        big.add(i * 1000003 % 65536)
    for i in range(0, 3000, 3):
        big.discard(i * 1000003 % 65536)
    for i in range(3000):
        big.add(i * 1000003 % 65536)
    out.append((len(big), sum(big), list(big)[:10]))
    return out


def not_a_set(x):
    try:
        x.add(1)
    except AttributeError as e:
        return "AttributeError " + str(e)
    return "added"


def not_a_dict(x):
    try:
        return x.get(1, "dflt")
    except AttributeError as e:
        return "AttributeError " + str(e)


print(word_counts("a b a c b a " + " ".join(["w" + str(i % 7) for i in range(50)])))
for line in mixed_keys():
    print(line)
print(collide())
print(user_keys())
for line in set_adds():
    print(line)
print(not_a_set([1]))
print(not_a_set({1: 2}))
print(not_a_set(set()))
print(not_a_dict([1]))
print(not_a_dict({}))
print(not_a_dict({1: "one"}))
print(not_a_dict({2: "two"}))
