# Attribute values of many types under one name (the -O2 inference of slots must see them all):
# ints, floats, strs, lists, None, class attributes behind empty slots, stores from outside.
class P:
    scale = 2.5

    def __init__(self, v):
        self.v = v
        self.scale = self.scale * 2

    def twice(self):
        return self.v + self.v


class Q:
    def __init__(self):
        self.v = "q"
        self.items = [1, 2]


class R(P):
    def __init__(self):
        P.__init__(self, 1.5)


objs = [P(3), P(2.25), Q(), R(), P([7])]
for o in objs:
    print(o.v, type(o.v).__name__)
print(objs[0].twice(), objs[1].twice(), objs[3].twice(), objs[4].twice())
q = objs[2]
q.items.append(3)
q.items[0] += 10
print(q.items, sum(q.items))
p = objs[0]
p.v = None
print(p.v, p.scale, P.scale)
del p.scale
print(p.scale)
p.v = 10 ** 20
print(p.twice(), p.v // 7)
p.extra = 1.0
p.extra += 2
print(p.extra * 3, p.extra > 2)
total = 0.0
for i in range(10):
    r = R()
    r.v = r.v * i
    total += r.v
print(total)
print(Q().v * 3, R().scale)
