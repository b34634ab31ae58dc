# Loops whose test the code generator copies to the bottom (loop rotation): while and for loops
# that run zero, one and many times, break/continue/else, negative steps, an inner loop that
# ends its outer loop's body, counters past 2**63, float tests, and an IndexError in the body.


def count_down(n):
    out = []
    i = n
    while i > 0:
        out.append(i)
        i -= 3
    return out


def first_multiple(xs, k):
    i = 0
    while i < len(xs):
        if xs[i] % k == 0:
            break
        i += 1
    else:
        return -1
    return i


def skip_odd(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        total += i
    return total


def nested(n):
    # The inner while is the last statement of the outer one.
    pairs = 0
    i = 0
    while i < n:
        i += 1
        j = i
        while j < n:
            j += 2
            pairs += 1
    return pairs


def steps(a, b, s):
    total = 0
    trips = 0
    for k in range(a, b, s):
        total += k
        trips += 1
    return trips, total


def mark(n):
    flags = [True] * (n + 1)
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k in range(2, n + 1) if flags[k]]


def big(start, n):
    x = start
    trips = 0
    while x < start + n:
        x += 1
        trips += 1
    return x, trips


def escape(cr, ci):
    zr = 0.0
    zi = 0.0
    it = 0
    while it < 50 and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        it += 1
    return it


def walk(xs, stop):
    i = 0
    s = 0
    while i != stop:
        s += xs[i]
        i += 1
    return s


def for_else(xs, want):
    for x in xs:
        if x == want:
            print("found", x)
            break
    else:
        print("not found", want)


print(count_down(10), count_down(0), count_down(1), count_down(-5))
print(first_multiple([3, 5, 7, 14, 9], 7), first_multiple([1, 2], 5), first_multiple([], 2))
print(skip_odd(0), skip_odd(1), skip_odd(10), skip_odd(101))
print(nested(0), nested(1), nested(7), nested(30))
print(steps(0, 10, 3), steps(10, 0, -3), steps(5, 5, 1), steps(5, 4, -1), steps(-7, -20, -4))
print(mark(60), len(mark(1000)), mark(1), mark(2))
print(big(2**63 - 3, 6), big(-2**63 - 2, 4), big(0, 0))
print([escape(x / 4.0, 0.5) for x in range(-8, 4)])
print(walk([1, 2, 3, 4], 4), walk([5], 1), walk([], 0))
for_else([1, 2, 3], 2)
for_else([1, 2, 3], 9)
try:
    print(walk([1, 2, 3], 5))
except IndexError as e:
    print("IndexError:", e)
