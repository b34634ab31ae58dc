# A chain of isinstance() tests on one value (json_build's render): the value's type word is read
# once for the whole chain (purecalls: rt_type_id, then rt_isinstance_t per test), and the
# tests still narrow (v[0] after isinstance(v, tuple), len(v) after isinstance(v, str)).
# bool is an int, an int is not a float, tuples of classes, None, instances of user classes and
# of subclasses of builtins, and the chain inside a loop and in a recursive function.


class P:
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


def kind(v):
    if v is None:
        return "none"
    if isinstance(v, bool):
        return "bool " + ("T" if v else "F")
    if isinstance(v, int):
        return "int " + str(v + 1)
    if isinstance(v, float):
        return f"float {v:.1f}"
    if isinstance(v, str):
        return "str " + str(len(v)) + " " + v.upper()
    if isinstance(v, tuple):
        return "tuple " + kind(v[0]) + " / " + str(len(v))
    if isinstance(v, (list, dict)):
        return "list-or-dict " + str(len(v))
    if isinstance(v, (set, frozenset)):
        return "set " + str(sorted(v))
    return "other " + type(v).__name__


def render(v):
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, tuple):
        return render(v[0]) + ":" + render(v[1])
    parts = []
    for x in v:
        parts.append(render(x))
    return "[" + ",".join(parts) + "]"


values = [None, True, False, 0, -7, 2 ** 70, 1.5, "", "abc", MyStr("sub"), (1, 2), ((3,), "x"),
          [1, 2, 3], MyList([4]), {1: 2}, {5, 3}, frozenset([9]), P(), b"by", range(3)]
for v in values:
    print(kind(v))
total = 0
for i in range(300):
    v = values[i % len(values)]
    if isinstance(v, bool):
        total += 1000
    elif isinstance(v, int):
        total += 1
    elif isinstance(v, (str, bytes)):
        total += len(v)
print(total)
print(render([("a", 1), ("b", [2.5, "c", (3, "d")]), ("e", [])]))
