from typing import NamedTuple, Optional
import typing
class Emp(NamedTuple):
    """An employee."""
    name: str
    salary: float = 0.0
    boss: Optional[str] = None
    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct))
    def __repr__(self):
        return f"<{self.name}>"
    KIND = "emp"
class Pt(typing.NamedTuple):
    x: int
    y: int
e = Emp("ann", 10.0)
print(e, e.name, e.salary, e.boss, e.raise_(0.5).salary, Emp.KIND, Emp.__doc__)
p = Pt(1, 2)
print(p, p.x + p.y, p[0], len(p), list(p), p == (1, 2), p._asdict(), Pt._fields, Pt._make([3, 4]))
x, y = p
print(x, y, hash(p) == hash((1, 2)), sorted([Pt(2, 1), Pt(1, 5)]))
match p:
    case Pt(x=1, y=yy):
        print("match", yy)
match p:
    case (a, b):
        print("seq", a, b)
print(Emp._field_defaults)
print(p.z)
