from __future__ import annotations
from typing import overload, Union
import typing


class Vec:
    def __init__(self, xs):
        self.xs = list(xs)

    @overload
    def __mul__(self, other: float) -> Vec: ...

    @overload
    def __mul__(self, other: Vec) -> float: ...

    def __mul__(self, other):
        if isinstance(other, Vec):
            return sum(a * b for a, b in zip(self.xs, other.xs))
        return Vec(x * other for x in self.xs)

    @typing.overload
    def get(self, i: int) -> float: ...
    @typing.overload
    def get(self, i: slice) -> list: ...
    def get(self, i):
        return self.xs[i]

    def __repr__(self):
        return f"Vec({self.xs})"


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


v = Vec([1, 2, 3])
print(v * 2, v * Vec([4, 5, 6]), v.get(1), v.get(slice(0, 2)))
print(double(4), double("ab"))
