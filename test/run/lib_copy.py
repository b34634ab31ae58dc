import copy
from collections import deque, Counter, defaultdict


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children if children is not None else []


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a, b, c, b is a, b[1] is a[1], c[1] is a[1])
d = {"x": [1], "y": (2, [3])}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["x"].append(2)
d["y"][1].append(4)
print(d, d2, d3, d3["y"] is d["y"])
t = (1, 2, "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2, (3, 4)}
s2 = copy.copy(s)
s2.add(5)
print(sorted(s, key=str), sorted(s2, key=str), copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}))
print(copy.copy(5), copy.deepcopy("str"), copy.deepcopy(None), copy.copy(3.5), copy.deepcopy(range(3)))
n = Node(1, [Node(2), Node(3)])
n.extra = "attr"
n2 = copy.copy(n)
n3 = copy.deepcopy(n)
n.children.append(Node(4))
n.val = 100
print(n2.val, len(n2.children), n3.val, len(n3.children), n3.extra, n3.children[0].val, n3.children[0] is n.children[0])
print(type(n3).__name__, isinstance(n3, Node))
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc, pc[0] is pc[1], pc[0] is shared)
loop = [1]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[1] is lc, lc[1] is loop, len(lc))
sl = Slotted([1])
sl2 = copy.deepcopy(sl)
sl.a.append(2)
print(sl.a, sl2.a, hasattr(sl2, "b"))
dq = deque([1, [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
dq.append(3)
dq[1].append(9)
print(dq, dq2, dq3)
cnt = Counter("aab")
cnt2 = copy.copy(cnt)
cnt["z"] += 1
print(cnt, cnt2, copy.deepcopy(cnt))
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd["a"].append(2)
print(dd, dd2, dd2["new"], dd2)
memo = {}
x = [1]
y1 = copy.deepcopy([x, x], memo)
print(y1, len(memo) > 0)
ba = bytearray(b"ab")
print(copy.copy(ba), copy.deepcopy(ba) == ba, copy.copy(ba) is ba)
raise copy.Error("done")
