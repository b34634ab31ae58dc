# Bound methods of lists, dicts and sets read as values (`add = s.add`) change their object when
# called: inference must widen what the object holds (infer.ts: rt_getattr escapes the receiver).
# Each reads with + 'x' a value an int was stored to through such a method: a value wrongly typed
# str would be concatenated (a crash or garbage) instead of raising TypeError.


def f():
    d = {'k': 'v'}
    sd = d.setdefault
    sd('j', 1)
    try:
        print(d['j'] + 'x')
    except TypeError:
        print('TypeError dict setdefault')
    u = {'k': 'v'}
    up = u.update
    up({'k': 2})
    try:
        print(u['k'] + 'x')
    except TypeError:
        print('TypeError dict update')
    s = {'a'}
    ad = s.add
    ad(3)
    n = 0
    for x in s:
        try:
            x + 'x'
        except TypeError:
            n += 1
    print('set add', n)
    lst = ['a']
    app = lst.append
    app(4)
    for x in lst:
        try:
            print(x + 'x')
        except TypeError:
            print('TypeError list append')
    ins = ['a']
    m = ins.insert
    m(0, 5)
    try:
        print(ins[0] + 'x')
    except TypeError:
        print('TypeError list insert')


f()
