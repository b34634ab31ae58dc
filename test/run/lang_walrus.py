import re
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
print({(k := x % 3): x for x in data}, k)
total = 0
def chunks():
    it = iter(data)
    out = []
    while (c := next(it, None)) is not None:
        out.append(c)
    return out, c
print(chunks())
def f(s):
    if m := re.match(r"(\w+)=(\d+)", s):
        return m.group(1), int(m.group(2))
    return None
print(f("a=12"), f("zz"))
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter(); c(); print(c())
def gen():
    i = 0
    while (i := i + 1) < 4:
        yield i
print(list(gen()))
print(any((hit := v) > 8 for v in data), hit)
def g2(xs):
    return [last := x for x in xs], last
print(g2("abc"))
x = (a := 1, b := 2)
print(x, a, b)
print((z := 10) + z)
def shadow():
    [w := i for i in range(3)]
    return w
print(shadow())
def unbound():
    if False:
        (q := 1)
    return q
unbound()
