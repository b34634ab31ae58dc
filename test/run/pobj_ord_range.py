# ord() gives a code point (0..0x10FFFF): a checksum `(acc * 31 + ord(s[i])) % m` needs no
# overflow or tag test (range.ts). One-byte, two-byte and four-byte strs, negative indices,
# ord() of a one-character str and of bytes, an index out of range, and a sum that does grow
# past the small-int range when nothing bounds it.


def checksum(s, step):
    acc = 0
    for i in range(0, len(s), step):
        acc = (acc * 31 + ord(s[i])) % 1000000007
    return acc


def checksum_neg(s):
    acc = 0
    for i in range(1, len(s) + 1):
        acc = (acc * 131 + ord(s[-i])) % 998244353
    return acc


def unbounded(s):
    acc = 0
    for c in s:
        acc = acc * 1114112 + ord(c)
    return acc


def sums(s):
    t = 0
    for i in range(len(s)):
        t += ord(s[i]) - 0x10FFFF
    return t


text = "hello, world " * 50
wide = "h\u00e9llo \u4e16\u754c " * 20
astral = "a\U0001F600b\U0010FFFF " * 10
for s in [text, wide, astral, "", "x"]:
    print(checksum(s, 1), checksum(s, 7), checksum_neg(s), sums(s))
print(unbounded(astral))
print(ord(b"z"), ord("\U0010FFFF"), ord(wide[7]))
try:
    print(ord(text[10 ** 6]))
except IndexError as e:
    print("IndexError", e)
