# min, max, sum and abs over arguments, lists, tuples and ranges, mixing ints and floats.
nums = [3, -7, 12, 0, 5.5, -2.25, 2 ** 65]
print(min(nums), max(nums), sum(nums), abs(min(nums)))
print(min(3, 1, 2), max(3, 1, 2), min(1.5, 2), max(-1, -1.5), min((4, 2, 8)), max([9]))
print(sum(range(101)), sum(range(-5, 5)), sum([]), sum((0.1, 0.2, 0.3)), sum([0.1] * 10))
print(sum([1, 2, 3], 10), sum([2 ** 64, 2 ** 64]), sum([1.5, 2, True]), sum([], 0.0))
print(max(range(7)), min(range(3, 10, 2)), max(range(10, 0, -3)), min([-0.0, 0.0]), max(0, -0.0))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 100)), abs(2 ** 63), abs(-(2 ** 63)))
def spread(values):
    return max(values) - min(values)
print(spread([4, 9, 1]), spread((2.5, 2.25)), spread(range(100)), spread([2 ** 70, -(2 ** 70)]))
def mean(values):
    return sum(values) / len(values)
print(mean([1, 2, 3, 4]), mean((10, 20)), mean(range(1, 8)), mean([0.1, 0.2, 0.4]))
best = None
for v in [5, 3, 8, 1, 9, 2]:
    if best is None or v > best:
        best = v
print(best, max([5, 3, 8, 1, 9, 2]) == best)
print(max(1, 2, 3, 4, 5, 6, 7, 8), min(-1, -2.5, 0), max(True, 0.5), min(False, -0.0))
print(max([1, 3], [1, 2]), min((2, 1), (1, 9)), max([], [0]))
