# `a &= b` on an instance of a subclass of a built-in type whose base has no in-place form of the
# operator: the class's __and__ (Counter's), as CPython; with one (set &=, list +=), the base's
# in-place form changes the object (found by TheAlgorithms maths/gcd_of_n_numbers.py).
from collections import Counter

a = Counter({2: 3, 3: 1})
b = Counter({2: 1, 5: 2})
a &= b
print(a, type(a).__name__)
x = Counter("aab")
x |= Counter("bcc")
print(x, type(x).__name__)
x += Counter("a")
x -= Counter("c")
print(x, type(x).__name__)


class S(set):
    def __and__(self, other):
        print("S.__and__")
        return S(set.intersection(self, other))


s = S({1, 2, 3})
t = s
s &= {2, 3, 4}
print(sorted(s), type(s).__name__, s is t)


class L(list):
    def __add__(self, other):
        print("L.__add__")
        return L(list(self) + list(other))


l = L([1])
m = l
l += [2]
print(l, type(l).__name__, l is m)


class D(dict):
    def __and__(self, other):
        return D({k: v for k, v in self.items() if k in other})


d = D(a=1, b=2)
d &= {"b": 0}
print(d, type(d).__name__)
d |= {"c": 3}
print(d, type(d).__name__)


class N(int):
    pass


n = N(5)
n += 1
print(n, type(n).__name__)
