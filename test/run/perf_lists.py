# Lists whose length never changes (displays, repeats, list() never appended to): constant
# indices in range read and write in place, others take the fast path with hoisted loads;
# list repeats of every size; len() as an int; math.sqrt of floats; small ints as floats.
import math


def body_energy(bodies):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[3] * (b[0] * b[0] + b[1] * b[1] + b[-2] * b[-2])
    return e


def shift(bodies, dt):
    for b in bodies:
        b[0] += dt * b[3]
        b[-3] -= dt * b[3]
        b[2] = b[1] * 2.0


def pairs(bodies):
    n = len(bodies)
    total = 0.0
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            b2 = bodies[j]
            dx = b[0] - b2[0]
            d2 = dx * dx + 1.0
            total += dt_over(d2)
    return total


def dt_over(d2):
    return 0.01 / (d2 * math.sqrt(d2))


a = [1.0, 2.0, 3.0, 4.0]
b = [0.5, -1.5, 2.5, 3.0]
bodies = [a, b]
print(body_energy(bodies))
shift(bodies, 0.25)
print(a, b)
print(pairs(bodies))
print(a[-4], a[3], b[-1])

# constant indices out of range raise as usual
small = [10, 20, 30]
print(small[0], small[-1], small[2], small[-3])
small[1] = 99
small[-1] += 1
print(small)
try:
    print(small[3])
except IndexError as e:
    print("IndexError:", e)
try:
    small[-4] = 0
except IndexError as e:
    print("IndexError:", e)

# variable indices on lists that never grow
perm = list(range(9))
count = [0] * 9
for r in range(9):
    count[r] = r * r
    perm[r], perm[8 - r] = perm[8 - r], perm[r]
print(perm, count)
i = 9
try:
    print(perm[i])
except IndexError as e:
    print("IndexError:", e)
print(perm[-1], perm[True], count[-9])

# a list that grows keeps working through the general paths
grow = [1, 2]
grow.append(3)
print(grow[2], grow[-1], len(grow))

# repeats of every size
for k in range(0, 40, 7):
    r = [7] * k
    print(k, len(r), sum(r), r[:3])
print([1, 2, 3] * 5)
print(len([None] * 100000), [0.5] * 3, [] * 5, [1, 2] * 0, [1] * -3)
flags = [True] * 1001
flags[0] = flags[1] = False
print(flags.count(True), flags[-1])

# len() is an int
s = "hello"
n = len(s) + len([1, 2]) * 2
print(n, n // 2, n / 2, n % 4)
for i in range(len(s)):
    print(i, s[i], end=" ")
print()

# math.sqrt of floats: negative zero, inf, nan and the domain error
for v in [0.0, -0.0, 2.0, 1e308, float("inf"), float("nan"), 1e-310]:
    print(math.sqrt(v), end=" ")
print()
x = 16.0
print(math.sqrt(x), math.sqrt(x * 0.25), math.sqrt(9), math.sqrt(True))


# small ints as floats (exact and rounded)
def ratio(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


tot = 0.0
for i in range(20):
    for j in range(20):
        tot += ratio(i, j)
print(tot)
big = 2 ** 60 + 1
print(float(big), big * 1.0, (big - 1) / 3.0)
try:
    print(math.sqrt(-x))
except ValueError as e:
    print("ValueError:", e)
print(math.sqrt(-1.0 * x))
