# Word count with a dict and a set: a pseudo-random stream of words drawn from a fixed
# vocabulary (str keys), counted in a dict; the distinct values of the stream in a set and a
# dict of int keys. Dict and set lookups, insertions and iteration.
N = 2000000
VOCAB = 5000


def make_vocab(n):
    letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm',
               'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z']
    words = []
    for i in range(n):
        w = ''
        k = i
        while True:
            w = w + letters[k % 26]
            k = k // 26
            if k == 0:
                break
        words.append(w)
    return words


def count(words, n):
    counts = {}
    seen = set()
    buckets = {}
    x = 12345
    m = len(words)
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = words[(x >> 8) % m]
        counts[w] = counts.get(w, 0) + 1
        v = x % 100003
        seen.add(v)
        if v in buckets:
            buckets[v] += 1
        else:
            buckets[v] = 1
    return counts, seen, buckets


counts, seen, buckets = count(make_vocab(VOCAB), N)
best = 0
for w in counts:
    if counts[w] > best:
        best = counts[w]
total = 0
for v in seen:
    total += v
most = 0
for v in buckets:
    if buckets[v] > most:
        most = buckets[v]
print(len(counts))
print(best)
print(len(seen))
print(total)
print(most)
