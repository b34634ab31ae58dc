def fact(n):
    def rec(k):
        return 1 if k <= 1 else k * rec(k - 1)
    return rec(n)
print(fact(5))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(ops['add'](2, 3), [f(2, 3) for f in ops.values()])
print(list(map(str.upper, ['a', 'b'])))
def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(times=2)
@repeat(2)
def hi(name='x'):
    return 'hi ' + name
print(hi(name='y'))
G = 10
def dflt(a, b=G * 2):
    return a + b
print(dflt(1))
words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=str.lower), sorted(words, key=len))
print(list(map(str.strip, [' a ', 'b '])), list(map(str.split, ['a b', 'c'])))
print(list(map(str.replace, ['aa', 'ba'], ['a', 'a'], ['x', 'y'])))
up = str.upper
print(up('q'), up.__name__, up.__qualname__)
table = [('neg', lambda x: -x), ('sq', lambda x: x * x)]
for name, fn in table:
    print(name, fn(4))
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
@on('a')
def h1(x):
    return x + 1
@on('a')
def h2(x):
    return x * 2
print([h(5) for h in handlers['a']])
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
