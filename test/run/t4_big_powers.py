# Powers as big ints: powers of 2, 3, 7 and 10, negative bases, modular powers, last digits.
for e in [10, 31, 32, 62, 63, 64, 65, 127, 128, 200]:
    print(e, 2 ** e, -(2 ** e), (-2) ** e)
print(3 ** 100)
print(7 ** 77)
print(10 ** 40, 10 ** 40 + 1, 10 ** 40 - 1, -10 ** 40)
print((-3) ** 99, (-3) ** 100)
print(pow(2, 1000, 10 ** 9), pow(3, 10 ** 6, 1000007), pow(-2, 101, 13), pow(12345, 6789, 2 ** 61 - 1))
print(2 ** 100 // 3 ** 50, 2 ** 100 % 3 ** 50, 5 ** 60 * 2 ** 60 == 10 ** 60)
x = 1
for i in range(70):
    x *= 2
print(x, x == 2 ** 70, x - 1, x + 1, x // 2 ** 69)
print(2 ** 64 - 1, (2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1, 2 ** 128)
m = 2 ** 89 - 1
print(m, m % 7, m % 179951, 2 ** 89 % m)
print((10 ** 20) ** 3, (2 ** 50) ** 2 == 2 ** 100, 99 ** 20)
last = 1
for i in range(1000):
    last = last * 7 % 10000
print(last, 7 ** 1000 % 10000)
