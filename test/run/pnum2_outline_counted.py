# An outlined loop (src/passes/outline.ts) counts the trips of a counted loop directly inside it
# once where that loop is entered (its bound minus its start, by the step), not one per trip:
# inner loops that run no trip, fewer than the step, many chunks' worth, that break early, that
# start above their bound, with steps of 1, 3 and 8, and raw (non-int-object) counters.


def sums(rounds, n, step):
    out = []
    for r in range(rounds):
        total = 0
        count = 0
        for i in range(r, n, step):
            total += i
            count += 1
        out.append((total, count))
    return out


def early(rounds, n):
    hits = 0
    for r in range(rounds):
        for i in range(n):
            if i * i > r * 50:
                hits += i
                break
    return hits


def empty_and_backwards(rounds):
    t = 0
    for r in range(rounds):
        for i in range(r, 3):
            t += 1
        for i in range(10, r):
            t += 2
        for i in range(r, r):
            t += 100
    return t


def grow(rounds):
    # a long inner loop (thousands of trips per entry: several chunks each) that overflows
    # into big ints part way
    total = 0
    for r in range(rounds):
        x = 1 << (60 - r)
        for i in range(2500):
            total += x + i
    return total


def while_counted(rounds, n):
    t = 0
    for r in range(rounds):
        j = r
        while j < n:
            t += j
            j += 3
    return t


print(sums(5, 20, 1))
print(sums(7, 9, 3))
print(sums(12, 10, 8))
print(sums(3, 5000, 1)[-1])
print(early(200, 1000))
print(empty_and_backwards(15))
print(grow(5))
print(while_counted(40, 3000))

# at module level: the counting loop of a sieve, whose sum leaves the small ints
flags = [True] * 4001
total = 1 << 62
count = 0
for r in range(3):
    for i in range(2, 4001):
        if flags[i]:
            count += 1
            total += i
            for j in range(i * i, 4001, i):
                flags[j] = False
print(count, total)
