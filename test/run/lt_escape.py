# Float lists whose items become ints or bools through every path a list can be reached by:
# typed reads (float arithmetic, truth tests) at -O2 must see the int, not assume a float.


def check(label, v):
    # v is a float, an int or a bool: float arithmetic and a truth test on it
    print(label, v + 0.5, "truthy" if v else "falsy")


def put(lst, k, v):
    lst[k] = v


def via_method(lst):
    lst.insert(0, 0)


a = [1.0, 2.0, 3.0]
b = a
b[0] = 0
print(a[0] + 0.5, "truthy" if a[0] else "falsy")
check("alias", a[0])

c = [1.0, 2.0]
put(c, 1, 0)
print(c[1] + 0.5, "truthy" if c[1] else "falsy")

d = [1.0, 2.0]
via_method(d)
print(d[0] + 0.25, "truthy" if d[0] else "falsy")

e = [2.0, 1.0]
e.sort()
e.append(0)
print(e[2] + 0.5, "truthy" if e[2] else "falsy", e[0] + e[1])

outer = [[1.0], [2.0]]
cp = outer[:]
cp[0][0] = 0
print(outer[0][0] + 0.5, "truthy" if outer[0][0] else "falsy")

r = [[1.5]] * 2
r[1][0] = False
print(r[0][0] + 0.5, "truthy" if r[0][0] else "falsy")

holder = ([3.5],)
holder[0][0] = 0
inner = holder[0]
print(inner[0] + 0.5, "truthy" if inner[0] else "falsy")

t = [4.5, 5.5]
p, q = t
g = [t]
for row in g:
    row[1] = 0
print(t[1] + 0.5, "truthy" if t[1] else "falsy", p + q)

glob = [1.25]


def set_glob():
    glob[0] = 0


set_glob()
print(glob[0] + 0.5, "truthy" if glob[0] else "falsy")

it = [6.5, 7.5]
for k in range(len(it)):
    it[k] = k
for x in it:
    print(x + 0.5, "truthy" if x else "falsy")

m = [9.5]
n = list(m)
n[0] = 0
print(m[0] + 0.5, n[0] + 0.5, "truthy" if n[0] else "falsy")

s = sorted([2.5, 1.5])
s[0] = 0
print(s[0] + 0.5, "truthy" if s[0] else "falsy")

z = [1.0] + [2.0]
z[1] = 0
print(z[1] + 0.5, "truthy" if z[1] else "falsy")

w = [[1.0, 2.0]]
w2 = w[0]
w2.reverse()
w2.pop()
w2.append(0)
print(w[0][1] + 0.5, "truthy" if w[0][1] else "falsy", w)

bools = [True, False]
bools[0] = 2.5
print(bools[0] + 0.5, "truthy" if bools[1] else "falsy")
ints = [1, 2, 3]
j = 0
while j < 3:
    ints[j] = ints[j] * 0.5
    j += 1
print(ints[0] + 0.5, ints)
