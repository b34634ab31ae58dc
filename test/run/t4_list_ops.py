# Lists of numbers: building with append, indexing, assignment, negative indices, len, in.
squares = []
for i in range(10):
    squares.append(i * i)
print(squares, len(squares), squares[0], squares[-1], squares[-3])
squares[0] = -1
squares[-1] = 2 ** 80
print(squares)
print(49 in squares, 50 in squares, 2 ** 80 in squares, -1 not in squares)
vals = [1.5, 2, -3]
vals.append(4.25)
vals.append(True)
print(vals, sum(vals), len(vals))
matrix = [[0, 0, 0], [0, 0, 0]]
matrix[0][1] = 5
matrix[1][-1] = 7
print(matrix, matrix[1], len(matrix), len(matrix[0]))
def running_sum(xs):
    out = []
    acc = 0
    for x in xs:
        acc += x
        out.append(acc)
    return out
print(running_sum([1, 2, 3, 4]), running_sum([]), running_sum([0.5, 0.25, -1]))
stack = []
for v in [3, 1, 4, 1, 5]:
    stack.append(v)
print(stack.pop(), stack.pop(), stack)
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a == b, a is b, a + [5], a * 2)
c = [0] * 5
for i in range(5):
    c[i] = i * 10
print(c, c.index(30), c.count(0), [] == [], [1, 2] < [1, 3])
