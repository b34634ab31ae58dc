# Divisor sums: perfect, abundant and amicable numbers.
def divisor_sum(n):
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d != n // d:
                s += n // d
        d += 1
    return s

perfect = []
abundant = 0
for n in range(2, 10000):
    s = divisor_sum(n)
    if s == n:
        perfect.append(n)
    elif s > n:
        abundant += 1
print(perfect, abundant)
amicable = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable.append((a, b))
print(amicable)
print(divisor_sum(496), divisor_sum(12), divisor_sum(97))
