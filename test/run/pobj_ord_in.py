# ord() is always an int (infer.ts RUNTIME_RESULTS: int arithmetic on its results, including
# past the small-int range and on bytes and str subclasses), and `if k in c` tests the i32 of
# an inlined containment directly (constfold: py.truth of a box.bool), with errors raised by
# __eq__ and __hash__ inside the test still propagating.


class S(str):
    pass


def mix(s):
    acc = 0
    for ch in s:
        acc = acc * 1000003 + ord(ch)  # grows past 2**62: big ints
    return acc


def mod_sum(s):
    acc = 0
    for i in range(len(s)):
        acc = (acc * 31 + ord(s[i])) % 1000000007
    return acc, acc > 10, acc // 7, -acc


print(mix("hello world, this is long enough to overflow"), mix(""), mix("\U0001F600"))
print(mod_sum("abc" * 40), mod_sum("\u4e2d\u6587"))
print(ord(b"A") + 1, ord(bytearray(b"z")) * 2, ord(S("q")) - 1)
for bad in ("", "ab", 5, None):
    try:
        print(ord(bad) + 1)
    except TypeError as e:
        print("TypeError:", e)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        if self.v < 0:
            raise ValueError("bad hash")
        return self.v

    def __eq__(self, other):
        if isinstance(other, K) and other.v == 99:
            raise RuntimeError("bad eq")
        return isinstance(other, K) and self.v == other.v


def count(keys, d):
    n = 0
    for k in keys:
        if k in d:
            n += 1
        if k not in d:
            n += 100
    return n


d = {1: "a", "x": 2, (1, 2): 3, K(5): 4}
print(count([1, 2, "x", "y", (1, 2), (2, 1), K(5), K(6)], d))
print(count([1, 3], [1, 2]), count(["a", "z"], {"a"}), count(["ab", "q"], "cab"), count([2], range(5)))
for keys, c in (([K(-1)], d), ([K(99)], [K(1)]), ([1], 5)):
    try:
        print(count(keys, c))
    except (ValueError, RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
seen = set()
i = 0
while i not in seen:
    seen.add(i)
    i = (i * 7 + 3) % 20
r = 3 in seen
print(len(seen), i, r, (4 in seen) is False)


class I(int):
    pass


print(ord(S("\u20ac")) + 0)
for bad in (I(3), S("ab")):
    try:
        print(ord(bad))
    except TypeError as e:
        print("TypeError:", e)
