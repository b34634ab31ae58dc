import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement, pairwise, batched)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(zip(count(-2, -1), "abc")))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(zip(range(3), repeat(7))), list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate("abc")), list(accumulate([1.5, 2.25, -1.0])))
print(list(chain("ab", [1, 2], (), range(3))), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted([5, 1, 2, 2, 3, 1, 5, 5]))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
gs = list(groupby([1, 1, 2, 2, 3]))
print([(k, list(g)) for k, g in gs])
it = groupby([1, 1, 1, 2, 2])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g2), list(g))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(100), 5, 30, 7)), list(islice("AB", 5, 3)))
print(list(islice("ABCDEFG", None)), list(islice("ABCDEFG", None, 3, None)), list(islice([], 3)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip("ab", "cd"))))
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = tee(range(3), 3)
print(list(t1), list(t2), list(zip(t3, "xyz")), len(tee("ab", 0)))
g = (x * x for x in range(4))
x1, x2 = tee(g)
print(list(zip(x1, x2)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest()))
print(list(product("AB", "xy")), list(product(range(2), repeat=3)), list(product()), list(product("ab", [])))
print(list(product("ab", "cd", repeat=2))[:5], len(list(product(range(3), range(4), range(2)))))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations([1, 2], 3)), list(permutations([])))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print(list(batched("ABCDEFG", 3)), list(batched(range(4), 2)), list(batched([], 2)))
print(sum(1 for _ in combinations(range(12), 6)))
for exc_test in [lambda: list(batched("abc", 0)), lambda: list(islice("abc", -1)), lambda: list(islice("abc", 0, 3, 0)),
                 lambda: tee([1], -1), lambda: list(permutations("ab", -1)), lambda: list(product("a", repeat=-1))]:
    try:
        exc_test()
    except ValueError as e:
        print("ValueError", e)
list(combinations("abc", -2))
