# `from m import f` inside module-level blocks (the `if __name__ == "__main__":` idiom) and in
# functions binds f like a top-level import.
if __name__ == "__main__":
    from functools import reduce
    import math
    from collections import Counter as C

    print(reduce(lambda a, b: a + b, [1, 2, 3]), math.sqrt(16), C("aab").most_common(1))


def f():
    from itertools import accumulate
    from functools import reduce as r

    return list(accumulate([1, 2, 3])), r(max, [3, 9, 2])


print(f())
try:
    from heapq import heappush, heappop
except ImportError:
    heappush = heappop = None
h = []
heappush(h, 3)
heappush(h, 1)
print(heappop(h), reduce(max, [1, 5]))
