class C:
    pass
class D:
    __match_args__ = ["x"]
class E:
    __match_args__ = ("x", "y")
    def __init__(self): self.x = 1
for f in [lambda: C(), lambda: D(), lambda: 5]:
    pass
def t(v, which):
    try:
        if which == 0:
            match v:
                case C(1): print("c")
        elif which == 1:
            match v:
                case D(1): print("d")
        elif which == 2:
            x = 5
            match v:
                case x(): print("x")
        elif which == 3:
            match v:
                case E(a, b, c): print("e")
        elif which == 4:
            match v:
                case E(a, x=b): print("e")
        elif which == 5:
            match v:
                case int(a, b): print("i")
    except TypeError as e:
        print("TypeError:", e)
t(C(), 0); t(D(), 1); t(1, 2); t(E(), 3); t(E(), 4); t(3, 5)
match [1, 2]:
    case [a, b] if (a := 10) > 5:
        print("guard bound", a, b)
def f(v):
    match v:
        case {"x": x} if x > 0:
            return x
    return "no"
print(f({"x": 1}), f({"x": -1}), f([]))
count = 5
match 5:
    case count:
        print("capture shadows", count)
print(count)
match 3:
    case len():
        pass
