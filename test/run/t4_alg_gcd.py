# Greatest common divisor: Euclid by subtraction, by modulo, recursive, extended; lcm; big ints.
def gcd_sub(a, b):
    while a != b:
        if a > b:
            a -= b
        else:
            b -= a
    return a

def gcd_mod(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

def lcm(a, b):
    return a // gcd_mod(a, b) * b

for a, b in [(12, 18), (17, 5), (100, 75), (1071, 462), (7, 7), (1, 99)]:
    print(a, b, gcd_sub(a, b), gcd_mod(a, b), gcd_rec(a, b), ext_gcd(a, b), lcm(a, b))
print(gcd_mod(-12, 18), gcd_mod(0, 5), gcd_mod(5, 0), gcd_mod(-4, -6))
print(gcd_mod(2 ** 100, 6 ** 50), gcd_rec(3 ** 80 * 5, 3 ** 60 * 7), lcm(2 ** 70, 3 ** 40))
f1, f2 = 1, 1
for i in range(90):
    f1, f2 = f2, f1 + f2
print(gcd_mod(f1, f2), ext_gcd(240, 46))
l = 1
for k in range(1, 31):
    l = lcm(l, k)
print(l)
