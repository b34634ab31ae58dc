# Dict and set element types in inference (infer.ts dict/set sites): every way a dict's keys or
# values can change behind a read must widen the types the reads carry, or the specialized
# operations on them print something else than CPython.


def add_one(d, k):
    return d[k] + 1


def store_str(d):
    d['a'] = 'text'


def counts():
    d = {}
    for w in ['x', 'y', 'x', 'z', 'x']:
        d[w] = d.get(w, 0) + 1
    return d


c = counts()
print(sorted(c.items()), add_one(c, 'x'))

# a dict that escapes to a function that stores another type
m = {'a': 1, 'b': 2}
print(m['a'] + m['b'])
store_str(m)
print(m['a'] + m['a'], m['b'] * 3)

# update from unknown code
u = {'k': 1}
u.update({'k': 'one'})
print(u['k'] * 2)
u.update(k=2.5)
print(u['k'] * 2)

# |= on a dict
o = {'p': 3}
o |= {'p': [1, 2]}
print(o['p'] * 2)

# comprehensions with mixed value types
comp = {i: (i if i % 2 else str(i)) for i in range(6)}
for k in comp:
    print(k, comp[k] * 2)
fl = {str(i): i / 2 for i in range(4)}
print(sum(fl[k] + 1 for k in fl))

# setdefault storing a list, then appended to
g = {}
for i in range(5):
    g.setdefault(i % 2, []).append(i)
print(g, g[0] + g[1])
g.setdefault(2, 'x')
print(g.get(2) * 3, g.get(9), g.get(9, 1.5) * 2)

# **kw splats: the callee gets a copy
def kw(**kwargs):
    kwargs['a'] = 'changed'
    return kwargs


base = {'a': 1}
r = kw(**base)
print(base['a'] + 1, r['a'] + '!')

# a dict value reached through a list that escapes
holder = [{'n': 1}]
def poke(lst):
    lst[0]['n'] = 'poked'
poke(holder)
print(holder[0]['n'] * 2)
hs = [{'n': 1}]
for x in sorted(hs, key=lambda q: 0):
    x['n'] = [7]
print(hs[0]['n'] * 2)

# a dict in a global modified elsewhere
G = {'v': 10}
def setg():
    G['v'] = 'ten'
print(G['v'] + 1)
setg()
print(G['v'] + '!')

# keys of mixed types, and bool/int/float keys that are equal
mk = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none'}
for k in mk:
    print(repr(k), mk[k])
eq = {1: 'a'}
eq[True] = 'b'
eq[1.0] = 'c'
print(eq, [type(k).__name__ for k in eq])

# values through views, pop, popitem, del, clear
vv = {'a': [1], 'b': [2]}
for v in vv.values():
    v.append('s')
print(vv['a'] + vv['b'])
for k, v in vv.items():
    v.append(0.5)
print(vv)
pp = {'x': 1, 'y': 2}
print(pp.pop('x') + 1, pp.popitem())
pp['z'] = 'zz'
del pp['z']
pp['w'] = 3
print(pp['w'] + 1)

# an iterator over a dict
it = iter({'q': 1, 'r': 2})
print(next(it) + next(it))

# dict(...) and copies are other dicts
d1 = {'a': 1}
d2 = dict(d1)
d2['a'] = 'two'
d3 = d1.copy()
d3['a'] = 2.0
print(d1['a'] + 1, d2['a'] * 2, d3['a'] * 2)

# a dict returned through a tuple
def pair():
    a = {'k': 1}
    b = {'k': 'x'}
    return a, b
a, b = pair()
print(a['k'] * 2, b['k'] * 2)
