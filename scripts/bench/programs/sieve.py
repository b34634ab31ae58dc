# Sieve of Eratosthenes over a list of bools, repeated: list indexing and loops.
N = 2000000
REPEAT = 16


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


count = 0
total = 0
for r in range(REPEAT):
    flags = sieve(N)
    count = 0
    total = 0
    for i in range(N + 1):
        if flags[i]:
            count += 1
            total += i
print(count)
print(total)
