# heapq takes only lists (CPython's TypeError messages) and gives IndexError "index out of range" on an empty heap.
import heapq
for f, args in [(heapq.heappush, (3, 4)), (heapq.heappop, ([],)), (heapq.heappop, ((1,),)), (heapq.heapreplace, ([], 1)),
                (heapq.heappushpop, ("ab", 1)), (heapq.heapify, ((3, 1),)), (heapq.heapreplace, (None, 1)), (heapq.heappushpop, ([], 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
h = []
heapq.heappush(h, 3)
print(heapq.heappushpop(h, 1), h)
