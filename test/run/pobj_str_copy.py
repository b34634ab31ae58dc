# Joins and concatenations copy each part in place (rt_str_copy_into): short copies of every
# length up to and past 64 bytes in line, longer ones and parts of other kinds out of line
# (rt_str_copy_wide); one-, two- and four-byte strs mixed.
parts = ["", "a", "\u00e9", "\u4e2d", "\U0001F600"]
for base in ["x", "\u00fc", "\u4e8c", "\U0001F601"]:
    for n in [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100]:
        s = base * n
        for p in parts:
            t = p + s + p
            j = "|".join([s, p, s])
            assert len(t) == 2 * len(p) + n and t[len(p):len(p) + n] == s
            assert j.split("|")[0] == s
        print(n, ascii(base), hash(len(j)), ascii(t[:3]), ascii(j[-3:]), len(j))
words = []
for i in range(300):
    words.append(chr(97 + i % 26) * (i % 70))
print(len(", ".join(words)), ", ".join(words)[-80:])
print(len("".join(words + ["\u00e9"])), ascii("".join(["\u00e9"] + words)[:20]))
