# queue: FIFO, LIFO and priority order, maxsize, the nowait forms, Empty and Full, task_done.
import queue
from queue import LifoQueue, PriorityQueue, Queue, SimpleQueue

q = Queue()
for x in [3, 1, 2]:
    q.put(x)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
lq = LifoQueue()
pq = PriorityQueue()
for x in [(2, "b"), (1, "a"), (3, "c"), (1, "0")]:
    lq.put(x)
    pq.put_nowait(x)
print([lq.get() for _ in range(4)], [pq.get_nowait() for _ in range(4)])
bounded = Queue(maxsize=2)
bounded.put(1)
bounded.put(2, block=False)
print(bounded.full(), bounded.maxsize, bounded.queue)
for f in [lambda: bounded.put_nowait(3), lambda: bounded.put(3, timeout=0.01), lambda: Queue().get_nowait(),
          lambda: Queue().get(timeout=0), lambda: SimpleQueue().get(False), lambda: Queue().task_done(),
          lambda: Queue().get(timeout=-1)]:
    try:
        f()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, repr(e), isinstance(e, Exception))
    except ValueError as e:
        print("ValueError", e)
s = SimpleQueue()
s.put("x")
s.put_nowait("y")
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
t = Queue()
t.put("job")
t.get()
t.task_done()
t.join()
print(t.unfinished_tasks)
# breadth-first search, as programs write it
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
seen = {"A"}
order = []
frontier = Queue()
frontier.put("A")
while not frontier.empty():
    node = frontier.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.put(nxt)
print(order)
