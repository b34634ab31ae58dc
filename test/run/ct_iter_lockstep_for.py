def gen(n, log):
    try:
        for k in range(n):
            yield k
    finally:
        log.append("closed%d" % n)

log = []
for a, b in zip(gen(5, log), gen(3, log)):
    print(a, b)
print(log)
log = []
for a, b in zip(gen(5, log), gen(5, log)):
    if a == 2:
        break
print(log)
log = []
for i, v in enumerate(gen(4, log), 1):
    if v == 1:
        break
print(i, v, log)
def f(log):
    for i, v in enumerate(gen(4, log)):
        if v == 2:
            return i
print(f(log), log)
try:
    for i, v in enumerate(gen(9, log)):
        if v == 1:
            raise KeyError(v)
except KeyError as e:
    print("KeyError", e, log)
# continue / else
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=-1):
    if i == -1:
        continue
    print(i, a, b)
else:
    print("else ran")
for x, y, z in zip("ab", [1, 2, 3], (9, 8)):
    print(x, y, z)
else:
    print("zip else")
# side effects: zip stops at the first exhausted iterator without advancing the later ones
it1 = iter([1, 2])
it2 = iter([10, 20, 30])
for a, b in zip(it1, it2):
    pass
print(list(it2))
it1 = iter([1, 2, 3])
it2 = iter([10, 20])
for a, b in zip(it1, it2):
    pass
print(list(it1))
# targets that are attributes and subscripts
class C: pass
c = C()
d = {}
for c.i, d["v"] in enumerate("xyz", 2**64):
    print(c.i, d)
# start evaluated before iter(); errors
try:
    for i, v in enumerate(5, "s"):
        pass
except TypeError as e:
    print(e)
try:
    for i, v in enumerate(5):
        pass
except TypeError as e:
    print(e)
try:
    for a, b in zip([1], 5):
        pass
except TypeError as e:
    print(e)
n = 0
for i, v in enumerate(range(3), True):
    n += i
print(n)
# the counter is the loop's own: rebinding i does not change the count
for i, v in enumerate("abc"):
    i = 100
    print(i, v)
def g2():
    for i, v in enumerate("ab"):
        yield i, v
    for a, b in zip("xy", "zw"):
        x = yield a + b
print(list(g2()))
for i, v in enumerate([]):
    print("never")
else:
    print("empty else")
def boom(log):
    yield 1
    raise ValueError("boom")
log = []
try:
    for a, b in zip(gen(5, log), boom(log)):
        print(a, b)
except ValueError as e:
    print("caught", e, log)
