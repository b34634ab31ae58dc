# Subscripted classes as values: types.GenericAlias for the built-in generic classes (type
# aliases such as `Matrix = list[list[int]]`), __class_getitem__ of the program's classes and of
# collections' classes, and "type 'X' is not subscriptable" for the others.
from __future__ import annotations

import collections
from collections import Counter, OrderedDict, defaultdict, deque
from typing import Optional

Matrix = list[list[int]]
Pair = tuple[int, str]
print(Matrix, Pair, dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]])


class C:
    pass


print(type[C], list["X"], dict[str, None], list[Optional[int]], list[int] == list[int], list[int] == list[str])
print(hash(list[int]) == hash(list[int]), Matrix.__origin__, Matrix.__args__, type(Matrix), Matrix.__parameters__)
a = list[int]
print(a(), a((1, 2)), dict[str, int](x=1), tuple[int, int]([3, 4]), set[int]("aa"))


def first_row(m: Matrix) -> list[int]:
    return m[0]


print(first_row([[1, 2]]))


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item}"


class Sub(Box):
    pass


print(Box[int], Sub[str, int], deque[int], defaultdict[str, list[int]], OrderedDict[str, int], Counter[str])
print(collections.deque[int], deque[int]([1, 2]), collections.OrderedDict[int, int]())
for thunk in [lambda: isinstance([], list[int]), lambda: C[int], lambda: int[0], lambda: ValueError[0]]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
alias_of = {list[int]: "ints", dict[str, str]: "strs"}
print(alias_of[list[int]], alias_of[dict[str, str]])
d = defaultdict[str, int](int)
d["a"] += 2
print(d, Counter[str]("abca").most_common(1))
