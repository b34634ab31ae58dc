# Primes: trial division, a sieve over a list of booleans, prime factorisation, twin primes.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    for i in range(2, limit + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    primes = []
    for i in range(limit + 1):
        if flags[i]:
            primes.append(i)
    return primes

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

ps = sieve(100)
print(ps, len(ps))
print(len(sieve(10000)), sieve(10000)[-1])
count = 0
for n in range(1000):
    if is_prime(n):
        count += 1
print(count, is_prime(2 ** 31 - 1), is_prime(1000003), is_prime(1000001))
print(factorize(360), factorize(9973), factorize(2 ** 40 - 1), factorize(600851475143))
twins = []
for p in ps:
    if is_prime(p + 2):
        twins.append((p, p + 2))
print(twins)
