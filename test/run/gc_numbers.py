# Big ints and floats in loops: many temporaries, a few kept.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


kept = []
acc = 0
for k in range(3000):
    f = fact(40 + k % 30)
    acc = (acc + f) % (10 ** 30 + 7)
    if k % 500 == 0:
        kept.append(f)
print(acc)
for f in kept:
    print(f % 1000000007, len(str(f)))

powers = []
x = 1
for k in range(400):
    x = x * 3 + k
    if k % 50 == 0:
        powers.append(x)
ps = []
for p in powers:
    ps.append(p % 1000)
print(ps, len(str(x)))

fl = []
s = 0.0
for k in range(200000):
    v = k * 0.5 + 1.25
    s += v / 3.0
    if k % 40000 == 0:
        fl.append(v)
print(s, fl)

vals = []
for k in range(20000):
    vals.append(k * 1.5)
    if len(vals) > 100:
        vals = vals[50:]
print(len(vals), vals[0], vals[-1], sum(vals))
big = 2 ** 200
hist = []
for k in range(5000):
    y = big + k
    z = y * y - big
    if k % 1000 == 0:
        hist.append(z % 1000003)
print(hist)
