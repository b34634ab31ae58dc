# The string fast paths: repr of ASCII strs (one copy), find/split of one-byte strs (8 bytes a
# step), whitespace split of Latin-1 strs, short copies, f-strings of 2-4 parts without a tuple,
# a literal separator's join, str + str and s[i] at -O2. Edge cases: non-ASCII, astral, empty,
# quotes and backslashes, control characters, long strs, matches at every offset mod 8.

# repr: the quote choice and escapes, ASCII and not
for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n",
          "bell\x07", "del\x7f", "é", "naïve 'x'", "日本", "𝔘nicode", "\x00", "\x1f", " ~", "~" * 40]:
    print(repr(s), len(repr(s)), ascii(s))
print(repr("a" * 100 + "'" + "b" * 100)[95:110])
print([repr(x) for x in ["x", "y'", 'z"']])

# find / index / split / count with one-byte strs: the match at every position around 8-byte words
base = "abcdefghijklmnopqrstuvwxyz0123456789"
for n in range(0, 20):
    s = "-" * n + "X" + "-" * (19 - n)
    print(n, s.find("X"), s.find("X-"), s.find("X", n), s.find("X", n + 1), s.find("-X"), s.split("X"), s.index("X"))
print(base.find("z01"), base.find("9"), base.find("99"), base.find(""), base.find("", 36), base.find("", 37))
print(base.find("a", 1), base.find("a", 0, 0), base.find("b", 0, 2), base.find("b", 0, 1), base.rfind("a"))
print("x\xe9y\xe9z".find("\xe9"), "x\xe9y\xe9z".split("\xe9"), "x\xe9y".find("é"), "xy".find("\u0100"))
print("aaa".find("aa"), "aaaa".split("aa"), "".split(","), ",".split(","), ",,".split(","), "a,b,,c,".split(","))
long = ",".join(str(i) for i in range(1000))
parts = long.split(",")
print(len(parts), parts[:3], parts[-3:], long.find("999"), long.find("1000"), long.count(","))
print("a\nb\r\nc\n".split("\n"), "a--b--c".split("--", 1), "日本,語".split(","), "𝔘,x".split(","))
nl = "line\n" * 300
print(len(nl.split("\n")), nl.split("\n")[-2:], nl.find("\n", 1495), nl.find("\n", 1496))

# whitespace split: Latin-1's whitespace (NBSP, NEL, 28-31) and not (0x80, 0xa1)
for s in ["  a b\tc\nd  ", "", "   ", "a\xa0b\x85c", "a\x1cb\x1dc\x1ed\x1fe", "a\x80b\xa1c", "x\u3000y\u2028z",
          "𝔘 x\ty", "one", "\x0b\x0cv\rw"]:
    print(s.split(), s.split(None, 1), s.rsplit(None, 1), len(s.strip()))

# copies: lengths around the 8-byte steps and 32-byte cut, all kinds
for n in [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100]:
    a = "a" * n
    b = "é" * n
    c = "日" * n
    d = "𝔘" * n
    print(n, len(a + b), len(b + c), len(c + d), (a + "z")[-2:], (b + a)[n - 1:n + 1], (a + d)[-1:], (d + a)[:1])
    print(len(f"{a}{b}"), len(f"<{a}>"), f"[{a}|{d}]" == "[" + a + "|" + d + "]", f"{c}{a}{b}{d}" == c + a + b + d)

# f-strings of 1..6 parts, formats and conversions, empty parts
x, y, z = 3, "s", 2.5
print(f"{x}", f"{x}{y}", f"{x}-{y}", f"<{x}>", f"{x}{y}{z}", f"a{x}b{y}", f"{x!r}{y!r}{z!r}{x}", f"{x}{y}{z}{x}{y}{z}")
print(f"{''}", f"{''}{''}", f"a{''}", f"{''}b{''}", f"{'é'}{'x'}{'𝔘'}", f"{y:>5}|{x:03d}|{z:.3f}|{y!r:^7}")
print(f'"{y}": {x}', f'"{y}": {[x, y]}', f'{y}{"é" * 3}{y}')

# join with a literal separator, and the method form on other receivers
print(", ".join(["a", "b", "c"]), "".join([]), "-".join(["x"]), "é".join("abc"), "𝔘".join(["1", "2"]))
print(", ".join(("p", "q")), ", ".join(iter(["i", "j"])), ", ".join({"k": 1, "l": 2}), ", ".join(c for c in "xyz"))
sep = ", "
print(sep.join(["m", "n"]), b", ".join([b"a", b"b"]))
try:
    print(", ".join(["a", 1]))
except TypeError as e:
    print("TypeError", e)
try:
    print(", ".join(5))
except TypeError as e:
    print("TypeError", e)
j = "[" + ", ".join(["1", "2"]) + "]"
print(j, len(j), j[0], j[-1], j[1:-1])

# str + str and s[i] where both are known strs: indexes in range, negative, out of range
s = "héllo" + "𝔘" + "x"
print(s, len(s), s[0], s[1], s[5], s[6], s[-1], s[-7], ord(s[5]), ord(s[1]))
t = "abc" + "def"
total = 0
for i in range(len(t)):
    total = total * 31 + ord(t[i])
print(t, total, t[True], t[False])
u = ""
u = u + "x"
u += "y"
print(u, u + "", "" + u)
try:
    print(t[6])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[-7])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[10 ** 20])
except IndexError as e:
    print("IndexError", e)

# huge strs
big = "ab" * 500000 + "c" + "é"
print(big.find("c"), big.find("bc"), big.find("cé"), big.find("ca"), len(repr(big[:-1])), len(big.split("b")))
print(len(", ".join(["xy"] * 100000)), big[999999:], len(big + big), (big + "q")[-3:])

# empty strs made from wide ones are still the narrowest kind
e4 = "𝔘" * 0
e2 = "日" * 0
e1 = "é" * 0
print(e4 == "", e2 == e4, "a" + e4 == "a", f"[{e4}|{e2}]" == "[|]", "".join(["x", e4, e2]) == "x", e4 + e1 + "b" == "b", repr(e4), hash(e4) == hash(""))
print("x".join([e4, e2, e1]) == "xx", ("ab" + e4)[1], {e4: 1}.get(""), e4 in "abc", "abc".find(e4), len(e4 + e4))
