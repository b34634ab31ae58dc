# A function given its call depth as a parameter (depth-param) that calls, in a loop, runtime code
# that may run program code (dict lookups run __hash__/__eq__, iteration runs __next__): the
# depth counter is set once at its entry and restored at its returns. Recursion through those
# calls must still count every frame (RecursionError at the limit, as CPython), and the counter
# must be right again after a RecursionError was caught and after a return.



class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n


class Deep:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        # recursion through dict lookups: every frame counts
        return deep_hash(self.n)

    def __eq__(self, other):
        return self.n == other.n


def deep_hash(n):
    if n <= 0:
        return 0
    d = {}
    d[Deep(n - 1)] = n
    return 1 + deep_hash(0) + len(d)


def count(keys, table):
    total = 0
    for k in keys:
        total += table.get(k, 0)
        table[k] = table.get(k, 0) + 1
    return total


def down(n, seen):
    if n == 0:
        return 0
    for k in seen:
        if k.n == n:
            break
    seen[Key(n)] = n
    return 1 + down(n - 1, seen)


keys = [Key(i % 13) for i in range(200)]
table = {}
print(count(keys, table), len(table), sorted(k.n for k in table)[:5])
print(down(50, {}))
try:
    down(100000, {})
except RecursionError as e:
    print("RecursionError:", e)
print(down(60, {}))
print(deep_hash(5), count(keys, {}))
try:
    down(5000, {})
except RecursionError:
    print("again")
print(count(keys, table))
