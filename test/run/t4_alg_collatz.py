# Collatz sequences: lengths, the longest under a bound, peaks, and a big starting value.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

def collatz_peak(n):
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > peak:
            peak = n
    return peak

def sequence(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out

print(sequence(6), sequence(1), sequence(7))
best = 0
best_n = 0
for n in range(1, 10000):
    l = collatz_len(n)
    if l > best:
        best = l
        best_n = n
print(best_n, best)
print(collatz_len(27), collatz_peak(27), collatz_len(97), collatz_peak(97))
big = 2 ** 100 + 7
print(collatz_len(big), collatz_peak(big))
print(collatz_len(3 ** 50), collatz_len(10 ** 30 - 1))
