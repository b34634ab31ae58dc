class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __str__(self): return f"V<{self.x}>"
    __repr__ = __str__
    def scale(self, k): return V(self.x * k)
    times = mul = scale
    @staticmethod
    def zero(): return V(0)
    origin = zero
print(V(1) + V(2), 3 + V(4), sum([V(1), V(2)], V(0)), [V(5)], repr(V(6)))
print(V(2).times(3), V(2).mul(4), V.origin(), V.__radd__.__name__, V(1).__repr__.__name__)
class W(V):
    def __str__(self): return "W!"
print(W(1), repr(W(1)), W(1) + 1)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents

    __hash__ = None

    def __lt__(self, o):
        return self.cents < o.cents

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        return Money(self.cents + o.cents)

    def __add__(self, o):
        return Money(self.cents + o.cents)

    def __repr__(self):
        return "Money(%d)" % self.cents

    __str__ = __repr__

    @classmethod
    def parse(cls, s):
        return cls(int(s.replace(".", "")))

    from_text = parse


m = Money(150)
m += Money(50)
print(m, 3 * m, m * 2, str(m), Money.from_text("1.25"), sorted([Money(3), Money(1)]))
print(Money(1) == Money(1), Money(1) != Money(2))
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def greet(self):
        return "hello from " + type(self).__name__

    hi = greet


class Child(Base):
    def greet(self):
        return "child says hi"


print(Base().hi(), Child().hi(), Child().greet())
