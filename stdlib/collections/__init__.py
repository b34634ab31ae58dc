"""collections: deque, defaultdict, Counter, OrderedDict (Keel's own module, CPython's behaviour
and messages). namedtuple is expanded by the compiler (src/lower/namedtuple.ts): a module-level
`P = namedtuple('P', 'x y')` becomes a class; the function here only raises for other forms.

Differences from CPython (docs/stdlib.md): keyword-argument constructors (Counter(a=1)) are not
supported yet."""
from _rt import rt_payload


# Methods take only constant defaults: an absent argument is this static str, compared by identity.
_MISSING = '<collections: no argument>'


# ---- deque ----------------------------------------------------------------------------------

class deque:
    """A ring buffer: items live in _buf[(_head + i) % len(_buf)] for i < _len; _state counts
    mutations so iterators can raise as CPython's do."""
    __hash__ = None
    _keel_copy_method = True  # copy.copy() calls copy()
    _keel_sequence_ = True  # a sequence to match statements, as CPython's deque

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _dq_grow(self):
        old = self._buf
        cap = len(old)
        buf = [None] * (2 * cap)
        h = self._head
        for i in range(self._len):
            buf[i] = old[(h + i) % cap]
        self._buf = buf
        self._head = 0

    def _dq_reset(self, items):
        # Rebuilds the buffer from a list of items (insert, rotate, delete, reverse).
        cap = 8
        while cap < len(items):
            cap *= 2
        buf = [None] * cap
        for i in range(len(items)):
            buf[i] = items[i]
        self._buf = buf
        self._head = 0
        self._len = len(items)
        self._state += 1

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._dq_popleft()
        if self._len == len(self._buf):
            self._dq_grow()
        buf = self._buf
        buf[(self._head + self._len) % len(buf)] = x
        self._len += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self._dq_pop()
        if self._len == len(self._buf):
            self._dq_grow()
        buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._len += 1

    def _dq_pop(self):
        buf = self._buf
        i = (self._head + self._len - 1) % len(buf)
        x = buf[i]
        buf[i] = None
        self._len -= 1
        return x

    def _dq_popleft(self):
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._len -= 1
        return x

    def pop(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._dq_pop()

    def popleft(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._dq_popleft()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def _dq_items(self):
        buf = self._buf
        cap = len(buf)
        h = self._head
        return [buf[(h + i) % cap] for i in range(self._len)]

    def rotate(self, n=1):
        k = self._len
        if k <= 1:
            return
        n = n % k
        if n:
            items = self._dq_items()
            self._dq_reset(items[k - n:] + items[:k - n])

    def clear(self):
        self._dq_reset([])

    def copy(self):
        return deque(self._dq_items(), self._maxlen)

    def count(self, x):
        c = 0
        for v in self._dq_items():
            if v is x or v == x:
                c += 1
        return c

    def index(self, x, start=0, stop=None):
        items = self._dq_items()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            v = items[i]
            if v is x or v == x:
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._dq_items()
        items.insert(i, x)
        self._dq_reset(items)

    def remove(self, x):
        items = self._dq_items()
        for i in range(len(items)):
            v = items[i]
            if v is x or v == x:
                del items[i]
                self._dq_reset(items)
                return
        raise ValueError(repr(x) + ' is not in deque')

    def reverse(self):
        items = self._dq_items()
        items.reverse()
        self._dq_reset(items)

    def _dq_index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._dq_index(i)]

    def __setitem__(self, i, x):
        self._buf[self._dq_index(i)] = x

    def __delitem__(self, i):
        self._dq_index(i)
        items = self._dq_items()
        del items[i]
        self._dq_reset(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        state = self._state
        n = self._len
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= n:
                return
            buf = self._buf
            yield buf[(self._head + i) % len(buf)]
            i += 1

    def __contains__(self, x):
        for v in self._dq_items():
            if v is x or v == x:
                return True
        return False

    def __repr__(self):
        r = 'deque(' + repr(self._dq_items())
        if self._maxlen is not None:
            r += ', maxlen=' + str(self._maxlen)
        return r + ')'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() == other._dq_items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() != other._dq_items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() < other._dq_items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() <= other._dq_items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() > other._dq_items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._dq_items() >= other._dq_items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        r = deque(self._dq_items(), self._maxlen)
        r.extend(other._dq_items())
        return r

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        items = self._dq_items()
        r = deque((), self._maxlen)
        for i in range(n):
            r.extend(items)
        return r


# ---- dict subclasses ----------------------------------------------------------------------------
# defaultdict, Counter and OrderedDict derive from dict, as CPython's do: each instance keeps a
# dict (stdlib/_rt/subclass.py, rt_payload) that every dict operation they do not override works
# on (d[k] with __missing__, len, iteration, in, keys/items/get/pop/setdefault/clear, ==, dict(x),
# {**x}, json); what they override reads that dict through rt_payload.

class _DictBase(dict):
    __hash__ = None
    _keel_copy_method = True  # copy.copy() calls copy()


class defaultdict(_DictBase):
    def __init__(self, default_factory=None, mapping=None, /, **kwargs):
        self.default_factory = default_factory
        if mapping is not None:
            self.update(mapping)
        if kwargs:
            self.update(kwargs)

    def __missing__(self, key):
        f = self.default_factory
        if f is None:
            raise KeyError(key)
        v = f()
        self[key] = v
        return v

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        return 'defaultdict(' + repr(self.default_factory) + ', ' + repr(rt_payload(self)) + ')'


class OrderedDict(_DictBase):
    def __init__(self, other=None, /, **kwargs):
        if other is not None:
            self.update(other)
        if kwargs:
            self.update(kwargs)

    def move_to_end(self, key, last=True):
        d = rt_payload(self)
        if key not in d:
            raise KeyError(key)
        v = d.pop(key)
        if last:
            d[key] = v
        else:
            rest = list(d.items())
            d.clear()
            d[key] = v
            for k, w in rest:
                d[k] = w

    def popitem(self, last=True):
        d = rt_payload(self)
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            return d.popitem()
        for k in d:
            break
        return (k, d.pop(k))

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(rt_payload(self).items()) == list(rt_payload(other).items())
        if isinstance(other, dict):
            return rt_payload(self) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        d = rt_payload(self)
        if not d:
            return 'OrderedDict()'
        return 'OrderedDict(' + repr(d) + ')'


def _count_key(item):
    return item[1]


class Counter(_DictBase):
    def __init__(self, iterable=None, /, **kwds):
        if iterable is not None:
            self.update(iterable)
        if kwds:
            self.update(kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(rt_payload(self).values())

    def most_common(self, n=None):
        # CPython: sorted by count, stable (equal counts keep insertion order).
        items = sorted(rt_payload(self).items(), key=_count_key, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for k, v in rt_payload(self).items():
            for i in range(v):
                yield k

    def update(self, iterable=None):
        if iterable is None:
            return
        d = rt_payload(self)
        if isinstance(iterable, dict):
            for k, v in iterable.items():
                d[k] = d.get(k, 0) + v
        else:
            for k in iterable:
                d[k] = d.get(k, 0) + 1

    def subtract(self, iterable=None):
        if iterable is None:
            return
        d = rt_payload(self)
        if isinstance(iterable, dict):
            for k, v in iterable.items():
                d[k] = d.get(k, 0) - v
        else:
            for k in iterable:
                d[k] = d.get(k, 0) - 1

    def copy(self):
        return Counter(self)

    def __delitem__(self, key):
        d = rt_payload(self)
        if key in d:
            del d[key]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return rt_payload(self) == other
            return NotImplemented
        for k, v in rt_payload(self).items():
            if other[k] != v:
                return False
        for k, v in rt_payload(other).items():
            if self[k] != v:
                return False
        return True

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        if not rt_payload(self):
            return 'Counter()'
        parts = [repr(k) + ': ' + repr(v) for k, v in self.most_common()]
        return 'Counter({' + ', '.join(parts) + '})'

    def _counter_check(self, other, op):
        if not isinstance(other, Counter):
            raise TypeError("unsupported operand type(s) for " + op + ": 'Counter' and '" + type(other).__name__ + "'")

    def __add__(self, other):
        self._counter_check(other, '+')
        r = Counter()
        d = rt_payload(self)
        for k, v in d.items():
            n = v + other[k]
            if n > 0:
                r[k] = n
        for k, v in rt_payload(other).items():
            if k not in d and v > 0:
                r[k] = v
        return r

    def __sub__(self, other):
        self._counter_check(other, '-')
        r = Counter()
        d = rt_payload(self)
        for k, v in d.items():
            n = v - other[k]
            if n > 0:
                r[k] = n
        for k, v in rt_payload(other).items():
            if k not in d and v < 0:
                r[k] = 0 - v
        return r

    def __or__(self, other):
        self._counter_check(other, '|')
        r = Counter()
        d = rt_payload(self)
        for k, v in d.items():
            o = other[k]
            n = o if v < o else v
            if n > 0:
                r[k] = n
        for k, v in rt_payload(other).items():
            if k not in d and v > 0:
                r[k] = v
        return r

    def __and__(self, other):
        self._counter_check(other, '&')
        r = Counter()
        for k, v in rt_payload(self).items():
            o = other[k]
            n = v if v < o else o
            if n > 0:
                r[k] = n
        return r

    def __pos__(self):
        r = Counter()
        for k, v in rt_payload(self).items():
            if v > 0:
                r[k] = v
        return r

    def __neg__(self):
        r = Counter()
        for k, v in rt_payload(self).items():
            if v < 0:
                r[k] = 0 - v
        return r

    def _counter_keep_positive(self):
        d = rt_payload(self)
        for k in [k for k, v in d.items() if not v > 0]:
            del d[k]
        return self

    def __iadd__(self, other):
        d = rt_payload(self)
        for k, v in other.items():
            d[k] = d.get(k, 0) + v
        return self._counter_keep_positive()

    def __isub__(self, other):
        d = rt_payload(self)
        for k, v in other.items():
            d[k] = d.get(k, 0) - v
        return self._counter_keep_positive()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    raise NotImplementedError("namedtuple() is supported as a module-level assignment "
                              "'P = namedtuple(\"P\", \"x y\")' with literal names")
