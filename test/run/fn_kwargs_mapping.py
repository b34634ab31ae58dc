class M:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return list(self.d)
    def __getitem__(self, k):
        return self.d[k] * 10
class N:
    pass
def f(a=0, **kw):
    return a, kw
print(f(**M({'a': 1, 'b': 2})))
print(f(**{'x': 1}, **M({'y': 2})))
for bad in [lambda: f(**N()), lambda: f(**M({'a': 1}), a=2), lambda: f(**M({1: 2})), lambda: f(**5)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
