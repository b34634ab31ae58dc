for i in range(True, 4):
    print(i)
print(list(range(True, 3)), [x for x in range(False, True+2)])
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(list(range(I(3))))
for j in range(I(1), I(7), I(2)):
    print(j)
r = range(I(2), 10)
print(r, len(r), r[1])
def f(a, b, s):
    out = []
    for i in range(a, b, s):
        out.append(i)
    return out
print(f(0, 10, 3), f(10, 0, -4), f(True, 5, True))
print([x for x in range(True, 4)], sum(x for x in range(False, 3)))
class I:
    def __index__(self): return 2
print(f(I(), 9, I()), [y for y in range(I())])
try:
    for i in range(1.5, 3): pass
except TypeError as e: print(e)
try:
    for i in range(1, 3.0, 0): pass
except TypeError as e: print(e)
try:
    for i in range(1, 3, 0): pass
except ValueError as e: print(e)
class Bad:
    def __index__(self): return "x"
try:
    range(Bad())
except TypeError as e: print(e)
try:
    for i in range(Bad()): pass
except TypeError as e: print(e)
try:
    print(list(range("a", 3)))
except TypeError as e: print(e)
def g(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(g(10), g(True), g(I()))
