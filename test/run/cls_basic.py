# Classes: attributes, class attributes, methods, defaults and keywords, __init__.
class Counter:
    """Counts things."""
    total = 0
    label = "counter"

    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.total = Counter.total + 1

    def tick(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self.value

    def reset(self):
        self.value = 0


c = Counter()
d = Counter(10, step=5)
print(c.value, c.step, d.value, d.step)
print(c.tick(), c.tick(3), d.tick(times=2))
print(Counter.total, c.total, d.label)
c.reset()
print(c.value)

# instance attributes shadow class attributes; deleting one shows the class's again
c.label = "mine"
print(c.label, d.label, Counter.label)
del c.label
print(c.label)

# attributes added from outside the class
d.extra = [1, 2]
d.extra.append(3)
print(d.extra)
d.extra += [4]
print(d.extra, len(d.extra))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = "two"
e.a += 10
print(e.a, e.b)
print(type(e).__name__, Empty.__name__)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(node):
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    return s


print(total(build(100)))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def size(self):
        return len(self.items)


s = Stack()
s.push(1).push(2).push(3)
print(s.pop(), s.size(), s.items)


# a method named like a list method: the class's for instances, the list's for lists
class Bag:
    def __init__(self):
        self.things = []

    def append(self, x):
        self.things.append(x * 2)


b = Bag()
for target in [b, []]:
    target.append(21)
    print(target.things if target is b else target)

# classes are values
k = Counter
obj = k()
print(obj.value, k is Counter, type(obj) is Counter)
kinds = [int, str, Counter]
print(kinds)
print(isinstance(3, kinds[0]), isinstance("x", int), isinstance(obj, (str, Counter)))
print(isinstance(True, int), issubclass(bool, int), issubclass(int, object), issubclass(Counter, object))
print(type(True), type(None), type(1.5), type([]), type(()), type("s"), type(type(1)))
print(type(1) == int, type(1) is int, type(obj) == Counter)
