# rt_iter and rt_next of a list or a tuple whose type is not known at compile time (the
# generic `for x in v`): object lists, float and bool lists (raw items, boxed on the way out),
# tuples, empty ones, a list that grows or shrinks while iterated, an iterator used up and asked
# again, and the other iterables the same loop meets (str, range, dict, set, generator).


def walk(v):
    out = []
    for x in v:
        out.append(x)
    return out


def total(v):
    s = 0.0
    for x in v:
        s += x
    return s


def gen(n):
    for i in range(n):
        yield i * i


values = [
    [1, "a", None, (2, 3)],
    (4, "b", [5]),
    [0.5, 1.5, -2.25],
    (0.5, 2.0),
    [True, False, True],
    [],
    (),
    "xyz",
    range(3, 9, 2),
    {"k": 1, "j": 2},
    {7},
    gen(4),
    [[1, 2], (3, 4)],
]
for v in values:
    print(type(v).__name__, walk(v))

print(total([1.0, 2.5, 3.25]), total((1, 2.5)), total([True, True, False]))

grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if len(grow) < 6:
        grow.append(x * 10)
print(seen, grow)

shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    if shrink:
        shrink.pop()
print(seen, shrink)

flags = [x > 2 for x in range(5)]
fl = [x / 2 for x in range(5)]
for seq in (flags, fl, tuple(fl)):
    it = iter(seq)
    print(next(it), next(it), list(it), next(it, "done"), next(it, "again"))

it = iter([1, 2])
print(list(it), list(it))
items = [(i, str(i)) for i in range(4)]
print([a + len(b) for a, b in items], list(zip(items, "abcd")), list(enumerate(("p", "q"))))
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
