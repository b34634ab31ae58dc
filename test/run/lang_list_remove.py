# list.remove (found missing by the lang_ programs)
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.remove(1)
print(l)
l.remove(9)
print(l)
words = ["a", "b", "a"]
words.remove("a")
print(words)
nested = [[1], [2], (3,)]
nested.remove([2])
nested.remove((3,))
print(nested)
floats = [0.5, 1.5, 2.5]
floats.remove(1.5)
print(floats, floats.remove(0.5), floats)
mixed = [1, 1.0, True, "1"]
mixed.remove(True)
print(mixed)
for bad in (7, "z", None):
    try:
        l.remove(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    l.remove()
except TypeError as e:
    print("TypeError", e)
s = {1, 2}
s.remove(1)
print(s)


class Eq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Eq) and other.k == self.k


objs = [Eq(1), Eq(2), Eq(3)]
objs.remove(Eq(2))
print([o.k for o in objs])
