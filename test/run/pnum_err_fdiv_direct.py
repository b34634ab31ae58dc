# A float division by zero in a pairs loop of float lists, not caught: the traceback ends in
# ZeroDivisionError (the zero path raises straight to the unwind block).
import math


def advance(bodies):
    for i in range(len(bodies)):
        b = bodies[i]
        for j in range(i + 1, len(bodies)):
            b2 = bodies[j]
            dx = b[0] - b2[0]
            d2 = dx * dx
            b[1] += 1.0 / (d2 * math.sqrt(d2))
    return bodies


print(advance([[0.0, 0.0], [1.0, 0.0]]))
print(advance([[0.0, 0.0], [2.0, 0.0], [2.0, 1.0]]))
