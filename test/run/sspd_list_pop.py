# list.pop(0) on long lists keeps the buffer and views it from the next item (list.py
# rt_list_drop_front); these exercise every list operation on such a list, with collections
# happening in between (the collector must keep the real buffer alive).

class Node:
    def __init__(self, k):
        self.k = k
        self.payload = [k, str(k)]

    def __repr__(self):
        return "Node(%d)" % self.k


def churn(n):
    # garbage so that collections run while views are alive
    junk = []
    for i in range(n):
        junk.append([i, str(i), (i, i + 1)])
    return len(junk)


def queue_run(n):
    q = [Node(i) for i in range(n)]
    total = 0
    steps = 0
    while q:
        x = q.pop(0)
        total += x.k + len(x.payload[1])
        if x.k % 3 == 0 and x.k < n:
            q.append(Node(x.k + n))
        if steps % 500 == 0:
            churn(2000)
        steps += 1
    return total, steps


print(queue_run(3000))

# every operation after some pop(0)s
a = list(range(100))
for _ in range(30):
    a.pop(0)
print(len(a), a[0], a[-1], a[10:15], sum(a))
a.append(1000)
a.insert(0, -1)
a.insert(5, -5)
print(a[:8], len(a))
a.extend(range(3))
print(a[-5:])
a.reverse()
print(a[:5], a[-5:])
a.sort()
print(a[:5], a[-5:])
b = a.copy()
print(b == a, b is a, len(b))
del a[0]
del a[2:10]
print(a[:6], len(a))
a[1:3] = ["x", "y", "z"]
print(a[:6])
print(a.index(50), a.count(50), 50 in a, 999 in a)
a.remove(50)
print(50 in a, len(a))
print(a.pop(), a.pop(-1), a.pop(3), len(a))
a *= 2
print(len(a), a[:4])
print(a + [1, 2])
a.clear()
print(a, len(a))
a.append(7)
print(a, a.pop(0), a)

# pop(0) down to empty, then reuse
c = [str(i) for i in range(40)]
out = []
while c:
    out.append(c.pop(0))
print("".join(out), c)
c.extend(["p", "q"])
print(c, c.pop(0), c.pop(0), c)

# a long list drained through pop(0) while collections happen
d = [[i] for i in range(20000)]
s = 0
while len(d) > 5:
    s += d.pop(0)[0]
    if len(d) % 4096 == 0:
        churn(3000)
print(s, d)

# grow after views: appends past the capacity move to a new buffer
e = list(range(50))
for i in range(200):
    e.pop(0)
    e.append(i * 2)
    e.append(i * 2 + 1)
print(len(e), e[:5], e[-5:], sum(e))

# pop with other indexes, negative ones and errors
f = list(range(40))
print(f.pop(20), f.pop(-20), f.pop(True), f.pop(0), len(f))
print(f.pop(2 ** 3), len(f))
g = [1]
print(g.pop(0), g)
try:
    g.pop(0)
except IndexError as ex:
    print("IndexError", ex)
h = list(range(30))
for bad in (30, -31, 10 ** 20):
    try:
        h.pop(bad)
    except (IndexError, OverflowError) as ex:
        print(type(ex).__name__, ex)
try:
    h.pop("1")
except TypeError as ex:
    print("TypeError", ex)
try:
    h.pop(1.0)
except TypeError as ex:
    print("TypeError", ex)

# tuples, sorted, iteration and comparison of a viewed list
k = list(range(60))
for _ in range(25):
    k.pop(0)
print(tuple(k)[:3], sorted(k, reverse=True)[:3], [x * 2 for x in k][:3], k == list(range(25, 60)), k < [26])
print(max(k), min(k), str(k[:4]), repr(k[-2:]))
it = iter(k)
k.pop(0)
print(next(it), next(it))
m = [0.5 * i for i in range(40)]
for _ in range(20):
    m.pop(0)
print(m[:3], sum(m))
h.pop(0.5)
