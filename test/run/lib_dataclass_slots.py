# @dataclass(slots=True): instances keep the fields only.
from dataclasses import dataclass, field, asdict


@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = P(1)
print(p, p.y, P(2, 3) == P(2, 3), asdict(P(4, 5)))
p.y = 5
p.tags.append("t")
print(p)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(p, "__dict__"))


@dataclass(slots=True, order=True)
class Q(P):
    w: str = "w"


print(Q(1, 2, [3], "v"), Q(1) < Q(2), sorted([Q(3), Q(1)]))
q = Q(1)
try:
    q.other = 2
except AttributeError as e:
    print("AttributeError", e)
