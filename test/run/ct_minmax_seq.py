print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max((2, 9, 9, 1)), min([2**70, -2**70, 5]), max([1, 2.5, True]), min([0.0, -0.0]), max([-0.0, 0.0]))
print(max(["b", "a", "c"]), min([(1, 2), (1, 1)]), max([1]), min([[2], [1, 5]]), max([float("nan"), 1.0, 2.0]), max([1.0, float("nan"), 2.0]))
print(max([], default=7), min((), default="x"))
try:
    max([])
except ValueError as e:
    print(e)
try:
    max([1, "a"])
except TypeError as e:
    print(e)
class M:
    def __init__(self, v, l): self.v = v; self.l = l
    def __gt__(self, o):
        self.l.append(99)
        return self.v > o.v
    def __lt__(self, o): return self.v < o.v
l = []
l.extend([M(1, l), M(3, l), M(2, l)])
print(max(l).v, len(l))
print(max([True, False]), min([5, 3.0, 3]), max([3, 3.0]), type(max([3, 3.0])).__name__)
