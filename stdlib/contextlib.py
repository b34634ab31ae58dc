# contextlib: context managers written in Python, compiled by Keel like the user's code
# (docs/stdlib.md). contextmanager wraps a generator function: __enter__ runs it to its yield,
# __exit__ resumes it (next) or throws the exception in at the yield, with CPython's rules for
# what a generator that suppresses, re-raises or replaces the exception means.

import sys


class _GeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator returned: the exception is suppressed, unless it was the
            # StopIteration raised in the with body.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration raised in the body and turned into RuntimeError by the generator.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: func(...) returns a context manager running the generator func makes."""
    def helper(*args):
        return _GeneratorContextManager(func(*args))
    return helper


class suppress:
    """with suppress(E1, E2): the body's exceptions of those classes are swallowed."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class closing:
    """with closing(thing) as t: thing.close() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, typ, value, traceback):
        self.thing.close()


class nullcontext:
    """with nullcontext(x) as y: y is x, nothing else happens."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, typ, value, traceback):
        pass


class redirect_stdout:
    """Points sys.stdout at new_target for the with block (a program that names redirect_stdout
    prints through sys.stdout: src/lower/program.ts stdoutAssigned)."""

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(sys.stdout)
        sys.stdout = self._new_target
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        sys.stdout = self._old_targets.pop()


class redirect_stderr:
    """Points sys.stderr at new_target for the with block (print(file=sys.stderr) then writes
    there; tracebacks of uncaught exceptions still go to the process's stderr)."""

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(sys.stderr)
        sys.stderr = self._new_target
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        sys.stderr = self._old_targets.pop()
