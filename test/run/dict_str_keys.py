# Dict and set lookups with str keys that are equal but not the same object, mixed with keys of
# other types whose hashes are equal (user __eq__ / __hash__, str subclasses, 1 / 1.0 / True).
def build(parts):
    s = ''
    for p in parts:
        s = s + p
    return s


words = ['alpha', 'beta', 'gamma', 'a' * 40, 'b' * 17, '', 'é', 'x' * 8, 'x' * 9, 'ünïcödé' * 3, '\U0001f600ok']
d = {}
for i, w in enumerate(words):
    d[w] = i
for w in words:
    k = build(list(w))
    print(repr(k), k in d, d[k], d.get(k), k is w or len(k) < 2)
    d[k] = d[k] + 100
print(sorted(d.values()))
print(d.get('alphA'), 'alph' in d, 'alphaa' in d, 'x' * 10 in d)


class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print('  eq', self.s, repr(other))
        if isinstance(other, Key):
            return self.s == other.s
        return self.s == other


d2 = {Key('one'): 1, 'two': 2}
print('one' in d2, d2['one'], d2.get('two'))
d2['one'] = 11
print(len(d2), [v for v in d2.values()])
print(Key('two') in d2, hash(Key('two')) == hash('two'), hash(Key('x' * 30)) == hash('x' * 30))


class S(str):
    def __eq__(self, other):
        print('  S.eq', repr(str(self)), repr(other))
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))


d3 = {S('key'): 'sub'}
print('key' in d3, d3.get(build('key')), build('ke') in d3)
d3['key'] = 'plain'
print(list(d3.values()), type(list(d3)[0]).__name__)

d4 = {1: 'int', 'a': 's'}
print(d4[1.0], d4[True], 1.0 in d4, 2.0 in d4)
d4[1.0] = 'float'
print(d4, list(d4)[0].__class__.__name__)

s = set()
for w in words + [build(list(w)) for w in words]:
    s.add(w)
print(len(s), sorted(s) == sorted(set(words)))
s.add(Key('alpha'))
print(len(s))
s2 = {S('q'), 1}
s2.add('q')
s2.add(1.0)
s2.add(True)
print(len(s2), sorted(str(x) for x in s2))
for w in words:
    s.discard(w)
print(len(s))
for w in words:
    s.add(build(list(w)))
print(len(s))
