# abc: abstract base classes. The compiler knows these names (src/lower/classes.ts): a method
# decorated with @abstractmethod in a class deriving from ABC makes the classes that do not
# override it abstract, and constructing one raises CPython's TypeError ("Can't instantiate
# abstract class ..."); the decorator itself is not called.


class ABC:
    pass


class ABCMeta(ABC):
    """`class C(metaclass=ABCMeta)`: the compiler makes this a base of C, which then checks
    abstract methods as an ABC subclass does (Keel has no metaclasses)."""


def abstractmethod(funcobj):
    return funcobj
