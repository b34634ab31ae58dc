"""collections.abc: the abstract base classes of containers (Keel's own module, after CPython's
_collections_abc).

Deriving from one gives its mixin methods (a MutableMapping needs only __getitem__,
__setitem__, __delitem__, __iter__ and __len__) and makes the class abstract until those are
defined. isinstance() and issubclass() answer as CPython does: each class binds `_keel_abc_`,
its kind in stdlib/_rt/abc_rt.py, which decides for the built-in types CPython registers (a list
is a MutableSequence, a dict a MutableMapping) and for classes defining the methods of the
one-method ABCs (Iterable, Sized, Callable, ...). Not provided: register() and the async ABCs."""

from abc import ABC, abstractmethod
from _keel_generic import GenericAlias as _GenericAlias, _type_repr


def _alias(cls, item):
    """cls[item]: a types.GenericAlias, as CPython's ABCs but Hashable, Sized and Buffer make."""
    return _GenericAlias(cls, item)


class Hashable(ABC):
    _keel_abc_ = 20

    @abstractmethod
    def __hash__(self):
        return 0


class Iterable(ABC):
    _keel_abc_ = 1

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    _keel_abc_ = 2

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    _keel_abc_ = 3

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    _keel_abc_ = 4

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(ABC):
    _keel_abc_ = 5

    @abstractmethod
    def __len__(self):
        return 0


class Container(ABC):
    _keel_abc_ = 6

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    @abstractmethod
    def __contains__(self, x):
        return False


class Callable(ABC):
    _keel_abc_ = 7

    def __class_getitem__(cls, item):
        # Callable[[arg, ...], result] or Callable[..., result]: the arguments flattened
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = item
        if isinstance(params, (tuple, list)):
            return _CallableAlias(cls, (*params, result), True)
        if params is not ...:
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {params}")
        return _CallableAlias(cls, (params, result), False)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


class Collection(Sized, Iterable, Container):
    _keel_abc_ = 8


class Sequence(Reversible, Collection):
    """Mixins: __iter__, __contains__, __reversed__, index, count (over __getitem__, __len__)."""

    _keel_abc_ = 9

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    """Mixins: append, clear, reverse, extend, pop, remove, __iadd__ (over __getitem__,
    __setitem__, __delitem__, __len__, insert)."""

    _keel_abc_ = 10

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    _keel_abc_ = 15


class Set(Collection):
    """Mixins: the comparisons, &, |, -, ^ and isdisjoint (over __contains__, __iter__,
    __len__); results are made by _from_iterable (the class called with an iterable)."""

    _keel_abc_ = 13

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([value for value in other if value in self])

    def __rand__(self, other):
        return self.__and__(other)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    def __ror__(self, other):
        return self.__or__(other)

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in self if value not in other])

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in other if value not in self])

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    def __rxor__(self, other):
        return self.__xor__(other)


class MutableSet(Set):
    """Mixins: remove, pop, clear, |=, &=, ^=, -= (over add, discard and Set's)."""

    _keel_abc_ = 14

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """Mixins: __contains__, keys, items, values, get, __eq__ (over __getitem__, __iter__,
    __len__)."""

    _keel_abc_ = 11

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MappingView(Sized):
    _keel_abc_ = 16

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._mapping) + ")"


class KeysView(MappingView, Set):
    _keel_abc_ = 17

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    _keel_abc_ = 18

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    _keel_abc_ = 19

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """Mixins: pop, popitem, clear, update, setdefault (over __getitem__, __setitem__,
    __delitem__, __iter__, __len__)."""

    _keel_abc_ = 12

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class _CallableAlias(_GenericAlias):
    """collections.abc.Callable[[int], str]: __args__ is (int, str); the repr keeps the list."""

    def __init__(self, origin, args, listed):
        super().__init__(origin, args)
        self._listed = listed

    def __repr__(self):
        args = self.__args__
        head = _type_repr(self.__origin__)
        if not self._listed:
            return head + "[..., " + _type_repr(args[-1]) + "]"
        return head + "[[" + ", ".join([_type_repr(a) for a in args[:-1]]) + "], " + _type_repr(args[-1]) + "]"
