# typing: annotations everywhere (never required), and typing's names used at run time.
from __future__ import annotations
from typing import List, Optional, Dict, TypeVar, cast, Any, Tuple, Union, Callable, Iterator, TYPE_CHECKING
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
Vec = List[float]
Grid = Dict[str, List[int]]
print(Vec, Optional[int], Grid, T, K, Tuple[int, ...], Union[int, str])
print(cast(int, "not checked"), Callable[[int, str], bool], typing.Any, TYPE_CHECKING)

x: int = 5
y: List[int]
names: Dict[str, int] = {"a": 1}


def first(xs: List[T]) -> T:
    return xs[0]


def scale(v: Vec, k: float = 2.0) -> Vec:
    out: Vec = []
    for a in v:
        out.append(a * k)
    return out


def count(n: int) -> Iterator[int]:
    i: int = 0
    while i < n:
        yield i
        i += 1


class Node:
    value: int
    next: Optional[Node] = None

    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next

    def total(self) -> int:
        n: Optional[Node] = self
        s = 0
        while n is not None:
            s += n.value
            n = n.next
        return s


print(first([3, 4]), scale([1.0, 2.5]), list(count(4)), x, names)
print(Node(1, Node(2, Node(3))).total(), Node.next, List[Node], List[int] == List[int])
if TYPE_CHECKING:
    print("never")
print(y)
