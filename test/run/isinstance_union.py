x = 5
print(isinstance(x, int | str), isinstance("a", int | None), isinstance(None, int | None))
T = float | int
print(isinstance(2.5, T), isinstance("s", T), issubclass(bool, int | str), issubclass(str, T))
class A: pass
class B(A): pass
print(isinstance(B(), A | None), isinstance(A(), B | int))
def check(v, t):
    return isinstance(v, t)
print(check([1], list | dict), check({}, list | dict), check((), list | dict))
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print(e)
