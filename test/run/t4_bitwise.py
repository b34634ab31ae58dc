# Bitwise operators on small, negative and big ints; shifts; bin-like formatting by hand.
def bits(n, width):
    out = ""
    for i in range(width - 1, -1, -1):
        out += "1" if (n >> i) & 1 else "0"
    return out

for x in [0, 1, 5, 12, 255, -1, -6]:
    print(x, bits(x, 8), x & 0xF, x | 0x30, x ^ 0xFF, ~x, x << 4, x >> 1)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, 0o17 & 0xF, 0xDEAD ^ 0xBEEF)
print(1 << 62, 1 << 63, 1 << 64, 1 << 100, -1 << 63, (1 << 63) >> 63, -(1 << 100) >> 99)
print(2 ** 100 & 2 ** 100 - 1, 2 ** 100 | 1, (2 ** 100 - 1) ^ (2 ** 99), ~(2 ** 100))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 0xFFFF, -(2 ** 70) ^ -1, (-5) & (2 ** 80 - 1))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(0), popcount(255), popcount(2 ** 100 - 1), popcount(0xDEADBEEF))
def lowest_bit(n):
    return n & -n
print(lowest_bit(12), lowest_bit(2 ** 70 + 2 ** 65), lowest_bit(1), lowest_bit(-8))
print(True & False, True | False, True ^ True, ~0, False << 3, True >> 0)
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bits(x, 64), x >> 60)
print(1 << 0, 7 >> 10, -7 >> 10, -7 >> 1, 7 >> 1, -1 >> 1000)
