# range() with negative steps, empty ranges, big bounds, len, indexing and membership.
def show(r):
    out = []
    for v in r:
        out.append(v)
    print(out, len(r))

show(range(5))
show(range(2, 8))
show(range(0, 20, 4))
show(range(10, 0, -1))
show(range(10, 0, -3))
show(range(-5, 5, 2))
show(range(5, 5))
show(range(5, 0))
show(range(0, 5, -1))
show(range(-1, -10, -4))
show(range(-10))
r = range(3, 30, 7)
print(r[0], r[1], r[-1], r[-2], len(r), 10 in r, 11 in r, 30 in r, list(r))
big = range(0, 3 * 10 ** 8, 3)
print(len(big), 3 * 10 ** 8 - 3 in big, big[10 ** 6], big[-1000])
print(list(range(0)), list(range(1)), list(range(-3, 3)), range(1, 10, 2)[2:])
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(100, 0, -7)))
for i in range(3, -3, -1):
    print(i, end=" ")
print()
print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
