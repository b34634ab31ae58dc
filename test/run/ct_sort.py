# list.sort and sorted (stable, reverse=), ending with an unorderable comparison.
a = [5, 3, 9, 1, 3, 7, 0, -2, 8]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted([3, 1, 2]), sorted((2.5, -1, 0)), sorted("hello"), sorted(range(5), reverse=True), sorted([]))
b = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
b.sort()
print(b, sorted(b, reverse=True))
c = ["pear", "apple", "fig", "apple"]
print(sorted(c), c)
d = list(range(100, 0, -7))
d.sort()
print(d)
print(sorted([1, 'a']))
