# Built-in classes called through the class object with keyword arguments (functools.partial,
# a variable holding the class).
import functools

to_int2 = functools.partial(int, base=2)
print(to_int2("1010"), to_int2("-111"))
hexint = functools.partial(int, base=16)
print(list(map(hexint, ["ff", "10", "0x1f"])))
make = dict
print(make(a=1, b=2), make([("x", 1)], y=2), make({"k": 0}, k=1))
mk = functools.partial(dict, start=0)
print(mk(), mk(end=9))
conv = int
print(conv("77", base=8), conv("z", base=36))
g = functools.partial(max, 3)
print(g(1), g(5), functools.partial(sorted, reverse=True)([2, 3, 1]))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["a", "b"])))
try:
    to_int2("2")
except ValueError as e:
    print("ValueError:", e)
print(functools.partial(int, base=2)("12"))
