# `and`/`or` return one of their operands and skip the right side when the left decides.
log = []
def t(x):
    print("eval", x)
    return x

print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(t(None) or t(0.0) or t(False))
print(t(1) and t(2.5) and t(None) and t(7))
print(t([]) or t([1, 2]))
print(t(()) and t(1))
print(t(0) or t(1) and t(2))
print((t(0) or t(1)) and t(2))
print(not t(0), not t(3), not t(None))
x = 0
y = x and 10 / x
print(y)
x = 4
y = x and 10 / x
print(y)
d = 0
print(d != 0 and 100 // d > 1, d == 0 or 100 // d > 1)
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1, "" or "default", "set" or "default")
def first_positive(a, b, c):
    return a > 0 and a or b > 0 and b or c > 0 and c or None
print(first_positive(1, 2, 3), first_positive(-1, 2, 3), first_positive(-1, -2, 3), first_positive(-1, -2, -3))
