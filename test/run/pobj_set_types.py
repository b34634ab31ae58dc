# Set element types in inference (infer.ts set sites): sets of ints, strs, tuples and mixed
# elements; the element types must widen with every add, |=, update and escape.


def total(s):
    t = 0
    for v in s:
        t += v
    return t


s = set()
for i in range(10):
    s.add(i * i % 7)
print(sorted(s), total(s), 3 in s, 5 in s)

# set displays and comprehensions
d = {1, 2, 3}
e = {x * 2 for x in d}
print(sum(x + 1 for x in e), 4 in e)

# sets of tuples, unpacked
pts = {(1, 2), (3, 4), (1, 2)}
acc = 0
for a, b in pts:
    acc += a * b
print(acc, (3, 4) in pts, len(pts))

# mixed elements after an add of another type
m = {1, 2}
m.add('three')
print(sorted(str(x) * 2 for x in m))

# update and |= from unknown code
u = {1}
u.update(['a'])
print(sorted(x * 2 for x in u if isinstance(x, str)), sorted(x * 2 for x in u if isinstance(x, int)))
w = {1.5}
w |= {'b'}
print(sorted(repr(x * 2) for x in w))

# a set escaping to a function that adds another type
def add_str(z):
    z.add('s')


q = {5}
add_str(q)
print(sorted(repr(x * 3) for x in q))

# set() of an iterable, frozenset, and equal keys of different types
print(sorted(set([3, 1, 2])), sorted(frozenset('ab')))
k = {1}
k.add(True)
k.add(1.0)
print(k, [type(x).__name__ for x in k])

# x in s with instances that define __eq__ / __hash__
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


ks = {Key(1), Key(2)}
print(Key(1) in ks, Key(3) in ks, sorted(x.v + 1 for x in ks))


# str elements joined by an int some way inference must see: each `x + 'x'` on an int raises
# (a set wrongly typed str would concatenate it); counted, since str iteration order is not fixed
def add_int(z):
    z.add(1)


def str_errors(s):
    n = 0
    for x in s:
        try:
            x + 'x'
        except TypeError:
            n += 1
    return n


s1 = {'a'}
add_int(s1)
n1 = 0
for x in s1:
    try:
        x + 'x'
    except TypeError:
        n1 += 1
s2 = {'a'}
s2.update([2])
n2 = 0
for x in s2:
    try:
        x + 'x'
    except TypeError:
        n2 += 1
s3 = {'a'}
s3 |= {3}
n3 = 0
for x in s3:
    try:
        x + 'x'
    except TypeError:
        n3 += 1
s4 = {'a'}
up = s4.add
up(4)
n4 = 0
for x in s4:
    try:
        x + 'x'
    except TypeError:
        n4 += 1
print(n1, n2, n3, n4, str_errors({'b', 5}))
