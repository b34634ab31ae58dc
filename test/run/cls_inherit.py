# Inheritance: overriding, super() chains, multiple inheritance with C3 MRO (diamonds),
# staticmethod, classmethod, property (get/set/del), __slots__, isinstance/issubclass.
class Animal:
    kind = "animal"
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.kind + ":" + self.speak()


class Dog(Animal):
    sound = "woof"
    kind = "dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!" * self.age


zoo = [Animal("generic"), Dog("rex"), Puppy("bit", 3)]
for a in zoo:
    print(a.describe(), isinstance(a, Dog), type(a).__name__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(zoo[2], (int, Animal)))


# diamond: super() follows the MRO of the instance's class
class A:
    def who(self):
        return ["A"]

    def __init__(self):
        self.trail = ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("B")


class C(A):
    def who(self):
        return ["C"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("C")


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def __init__(self):
        super().__init__()
        self.trail.append("D")


print(D().who(), B().who(), C().who())
print(D().trail, B().trail)


class Mixin:
    def hello(self):
        return "hello from " + self.tag()


class Tagged:
    def tag(self):
        return "Tagged"


class Both(Mixin, Tagged):
    pass


class Other(Mixin):
    def tag(self):
        return "Other"


print(Both().hello(), Other().hello())
print(isinstance(Both(), Mixin), isinstance(Both(), Tagged), isinstance(Other(), Tagged))


# explicit base calls
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"

    def area(self):
        return Rect.area(self) + Shape.area(self)


for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.name, s.area())


# staticmethod, classmethod
class Temp:
    unit = "C"
    made = 0

    def __init__(self, deg):
        self.deg = deg
        Temp.made += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls, extra=""):
        return cls.__name__ + "/" + cls.unit + extra

    def fahrenheit(self):
        return self.c_to_f(self.deg)


class Kelvin(Temp):
    unit = "K"


print(Temp.c_to_f(100), Temp(37).fahrenheit(), Temp.freezing().deg, type(Kelvin.freezing()).__name__)
print(Temp.describe(), Kelvin.describe("!"), Kelvin(5).describe(), Temp.made)


# properties
class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            v = 0
        self._balance = v

    @balance.deleter
    def balance(self):
        self._balance = -1

    @property
    def summary(self):
        return self.owner + ":" + str(self.balance)


acct = Account("ann")
acct.balance = 50
print(acct.balance, acct.summary)
acct.balance = -5
print(acct.balance)
acct.balance += 7
print(acct.balance)
del acct.balance
print(acct.summary)


class Savings(Account):
    @property
    def summary(self):
        return "savings " + super().summary if False else "savings:" + str(self.balance)


sv = Savings("bo")
sv.balance = 3
print(sv.summary, sv.balance)


# __slots__
class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pt(1, 2)
p.x = 10
print(p.x + p.y)


# class attributes reached through instances and subclasses, and set on the class
class Config:
    debug = False
    level = 1


class Sub(Config):
    level = 2


cfg = Sub()
print(cfg.debug, cfg.level, Config.level)
Config.debug = True
print(cfg.debug, Sub.debug)
cfg.level = 9
print(cfg.level, Sub.level)
