# x.a += v where another class of the program has a method named a: the load is that class's bound method
# (a TypeError), and other classes keep their data attribute (was: not supported yet).
class A:
    def m(self):
        return 1


class B:
    def __init__(self):
        self.m = 0

    def bump(self):
        self.m += 5
        return self.m


b = B()
print(b.bump(), b.bump())
f = A().m
print(f())
def bump_any(x):
    x.m += 1
    return x.m
print(bump_any(b))
try:
    bump_any(A())
except TypeError as e:
    print("TypeError", e)
