# Where isinstance(v, tuple) failed, v is no tuple (infer drops its tuple sites, and T_OTHER when
# what is left are lists and no iterator is ever used but by its for loop): `for x in v` there
# walks a proven list by index, len(v) and v[0] are list reads. A list the loop changes, an
# isinstance(v, list) test either way, a list an f-string and isinstance() saw that is then
# changed: CPython's results. (Few list or tuple displays and `+`: each takes one of inference's
# 30 sites.)


def render(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.2f}"
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, tuple):
        return f'"{v[0]}": {render(v[1])}'
    parts = []
    for x in v:
        parts.append(render(x))
    if len(v) > 0 and isinstance(v[0], tuple):
        return "{%s}" % ", ".join(parts)
    return "[%s]" % ", ".join(parts)


def grow(v):
    # the loop sees the items appended while it runs, as CPython's list iterator does
    if isinstance(v, tuple):
        return len(v)
    n = 0
    for x in v:
        n += x
        if len(v) < 6:
            v.append(x * 2)
    return n, v


def kind(v):
    if isinstance(v, list):
        return f"list {len(v)} {v[-1]}"
    if isinstance(v, (tuple, list)):
        return "a tuple"
    return f"not a list: {type(v).__name__}"


print(render([("id", 1), ("name", "a"), ("score", 2.5), ("tags", ["x", "", "k01"]), ("ok", True), ("note", None)]))
print(render([[1, [2, (3, 4)]], []]))
print(render((1, None)))
print(grow([1, 2]), grow((5, 6, 7)), grow([]))
for v in [[3, 4], (5, 6), "str", 7, [[]]]:
    print(kind(v))
# an f-string and isinstance() read a list of lists; the inner list changes afterwards
inner = [1, 2]
outer = [inner, [3]]
print(f"{outer}", isinstance(outer, tuple), isinstance(inner, list))
inner.append(2.5)
total = 0
for l in outer:
    for y in l:
        total = total - y * 2
print(total, outer)
