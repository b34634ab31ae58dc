# builtins as values and callable()
f = print
f(1, end='')
f(2, 3, sep="-")
print(f is print, len is len)
g = len
print(g is len)
print(list(map(len, ["a", "bb"])))
m = map
print(list(m(lambda a, b: a + b, [1, 2], [3, 4])))
z = zip
print(list(z("ab", [1, 2])))
print(sorted([-3, 1, -2], key=abs))
d = {"l": len, "a": abs, "s": str, "o": ord, "c": chr, "h": hex}
print(d["l"]("abc"), d["a"](-4), d["s"](5), d["o"]("a"), d["c"](66), d["h"](255))
print(sorted(d), [d[k] is d[k] for k in "la"])
print(callable(len), callable(1), callable(lambda: 0), callable(print), callable(int), callable("x"))


class C:
    def __call__(self):
        return 1


class D:
    pass


class E(C):
    pass


print(callable(C()), callable(D()), callable(C), callable(D), callable(E()), callable(None))
print(callable(ValueError), callable(ValueError("x")), callable(D().__init__ if False else C().__call__))
print(type(D()).__name__, D().__class__.__name__, D().__class__ is D)
nx = next
it = iter([1])
print(nx(it), nx(it, "done"))
ga = getattr
print(ga(D(), "zz", 5))
isi = isinstance
print(isi(1, int), isi("a", (int, str)), isi(D(), C), isi(E(), C))
print(list(map(callable, [len, 1, C, C(), D(), E, E()])))
fm = format
print(fm(3.14159, ".2f"), fm(5))
print(callable(f), callable(nx))
ops = [abs, str, repr, bool, hex, oct, bin, ascii, ord]
args = [-2, 7, "q", 0, 255, 8, 5, "é", "A"]
print([op(a) for op, a in zip(ops, args)])
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
table = {"count": len, "total": sum, "top": max}
for name in sorted(table):
    print(name, table[name]([4, 9, 2]))
apply = lambda fn, *xs: fn(*xs)
print(apply(divmod, 17, 5), apply(pow, 2, 10), apply(round, 2.567, 2))
print(list(filter(callable, [1, len, "x", C, print])) == [len, C, print])
try:
    callable()
except TypeError as e:
    print(e)
try:
    callable(1, 2)
except TypeError as e:
    print(e)
