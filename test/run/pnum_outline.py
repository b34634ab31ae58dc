# Loops of code that runs once (the module body, functions it calls outside loops) run in
# functions of their own, a chunk of trips per call (src/passes/outline.ts): the loop state,
# the values computed in the loop and used after it, each way out of the loop (break, return,
# exceptions caught around it or in it) and long loops of many chunks.


def count_up(n):
    total = 0
    last = None
    for i in range(n):
        total += i * i
        last = i
    return total, last


def nested(n):
    grid = [[0] * n for _ in range(n)]
    for y in range(n):
        for x in range(n):
            grid[y][x] = (x * 31 + y * 17) % 7
    s = 0
    for row in grid:
        for v in row:
            s += v
    return s


def find_first(items, target):
    i = 0
    while True:
        if items[i] == target:
            return i, items[i]
        i += 1


def with_else(n):
    found = -1
    for i in range(n):
        if i * i > 5000:
            found = i
            break
    else:
        found = -2
    after = found * 2
    for j in range(3):
        pass
    else:
        after += 1
    return after


def floats(n):
    x = 0.0
    y = 1.0
    k = 0
    while k < n:
        x, y = y, (x + y) * 0.5 + 0.25
        k += 1
    return x, y, k


def caught(n):
    errors = 0
    total = 0
    for i in range(n):
        try:
            total += 100 // (i % 5)
        except ZeroDivisionError:
            errors += 1
    return errors, total


def caught_outside(items):
    seen = []
    try:
        for x in items:
            seen.append(10 // x)
    except ZeroDivisionError as e:
        return seen, str(e)
    return seen, None


def strings(n):
    parts = []
    for i in range(n):
        parts.append(str(i % 10))
    s = "".join(parts)
    return len(s), s[:12], s.count("7")


def fannkuch_like(n):
    perm = list(range(n))
    flips_total = 0
    count = 0
    while True:
        p = perm[:]
        k = p[0]
        flips = 0
        while k != 0:
            p[:k + 1] = p[k::-1]
            flips += 1
            k = p[0]
        flips_total += flips
        count += 1
        # next permutation (lexicographic)
        i = n - 2
        while i >= 0 and perm[i] >= perm[i + 1]:
            i -= 1
        if i < 0:
            break
        j = n - 1
        while perm[j] <= perm[i]:
            j -= 1
        perm[i], perm[j] = perm[j], perm[i]
        perm[i + 1:] = reversed(perm[i + 1:])
    return count, flips_total


def big_ints(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a % 1000000007, a.bit_length()


print(count_up(5000))
print(count_up(0))
print(nested(60))
print(find_first([5, 3, 9, 12, 7], 12))
print(with_else(100), with_else(10))
print(floats(3000))
print(caught(2500))
print(caught_outside([1, 2, 5, 0, 3]))
print(caught_outside([1, 2]))
print(strings(4000))
print(fannkuch_like(6))
print(big_ints(3000))

# module-level loops: the globals they write are read after them
acc = 0
hist = {}
for i in range(12345):
    acc = (acc * 31 + i) % 1000003
    hist[i % 7] = hist.get(i % 7, 0) + 1
print(acc, sorted(hist.items()))

words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
n = 0
while n < 3000:
    w = words[n % len(words)]
    if len(w) > len(longest):
        longest = w
    n += 1
print(longest, n)

total = 0
for a in range(40):
    for b in range(40):
        for c in range(40):
            if (a + b + c) % 13 == 0:
                total += a * b - c
print(total)


def gen(n):
    for i in range(n):
        yield i * 2


print(sum(gen(1500)))

x = 0
try:
    for i in range(5000):
        x += i
        if i == 4321:
            raise ValueError(f"stop at {i}")
except ValueError as e:
    print("caught", e, x)

# an uncaught exception from inside a long loop: the traceback names the loop's line
vals = [3, 2, 1, 0]
k = 0
while k < 100000:
    k += 1
    if k > 2500:
        print(k, 60 // vals[k % 4 + 0 if k < 2999 else 3])
