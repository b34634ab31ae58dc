# Classes, instances, closures, bound methods, generators, exceptions and map/filter iterators
# made many times more than kept, so the collector runs while the kept ones are live.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def total(self):
        s = self.value
        if self.left is not None:
            s += self.left.total()
        if self.right is not None:
            s += self.right.total()
        return s


def tree(depth, v):
    if depth == 0:
        return Node(v)
    return Node(v, tree(depth - 1, v + 1), tree(depth - 1, v * 2))


kept = []
acc = 0
for i in range(300):
    t = tree(7, i)
    acc += t.total()
    if i % 60 == 0:
        kept.append(t)
print(acc, [t.total() for t in kept])


# Instances with a __dict__ of extra attributes, and a class made at run time with a dict.
class Bag:
    pass


bags = []
for i in range(3000):
    b = Bag()
    b.name = "bag" + str(i)
    b.items = [str(j) for j in range(i % 7)]
    if i % 300 == 0:
        bags.append(b)
print([(b.name, len(b.items)) for b in bags])


# Closures: cells hold values that only the closure keeps alive.
def counter(start):
    state = [start]

    def step(by=1):
        state[0] += by
        return state[0]

    return step


counters = [counter(i * 10) for i in range(20)]
for r in range(500):
    junk = [str(r)] * 30
    for c in counters:
        c()
print([c(0) for c in counters[:5]])


def adder(n):
    return lambda x: x + n


adders = [adder(str(i)) for i in range(10)]
for r in range(2000):
    junk = {r: [r] * 10}
res = []
for a in adders:
    res.append(a("x"))
print(res[:4])

# Closures over instances that nothing else keeps.
def totaller(node):
    return lambda: node.total()


methods = [totaller(Node(i * 3)) for i in range(10)]
for r in range(2000):
    junk = [Node(r) for _ in range(5)]
res = []
for m in methods:
    res.append(m())
print(res)


# Generators suspended across collections, holding locals.
def gen(n, tag):
    words = [tag + str(i) for i in range(n)]
    for w in words:
        yield w + "!"


gens = [gen(50, "g" + str(i)) for i in range(10)]
outs = []
for step in range(50):
    junk = [[step] * 10 for _ in range(20)]
    for g in gens:
        outs.append(next(g))
print(len(outs), outs[0], outs[-1])

# map and filter iterators live across collections.
m = map(lambda s: s.upper(), ["a" + str(i) for i in range(200)])
f = filter(lambda s: s.endswith("7"), m)
got = []
for s in f:
    junk = [s] * 50
    got.append(s)
print(got[:5], len(got))


# Exceptions kept after being caught, with their args, causes and tracebacks.
caught = []
for i in range(3000):
    try:
        try:
            raise ValueError("inner " + str(i))
        except ValueError as e:
            raise RuntimeError("outer " + str(i), [i] * 3) from e
    except RuntimeError as e:
        if i % 500 == 0:
            caught.append(e)
print([(e.args[0], e.args[1][0], str(e.__cause__)) for e in caught])

# Built-in exceptions raised by the runtime, kept.
errs = []
for i in range(2000):
    try:
        {}["missing" + str(i)]
    except KeyError as e:
        if i % 400 == 0:
            errs.append(e)
print([repr(e) for e in errs])
