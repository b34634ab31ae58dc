# Special methods of built-in types called through the class: in subclasses overriding them,
# and directly (NotImplemented for operands the type does not take, CPython's TypeErrors).
class Name(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"

    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    def __hash__(self):
        return str.__hash__(self.lower())


n = Name("Bob")
print(n, repr(n), str(n), n.upper(), len(n), [n], n == "bob", hash(n) == hash("bob"))


class Num(int):
    def __repr__(self):
        return "Num(" + int.__repr__(self) + ")"

    def __add__(self, o):
        r = int.__add__(self, o)
        return r if r is NotImplemented else Num(r)

    __radd__ = __add__

    def __neg__(self):
        return Num(int.__neg__(self))


print(repr(Num(3) + 4), repr(4 + Num(3)), repr(-Num(5)), repr(Num(2) + True))
try:
    Num(1) + "a"
except TypeError as e:
    print("TypeError:", e)
print(Num(1) + 2.5)


class Money(float):
    def __str__(self):
        return "$" + float.__repr__(self)

    def __mul__(self, k):
        return Money(float.__mul__(self, k))


print(Money(2.5) * 2, str(Money(1.0) * 3), float.__mul__(2.0, 3), float.__mul__(2.0, "x"))


class Bag(list):
    def __contains__(self, v):
        return list.__contains__(self, v) or v == "any"

    def __len__(self):
        return list.__len__(self) * 10


b = Bag([1, 2])
print(1 in b, "any" in b, 3 in b, len(b), list.__len__(b), list.__repr__(b))
print(int.__add__(3, 4), int.__add__(3, 4.5), int.__sub__(10, 3), int.__rsub__(10, 3), int.__mul__(6, 7))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__floordiv__(7, 2), int.__truediv__(7, 2))
print(int.__and__(6, 3), int.__lshift__(1, 70), int.__abs__(-4), int.__bool__(0), int.__invert__(5))
print(str.__add__("a", "b"), str.__mul__("ab", 3), str.__mod__("%d!", 5), str.__len__("hey"), str.__contains__("hey", "e"))
print(str.__lt__("a", "b"), str.__eq__("a", 1), tuple.__add__((1,), (2,)), tuple.__len__((1, 2, 3)), list.__add__([1], [2]))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}), set.__sub__({1, 2}, [1]), dict.__or__({1: 2}, {3: 4}))
print(list(list.__iter__([4, 5])), str.__repr__("it's"), int.__repr__(True), float.__repr__(0.1), hash(5) == int.__hash__(5))
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    str.__str__(5)
except TypeError as e:
    print("TypeError:", e)
