# Methods the program stores over: an instance attribute named like a method of its class, a
# replaced method on the class, a handler passed to __init__, static and class methods.
class Button:
    def __init__(self, label, on_click=None):
        self.label = label
        if on_click is not None:
            self.on_click = on_click

    def on_click(self):
        return f"{self.label}: default click"

    def press(self):
        return self.on_click()


plain = Button("ok")
custom = Button("save", lambda: "saved!")
print(plain.press())
print(custom.press())
print(custom.on_click())
print("on_click" in vars(custom), "on_click" in vars(plain))


class Greeter:
    def greet(self, name):
        return "hello " + name

    @staticmethod
    def kind():
        return "static"

    @classmethod
    def make(cls):
        return cls()


g = Greeter()
print(g.greet("ann"))
g.greet = lambda name: "hi " + name
print(g.greet("bob"), Greeter().greet("cy"))
del g.greet
print(g.greet("dee"))


def shout(self, name):
    return "HELLO " + name.upper()


Greeter.greet = shout
print(Greeter().greet("eve"), g.greet("fay"))
Greeter.kind = staticmethod(lambda: "replaced")
print(Greeter.kind(), Greeter().kind())
setattr(Greeter, "make", classmethod(lambda cls: cls.__name__))
print(Greeter.make())


class Base:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} {self.area()}"


class Square(Base):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Fixed(Square):
    def __init__(self, side, fixed):
        super().__init__(side)
        self.area = lambda: fixed


for shape in [Base(), Square(3), Fixed(3, 7)]:
    print(shape.describe(), shape.area())
print(Square.area(Fixed(2, 5)), Base.area(Square(4)))
