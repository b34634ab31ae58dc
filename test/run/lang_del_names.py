x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
def g(flag):
    z = [1]
    if flag:
        del z
    try:
        return z
    except UnboundLocalError:
        return "gone"
print(g(True), g(False))
def h():
    a, b = 1, 2
    del a, b
    c = d = 3
    del (c, d)
    return "ok"
print(h())
def outer():
    v = 5
    def inner():
        return v
    r = inner()
    del v
    try:
        inner()
    except NameError as e:
        return r, str(e)
print(outer())
items = [1, 2, 3]
del items[0], items[-1]
print(items)
def gen():
    yield 1
gg = gen()
next(gg)
del gg
print("after del")
for i in range(3):
    pass
del i
def w():
    del q
w()
