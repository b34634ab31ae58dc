# Values a loop keeps across its calls and takes from before the loop (parameters, containers
# made before it) are rooted once where the loop is entered, not before every call (gcroots):
# they must stay rooted on every trip, in nested loops, after the loop, and their slots must not
# be taken by another value while they are live. Run in the collector's stress mode too.


class Node:
    def __init__(self, name, kids):
        self.name = name
        self.kids = kids

    def label(self, k):
        return f"{self.name}:{k}"


def make(i):
    return Node("n" + str(i), [str(j) * 2 for j in range(i % 4)])


def count(words, n, table, seen):
    counts = {}
    order = []
    for i in range(n):
        w = words[(i * 7) % len(words)]
        counts[w] = counts.get(w, 0) + 1
        seen.add(w + "!")
        if counts[w] == 1:
            order.append(w)
        table[i % 5] = table.get(i % 5, "") + w[:1]
    return counts, order


def nested(rows, prefix):
    out = []
    tag = prefix + "-" + str(len(rows))
    for r in rows:
        line = []
        for k in range(3):
            line.append(r.label(k) + tag)
            line.append(make(k).name)
        out.append("|".join(line))
    extra = [tag * 2 for _ in range(3)]
    return out, extra


def after_loop(items):
    acc = []
    big = [make(i) for i in range(20)]
    for x in items:
        acc.append(make(x).name + big[x % 20].name)
    # big is dead from here on: its slot may hold other values
    tail = [str(i) + "t" for i in range(30)]
    s = ",".join(tail)
    return acc, s, items


def early_exit(nodes, stop):
    found = []
    for n in nodes:
        if n.name == stop:
            break
        if len(n.kids) == 0:
            continue
        found.append(n.label(len(n.kids)) + "".join(n.kids))
    return found, nodes[0].name


def while_loop(text, n):
    parts = []
    i = 0
    while i < n:
        parts.append(text[i % len(text)] + str(i))
        parts.append(make(i).name)
        i += 1
    return "".join(parts), text


words = ["alpha", "beta", "gamma", "delta", "eps" * 3]
table = {}
seen = set()
counts, order = count(words, 400, table, seen)
print(sorted(counts.items()), order, sorted(table.items()), sorted(seen))
out, extra = nested([make(i) for i in range(12)], "p")
print(out[:3], out[-1], len(out), extra)
acc, s, items = after_loop(list(range(40)))
print(acc[:5], acc[-1], s[:40], len(items))
found, first = early_exit([make(i) for i in range(30)], "n25")
print(found[:4], len(found), first)
joined, text = while_loop("xyz", 200)
print(len(joined), joined[:30], joined[-20:], text)
