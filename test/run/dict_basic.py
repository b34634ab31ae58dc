# dict: displays, subscripts, membership, iteration, views, methods, equality, repr
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], bool(d), bool({}))
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, 'a' in d, 'b' in d, 'b' not in d)
for k in d:
    print(k, d[k])
print(list(d.items()), list(d.values()), d.keys(), d.values(), d.items())
print(d.get('z'), d.get('z', 5), d.get('a', 5), d.setdefault('q', []), d.setdefault('a', 0), d)
print(d.pop('q'), d.pop('zz', 'dflt'), d.popitem(), d)
e = dict(d, x=1)
print(e, e == {'x': 1, 'a': 10}, {} == {}, e != {'x': 1}, {1: 2} == {1: 2.0})
d2 = {1: 'one', 2: 'two', (1, 2): 't', None: 0, 1.5: 'f', True: 'true?'}
print(d2, d2[(1, 2)], d2[1.0], d2[None])
d2.update({3: 'x'})
d2.update([(4, 'four'), [5, 'five']])
d2.update(k='w')
print(d2)
print(d2 | {1: 'uno'}, {**d2, 2: 'dos'}, {0: 0, **{1: 1}, 2: 2})
d2 |= {9: 9}
d2 |= [(10, 10)]
print(d2)
alias = d2
alias[11] = 11
print(d2 is alias, 11 in d2)
print(dict(), dict([(1, 2), (3, 4)]), dict({'k': 'v'}), dict(a=1, b=2), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
c = d2.copy()
c.clear()
print(c, len(d2) > 0)
print(len(list(d2.keys())))
# insertion order survives deletes and re-inserts
o = {}
for i in range(20):
    o[i] = i * i
for i in range(0, 20, 3):
    del o[i]
o[0] = 'back'
print(o)
print(list(reversed(o))[:5], list(reversed(o.values()))[:3], list(reversed(o.items()))[:2])
# nested and recursive
n = {'l': [1, {'x': (1, 2)}], 't': (3,)}
n['self'] = n
print(n)
# keys of many types
k = {}
k[1] = 'int'
k[2 ** 70] = 'big'
k[-1] = 'minus one'
k[-2] = 'minus two'
k[0.5] = 'half'
k[False] = 'False replaces 0?'
k[0] = 'zero'
k[''] = 'empty'
k[(1, (2, 3))] = 'nested'
print(k, k[2 ** 70], k[0], k[-1], k[-2])
print(len(k), list(k)[-1], 1 in k.keys(), 'int' in k.values(), (1, 'int') in k.items(), (1, 'x') in k.items())
# counting words
words = ['the', 'quick', 'the', 'fox', 'the', 'dog', 'fox']
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
# views are live
v = counts.keys()
counts['new'] = 1
print(len(v), v, 'new' in v)
print(counts.keys() == {'the', 'quick', 'fox', 'dog', 'new'}, counts.keys() & {'the', 'zzz'}, counts.items() >= {('the', 3)})
print({1: 2}.keys() | [3], {1: 2}.keys() - {1})
x = {}
x['k'] = 1
print(x)
print(isinstance(d, dict), isinstance(d, (list, dict)), isinstance([], dict))
print(d['missing'])
