# Every str is allocated by rt_str_alloc, which has the collector's small-object fast path in
# line (a free cell, else the page's bump) and falls back to rt_alloc past the largest size
# class: strings of every kind whose size in bytes straddles that limit (2048 with the header),
# strings made while collections run (kept ones checked afterwards: a cell reused from the free
# list must come out clean), and the empty string made from wide parts.
def show(s):
    return (len(s), ord(s[0]) if s else -1, ord(s[-1]) if s else -1, hash(s) == hash(s[:] + ""))


kept = []
for kind_char in ["a", "\u00e9", "\u4e2d", "\U0001F600"]:
    width = 1 if ord(kind_char) < 256 else (2 if ord(kind_char) < 65536 else 4)
    edge = (2048 - 24) // width
    for n in range(edge - 3, edge + 4):
        s = kind_char * (n - 1) + "z"
        t = "y" + s[1:]
        assert len(s) == n and s[-1] == "z" and t[0] == "y" and t[1:] == s[1:]
        kept.append(s)
        kept.append(t)
    print(width, edge, show(kept[-1]), show(kept[-2]))

# many short-lived strings of several sizes (collections run, freed cells are reused)
total = 0
for i in range(60000):
    a = str(i) + "-" + "x" * (i % 37)
    b = a + "\u00e9" * (i % 3) + "\U0001F600" * (i % 2 == 0)
    total += len(b) + ord(b[-1]) % 7
    if i % 5000 == 0:
        kept.append(b)
print(total)
for s in kept[-12:]:
    print(show(s), ascii(s[:8]), ascii(s[-3:]))
ok = True
for s in kept:
    for k in range(0, len(s), 97):
        if ord(s[k]) == 0:
            ok = False
print(ok, len(kept), sum(len(s) for s in kept))
w = "\U0001F600abc"
print(repr(w[1:1]), len(w[4:] + w[1:1]), ascii(w[1:] + w[:0]))
