def neg(n):
    return -n


def f(x, off=-3, p=2 ** 8, t=(1, 2)):
    return x + off + p + t[1]


print(neg(5), -True, f(1), f(1, 0), f(1, 0, 0))
print(-4611686018427387904)
print(f(1, 2, 3, (4, 5), 6))
