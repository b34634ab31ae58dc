from collections import namedtuple, deque, Counter, OrderedDict, defaultdict
P = namedtuple("P", "x y")
for v in [P(1, 2), deque([1, 2, 3]), Counter("aab"), OrderedDict([("a", 1)]), defaultdict(int, {"k": 0})]:
    match v:
        case P(x=1, y=y):
            print("P kw", y)
    match v:
        case (a, b):
            print("pair", a, b)
        case [a, *rest]:
            print("seq", a, rest)
        case {"a": n}:
            print("map a", n)
        case {"k": n, **rest}:
            print("map k", n, rest)
        case dict(d):
            print("dict", sorted(d.items()))
class MyList(list):
    pass
class MyInt(int):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("mylist", a, b)
match MyInt(5):
    case int(n):
        print("myint", n)
match 5.0:
    case 5:
        print("5.0 == 5")
match "hello":
    case [*chars]:
        print("str is a seq?!")
    case str(s):
        print("str", s)
match {"a": 1, "a2": 2}:
    case {"a": 1, "a2": _, **kw}:
        print("kw", kw)
