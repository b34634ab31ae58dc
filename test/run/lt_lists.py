# Lists typed per allocation site at -O2: every way a list's items can change type must be seen
# (aliases, calls, globals, nesting, methods, slices, copies), and typed reads must match CPython.

# ints, negative and bool indices, big-int values
a = [10, 20, 30, 40]
i = 0
total = 0
while i < len(a):
    total += a[i] * a[-1 - i]
    i += 1
print("ints", total)
print("neg", a[-1], a[-4], a[True], a[False])
a[-2] = 2 ** 70
print("big", a[2] + 1, a)

# floats: reads feed float arithmetic
f = [0.5, 1.5, 2.25]
s = 0.0
for k in range(3):
    f[k] = f[k] * 2.0 + k
    s += f[k]
print("floats", s, f)
f[1] = 7
print("int into float list", f[1] / 2, f)
print(f[1])
print(f[1] * 0.5)

# aliasing: a store through another name changes what the first name reads
b1 = [1, 2, 3]
b2 = b1
b2[0] = "x"
print("alias", b1[0] + "y", b1)
print(b1[0])
if b1[0]:
    print("alias truthy")


# a function stores a str into the caller's list
def put(lst, v):
    lst[1] = v


c = [1.0, 2.0, 3.0]
put(c, "s")
print("callee store", c[1] + "!", c[0] + 1.0)
print(c[1])
if c[1]:
    print("callee truthy")


def make(n):
    return [0] * n


d = make(3)
d[2] = 2.5
print("returned list", d[2] * 2, d)
print(d[2])
print(d[2] * 2.0)

# globals
g = [1, 2]


def set_global():
    g[0] = "glob"


set_global()
print("global", g[0] + "al")
print(g[0])

# nesting: an inner list changed through the outer one
m = [[1.0, 2.0], [3.0]]
m[1][0] = "str"
print("nested", m[1][0] + "a", m[0][1] + 0.5)
print(m[1][0])
row = m[0]
row[0] = None
print("nested alias", m[0][0] is None, m)
print(m[0][0])
if m[0][0]:
    print("wrong")

# methods make a list escape: sort, insert, reverse, pop
e = [3, 1, 2]
e.sort()
e.insert(0, "first")
print("methods", e[0] + "!", e)
print(e[0])
e.append(4.5)
print("append", e[-1] * 2, len(e))
print(e[-1])
print(e[-1] * 2.0)
e.reverse()
print("reverse", e[0] * 2, e.pop(), e)

# slices copy the items: the inner lists are shared
outer = [[1], [2]]
cp = outer[:]
cp[0][0] = "z"
print("slice shares items", outer[0][0] + "!", cp)
print(outer[0][0])
cp[1] = "replaced"
print("slice is a copy", outer[1], cp[1])
outer[1:] = [["w"]]
print("slice assign", outer[1][0] + "?", outer)
print(outer[1][0])

# copies and repeats are new lists with the same items
r = [[0]] * 3
r[0][0] = "shared"
print("repeat shares", r[2][0] + "!", r)
print(r[2][0])
cat = [1, 2] + [3.5]
cat[0] = "c"
print("concat", cat[0] + "d", cat[2] + 1)
print(cat[0])
lst = list(range(5))
lst[4] = lst[3] + lst[2]
print("list(range)", lst)
cp2 = list(lst)
cp2[0] = "copy"
print("list(list)", lst[0] + 1, cp2[0])
print(cp2[0])
cp3 = sorted(cat[1:])
cp3[0] = "sorted"
print("sorted", cp3)
print(cp3[0])

# iteration, unpacking, tuples holding lists
items = [1.5, 2.5]
acc = 0.0
for x in items:
    acc += x
print("iterate", acc)
holder = (items,)
holder[0][0] = "via tuple"
for x in items:
    print("iterated", x)
p, q = items
print("unpack", p + "!", q * 2)
print(p)
print(items[0])
inner = [5]
box = [inner]
for lst2 in box:
    lst2[0] = "via for"
print("for target", inner[0] + "!")
print(inner[0])

# += makes a new list here as in the lowering; in and comparisons read items
h = [1, 2]
h += [3]
print("iadd", h, 3 in h, "3" in h, h == [1, 2, 3], h < [1, 3])
print("truth", bool([]), bool(h), len(h))
print("repr", repr([1.0, "a", [None, True]]), str([[]]))
