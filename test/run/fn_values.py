# Functions as values: passed, stored, returned, called through any expression.
def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def apply(f, x, y):
    return f(x, y)


def pick(name):
    if name == "add":
        return add
    return mul


print(apply(add, 2, 3), apply(mul, 2, 3))
ops = [add, mul, add]
print(ops[1](3, 4))
total = 0
for op in ops:
    total = total + op(5, 6)
print(total)
print(pick("add")(10, 20), pick("mul")(10, 20))
t = (add, mul)
print(t[0](1, 2), t[1](3, 4))
f = add
print(f(7, 8), f is add, f == add, f is mul)


def compose(f, g):
    return lambda x: f(g(x))


def inc(x):
    return x + 1


def double(x):
    return x * 2


h = compose(inc, double)
print(h(5), compose(double, inc)(5))


def call_all(fs, v):
    out = []
    for fn in fs:
        out.append(fn(v))
    return out


print(call_all([inc, double, lambda v: v * v], 7))


def zero():
    return 0


def three(a, b, c):
    return a * 100 + b * 10 + c


def five(a, b, c, d, e):
    return [a, b, c, d, e]


fs = [zero, three, five]
print(fs[0](), fs[1](1, 2, 3), fs[2](1, 2, 3, 4, 5))
print(fs[1](c=1, b=2, a=3), fs[2](1, 2, 3, e=9, d=8))
args = [4, 5, 6]
print(three(*args), fs[1](*args), fs[2](0, *args, 7))
print(fs[2](*[1, 2], *(3, 4), 5))
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
