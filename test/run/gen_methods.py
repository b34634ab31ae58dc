# Generator methods: __iter__ written as a generator, generator methods reading self.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v

    def pairs(self, other):
        yield from zip(self, other)


c = Countdown(5)
print(list(c), list(c.evens()), sum(c), max(c))
for x in Countdown(3):
    print("tick", x)
print(list(c.pairs("abc")), 4 in c, 9 in c)
print(sorted(x * 10 for x in c), any(x > 4 for x in c))


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for ch in self.children:
            yield from ch.walk()


t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t.walk()))
it = t.walk()
print(next(it), next(it), list(it))
