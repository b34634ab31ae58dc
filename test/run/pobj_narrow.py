# Class switches narrow their receiver (infer.ts keyFacts): in the case of a method call or an
# attribute read for class C, the receiver is a C, so the method's `self` and the slot read only
# see C's attributes. Classes named only by the module's body (modglobals makes them SSA values)
# still get instance sites. Soundness: values of other classes, None, class objects and unbound
# method calls must keep their behaviour.


class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return 0

    def describe(self):
        return "shape %s" % self.area()


class Square(Shape):
    def __init__(self, n):
        Shape.__init__(self, n)
        self.side = n * 1.5

    def area(self):
        return self.side * self.side


class Label(Shape):
    def __init__(self, n):
        Shape.__init__(self, n)
        self.side = "s" * n

    def area(self):
        return len(self.side)


class Other:
    def __init__(self):
        self.side = [1, 2, 3]

    def area(self):
        return self.side


def total(items):
    out = []
    for x in items:
        if x is None:
            out.append("none")
        else:
            out.append(x.area())
            out.append(x.side if not isinstance(x.side, list) else len(x.side))
    return out


items = [Square(2), Label(3), Other(), None, Square(5), Label(0)]
print(total(items))
print([s.describe() for s in items if isinstance(s, Shape)])
print(Shape.area(items[0]), Square.area(items[4]), Label.area(items[1]))
try:
    print(Square.area())
except TypeError as e:
    print("TypeError", e)
try:
    print(Shape(1).side)
except AttributeError as e:
    print("AttributeError", e)


# a module-level class constructed only in the body, with a value of another class in the same slot
class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Crate:
    def __init__(self, v):
        self.v = [v]

    def get(self):
        return self.v[0] * 2


boxes = [Box(1), Crate(2), Box("x"), Crate(1.5)]
acc = []
for b in boxes:
    acc.append(b.get())
    acc.append(b.v)
print(acc)
