"""functools: reduce, partial, lru_cache/cache, wraps/update_wrapper, cmp_to_key (Keel's own
module, CPython's behaviour). partial objects and the lru_cache wrapper are closures carrying
CPython's attributes as function attributes (func/args/keywords; cache_info/cache_clear/
cache_parameters, __wrapped__); their reprs and types differ from CPython's."""


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


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def _copy_attr(wrapper, wrapped, attr):
    # setattr(wrapper, attr, getattr(wrapped, attr)) for the names update_wrapper copies
    try:
        if attr == '__module__':
            wrapper.__module__ = wrapped.__module__
        elif attr == '__name__':
            wrapper.__name__ = wrapped.__name__
        elif attr == '__qualname__':
            wrapper.__qualname__ = wrapped.__qualname__
        elif attr == '__doc__':
            wrapper.__doc__ = wrapped.__doc__
        elif attr == '__dict__':
            wrapper.__dict__ = wrapped.__dict__
        else:
            raise TypeError("not supported yet: update_wrapper(assigned=) with " + repr(attr))
    except AttributeError:
        pass


def update_wrapper(wrapper, wrapped, assigned=None, updated=None):
    """Makes wrapper look like wrapped: its __module__, __name__, __qualname__, __doc__, its
    __dict__ merged in, and __wrapped__."""
    if assigned is None:
        assigned = WRAPPER_ASSIGNMENTS
    if updated is None:
        updated = WRAPPER_UPDATES
    for attr in assigned:
        _copy_attr(wrapper, wrapped, attr)
    for attr in updated:
        if attr != '__dict__':
            raise TypeError("not supported yet: update_wrapper(updated=) with " + repr(attr))
        try:
            d = wrapped.__dict__
        except AttributeError:
            d = {}
        wrapper.__dict__.update(d)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=None, updated=None):
    """@wraps(f) on a wrapper function: update_wrapper(wrapper, f)."""
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def partial(func, *args, **keywords):
    """partial(f, *args, **kw)(*more, **kw2) is f(*args, *more, **{**kw, **kw2}); the result has
    CPython's attributes func, args and keywords (a partial of a partial is flattened)."""
    if getattr(func, '_keel_partial', False):
        args = func.args + args
        keywords = {**func.keywords, **keywords}
        func = func.func

    def call(*fargs, **fkeywords):
        if fkeywords:
            return func(*args, *fargs, **{**keywords, **fkeywords})
        if keywords:
            return func(*args, *fargs, **keywords)
        return func(*args, *fargs)
    call.func = func
    call.args = args
    call.keywords = keywords
    call._keel_partial = True
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

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __getitem__(self, i):
        return (self.hits, self.misses, self.maxsize, self.currsize)[i]

    def __len__(self):
        return 4


class _KwdMark:
    pass


_kwd_mark = _KwdMark()


def _lru_wrapper(user_function, maxsize, typed):
    # The cache is a dict in recency order: a hit moves its key to the end, a miss past maxsize
    # drops the first key (CPython's lru_cache keeps the same order with a linked list).
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = args
        if kwds:
            key += (_kwd_mark,)
            for item in kwds.items():
                key += item
        if typed:
            key += tuple([type(v) for v in args])
            if kwds:
                key += tuple([type(v) for v in kwds.values()])
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        if kwds:
            result = user_function(*args, **kwds)
        else:
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

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """@lru_cache, @lru_cache() and @lru_cache(maxsize=N or None, typed=...)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif maxsize is not None:
        return _lru_wrapper(maxsize, 128, typed)  # @lru_cache without arguments: maxsize is the function

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_wrapper(user_function, None, False)


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


def singledispatch(func):
    """A generic function dispatching on the class of its first argument: the implementation
    registered for the first class of its MRO that has one (`register(cls)` as a decorator, or
    `register(cls, func)`), else func. Registering by annotation (`@f.register` on a def whose
    first parameter is annotated) is not supported yet: Keel does not keep annotations."""
    registry = {object: func}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        for k in cls.__mro__:
            if k in registry:
                return registry[k]
        return func

    def register(cls, f=None):
        if not isinstance(cls, type):
            if f is None:
                raise TypeError("not supported yet: singledispatch register() by annotation "
                                "(pass the class: @" + funcname + ".register(cls))")
            raise TypeError("Invalid first argument to `register()`. " + repr(cls) + " is not a class or union type.")
        if f is None:
            return lambda f: register(cls, f)
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
