s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0,1,2,3,4,5,6][s])
print(s.indices(3), slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(10))
print(slice(3), slice(1, 2), repr(slice('a', [1])), slice(1) == slice(None, 1, None), slice(1, 2) != slice(1, 2))
print(hash(slice(1, 2, 3)), hash(slice(None, 2)), {slice(1, 2): 'x'}[slice(1, 2)])
print(isinstance(s, slice), type(s).__name__, type(s) is slice, isinstance(3, (int, slice)))
print("hello"[slice(None, None, -1)], (1, 2, 3)[slice(1, None)], range(10)[slice(2, 8, 3)], b"abcdef"[slice(1, 4)])
xs = [1, 2, 3, 4, 5]
xs[slice(0, 2)] = ["a", "b", "c"]
print(xs)
del xs[slice(None, None, 2)]
print(xs)
fs = [1.5, 2.5, 3.5]
print(fs[slice(1, None)], fs[s])
class V:
    def __init__(self, xs): self.xs = xs
    def __getitem__(self, i):
        if isinstance(i, slice):
            return V(self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v):
        print("set", i, v)
        self.xs[i] = v
    def __delitem__(self, i):
        print("del", i)
        del self.xs[i]
    def __len__(self): return len(self.xs)
    def __repr__(self): return f"V({self.xs})"
v = V([1, 2, 3, 4, 5])
print(v[1], v[1:3], v[::-1], v[:2], v[s])
v[1:3] = [9, 9]
v[0] = 7
del v[::2]
print(v)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1, 2, 0).indices(3), lambda: slice(1, 2).indices(-1), lambda: [1][slice('a', 2)], lambda: slice(1).bogus]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
