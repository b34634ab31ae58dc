# reversed() of instances: __reversed__, else __len__/__getitem__ read lazily from the end
# (an IndexError from __getitem__ ends it; list() of it asks __len__ again in CPython, for
# its length hint: not printed here), else a subclass's built-in value; the dict views'
# classes; __iter__ returning a built-in iterator.


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("get", i)
        return self.items[i]


r = reversed(Seq("abc"))
print("made")
print(next(r), next(r))
print(list(r), list(r))


class Short:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i


print(list(reversed(Short())))


class Own:
    def __reversed__(self):
        return iter("zyx")


class Child(Own):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        return "no"


print(list(reversed(Own())), list(reversed(Child())))


class Gen:
    def __reversed__(self):
        yield from (3, 2, 1)


print(list(reversed(Gen())), sum(reversed(Gen())))


class MyList(list):
    pass


print(list(reversed(MyList([1, 2, 3]))))
d = {"a": 1, "b": 2}
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(type(d.keys()) is type({}.keys()), type(d.keys()) is type(d.values()))


class Keys:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        return iter(self.d)


class Vals:
    def __iter__(self):
        return map(str, [1, 2])


class Items:
    def __iter__(self):
        return iter({1, 2})


print(list(Keys(d)), list(Vals()), sorted(Items()), [k for k in Keys({"x": 0})])


class NotRev:
    pass


try:
    reversed(NotRev())
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        raise KeyError(i)


print(list(reversed(Bad())))
