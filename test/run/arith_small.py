a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(1 < 2 < 3, 3 < 2 < 1, 1 < 3 > 2)
x = 10
x += 5
x -= 3
x *= 2
print(x)
print(not a, not 0, -a, +a)
print(a and b, 0 and b, a or b, 0 or b)
print(a if a > b else b)
