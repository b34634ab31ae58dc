# Floor division and modulo of big negative values, checked against the identity q*d + r == n.
values = [2 ** 100, -(2 ** 100), 10 ** 30 + 7, -(10 ** 30 + 7), 3 ** 70, -(3 ** 70), -1, 0]
divisors = [3, -3, 10 ** 12, -(10 ** 12), 2 ** 64, -(2 ** 64) - 1, 7 ** 30]
for n in values:
    for d in divisors:
        q = n // d
        r = n % d
        ok = q * d + r == n and (r == 0 or (r > 0) == (d > 0)) and abs(r) < abs(d)
        print(q, r, ok)
print(-(10 ** 25) // 10 ** 25, -(10 ** 25) // (10 ** 25 + 1), -(10 ** 25) % (10 ** 25 + 1))
print(divmod(-(2 ** 80), 7), divmod(2 ** 80, -7), divmod(-(2 ** 80), -(2 ** 79)))
print(-(2 ** 63) // -1, -(2 ** 63) % -1, (-(2 ** 63)) // 2, -(2 ** 64) // 2 ** 32)
