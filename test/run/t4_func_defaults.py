# Functions with positional, default and keyword arguments.
def area(w, h=1):
    return w * h

def line(x, slope=2, offset=3):
    return slope * x + offset

def describe(a, b=10, c=None, d=True):
    print("a =", a, "b =", b, "c =", c, "d =", d)
    if c is None:
        return a + b
    return a + b + c

print(area(3), area(3, 4), area(w=5), area(h=6, w=2), area(7, h=0))
for x in range(-2, 3):
    print(x, line(x), line(x, 5), line(x, offset=0), line(slope=-1, x=x), line(x, 1, 1))
print(describe(1))
print(describe(1, 2))
print(describe(1, c=3))
print(describe(a=4, d=False, b=-4))
print(describe(1, 2, 3, 4))

def scale(v, factor=0.5, shift=0):
    return v * factor + shift

print(scale(10), scale(10, 3), scale(10, shift=1), scale(v=3, factor=2.5), scale(1, 1, 1.5))

def clamp(v, lo=0, hi=100):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v

print(clamp(-5), clamp(50), clamp(500), clamp(5, 10), clamp(5, hi=3), clamp(hi=7, v=9, lo=8))
def total(a, b=1180591620717411303424, c=1.5):
    return a + b + c
print(total(1), total(1, 2), total(1, c=0), total(0, 0, 0))
