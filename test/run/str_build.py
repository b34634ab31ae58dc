# str building: += in loops (linear: appended in place while nothing else sees the str),
# aliases taken mid-way keep their value, join, f-strings, mixed kinds
def build(n):
    s = ""
    snaps = []
    for i in range(n):
        s += str(i)
        if i % 3 == 0:
            snaps.append(s)
        s += ","
    t = s
    s += "end"
    return s, t, snaps


s, t, snaps = build(10)
print(s, t, snaps)
u = "é"
for c in "abc🐍d":
    u += c
    u += u[-1]
print(u, len(u), u.upper())
acc = ""
k = 0
while k < 20000:
    acc += "line %d\n" % k
    k += 1
print(len(acc), acc[:14], acc[-12:], acc.count("\n"))
w = f"{k}"
w += "x"
w += w
print(w)
v = ""
v += ""
print(repr(v), v == "", len(v))
def g():
    x = "a"
    x += 1
g()
