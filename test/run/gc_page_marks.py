# (Small sizes: the gc_ programs run under GC stress, where every safe point collects.)
# The sweep frees a small-object page none of whose cells marking reached without reading its
# cells (a per-page mark flag set by every way an object gets marked: the mark stack's tuples
# and scanned objects, a list's items buffer (also after pop(0) made it a view), a set's table,
# the overflow path). Pages where a few survivors sit among many dead cells, pages that die
# whole, and survivors reached only through buffers and tables must all stay right.


def churn(n, keep_every):
    kept = []
    for i in range(n):
        t = (i, (i, i + 1), str(i))
        if i % keep_every == 0:
            kept.append(t)
    return kept


def check_kept(kept, keep_every):
    total = 0
    for k, (i, pair, s) in enumerate(kept):
        assert i == k * keep_every, (i, k)
        assert pair == (i, i + 1)
        assert s == str(i)
        total += i
    return total


def tree(d):
    if d == 0:
        return (None, None)
    return (tree(d - 1), tree(d - 1))


def count(t):
    if t[0] is None:
        return 1
    return 1 + count(t[0]) + count(t[1])


# a long-lived tree among many dead ones: its pages survive, the dead trees' pages are freed
old = tree(6)
total = 0
for r in range(6):
    total += count(tree(5))
print(total, count(old))

# a few survivors per page of dead cells: those pages are swept cell by cell
kept = churn(2000, 97)
print(len(kept), check_kept(kept, 97))
more = churn(2000, 113)
print(len(more), check_kept(more, 113), check_kept(kept, 97))

# survivors reached only through a list's buffer after pop(0) (a view) and a set's table
q = [(i, str(i)) for i in range(300)]
for _ in range(100):
    q.pop(0)
s = set()
for i in range(500):
    s.add((i % 71, str(i % 71)))
junk = 0
for r in range(3):
    junk += len(churn(200, 201))
print(junk, len(q), q[0], q[-1], len(s), sorted(s)[:3])
d = {}
for i in range(2000):
    d[str(i)] = (i, [i] * 3)
    if i % 3:
        del d[str(i)]
for r in range(2):
    junk += len(churn(200, 201))
print(len(d), d["999"], d["1998"], junk)

# floats and strs of many sizes die and are reused while some survive
floats = []
words = []
for i in range(3000):
    x = i * 0.5
    w = "w" * (i % 300)
    if i % 30 == 0:
        floats.append(x)
        words.append(w)
print(sum(floats), sum(len(w) for w in words), words[7][:5], len(words[99]))
