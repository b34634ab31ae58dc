class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        if isinstance(o, Mat):
            n = len(o.rows[0])
            return Mat([[sum(r[k] * o.rows[k][j] for k in range(len(r))) for j in range(n)] for r in self.rows])
        return NotImplemented
    def __rmatmul__(self, o):
        if isinstance(o, (int, float)):
            return Mat([[o * x for x in r] for r in self.rows])
        return NotImplemented
    def __repr__(self):
        return f"Mat({self.rows})"

class Acc(Mat):
    def __imatmul__(self, o):
        print("imatmul")
        self.rows = (self @ o).rows
        return self

class Sub(Mat):
    def __rmatmul__(self, o):
        return "Sub.__rmatmul__ first"

a = Mat([[1, 2], [3, 4]])
b = Mat([[5, 6], [7, 8]])
print(a @ b)
print(2 @ a)
c = a
c @= b
print(c, a)
d = Acc([[1, 0], [0, 1]])
e = d
d @= b
print(d, e is d)
print(a @ Sub([[1]]))
class Box:
    def __init__(self, v): self.v = v
xs = [Mat([[1]]), Box(2)]
xs[0] @= Mat([[3]])
print(xs[0])
bx = Box(1)
bx.m = Mat([[2]])
bx.m @= Mat([[5]])
print(bx.m)
for bad in [lambda: 1 @ 2, lambda: a @ "s", lambda: "s" @ a, lambda: [1] @ [2], lambda: Box(1) @ Box(2)]:
    try:
        bad()
    except TypeError as ex:
        print(ex)
def imm():
    x = 3
    x @= 4
try:
    imm()
except TypeError as ex:
    print(ex)
z = None
z @= a
