r = range(0, 10**12, 3)
print(len(r), r[10**10], r[-1], r[-(10**10)])
r2 = range(5 * 10**9)
print(r2[4 * 10**9], r2[-1], 4 * 10**9 + 7 in r2, r2[3*10**9:4*10**9:7])
print(r2.index(4 * 10**9))
try:
    r2[5 * 10**9]
except IndexError as e:
    print(e)
r = range(10)
print(r[5:2], r[::100], r[::-1], r[-100:100], r[3:8:2], r[8:3:-2], r[::-100])
r = range(3, 40, 7)
print(r[1:], r[::-2], r[10:], r[-2:], list(r[::-2]), r[True], r[-True])
print(list(reversed(range(3, 40, 7))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(next(reversed(range(10**15))), next(iter(range(3 * 10**9))))
for a, b in zip(range(5 * 10**9), 'abc'):
    print(a, b, end=' ')
print()
try:
    range(10)[10**30]
except IndexError as e:
    print(e)
try:
    range(10)['a']
except TypeError as e:
    print(e)
try:
    range(10)[::0]
except ValueError as e:
    print(e)
print(range(10**10)[10**10 - 1:][0], range(-5, 5)[-10], len(range(0, 10**12, 3)[::7]))
r = range(0, 30, 3)
print(r.index(9), r.count(9), r.count(10), r.start, r.stop, r.step)
print(r.index(27))
r = range(5)
print(r.index(3.0), r.count(2.0), r.count('a'), r.count(True), r.index(True))
for a in [7, 'x']:
    try:
        print(r.index(a))
    except ValueError as e:
        print(e)
try:
    r.index(1, 2)
except TypeError as e:
    print(e)
rr = range(10**12, -10**12, -7)
print(rr.index(10**12 - 7 * 10**9), rr.count(3), rr.start, rr.stop, rr.step, len(rr))
print(range(3).stop + range(4, 9, 2).step)
try:
    range(3).foo
except AttributeError as e:
    print(e)
