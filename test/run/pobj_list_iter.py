# for loops over lists inference knows (iterators over lists take the list fast path at -O2):
# lists of floats, lists growing or shrinking while iterated, lists held in attributes, nested.


class Q:
    def __init__(self):
        self.items = []
        self.fs = [0.5, 1.5, 2.5]

    def push(self, v):
        self.items.append(v)

    def total(self):
        t = 0
        for x in self.items:
            t += x
        return t

    def ftotal(self):
        t = 0.0
        for f in self.fs:
            t += f * 2
        return t


q = Q()
for i in range(10):
    q.push(i)
print(q.total(), q.ftotal())
grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 5:
        grow.append(x + 3)
print(seen, grow)
shrink = [1, 2, 3, 4, 5, 6]
out = []
for x in shrink:
    out.append(x)
    if x % 2 == 0:
        shrink.pop(0)
print(out, shrink)
floats = [1.0] * 4
acc = 0.0
for v in floats:
    acc += v
    floats[-1] = 10.0
print(acc)
grid = [[1, 2], [3, 4], [5]]
s = 0
for row in grid:
    for c in row:
        s += c
print(s)
it = iter([7, 8, 9])
print(next(it))
for x in it:
    print("rest", x)
empty = []
for x in empty:
    print("never")
mixed = [1, "a", 2.5, None, (1, 2)]
print([type(x).__name__ for x in mixed])
