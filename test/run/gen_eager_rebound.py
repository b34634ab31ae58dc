# Generator expressions consumed at once by the call they are passed to may read variables
# the function rebinds afterwards (they see the values at the call).


def encode(data):
    stream = "".join(bin(b)[2:].zfill(8) for b in data)
    stream += "0" * (-len(stream) % 6)
    return stream


def grid_text(rows):
    out = []
    for r in rows:
        line = " ".join(str(v) for v in r)
        out.append(line)
    r = None
    return "\n".join(out), r


def stats(xs):
    total = sum(x * x for x in xs)
    total = total + 1
    biggest = max(abs(x) for x in xs)
    biggest = -biggest
    uniq = set(x % 3 for x in xs)
    uniq = sorted(uniq)
    pairs = dict((x, x * 2) for x in xs)
    pairs = len(pairs)
    first_neg = next((x for x in xs if x < 0), None)
    first_neg = (first_neg,)
    fs = frozenset(x for x in xs if x > 0)
    fs = len(fs)
    return total, biggest, uniq, pairs, first_neg, fs


def keyed(words, k):
    best = min((w for w in words if len(w) > k), key=len, default="")
    k = k + 1
    return best, k


def scale(xs, f):
    ys = list(x * f for x in xs)
    f = 0
    t = tuple(y + f for y in ys)
    return ys, t


print(encode(b"Hi!"))
print(grid_text([[1, 2], [3, 4]]))
print(stats([3, -1, 4, -1, 5, -9]))
print(keyed(["a", "abc", "ab", "abcd"], 1))
print(scale([1, 2, 3], 10))
print(bytes(x + 65 for x in range(3)), bytearray(x for x in b"ok"))
try:
    next(x for x in [] if x)
except StopIteration:
    print("StopIteration")
