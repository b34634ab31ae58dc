# str basics: +, ==, <, len, indexing, slicing, iteration, in, *, repr in containers.
s = "hello"
t = "wörld"
u = "€uro"
v = "🐍!"
print(s + " " + t, s + "", "" + s, t + u, u + v, s + v)
print(len(s), len(t), len(u), len(v), len(""), len(s + t + u + v))
print(s == "hello", s == "hellO", s != "x", t == "wör" + "ld", v == "🐍" + "!", "" == "")
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "é" > "z", "€" > "é", "🐍" > "€")
print(s[0], s[-1], t[1], u[0], v[0], s[1:3], t[::-1], u[1:], v[::-1], s[::2])
for c in t:
    print(c, end=".")
print()
print("ell" in s, "xyz" in s, "" in s, "ö" in t, "rl" not in t)
print("ab" * 3, 2 * "é", "x" * 0, "€" * 2, "-" * -1)
print([s, t, u, v, "", "'", '"', "a'b\"c"])
print(("\n", "\t", "\r", "\\", "\x01", "\x7f", "\x80", "\xa0", "\xad", "\u2028", "\U0001f40d"))
w = ""
for i in range(3):
    w = w + str(i)
print(w, w == "012")
