# Fibonacci: iterative with big values, recursive with memo in a list, and identities.
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)

memo = [0, 1]
def fib_memo(n):
    while len(memo) <= n:
        memo.append(memo[-1] + memo[-2])
    return memo[n]

for n in [0, 1, 2, 10, 20, 50, 90, 92, 93, 100]:
    print(n, fib(n))
print(fib(300))
print(fib(1000) % 10 ** 20, fib(500) == fib_memo(500))
print(fib_rec(20), fib_rec(22) == fib(22))
n = 200
print(fib(n + 1) * fib(n - 1) - fib(n) ** 2, fib(2 * n) == fib(n) * (2 * fib(n + 1) - fib(n)))
print(fib(100) // fib(99), fib(100) / fib(99), fib(101) - fib(100) - fib(99))
count = 0
i = 0
while fib(i) < 10 ** 50:
    i += 1
print("first fib with 51 digits:", i, fib(i))
