# A method read through its class is one function object (C.f is C.f, and a subclass's
# inherited C.f is the same object), so identity, equality, hashing and dict keys work as in CPython.
class A:
    def f(self):
        return 1

    def g(self, k=3):
        return k

    @staticmethod
    def s(x):
        return x * 2


class B(A):
    def g(self, k=4):
        return k


print(A.f is A.f, A.g is A.g, B.f is A.f, B.g is A.g, A.f == A.f, A().f == A().f)
h = A.f
print(h is A.f, hash(A.f) == hash(A.f), A.s is A.s, B.s is A.s)
table = {A.f: "f", A.g: "g", B.g: "B.g"}
print(table[B.f], table[A.g], table[B.g], len(table))
overridden = [name for name in ("f", "g") if getattr(B, name) is not getattr(A, name)]
print(overridden)
for _ in range(3000):
    junk = [object() for _ in range(10)]
print(h is A.f, A.f(A()), B.g(B()))
