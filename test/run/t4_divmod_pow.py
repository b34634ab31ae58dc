# divmod() and pow() builtins: signs, floats, big ints and three-argument pow.
for a in [17, -17, 0, 2 ** 70 + 3, -(2 ** 70) - 3]:
    for b in [5, -5, 2 ** 40]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(1e20, 3), divmod(-0.0, 1))
print(pow(2, 10), pow(-2, 11), pow(2, -3), pow(2.0, 3), pow(9, 0.5), pow(-8, 2.0), pow(0, 0))
print(pow(5, 3, 13), pow(-5, 3, 13), pow(5, 3, -13), pow(2, 100, 1000), pow(10, 18, 7), pow(3, 200, 2 ** 61))
print(pow(3, -1, 11), pow(7, -2, 13), pow(2, 0, 5), pow(123456789, 987654321, 1000000007))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
def to_base(n, b):
    digits = []
    while n > 0:
        n, d = divmod(n, b)
        digits.append(d)
    digits.reverse()
    return digits
print(to_base(255, 2), to_base(255, 16), to_base(2 ** 64, 1000), to_base(0, 3))
h, m = divmod(12345, 3600)
m, s = divmod(m, 60)
print(h, m, s)
def modinv(a, m):
    return pow(a, m - 2, m)
print(modinv(3, 7), modinv(10, 1000000007), modinv(10, 1000000007) * 10 % 1000000007)
