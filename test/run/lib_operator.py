import operator
from operator import itemgetter, attrgetter, add, mul

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 2.5), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 10), operator.neg(5), operator.pos(-3))
print(operator.abs(-4), operator.abs(-0.0), operator.abs(True), operator.inv(5), operator.invert(-1))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 40), operator.rshift(1024, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.contains([1, 2], 2), operator.contains("abc", "z"))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abcb", "b"), operator.index(7))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(d, operator.getitem(d, "a"), operator.getitem([5, 6, 7], -1))
operator.delitem(d, "a")
print(d, operator.length_hint([1, 2, 3]), operator.length_hint((x for x in []), 5))
l = [1]
m = [7]
print(operator.imul(m, 3), m, operator.iconcat(m, (8,)), m)
print(operator.iadd(l, [2]), l, operator.iadd(3, 4), operator.imul("ab", 2), operator.ior({1}, {2}))
print(operator.isub(10, 3), operator.ifloordiv(7, 2), operator.imod(7, 3), operator.ipow(2, 5), operator.itruediv(1, 4))
print(operator.iand(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(16, 2), operator.iconcat([1], (2,)))

from functools import reduce
print(reduce(add, range(1, 11)), reduce(mul, range(1, 11)), list(map(add, [1, 2], [10, 20])))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(2), reverse=True))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[0]), itemgetter("k")({"k": 42}))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.inner = None


people = [P("x", 30), P("y", 20), P("z", 25)]
people[0].inner = P("deep", 1)
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[1]), attrgetter("inner.name")(people[0]))
try:
    attrgetter("nope")(people[0])
except AttributeError as e:
    print("AttributeError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
print(operator.index(True), type(operator.index(True)).__name__)
operator.truediv(1, 0)
