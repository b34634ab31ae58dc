d = {}
up = d.update
up(k=1)
up({"a": 2}, z=3)
up([("q", 4)])
print(d)
s = "a,b  c"
sp = s.split
print(sp(sep=","), sp(), sp(None, 1), sp(maxsplit=1), sp(",", maxsplit=0))
rs = s.rsplit
print(rs(maxsplit=1))
print("x\ny\n".splitlines(keepends=True), ("x\ny".splitlines)(True))
l = [3, 1, 2]
so = l.sort
so(reverse=True)
print(l)
so(key=lambda v: -v, reverse=True)
print(l)
fmt = "{x}-{y}-{0}".format
print(fmt(7, x=1, y=2))
enc = "é".encode
print(enc(encoding="latin-1"), enc("utf-8", errors="strict"))
dec = b"\xe9".decode
print(dec("latin-1"), dec(encoding="latin-1", errors="strict"))
et = "a\tb".expandtabs
print(et(tabsize=4))
split = str.split
print(split("a-b-c", sep="-", maxsplit=1))
for name, fn in [('sp(bad=1)', lambda: sp(bad=1)), ('sp(",", sep=",")', lambda: sp(",", sep=",")), ('so(1)', lambda: so(1)), ('so(bad=2)', lambda: so(bad=2)), ('sp(",", 1, 2)', lambda: sp(",", 1, 2)), ('enc(bad=1)', lambda: enc(bad=1)), ('({1}.update)(a=1)', lambda: ({1}.update)(a=1)), ('({}.update)(1, 2)', lambda: ({}.update)(1, 2)), ('et(8, tabsize=2)', lambda: et(8, tabsize=2))]:
    try:
        fn()
    except TypeError as e:
        print(name, "->", e)
# the same method values without keywords, and errors of methods that take none
ap = l.append
ap(9)
print(l, (d.get)("k"), (d.get)("nope", 0))
try:
    ap(x=1)
except TypeError:
    print("append takes no keywords")
