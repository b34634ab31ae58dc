# Dicts whose values change where inference must see it (infer.ts dict sites): each starts with
# str values, gets an int stored some other way, then is read with + 'x' (inline at every use: a
# shared helper's parameter would join every dict's values). A value wrongly typed str would be
# concatenated as one (a crash or garbage) instead of raising TypeError.
a = {'k': 'v'}
a.update({'k': 1})
try:
    print(a['k'] + 'x')
except TypeError:
    print('TypeError update')

b = {'k': 'v'}
b |= {'k': 1}
try:
    print(b['k'] + 'x')
except TypeError:
    print('TypeError ior')

e = {'k': 'v'}
up = e.update
up({'k': 1})
try:
    print(e['k'] + 'x')
except TypeError:
    print('TypeError bound')

f = {'k': 'v'}
for x in sorted([f], key=len):
    x['k'] = 1
try:
    print(f['k'] + 'x')
except TypeError:
    print('TypeError alias')


def put(d):
    d['k'] = 1


g = {'k': 'v'}
put(g)
try:
    print(g['k'] + 'x')
except TypeError:
    print('TypeError call')

h = {'k': 'v'}
h.setdefault('j', 1)
try:
    print(h['k'] + 'x', h['j'] + 'x')
except TypeError:
    print('TypeError setdefault')


def closure():
    d = {'k': 'v'}

    def inner():
        d['k'] = 1
    inner()
    try:
        print(d['k'] + 'x')
    except TypeError:
        print('TypeError closure')


closure()
