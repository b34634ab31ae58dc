# An invalid value uncaught: CPython's ValueError from Color(...).
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color(1), Color(2))
print(Color(3))
