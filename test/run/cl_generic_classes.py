# Generic classes and functions: PEP 695 type parameters and Generic[T] bases only annotate;
# a subscripted base is its class.
from collections.abc import Iterator, MutableMapping
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), type(s).__name__)


class Node[V]:
    def __init__(self, value: V, nxt: "Node[V] | None" = None) -> None:
        self.value = value
        self.next = nxt

    def __iter__(self) -> Iterator[V]:
        node: Node[V] | None = self
        while node is not None:
            yield node.value
            node = node.next


print(list(Node(1, Node(2, Node(3)))))


class Bounded[T: (int, float)]:
    def __init__(self, lo: T, hi: T) -> None:
        self.lo, self.hi = lo, hi

    def clamp(self, v: T) -> T:
        return max(self.lo, min(self.hi, v))


print(Bounded(0, 10).clamp(15), Bounded(0.5, 1.5).clamp(-1))


def first[X](xs: list[X]) -> X:
    return xs[0]


def pair[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)


print(first(["a", "b"]), pair(1, "x"))


class LowerDict[KT, VT](MutableMapping[KT, VT]):
    def __init__(self) -> None:
        self._d: dict[KT, VT] = {}

    def __getitem__(self, k: KT) -> VT:
        return self._d[k.lower()]

    def __setitem__(self, k: KT, v: VT) -> None:
        self._d[k.lower()] = v

    def __delitem__(self, k: KT) -> None:
        del self._d[k.lower()]

    def __iter__(self) -> Iterator[KT]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)


d = LowerDict()
d["Hello"] = 1
d.update(WORLD=2)
print(d["HELLO"], sorted(d), d.get("world"), isinstance(d, MutableMapping), len(d))


class Pairs(list[tuple[int, int]]):
    def firsts(self) -> list[int]:
        return [a for a, _ in self]


p = Pairs([(1, 2), (3, 4)])
print(p.firsts(), len(p), isinstance(p, list))


class Box(Generic[T, K]):
    def __init__(self, a: T, b: K):
        self.a, self.b = a, b

    def swap(self) -> "Box[K, T]":
        return Box(self.b, self.a)


b = Box(1, "one").swap()
print(b.a, b.b)
