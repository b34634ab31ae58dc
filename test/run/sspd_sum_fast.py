# sum() of lists and tuples of small ints (added in line up to the first other item or overflow)
# and of generators (resumed directly): the switch to the generic loop keeps its place.
big = 2 ** 62
print(sum([]), sum(()), sum([], 5), sum([1, 2, 3]), sum((4, 5, 6), 10))
print(sum([1, 2, big, 3]), sum([big, big, big]), sum([-big, -big, -big, 1]))
print(sum([1, 2, 0.5, 3]), sum([1, True, False, 2]), sum([1, 2, 3], 0.5), sum([2 ** 70, 1, 2]))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum(x for x in range(100) if x & 1))
print(sum(i * i for i in range(50)), sum([1.5, 2, 3]), sum([1, 2, 1e308, 1e308, -1e308]))


def gen(n):
    for i in range(n):
        yield i * 2


def bad(n):
    yield 1
    yield 2
    raise ValueError("inside the generator")


print(sum(gen(1000)), sum(gen(0)), sum(gen(5), 100), sum(gen(3), 0.25))
try:
    sum(bad(3))
except ValueError as e:
    print("ValueError", e)
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)


class N:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return o + self.v


print(sum([1, 2, N(10), 3]), sum((5, N(1))))
l = [1, 2, 3]
it = iter(l)
print(sum(l[1:]), sum(it), sum(it))
print(sum([2 ** 62 - 1, 2 ** 62 - 1, -(2 ** 62)]), sum([-(2 ** 62), -(2 ** 62)]))
