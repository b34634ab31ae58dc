# Bool lists whose every use is known keep one byte per item at -O2 (displays, repeats): reads,
# stores, negative and bool indices, truth tests, printing, iteration, nesting, calls, globals,
# repeats of every shape and their errors must all behave as in CPython.


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


def count(flags):
    c = 0
    for f in flags:
        if f:
            c += 1
    return c


def flip(v, k):
    v[k] = not v[k]
    return v[k]


primes = sieve(100)
print(count(primes), len(primes), primes[97], primes[-4], primes[-1], primes[True], primes[False])
print([i for i in range(len(primes)) if primes[i]])
print(primes[90], primes[91], primes[-3:] if False else primes[-3])

small = [True, False, True]
print(small, repr(small), str(small), bool(small), len(small))
small[1] = True
small[-1] = False
print(small, small[0] and small[1], small[2] or small[0], not small[2])
print(flip(small, 0), flip(small, -1), small)
for x in small:
    print(x, type(x).__name__, end=" ")
print()

grid = [[False] * 3, [True] * 3]
grid[0][1] = True
grid[1][-1] = False
print(grid, grid[0][1], grid[1][2])
for row in grid:
    row[0] = not row[0]
print(grid)

pattern = [True, False] * 3
print(pattern, len(pattern))
rev = 2 * [False, True, True]
print(rev, len(rev))
print([True] * 0, [False] * -5, [True] * False, [False] * True, len([True] * 1000))
big = [True] * 100000
big[99999] = False
print(count(big), big[99999], big[-100000])

seen = [False] * 10


def mark(k):
    seen[k] = True


for k in (1, 3, 5, 9, -1):
    mark(k)
print(seen, seen.count(True) if False else count(seen))

try:
    huge = [True] * (10 ** 20)
    print(len(huge))
except OverflowError as e:
    print("OverflowError", e)
try:
    neg = [True] * (-(10 ** 20))
    print(neg, len(neg))
except OverflowError as e:
    print("OverflowError", e)
neg = [True] * -(2 ** 40)
print(neg, len(neg), [False] * -(2 ** 62), [True, False] * -(2 ** 63 - 1))
try:
    print([False] * (2 ** 64))
except OverflowError as e:
    print("OverflowError", e)

