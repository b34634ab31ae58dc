# Factorials as big ints: iterative and recursive, trailing zeros, digit counts, ratios.
def fact_iter(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

def trailing_zeros(n):
    z = 0
    while n % 10 == 0 and n > 0:
        n //= 10
        z += 1
    return z

def digits(n):
    c = 0
    while n > 0:
        n //= 10
        c += 1
    return c

for n in [0, 1, 5, 10, 20, 21, 22, 30, 52]:
    print(n, fact_iter(n), fact_rec(n) == fact_iter(n))
f200 = fact_iter(200)
print(f200)
print(digits(f200), trailing_zeros(f200), digits(fact_iter(500)), trailing_zeros(fact_iter(500)))
print(fact_iter(100) // fact_iter(98), fact_iter(40) // (fact_iter(20) * fact_iter(20)))
print(fact_iter(30) % 1000000007, -fact_iter(25), fact_iter(25) * -1 // 7, -fact_iter(25) % 7)
print(fact_iter(20) < 2 ** 63, fact_iter(21) > 2 ** 63, fact_iter(21) - 2 ** 63)
print(fact_iter(170) * 1.0, fact_iter(25) / fact_iter(23), float(fact_iter(22)))
