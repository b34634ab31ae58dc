# Float division whose zero test raises straight to the handler (expand), and math.sqrt's
# domain test dropped for sums of squares (constfold): the errors, values and state kept.
import math


def inv_dist(p, q):
    dx = p[0] - q[0]
    dy = p[1] - q[1]
    d2 = dx * dx + dy * dy
    return 1.0 / (d2 * math.sqrt(d2))


def pairs(pts):
    out = []
    for i in range(len(pts)):
        for j in range(i + 1, len(pts)):
            try:
                out.append(round(inv_dist(pts[i], pts[j]), 6))
            except ZeroDivisionError as e:
                out.append(str(e))
    return out


def loop_state(xs, d):
    # the list grows before the division that raises: the item appended before stays
    acc = []
    total = 0.0
    try:
        for x in xs:
            acc.append(x)
            total += x / d[len(acc) - 1]
    except ZeroDivisionError as e:
        print("caught", e, acc, total)
    finally:
        print("finally", len(acc))
    return total


def nested(a, b):
    return a / b


def caller(vals):
    n = 0
    for v in vals:
        try:
            nested(1.5, v)
            n += 1
        except ZeroDivisionError:
            n += 100
    return n


def squares(x, y):
    return math.sqrt(x * x + y * y)


def domain(x, y):
    try:
        return math.sqrt(x * y)
    except ValueError as e:
        return str(e)


def diff_sq(x, y):
    try:
        return math.sqrt(x * x - y * y)
    except ValueError as e:
        return str(e)


print(pairs([[0.0, 0.0], [3.0, 4.0], [0.0, 0.0], [-0.0, 0.0], [1e-200, 0.0]]))
print(loop_state([1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 0.0, 1.0]))
print(loop_state([1.0, 2.0], [-0.0, 1.0]))
print(caller([1.0, 0.0, -0.0, 2.0, 0.0]))
print(squares(3.0, 4.0), squares(-0.0, -0.0), squares(float("nan"), 1.0), squares(float("inf"), -1.0))
print(squares(-1e200, 1e200), squares(1e-200, 0.0))
print(domain(-1.0, 2.0), domain(-0.0, 1.0), domain(2.0, 8.0), domain(float("nan"), -1.0))
print(diff_sq(1.0, 2.0), diff_sq(5.0, 4.0))
print(math.sqrt(-0.0), 1.0 / math.sqrt(4.0))
