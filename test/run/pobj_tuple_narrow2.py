# pobj_tuple_narrow with a subclass of tuple in the program: isinstance(v, tuple) is then the
# class test, and v[i] on an instance of the subclass calls its __getitem__.
class Pair(tuple):
    def __getitem__(self, i):
        return "Pair[" + str(i) + "]"


def show(v):
    if v is None:
        return "null"
    if isinstance(v, tuple):
        out = [str(v[0])]
        if len(v) > 1:
            out.append(str(v[1]))
            out.append(str(v[-1]))
            out.append(str(v[True]))
        return "(" + ", ".join(out) + ")"
    if isinstance(v, (list, str)):
        return "seq " + str(v[0])
    return "other " + str(v)


def at(v, i):
    if isinstance(v, tuple):
        try:
            return v[i]
        except IndexError as e:
            return "IndexError: " + str(e)
        except TypeError as e:
            return "TypeError: " + str(e)
    return "not a tuple"


values = [(1, 2), ("a", "b", "c"), (7,), [5, 6], "xyz", 3, None, Pair((8, 9)), ((1, 2), 3)]
for v in values:
    print(show(v))
for i in [0, 1, -1, -3, 2, 5, -7, True, False, 2**70]:
    print(at((10, 20, 30), i), at([1], i))
print(at(("k", 1), "s"))
print(at(Pair((1, 2)), 0))
t = ()
print(at(t, 0))
