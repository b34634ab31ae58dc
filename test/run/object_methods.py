# object's own special methods, reached directly (x.__eq__(y)), through super() and as
# object.__eq__(x, y), on classes that do and do not define them.


class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("EqOnly.__eq__")
        return isinstance(other, EqOnly) and self.v == other.v


class Full:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Full):
            return super().__eq__(other)
        return self.v == other.v

    def __ne__(self, other):
        r = super().__ne__(other)
        print("Full.__ne__ via object:", r)
        return r

    def __hash__(self):
        return super().__hash__() * 0 + self.v

    def __repr__(self):
        return "Full(" + str(self.v) + ")"

    def __str__(self):
        return "str:" + super().__str__()

    def __lt__(self, other):
        return super().__lt__(other)


class Child(Plain):
    def __repr__(self):
        base = super().__repr__()
        return "Child<" + str(base.startswith("<__main__.Child object at 0x")) + ">"


p = Plain()
q = Plain()
print(p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__ne__(p))
print(p.__lt__(q), p.__le__(q), p.__gt__(q), p.__ge__(q))
print(p.__hash__() == hash(p), p.__repr__() == repr(p), p.__str__() == str(p))
print(p.__repr__().startswith("<__main__.Plain object at 0x"))

e1 = EqOnly(1)
e2 = EqOnly(1)
e3 = EqOnly(2)
print(e1.__ne__(e2), e1.__ne__(e3), e1.__ne__(5))
try:
    e1.__hash__()
except TypeError as exc:
    print("TypeError:", exc)

f1 = Full(1)
f2 = Full(1)
print(f1 == f2, f1 != f2, f1 != Full(2), f1 == 3, f1 != 3)
print(hash(f1), f1.__hash__(), str(f1), f1.__str__(), repr(f1))
print(f1.__lt__(f2), f1.__eq__(f2))
try:
    print(f1 < f2)
except TypeError as exc:
    print("TypeError:", exc)

c = Child()
print(repr(c), str(c), c.__str__(), c.__repr__())

print(object.__eq__(p, p), object.__eq__(p, q), object.__ne__(f1, f2), object.__ne__(f1, Full(3)))
print(object.__repr__(f1).startswith("<__main__.Full object at 0x"), object.__str__(f1))
print(object.__hash__(f1) == object.__hash__(f1), object.__lt__(p, q))
print(object.__eq__(1, 1), object.__eq__("a", None))

try:
    p.__eq__()
except TypeError as exc:
    print("TypeError:", exc)
try:
    p.__repr__(1)
except TypeError as exc:
    print("TypeError:", exc)


class Num(int):
    pass


n = Num(3)
print(n.__eq__(3), n.__ne__(3), n.__lt__(4), n.__repr__(), n.__hash__())

items = [Plain(), Plain()]
print(sum(1 for x in items if x.__eq__(items[0]) is True))
print([type(x.__ne__(items[1])).__name__ for x in items])
