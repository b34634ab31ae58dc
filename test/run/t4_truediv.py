# True division always gives a float; exact results for big ints; mixing ints and floats.
print(1 / 2, 3 / 3, -7 / 2, 7 / -2, 0 / 5, 0 / -5, -0 / 5)
print(10 / 4, 1 / 3, 2 / 3, 22 / 7, 1e300 / 1e-10, 5 / 0.5)
print(2 ** 60 / 3, 2 ** 64 / 2 ** 10, 10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 15)
print(10 ** 400 / 10 ** 399, -(10 ** 400) / 10 ** 398, 1 / 10 ** 400)
print(3 / 1.5, 3.0 / 2, True / 2, 1 / True, -1 / 3.0)
print(4 / 2 == 2, 4 / 2, 4 // 2)
x = 1
for i in range(10):
    x = x / 3
print(x, x * 3 ** 10)
y = 100
y /= 8
print(y)
y /= -2.5
print(y)
def avg(a, b, c):
    return (a + b + c) / 3
print(avg(1, 2, 3), avg(1, 2, 4), avg(-1, 0, 0), avg(0.1, 0.2, 0.3))
print(9007199254740993 / 1, 9007199254740993 / 3, 123456789123456789 / 1000)
