X = "global"
class C:
    A = 2
    B = A * 10
    print("in body", A, B, X)
    NAMES = ("a", "b")
    COUNT = len(NAMES)
    K = {n: i for i, n in enumerate(("p", "q"))}
    def m(self):
        return self.B + C.A
    A = A + 1
    X = X + "!"
    label = f"{A}-{B}"
print(C.A, C.B, C.COUNT, C.K, C().m(), C.X, X, C.label)
class D(C):
    B = 5
    E = B + 1
print(D.B, D.E, D.A)
class Color:
    RED = 1
    GREEN = 2
    ALL = [RED, GREEN]
    BY_NAME = {"red": RED, "green": GREEN}
    class Inner:
        V = 3
        W = V * 2
    IV = Inner.W
print(Color.ALL, Color.BY_NAME, Color.IV)
def f():
    y = 7
    class L:
        Z = y
        Q = Z + 1
    return L
print(f().Q)
