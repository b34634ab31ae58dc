class M:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", self.v, o)
class Sub(M):
    def __rdivmod__(self, o):
        return ("sub-r", self.v, o.v if isinstance(o, M) else o)
class NI:
    def __divmod__(self, o):
        return NotImplemented
print(divmod(M(1), 5), divmod(5, M(2)), divmod(M(1), Sub(2)), divmod(Sub(3), M(4))[:2])
for a, b in [(NI(), 1), (1, NI()), (M(1), "x"), ("x", 1)]:
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(e)
