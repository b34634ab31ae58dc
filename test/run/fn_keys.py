# Callables taken by builtins: sorted/min/max key=, list.sort(key=, reverse=), map, filter, builtins as values.
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=len), max([3, 1, 2], key=lambda v: -v))
nums = [5, 3, 8, 1]
nums.sort(key=lambda v: -v)
print(nums)
nums.sort(reverse=True, key=abs)
print(nums)
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, 1, "", "x", [], [0]])))
f = len
print(f("abcd"), list(map(abs, [-1, 2, -3])), list(map(int, ["7", "08"])))
for s in map(repr, ["a", 1]):
    print(s)
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs, key=lambda p: p[0]))
print(sum(map(len, words)), any(map(bool, [0, 0])), all(map(bool, [1, 2])))
g = max
print(g(3, 9, 4), g([1, 7]), g([1, 7], key=lambda x: -x))
print(list(map(float, "12")), list(map(tuple, ["ab"])))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m))
