# type(x)() and __class__ reach class objects without naming them: construction through the
# runtime from both, with attributes of the direct calls intact.


class V:
    def __init__(self, x):
        self.x = x

    def twice(self):
        return type(self)(self.x * 2)


class W(V):
    pass


v = V(1.5)
print(v.twice().x, type(v.twice()).__name__)
w = W(2)
print(w.twice().x, type(w.twice()).__name__)
print(type(w)(9).x, type(v).__name__)
c = type(w)
print(c(3).twice().x)
