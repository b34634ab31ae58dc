# heapq and bisect: heaps print as CPython's do; binary search and insort.
import heapq
import bisect
from heapq import heappush, heappop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(4)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
pairs = []
heappush(pairs, (2, "b"))
heappush(pairs, (1, "z"))
heappush(pairs, (1, "a"))
print(heappop(pairs), heappop(pairs), heappop(pairs))
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print(bisect.bisect_left(words, 4, key=len), words)
bisect.insort(words, "plum", key=len)
print(words)
print(bisect.bisect_left(a, 3, -1))
