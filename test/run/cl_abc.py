# abc: ABC and @abstractmethod: abstract classes refuse construction with CPython's message;
# subclasses that override every abstract method work, super() reaches the abstract body.
from abc import ABC, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return "shape"

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class NamedSquare(Square):
    def name(self):
        return "square (" + super().name() + ")"


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self, x):
        pass

    @staticmethod
    @abstractmethod
    def kind():
        pass


class Doubler(Plugin):
    def run(self, x):
        return 2 * x

    @staticmethod
    def kind():
        return "double"


class NotAbstract:
    @abstractmethod
    def f(self):
        return "called anyway"


for k in [Shape, Square, Plugin]:
    try:
        k(2) if k is Square else k()
        print("made", k.__name__)
    except TypeError as e:
        print("TypeError:", e)

sq = NamedSquare(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(NamedSquare, ABC))
d = Doubler()
print(d.run(21), d.kind(), Doubler.kind(), NotAbstract().f())
makers = [NamedSquare, Square]
for m in makers:
    try:
        print(m(4).describe())
    except TypeError as e:
        print("TypeError:", e)
