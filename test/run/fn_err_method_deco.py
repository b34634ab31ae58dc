# A decorated method called with too many arguments: the wrapper's TypeError.
def check(f):
    def w(self, n):
        if n < 0:
            raise ValueError("negative: %d" % n)
        return f(self, n)
    return w


class A:
    @check
    def sq(self, n):
        return n * n


a = A()
print(a.sq(3))
try:
    a.sq(-1)
except ValueError as e:
    print("ValueError", e)
a.sq(1, 2)
