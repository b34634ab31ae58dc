# Closures and lambdas in methods (self as a cell, super() with it), builtin classes as callables.
class Counter:
    def __init__(self, start):
        self.n = start

    def adder(self):
        return lambda k: self.n + k

    def make(self):
        def inner(x):
            return x * self.n
        return inner

    def sorted_by(self, xs):
        return sorted(xs, key=lambda v: abs(v - self.n))


c = Counter(10)
print(c.adder()(5), c.make()(3), c.sorted_by([1, 12, 9, 30]))
fs = [Counter(1).adder(), Counter(2).make()]
print(fs[0](1), fs[1](7))
print(list(map(str, [1, 2])), sorted(["3", "10", "2"], key=int), list(map(int, ["4"])))


class Base:
    def val(self):
        return self.x * 2


class Derived(Base):
    def val(self):
        f = lambda: self
        self.x = 5
        return super().val() + 10 + f().x


print(Derived().val())
