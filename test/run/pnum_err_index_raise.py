# An index proven >= 0 past a float list's end in a loop, not caught: the traceback ends in
# IndexError (the slow path raises straight to the unwind block).


def dot(u, v, n):
    s = 0.0
    for j in range(n):
        s += u[j] * v[j]
    return s


print(dot([1.0, 2.0], [3.0, 4.0], 2))
print(dot([1.0, 2.0, 3.0], [3.0, 4.0], 3))
