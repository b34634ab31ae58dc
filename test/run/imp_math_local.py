# math imported inside functions: in try/with/match blocks, `from math import f` as a local, and a
import sys
# name bound both by a math import and otherwise.
def f(x):
    from math import sqrt, pi as PI
    return sqrt(x) + PI

def g(n):
    try:
        import math
    except ImportError:
        return -1.0
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return t

def h(n):
    if n:
        from math import floor
    match n:
        case 1:
            from math import ceil
        case _:
            ceil = None
    return floor(2.5), ceil(2.5) if ceil else None

def k():
    sqrt = lambda v: "mine"
    return sqrt(4)

print(f(4.0), g(10), h(1), h(2), k())
def m(flag):
    if flag:
        import math
    else:
        math = None
    return math.floor(1.5) if math else "none"
print(m(True), m(False))
def g2(flag):
    try:
        import math
    except BaseException as e:
        print("x")
    print(math.floor(2.5))
def k2(flag):
    if flag:
        x = 5
    if flag:
        from math import sqrt
    print(x, sqrt(4.0))
g2(len(sys.argv) > 0)
k2(len(sys.argv) > 0)
