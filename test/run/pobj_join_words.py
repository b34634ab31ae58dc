# str.join, a join between a prefix and a suffix, f-strings of three and four parts and a + b
# copy their parts a whole word at a time (rounded up past the part's end) where the rounded
# copy still ends inside the result, and exactly near the end: every length of part and of
# separator around the 8-byte words, parts of one, two and four bytes a character mixed, empty
# parts, and results compared character by character (and by ==, hash and <) with ones built one
# character at a time.
KINDS = ["a", "\u00e9", "\u4e2d", "\U0001F600"]


def slow_join(sep, items):
    out = []
    for k in range(len(items)):
        if k > 0:
            for ch in sep:
                out.append(ch)
        for ch in items[k]:
            out.append(ch)
    return out


def check(got, want_chars, what):
    assert len(got) == len(want_chars), what
    for k in range(len(got)):
        assert got[k] == want_chars[k], (what, k)
    # equality, hashing and ordering against the same text built one character at a time
    w = ""
    for ch in want_chars:
        w += ch
    assert got == w and hash(got) == hash(w) and not (got < w) and {w: 1}[got] == 1, what
    return len(got)


x = 7
total = 0
for trial in range(600):
    items = []
    n = trial % 6
    for k in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        ch = KINDS[0] if x % 9 < 6 else KINDS[(x >> 4) % 4]
        items.append(chr(ord(ch) + k) * ((x >> 8) % 20))
    x = (x * 1103515245 + 12345) % 2147483648
    sep = (", ", "", "-", "::::::::", "\u00b7", "ab" * ((x >> 5) % 7), "\u4e2d\u4e2d")[x % 7]
    j = sep.join(items)
    total += check(j, slow_join(sep, items), ("join", trial))
    b = "[" + sep.join(items) + "]"
    total += check(b, ["["] + slow_join(sep, items) + ["]"], ("wrap", trial))
    c = "{" + ", ".join(items) + "}"
    total += check(c, ["{"] + slow_join(", ", items) + ["}"], ("brace", trial))
    if n >= 2:
        f = f'"{items[0]}": {items[1]}'
        total += check(f, ['"'] + list(items[0]) + ['"', ':', ' '] + list(items[1]), ("cat4", trial))
        g = f"{items[1]}{sep}{items[0]}{items[-1]}"
        total += check(g, list(items[1]) + list(sep) + list(items[0]) + list(items[-1]), ("cat4b", trial))
        h = items[1] + items[0]
        total += check(h, list(items[1]) + list(items[0]), ("concat", trial))
        t3 = f"{items[0]}{sep}{items[1]}"
        total += check(t3, list(items[0]) + list(sep) + list(items[1]), ("cat3", trial))
    if trial % 50 == 0:
        print(trial, len(j), ascii(b[:12]), ascii(c[-12:]))
print(total)
print("[" + ", ".join(["x", "yy", "zzz"]) + "]", f'"{"id"}": {42}', "{" + ", ".join([]) + "}")
smile = "\U0001F600"
print(ascii("<" + "\u00e9".join(["a" * 9, "b" * 7]) + ">"), ascii(f"{'q' * 3}{'r'}{smile}{'s' * 9}"))
