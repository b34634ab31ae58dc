# ValueError: math domain error from math.sqrt of a negative number.
import math
def root(x):
    return math.sqrt(x)

def roots(a, b, c):
    d = b * b - 4 * a * c
    print("discriminant", d)
    r = root(d)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)

print(roots(1, -3, 2))
print(roots(1, 2, 5))
