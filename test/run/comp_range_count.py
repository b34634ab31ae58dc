print([x * x for x in range(10) if x % 3])
print([x for x in range(10, 0, -3)], [x for x in range(2, 2)], [x for x in range(5, 1)], [(i, j) for i in range(3) for j in range(i)])
print({x: x % 3 for x in range(-5, 5, 2)}, {x % 4 for x in range(100)}, sum(x for x in range(1001)), max(i * (7 - i) for i in range(8)))
print([x for x in range(2**64, 2**64 + 3)], [x for x in range(-2**70, -2**70 + 7, 3)], list(x for x in range(3)), any(x > 5 for x in range(10)))
n = 5
print([n for n in range(n)], n)
for errarg in [2.5, "3", None]:
    try:
        print([x for x in range(errarg)])
    except TypeError as e:
        print(e)
try:
    print([x for x in range(1, 5, 0)])
except ValueError as e:
    print(e)
def f(k):
    return [[y for y in range(x)] for x in range(k)]
print(f(4))
range_ = range
print([x for x in range_(3)])
class C: pass
c = C()
for c.v in range(3):
    pass
print(c.v)
def g():
    for i in range(3):
        yield [j for j in range(i)]
print(list(g()))
