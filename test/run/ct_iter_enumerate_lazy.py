import itertools
# bead sort's pattern: the loop mutates the list it enumerates
seq = [5, 3, 1, 4]
for i, x in enumerate(seq):
    if i + 1 < len(seq):
        seq[i + 1] = seq[i + 1] + x
print(seq)
l = [1, 2, 3]
for i, x in enumerate(l):
    if i < 3:
        l.append(x * 10)
print(l)
# endless iterators
for i, c in enumerate(itertools.count(10)):
    if i == 3:
        print("stop at", c)
        break
def gen():
    n = 0
    while True:
        yield n * n
        n += 1
for i, v in enumerate(gen(), start=100):
    if v > 20:
        print(i, v)
        break
e = enumerate("abc", 5)
print(next(e), next(e))
print(list(e), list(e))
print(repr(e).startswith("<enumerate object at 0x"))
z = zip([1], [2])
print(repr(z).startswith("<zip object at 0x"))
print(repr(map(str, [1])).startswith("<map object"))
print(list(enumerate([], 2**70)), list(enumerate("xy", 2**70)))
print(list(enumerate("ab", True)))
print(dict(enumerate("hello")))
print(sorted(enumerate([3, 1, 2]), key=lambda p: p[1]))
# a generator that raises inside enumerate
def bad():
    yield 1
    raise ValueError("boom")
try:
    for i, v in enumerate(bad()):
        print("got", i, v)
except ValueError as ex:
    print("caught", ex)
try:
    enumerate([1], "x")
except TypeError as ex:
    print(ex)
try:
    enumerate(5)
except TypeError as ex:
    print(ex)
try:
    enumerate([1])[0]
except TypeError as ex:
    print(ex)
