class A:
    k = 7
    def __init__(self):
        self.x = 3
a = A()
print(getattr(a, "x"), getattr(a, "k"), getattr(A, "k"))
print(getattr(a, "y", 5), getattr(a, "x", 5))
print(hasattr(a, "x"), hasattr(a, "zz"), hasattr(A, "k"))
n = "x"
print(getattr(a, n) * 2.5)
try:
    getattr(a, 3)
except TypeError as e:
    print(e)
try:
    getattr(a, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
for name in ["x", "k", "missing"]:
    print(name, hasattr(a, name), getattr(a, name, None))
print(getattr(a, "missing", [1, 2]))
getattr(a, "other")
