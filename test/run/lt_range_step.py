# for loops over range(a, b, s) with steps that are variables: both signs, empty ranges, big
# ints, break/else, and a sieve as the benchmark writes it.
def collect(a, b, s):
    out = []
    for j in range(a, b, s):
        out.append(j)
    return out


print(collect(0, 10, 3), collect(10, 0, -3), collect(5, 5, 2), collect(0, 10, -1), collect(10, 0, 1))
print(collect(2 ** 70, 2 ** 70 + 10, 4), collect(-3, 3, True), collect(3, -3, -2 ** 65))
k = 4
for i in range(1, 20, k):
    print(i, end=" ")
else:
    print("done")
for i in range(3, -20, -k):
    if i < -10:
        break
    print(i, end=" ")
else:
    print("not reached")
print()


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags


fl = sieve(1000)
count = 0
total = 0
for i in range(len(fl)):
    if fl[i]:
        count += 1
        total += i
print(count, total, fl[997], fl[999])
