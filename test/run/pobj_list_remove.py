# list.remove: the first equal item (identity first, then ==), ValueError when absent, sets'
# remove unchanged.


class E:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, E) and self.k == o.k


l = [1, 2, 3, 2, 1.0]
l.remove(2)
print(l)
l.remove(1)
print(l)
l.remove(1)  # 1.0 == 1
print(l)
objs = [E(1), E(2), E(1)]
first = objs[0]
objs.remove(E(1))
print([o.k for o in objs], first in objs)
names = ["a", "b", "c"]
names.remove("c")
print(names)
s = {1, 2, 3}
s.remove(2)
print(s)
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
try:
    names.remove("zz")
except ValueError as e:
    print("ValueError:", e)
l2 = [[1], [2]]
l2.remove([2])
print(l2)
l = [1]
try:
    l.remove()
except TypeError as e:
    print(e)
try:
    l.remove(1, 2)
except TypeError as e:
    print(e)
l2.remove(5)
