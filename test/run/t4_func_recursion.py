# Recursion: Ackermann, towers of Hanoi moves, power by squaring, sum of digits, binomials.
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    moves += 1
    moves += hanoi(n - 1, via, dst, src)
    return moves

def fast_pow(b, e):
    if e == 0:
        return 1
    half = fast_pow(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b

def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)

def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

for m in range(3):
    print(ackermann(m, 0), ackermann(m, 1), ackermann(m, 3))
print(ackermann(2, 3), ackermann(3, 3))
print(hanoi(1, 1, 3, 2), hanoi(5, 1, 3, 2), hanoi(12, 1, 3, 2))
print(fast_pow(3, 13), fast_pow(2, 100), fast_pow(-7, 31), fast_pow(10, 0))
print(digit_sum(987654321), digit_sum(fast_pow(2, 200)), digit_sum(0))
print(binom(10, 5), binom(20, 3), binom(16, 8))
