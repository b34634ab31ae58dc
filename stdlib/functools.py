"""functools: reduce, partial, lru_cache/cache, cmp_to_key (Keel's own module, CPython's
behaviour). partial and the lru_cache wrapper are closures (CPython's are objects of their own
types: their reprs and attributes differ; cache_info() needs function attributes)."""


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got ' + str(len(initial) + 2))
    if initial:
        value = initial[0]
    else:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


def partial(func, *args):
    """partial(f, *args)(*more) is f(*args, *more) (no keyword arguments yet)."""
    def call(*fargs):
        return func(*args, *fargs)
    return call


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return ('CacheInfo(hits=' + repr(self.hits) + ', misses=' + repr(self.misses) + ', maxsize='
                + repr(self.maxsize) + ', currsize=' + repr(self.currsize) + ')')

    def __eq__(self, other):
        return (isinstance(other, _CacheInfo) and self.hits == other.hits and self.misses == other.misses
                and self.maxsize == other.maxsize and self.currsize == other.currsize)


def _lru_wrapper(user_function, maxsize):
    # The cache is a dict in recency order: a hit moves its key to the end, a miss past maxsize
    # drops the first key (CPython's lru_cache keeps the same order with a linked list).
    cache = {}
    stats = [0, 0]

    def wrapper(*args):
        key = args
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key in cache:
                return result  # a recursive call filled it meanwhile
            if len(cache) >= maxsize:
                for old in cache:
                    break
                del cache[old]
            cache[key] = result
        return result
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """@lru_cache, @lru_cache() and @lru_cache(maxsize=N or None) on functions taking
    positional arguments."""
    if maxsize is not None and not isinstance(maxsize, int):
        return _lru_wrapper(maxsize, 128)  # @lru_cache without arguments: maxsize is the function
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize)
    return decorating_function


def cache(user_function):
    return _lru_wrapper(user_function, None)


class _CmpKey:
    __hash__ = None

    def __init__(self, obj, mycmp):
        self.obj = obj
        self.mycmp = mycmp

    def __lt__(self, other):
        f = self.mycmp
        return f(self.obj, other.obj) < 0

    def __gt__(self, other):
        f = self.mycmp
        return f(self.obj, other.obj) > 0

    def __eq__(self, other):
        f = self.mycmp
        return f(self.obj, other.obj) == 0

    def __le__(self, other):
        f = self.mycmp
        return f(self.obj, other.obj) <= 0

    def __ge__(self, other):
        f = self.mycmp
        return f(self.obj, other.obj) >= 0


def cmp_to_key(mycmp):
    """A key function (sorted(xs, key=cmp_to_key(cmp))) from an old-style comparison."""
    def K(obj):
        return _CmpKey(obj, mycmp)
    return K


def total_ordering(cls):
    """Applied by the compiler (src/lower/total_ordering.ts): a decorated class statement gets
    its missing comparison methods at compile time; reaching this function means another use."""
    raise NotImplementedError('total_ordering is supported as a class decorator only')
