def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
def a():
    x = 1
    x += "a"
def b():
    x = "s"
    x -= 1
def c():
    x = [1]
    x //= 2
def d():
    x = None
    x *= 2
def e():
    x = 1.5
    x %= "q"
def f():
    x = {}
    x **= 2
def g():
    x = 3
    x <<= 1.0
def h():
    x = 3
    x >>= "a"
def i():
    x = 3
    x /= "a"
def j():
    x = 3
    x += None
def k():
    x = 3
    x |= 2.0
def l():
    x = 3
    x &= 2.0
def m():
    x = 3
    x ^= 2.0
class C:
    pass
def n():
    o = C()
    o.v = 1
    o.v += "x"
def p():
    xs = [1]
    xs[0] += "x"
for fn in (a, b, c, d, e, f, g, h, i, j, k, l, m, n, p):
    t(fn)
class C2:
    def __init__(self, v): self.v = v
    def __floordiv__(self, o): return C2(self.v // o)
    def __repr__(self): return f"C2({self.v})"
c = C2(9)
c //= 2
print(c)
def q():
    c = C2(1)
    c %= 2
t(q)
def r():
    s = "a"
    s *= 1.5
t(r)
def u():
    s = (1,)
    s += 1
t(u)
def w():
    s = "x%s"
    s %= 5
    print(s)
    f = 7.5
    f //= 2
    f **= 2
    f /= 3
    f %= 4
    print(f)
    n = 3
    n <<= 2
    n >>= 1
    n **= 3
    n //= 5
    n %= 7
    n /= 2
    print(n)
    bb = b"x"
    bb += b"y"
    bb *= 2
    print(bb)
t(w)
