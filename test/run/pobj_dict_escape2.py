# Dicts whose values change where inference must see it (infer.ts dict sites; the rest of pobj_dict_escape.py): each starts with
# str values, gets an int stored some other way, then is read with + 'x' (inline at every use: a
# shared helper's parameter would join every dict's values). A value wrongly typed str would be
# concatenated as one (a crash or garbage) instead of raising TypeError.
class Box:
    pass


bx = Box()
bx.d = {'k': 'v'}
getattr(bx, 'd' + '')['k'] = 1
try:
    print(bx.d['k'] + 'x')
except TypeError:
    print('TypeError attr')


def gen(d):
    d['k'] = 1
    yield 1


i = {'k': 'v'}
for _ in gen(i):
    pass
try:
    print(i['k'] + 'x')
except TypeError:
    print('TypeError generator')


def cached(n, cache={}):
    if n in cache:
        return cache[n]
    cache[n] = str(n)
    return cache[n]


cached(1)
cached.__defaults__[0][1] = 1
try:
    print(cached(1) + 'x')
except TypeError:
    print('TypeError default')

j = {'k': 'v'}
jc = j.copy()
jc['k'] = 1
print(j['k'] + 'x')
try:
    print(jc['k'] + 'x')
except TypeError:
    print('TypeError copy')

k = {'k': 'v'}
holder = {'inner': k}
list(holder.values())[0]['k'] = 1
try:
    print(k['k'] + 'x')
except TypeError:
    print('TypeError values')

m = {'k': 'v'}
nest = {'inner': m}
for key, v in nest.items():
    v['k'] = 1
try:
    print(m['k'] + 'x')
except TypeError:
    print('TypeError items')

n = {'k': 'v'}
lst = [n]
lst[0]['k'] = 1
try:
    print(n['k'] + 'x')
except TypeError:
    print('TypeError list')

p = {'k': 0.5}
keys = {0.5: 'v'}
print(keys.get(p['k']) * 2, p.get('none', 1) + 1, p.get('k') * 2.0)
for kk in keys:
    print(kk * 2.0)
q = {1: 0.5, 'x': 2}
for kk in q:
    print(q[kk] * 2.0)
    try:
        print(kk * 2.0)
    except TypeError:
        print('TypeError key')
