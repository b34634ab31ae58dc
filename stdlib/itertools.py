"""itertools: the iterator building blocks (Keel's own module, written from the documented
behaviour of CPython's, with its results and error messages). The iterators are generators
(CPython's have types of their own: repr(count()) differs)."""


def _count(n, step):
    while True:
        yield n
        n += step


def count(start=0, step=1):
    if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
        raise TypeError('a number is required')
    return _count(start, step)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def cycle(iterable):
    return _cycle(iter(iterable))


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_n(obj, n):
    for i in range(n):
        yield obj


def repeat(object, times=None):
    if times is None:
        return _repeat_forever(object)
    return _repeat_n(object, times)


def _accumulate(it, func, total, started):
    if not started:
        for total in it:
            yield total
            break
        else:
            return
    else:
        yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial, initial is not None)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def chain(*iterables):
    return _chain(iterables)


def from_iterable(iterables):
    """chain.from_iterable(iterables)."""
    return _chain(iterables)


chain.from_iterable = from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _islice(it, start, stop, step):
    # CPython's islice: consume up to start, then every step-th item before stop.
    i = 0
    nexti = start
    if stop is None:
        for element in it:
            if i == nexti:
                yield element
                nexti += step
            i += 1
    else:
        if start >= stop:
            for element in it:
                i += 1
                if i >= stop:
                    break
            return
        for element in it:
            if i == nexti:
                yield element
                nexti += step
                if nexti >= stop:
                    break
            i += 1


def _slice_arg(x, what):
    if x is None:
        return None
    if isinstance(x, int) and x >= 0:
        return x + 0
    raise ValueError(what)


def islice(iterable, *args):
    n = len(args)
    if n == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if n > 3:
        raise TypeError('islice expected at most 4 arguments, got ' + str(n + 1))
    if n == 1:
        start = 0
        stop = _slice_arg(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        step = 1
    else:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _slice_arg(args[0], msg)
        stop = _slice_arg(args[1], msg)
        if start is None:
            start = 0
        step = 1
        if n == 3:
            if args[2] is not None:
                if not isinstance(args[2], int) or args[2] <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
                step = args[2] + 0
    return _islice(iter(iterable), start, stop, step)


def _tee_gen(it, link):
    # Every tee iterator walks one shared linked list of [value, next link] cells; the source
    # is advanced by whichever iterator is ahead.
    while True:
        if link[1] is None:
            for v in it:
                link[0] = v
                link[1] = [None, None]
                break
            else:
                return
        yield link[0]
        link = link[1]


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    link = [None, None]
    return tuple([_tee_gen(it, link) for i in range(n)])


def _zip_longest(its, fillvalue):
    n = len(its)
    active = n
    if not n:
        return
    while True:
        values = []
        for i in range(n):
            it = its[i]
            if it is None:
                values.append(fillvalue)
                continue
            for v in it:
                values.append(v)
                break
            else:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def _empty():
    return
    yield


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError('r must be non-negative')
    if r > n:
        return _empty()
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > len(pool):
        return _empty()
    return _combinations(pool, r)


def _cwr(pool, r):
    n = len(pool)
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    if not pool and r:
        return _empty()
    return _cwr(pool, r)


def _pairwise(it):
    for a in it:
        for b in it:
            yield (a, b)
            a = b
        break


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _batched(it, n):
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)


def batched(iterable, n):
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


class _grouper:
    """A group of groupby: yields while the source stays on its key, and only while it is the
    parent's current group (CPython's _grouper)."""

    def __init__(self, parent, tgtkey):
        self.parent = parent
        self.tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self.parent
        if p.currgrouper is not self:
            raise StopIteration
        if not p.has_curr and not p._gb_step():
            raise StopIteration
        k = p.currkey
        if not (self.tgtkey is k or self.tgtkey == k):
            raise StopIteration
        r = p.currvalue
        p.has_curr = False
        p.currvalue = None
        p.currkey = None
        return r


class _GroupBy:
    """groupby's iterator (CPython's groupbyobject): the current item and its key (has_curr
    false once a group took it), the key of the current group (has_tgt)."""

    def __init__(self, iterable, key):
        self.it = iter(iterable)
        self.keyfunc = key
        self.tgtkey = None
        self.has_tgt = False
        self.currkey = None
        self.currvalue = None
        self.has_curr = False
        self.currgrouper = None

    def _gb_step(self):
        for v in self.it:
            f = self.keyfunc
            self.currkey = v if f is None else f(v)
            self.currvalue = v
            self.has_curr = True
            return True
        return False

    def __iter__(self):
        return self

    def __next__(self):
        self.currgrouper = None
        # Skip to the first item whose key differs from the current group's.
        while True:
            if not self.has_curr:
                pass
            elif not self.has_tgt:
                break
            elif not (self.tgtkey is self.currkey or self.tgtkey == self.currkey):
                break
            if not self._gb_step():
                raise StopIteration
        self.tgtkey = self.currkey
        self.has_tgt = True
        g = _grouper(self, self.tgtkey)
        self.currgrouper = g
        return (self.currkey, g)


def groupby(iterable, key=None):
    return _GroupBy(iterable, key)
