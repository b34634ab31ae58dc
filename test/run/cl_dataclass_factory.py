# default_factory: a lambda, a function, a built-in class (read through the class: no binding)
from dataclasses import dataclass, field

def make():
    return [1]

@dataclass
class A:
    x: int = 0
    ys: list = field(default_factory=lambda: [0])
    zs: list = field(default_factory=make)
    ws: dict = field(default_factory=dict)

a = A()
print(a, A(1, [2]))
