# a + b + c of strs: -O2 fuses the two concatenations into one (src/passes/strcat.ts,
# rt_str_add3); results, kinds and CPython's identities for empty parts must not change.

def parts(n):
    return [str(i) * (i % 3) for i in range(n)]


def wrap(s):
    return "[" + s + "]"


def wrap2(a, b):
    return "<" + a + b


def three(a, b, c):
    return a + b + c


def calls():
    log = []

    def f(x):
        log.append(x)
        return x

    r = f("a") + f("b") + f("c")
    return r, log


xs = parts(12)
print([wrap(x) for x in xs])
print([wrap2(x, y) for x, y in zip(xs, reversed(xs))])
print(wrap(",".join(xs)), len(wrap(",".join(xs))))
print(calls())

# kinds: ASCII, Latin-1, BMP, astral, in every position
samples = [str(1), "é" * 2, "ω", "😀", "", "ab" * 40]
for a in samples:
    for b in samples:
        for c in samples:
            s = three(str(a), str(b), str(c))
            t = a + b + c
            assert s == t, (a, b, c)
        print(repr(a + b + "|"), len(a + b + "|"), ascii(a + b + "|"))

# empty parts: the result is the other part itself, as in CPython
e = str()
x = str(12345)
y = "-".join(["p", "q"])
print((x + e + e) is x, (e + x + e) is x, (e + e + x) is x)
print((x + y + e) == x + y, (e + x + y) == x + y, (x + e + y) == x + y)
print(e + e + e == "", len(e + e + e))
print((x + e + y) is y, (e + e + y) is y)

# a long chain and one in a loop
acc = ""
for i in range(200):
    acc = acc + str(i) + ","
print(len(acc), acc[:30], acc[-12:])
big = "x" * 100000
print(len("(" + big + ")"), ("(" + big + ")")[:3], ("(" + big + ")")[-3:])
s = "a" + str(len(acc)) + "b" + str(3) + "c"
print(s)
print(("%s" % x) + y + x.upper())
t = str(7) + "ü" + str(8)
print(t, len(t), t.encode())
print(x + y + 1)
