n = 5
print(str(n), str(7), [str(n)])
def f(n):
    m = [n, str(n)]
    return m
print(f(3))
def g(y):
    class L:
        Z = y
        Q = Z + 1
    return L
print(g(4).Q)
