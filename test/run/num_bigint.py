# Big ints: factorials, powers, floor division and modulo of negative big values, bitwise
# operations on negatives (two's complement semantics), shifts, comparisons.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r

print(fact(20), fact(21), fact(25))
print(fact(100))
print(fact(1000))
print(2 ** 1000)
print(2 ** 62, 2 ** 63, 2 ** 64, -2 ** 62, -2 ** 63, (-2) ** 63, (-2) ** 64, 7 ** 0, 0 ** 0, 1 ** 1000)
print(3 ** 200, (-3) ** 201, 10 ** 50, 10 ** 50 - 1, -(10 ** 50))
m = 4611686018427387903
print(m + 1, m + m, -m - 1, -m - 2, m * 2, m * m, -m * m, (m + 1) - 1, (m + 1) // 2)

big = 123456789012345678901234567890123456789
neg = -big
def divs(d):
    print(big // d, big % d, neg // d, neg % d)

divs(7)
divs(-7)
divs(10 ** 20 + 3)
divs(-(10 ** 20 + 3))
divs(2 ** 70)
divs(-(2 ** 70))
divs(big)
divs(neg)
divs(1)
divs(-1)
divs(big * big + 1)
print((big * big) // big == big, (big * big + 5) % big, fact(50) // fact(48), fact(60) % fact(30))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2 ** 62) // -1, (-(2 ** 62)) % -1)

a = 2 ** 100 + 12345
b = -(2 ** 90) - 999
def bits(x, y):
    print(x & y, x | y, x ^ y, ~x)

bits(a, b)
bits(b, a)
bits(-a, b)
bits(a, 5)
bits(-a, -5)
bits(b, -1)
bits(a, 0)
bits(-1, a)
bits(-(2 ** 62), 2 ** 62 - 1)
print(~0, ~-1, ~(2 ** 62), ~(-(2 ** 62) - 1), -1 & 255, -256 | 255, -1 ^ 2 ** 70)
def shifts(s):
    print(s, 1 << s, -1 << s, 3 << s, a >> s, b >> s, -1 >> s, (-5) >> s, 5 >> s, a << s, b << s)

for s in range(0, 70, 3):
    shifts(s)
shifts(100)
shifts(200)
print(a >> 1000, b >> 1000, 0 << 1000, (-(2 ** 62)) >> 1)

print(a < b, a > b, a == a + 0, a != a + 1, b <= a, -a < b, 2 ** 62 == 4611686018427387904)
print(2 ** 64 > 2 ** 63, -2 ** 64 < -2 ** 63, 10 ** 30 >= 10 ** 30, 5 < 2 ** 80, -5 > -(2 ** 80))
print(2 ** 100 - 2 ** 100, 2 ** 100 - 2 ** 100 + 1, (2 ** 100 + 1) - 2 ** 100 == 1)
x = 1
for i in range(300):
    x = x * 3 + i
print(x, x % 1000000007, x // 3 ** 250)
