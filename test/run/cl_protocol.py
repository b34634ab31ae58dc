# typing.Protocol classes as bases (structural typing is the type checker's; at run time they
# are plain bases), isinstance() with a protocol (CPython's TypeError unless runtime-checkable),
# and generic classes called through their subscript (`Node[K, V]()`).
from abc import abstractmethod
from typing import Generic, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


class Comparable(Protocol):
    @abstractmethod
    def __lt__(self, other) -> bool:
        pass


class SupportsClose(Protocol[T]):
    def close(self) -> T: ...


class Resource(SupportsClose[str]):
    def __init__(self, name):
        self.name = name

    def close(self):
        return f"closed {self.name}"


@runtime_checkable
class Named(Protocol):
    name: str


class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


def smallest(items: list[Comparable]) -> Comparable:
    best = items[0]
    for x in items[1:]:
        if x < best:
            best = x
    return best


print(smallest([Version(2, 0), Version(1, 9), Version(1, 10)]), Resource("db").close())
try:
    isinstance(Version(1, 0), Comparable)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Resource, SupportsClose)
except TypeError as e:
    print("TypeError:", e)


class Node[K, V]:
    def __init__(self, key: K | None = None, value: V | None = None):
        self.key = key
        self.value = value
        self.next: list[Node[K, V]] = []


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


head = Node[str, int]()
head.next.append(Node[str, int]("a", 1))
print(head.key, [(n.key, n.value) for n in head.next], Box[int](5).item)
