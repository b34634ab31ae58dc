"""timeit: timing small pieces of code, with CPython 3.12's Timer, timeit, repeat and autorange.

Written for Keel from the timeit module's documentation. Keel has no exec: a statement or setup
given as a constant string is compiled with the program (src/lower/timeits.ts passes the
function it makes as `_keel_inner`), so that the code runs among the module's globals, as with
`globals=globals()`; callables are called, as in CPython. A string built at run time is not
supported yet.
"""
import time

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _call_inner(stmt, setup):
    """The timing function of a callable stmt and setup (or setup 'pass')."""
    def inner(_it, _timer):
        if setup != 'pass':
            setup()
        _t0 = _timer()
        for _i in _it:
            stmt()
        return _timer() - _t0
    return inner


class Timer:
    """Times the execution of stmt after setup, with timer."""

    def __init__(self, stmt='pass', setup='pass', timer=None, globals=None, _keel_inner=None):
        self.timer = default_timer if timer is None else timer
        for what, x in (('stmt', stmt), ('setup', setup)):
            if not isinstance(x, str) and not callable(x):
                raise ValueError('%s is neither a string nor callable' % what)
        if _keel_inner is not None:
            fn, stmt_compiled, setup_compiled = _keel_inner
            if (isinstance(stmt, str) and not stmt_compiled) or (isinstance(setup, str) and not setup_compiled):
                raise NotImplementedError('not supported yet: a timeit statement string that is not a constant')

            def inner(_it, _timer):
                return fn(_it, _timer, setup, stmt)
            self.inner = inner
        elif isinstance(stmt, str) and stmt != 'pass' or isinstance(setup, str) and setup != 'pass':
            raise NotImplementedError('not supported yet: a timeit statement string that is not a constant')
        else:
            self.inner = _call_inner(stmt if callable(stmt) else _nothing, setup)

    def timeit(self, number=1000000):
        """The time of number executions of the statement, in seconds."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=5, number=1000000):
        """A list of repeat results of timeit(number)."""
        r = []
        for i in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """(number, time taken) for the first number of 1, 2, 5, 10, 20, 50... executions
        taking at least 0.2 seconds; callback(number, time_taken) after each try."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def _nothing():
    pass


def timeit(stmt='pass', setup='pass', timer=None, number=1000000, globals=None, _keel_inner=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals, _keel_inner).timeit(number)


def repeat(stmt='pass', setup='pass', timer=None, repeat=5, number=1000000, globals=None, _keel_inner=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals, _keel_inner).repeat(repeat, number)
