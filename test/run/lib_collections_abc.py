# collections.abc: annotations, mixins of subclasses, isinstance/issubclass of built-ins and of
# classes defining the one-method protocols.
from collections.abc import (
    Callable, Collection, Container, Generator, Hashable, Iterable, Iterator, Mapping,
    MutableMapping, MutableSequence, MutableSet, Reversible, Sequence, Set, Sized,
)
import collections.abc


def flatten(items: Iterable) -> Iterator[int]:
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)]], "ab", {6}])))


def apply(f: Callable[[int], int], xs: Sequence[int]) -> list[int]:
    return [f(x) for x in xs]


print(apply(lambda v: v + 1, (1, 2, 3)))

samples = [[1], (1,), "s", b"b", bytearray(b"x"), range(3), {1: 2}, {1}, frozenset(), iter([1]),
           (x for x in []), len, 5, 2.5, None, {1: 2}.keys(), print, int, map(str, [])]
abcs = [Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable]
for a in abcs:
    print(a.__name__, "".join("1" if isinstance(s, a) else "0" for s in samples))


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck("AKQJ")
print(list(d), "Q" in d, "X" in d, list(reversed(d)), d.index("Q"), d.count("K"), len(d))
print(isinstance(d, Sequence), isinstance(d, Iterable), isinstance(d, MutableSequence), issubclass(Deck, Collection))
try:
    d.index("Z")
except ValueError:
    print("ValueError")


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["A"] = 1
r.update({"B": 2}, C=3)
print(r["a"], r.get("b"), r.get("zz", 0), "C" in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()))
print(r.setdefault("d", 4), r.pop("a"), r.pop("nope", None), len(r), r == {"b": 2, "c": 3, "d": 4})
print(r.popitem(), len(r))
r.clear()
print(len(r), isinstance(r, Mapping), isinstance(r, dict))
try:
    r.pop("missing")
except KeyError as e:
    print("KeyError", e)


class Bag(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return "Bag(" + repr(self._items) + ")"


b = Bag([1, 2, 3])
print(b & Bag([2, 3, 4]), b | Bag([9]), b - Bag([1]), b ^ Bag([3, 5]), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= [7]
b -= [1]
print(b, b.isdisjoint([8]), b.pop(), b)


class Stack(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


s = Stack()
s.append(1)
s.extend([2, 3])
s += [4]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))
s.remove(2)
print(list(s))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Key:
    def __eq__(self, o):
        return True


class Fn:
    def __call__(self):
        return 1


print(isinstance(Countdown(2), Iterator), isinstance(Countdown(2), Iterable), isinstance(Countdown(2), Sized))
print(isinstance(Key(), Hashable), isinstance(Fn(), Callable), isinstance(Fn(), Hashable), issubclass(list, Sequence))
print(issubclass(Countdown, collections.abc.Iterator), isinstance([], collections.abc.MutableSequence))
try:
    Sequence()
except TypeError as e:
    print(e)


class Half(Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print(e)
