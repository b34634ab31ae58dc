# Digit sums and digit counts of big powers and factorials (Project Euler style).
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

def num_digits(n):
    if n == 0:
        return 1
    c = 0
    while n:
        c += 1
        n //= 10
    return c

print(digit_sum(2 ** 15), digit_sum(2 ** 1000), num_digits(2 ** 1000))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f), num_digits(f))
best = 0
best_ab = (0, 0)
for a in range(90, 100):
    for b in range(90, 100):
        s = digit_sum(a ** b)
        if s > best:
            best = s
            best_ab = (a, b)
print(best, best_ab)
print(digit_sum(3 ** 500), digit_sum(7 ** 300), digit_sum(10 ** 100), digit_sum(10 ** 100 - 1))
n = 1
count = 0
for k in range(1, 400):
    n *= 2
    if num_digits(n) > num_digits(n // 2):
        count += 1
print(count)
