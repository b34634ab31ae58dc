# ord(s[i]) of a proven str and int (specialize.ts fuses them into rt_str_ord_at, str.py): the code
# point read in place for every str kind, negative and out-of-range indices, s[i] also used
# elsewhere (not fused), and the IndexError of a bad index.


def checksum(s, step):
    acc = 0
    for i in range(0, len(s), step):
        acc = (acc * 31 + ord(s[i])) % 1000000007
    return acc


def tail_codes(s):
    out = []
    for i in range(-1, -len(s) - 1, -1):
        out.append(ord(s[i]))
    return out


def both(s):
    out = []
    for i in range(len(s)):
        c = s[i]
        out.append((c, ord(c)))
    return out


texts = ["hello, world", "caf\u00e9 \u00ff", "\u0100\u20ac\u4e2d\u6587", "emoji \U0001F600\U0001F680!", "", "x"]
for t in texts:
    print(checksum(t, 1), checksum(t * 50, 7), tail_codes(t), both(t)[:3])
s = "abc"
n = 10 ** 20
for k in (2, -3, 3, -4, n, True):
    try:
        print(k, ord(s[k]))
    except IndexError as e:
        print(k, "IndexError:", e)
big = "z" * 100000 + "\u4e2d"
print(checksum(big, 3), ord(big[-1]), ord(big[99999]))
print(ord(s[len(s)]))
