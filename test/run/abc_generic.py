# Subscripted collections.abc classes are types.GenericAlias values (found by
# maths/numerical_analysis/newton_raphson.py of TheAlgorithms/Python: `RealFunc =
# Callable[[float], float]` at module level).
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized, Hashable

RealFunc = Callable[[float], float]
Pairs = Iterable[tuple[int, str]]
print(RealFunc, RealFunc.__args__, RealFunc.__origin__ is Callable)
print(Callable[..., int], Callable[[], None])
print(Pairs, Mapping[str, int], Sequence[float], Iterator[int].__args__)


def apply(f: RealFunc, x: float) -> float:
    return f(x)


print(apply(lambda v: v * 2, 1.5))
for bad in (lambda: Sized[int], lambda: Hashable[int], lambda: Callable[int], lambda: Callable[int, int]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
