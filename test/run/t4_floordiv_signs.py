# Floor division and modulo: signs follow the divisor, for ints and floats, and divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, -1.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.0 % 3, -5.0 % 3, 5 % -3.0, -5.0 % -3.0)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3, -3 // 3, -3 % 3)
print(2 ** 62 // -3, -(2 ** 62) % 7, (2 ** 63) // -2, -(2 ** 63) % -5)
print(7 // True, -7 % True, True // 1, False % 5)
print(-7.0 // 0.5, 7.25 % 0.5, -7.25 % 0.5, 1.0 % 0.1, 10 % 0.3)
n = -17
for d in range(-5, 6):
    if d != 0:
        print(d, n // d, n % d, end="; ")
print()
