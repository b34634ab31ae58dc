# Ellipsis (...) as a value and as a body, and hash() by identity for functions, generators, NotImplemented.
def stub(): ...
class P:
    def m(self): ...
print(stub(), P().m(), ..., Ellipsis, ... is Ellipsis, type(...), type(...).__name__, repr(...), str(...))
x = [1, ..., 3]
print(x, x[1] is ..., ... == ..., ... != None, bool(...))
print(type(...) is type(Ellipsis), hash(...) == hash(Ellipsis), {...: 1})
def f(): pass
d = {f: "f", None: 0}
print(d[f], hash(f) == hash(f), len({f, f}))
g = (i for i in range(3))
v = dict(a=1).values()
print({g: 1}[g], hash(v) == hash(v))
print(hash(NotImplemented) == hash(NotImplemented))
hash({}.keys())
