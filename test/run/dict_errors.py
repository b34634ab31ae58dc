# dict lookups that miss, pops, iteration that does not change the size, and KeyError of a tuple
d = {1: 'a', 'k': 'b', (1, 2): 'c'}
for key in [2, 'zz', (1, 3)]:
    print(key in d)
try_keys = [[1], {}, {1}]
print(d.pop(1), d)
print(len(d))
e = {}
print(e.get([1]) if False else 'skip')
for i in range(3):
    e[i] = i
print(e)
it = iter(e)
print(next(it))
print(list(it))
s = {1: 1}
for k in s:
    s[k] = 2
print(s)
print({}.pop('x', None))
print({(1, 2): 3}[(1, 2)])
print(d[(1, 3)])
