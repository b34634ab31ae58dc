# int + constant and int - constant test overflow of the small-int fast path with one comparison
# (expand.ts): results just inside and just past the small-int range (-2**62 .. 2**62 - 1), with
# constants of both signs on either side, big ints in, and loops that cross the boundary.


def add1(x):
    return x + 1


def sub1(x):
    return x - 1


def addm3(x):
    return x + -3


def subm5(x):
    return x - (-5)


def radd(x):
    return 7 + x


def rsub(x):
    return 7 - x


def addbig(x):
    return x + 4611686018427387903


def addlow(x):
    return x + -4611686018427387904


T = 2**62
for v in [0, 1, -1, T - 3, T - 2, T - 1, T, -T, -T + 1, -T + 2, -T - 1, 2**63, -(2**63), 10**30, -(10**30)]:
    print(v, add1(v), sub1(v), addm3(v), subm5(v), radd(v), rsub(v), addbig(v), addlow(v))
n = T - 5
seen = []
while n < T + 3:
    n += 1
    seen.append(n - T)
print(seen)
m = -T + 4
while m > -T - 3:
    m -= 1
print(m, m + T)
c = 0
for i in range(100):
    c += 1
    c -= 2
print(c, type(c + 1))
print(True + 1, False - 1)
