# Floor division and modulo of proven small ints by a constant power of two are shifts and
# masks (the range pass): floor semantics for negative dividends too, as CPython.
out = []
for i in range(-70, 70):
    out.append((i // 1, i % 1, i // 2, i % 2, i // 4, i % 8, i // 64, i % 64))
print(out[:5])
print(out[65:75])
print(sum(a + 3 * b + 5 * c + 7 * d + 11 * e + 13 * f + 17 * g + 19 * h for a, b, c, d, e, f, g, h in out))

t = 0
for i in range(1000):
    for j in range(-3, 300, 7):
        t += (i + j) * (i + j + 1) // 2 + i % 16 - j // 8 + (j - i) // 1024 - (j - i) % 32
print(t)


def halves(n):
    s = 0
    for k in range(-n, n):
        s += k // 2 * 3 + k % 4
    return s


print(halves(10), halves(1001))
big = 2**70
print(big // 4, big % 8, -big // 2, -big % 16)
