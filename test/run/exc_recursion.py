# RecursionError at CPython's limit, caught and recovered from; deep but legal recursion.
depth = 0


def down(n):
    global depth
    depth = n
    return down(n + 1)


try:
    down(1)
except RecursionError as e:
    print("limit at", depth, e)


def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(990))


def inner_catch(n):
    global depth
    depth = n
    try:
        return inner_catch(n + 1)
    except RecursionError:
        return n


r = inner_catch(1)
print("caught at depth", r, depth)


def many_locals(n, a, b, c, d, e, f, g, h):
    x1 = (a + b) % 1009
    x2 = (c * d) % 1013
    x3 = (e - f) % 1019
    x4 = (g + h + x1 + x2 + x3) % 1021
    if n == 0:
        return x4
    return many_locals(n - 1, x1, x2, x3, x4, a, b, c, d) % 1000003


print(many_locals(980, 1, 2, 3, 4, 5, 6, 7, 8))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

# the depth is restored after the error: recursion works again
print(count(500))
down(1)
