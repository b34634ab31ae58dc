# Float lists whose every use is known keep raw f64 items at -O2 (displays, repeats): reads,
# stores, negative and bool indices, printing, iteration, nesting, calls, globals must all see
# the same floats as CPython, -0.0, inf and nan included.
import math


def scale(v, k):
    n = len(v)
    out = [0.0] * n
    for i in range(n):
        out[i] = v[i] * k
    return out


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


u = [1.5, -2.25, 3.0, 0.1]
w = scale(u, 2.0)
print(w, dot(u, w), len(w), bool(w))
w[-1] = -0.0
w[True] = math.inf
print(w, w[-1], w[1], w[False])
w[0] = w[0] * 1e308 * 10.0
print(w[0], w[0] - w[0], w)
for x in w:
    print(x, end=" ")
print()

bodies = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
for b in bodies:
    b[0] += b[1] * 0.5
    b[2] -= 0.25
print(bodies, bodies[1][-1], repr(bodies[0]), str(bodies[1]))
first = bodies[0]
first[1] = first[1] / 3.0
print(bodies[0][1], first)

acc = [0.0] * 3
total = 0.0


def add(k, v):
    acc[k] += v


for i in range(10):
    add(i % 3, i * 0.5)
print(acc, acc[0] + acc[1] + acc[2])

empty = [0.0] * 0
print(empty, len(empty), bool(empty))
z = [0.5] * 4
z[3] = 2.0
z[-4] = 3.0
print(z, z[0] + z[3], z[1] is z[2])
q = [0.1, 0.2]
print(q[0] + q[1], q[0] + q[1] == 0.3, round(q[1] * 1e9))
