# Method calls and attribute reads on receivers of several classes, some without the method
# (the switch's fallback path), None, classes with __getattr__, static and class
# methods, class attributes read through instances, bound methods as values, list.pop items.


class Rec:
    def __init__(self):
        self.count = 0


class WorkRec(Rec):
    def add(self, x):
        self.count += x
        return self.count


class IdleRec(Rec):
    limit = 3

    @staticmethod
    def add(x):
        return x * 100


class Dyn:
    def __getattr__(self, name):
        if name == "add":
            return lambda x: ["dyn", x]
        raise AttributeError(name)


class Klass:
    @classmethod
    def add(cls, x):
        return cls.__name__ + str(x)


class Plain:
    def __init__(self):
        self.add = lambda x: x - 1


def call_add(r, x):
    return r.add(x)


recs = [WorkRec(), IdleRec(), Klass()]
for r in recs:
    print(type(r).__name__, call_add(r, 5))


def get_add(r):
    f = r.add
    return f(6)


print([get_add(r) for r in [WorkRec(), Dyn(), Klass(), IdleRec(), Plain()]])
print(IdleRec().limit + 1, getattr(IdleRec(), "limit") * 2)
m = recs[0].add
print(m(2), m(3))
ap = [].append
ap(1)
cnt = (1, 2, 1).count
print(cnt(1), "abc".upper(), {}.get("k", "dflt"))


def find(tab, i):
    return tab[i]


tab = [None] * 4
tab[1] = WorkRec()
tab[2] = IdleRec()
print(find(tab, 1).add(7), find(tab, 2).add(7))
try:
    find(tab, 0).add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    call_add(Rec(), 1)
except AttributeError as e:
    print("AttributeError:", e)
todo = [WorkRec(), IdleRec()]
seen = []
while len(todo):
    t = todo.pop(0)
    seen.append(t.add(2))
    if len(seen) < 4:
        todo.append(t)
print(seen)
nums = [1, 2, 3]
x = nums.pop()
print(x + 10, nums.pop(0) * 2.5, nums)
print(Dyn().missing)
