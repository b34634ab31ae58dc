# `float | int`, `int | None`: types.UnionType values at run time (found by TheAlgorithms
# project_euler/problem_101/sol1.py: `Matrix = list[list[float | int]]`).
Matrix = list[list[float | int]]
Opt = int | None
print(Matrix, Opt, int | str | int, int | int, (int | str).__args__, str | list[int] | None)


class A:
    pass


Maybe = A | None
print(Maybe, Maybe == (None | A), int | str == str | int)
flags = 4
print(flags | 1, True | False, {1} | {2})
try:
    print(int | 5)
except TypeError as e:
    print("TypeError", e)


def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)


print(f(3), f())
