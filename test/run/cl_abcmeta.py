import abc
from abc import ABCMeta, abstractmethod
class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...
    def g(self):
        return self.f() * 2
class D(Base):
    def f(self):
        return 21
print(D().g(), isinstance(D(), Base))
class Shape(object, metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
    def name(self): return "sq"
print(Sq().area(), Sq().name())
try:
    Base()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
Half()
