# raise from, from None, implicit __context__, bare raise, re-raise of a caught exception;
# ends with an uncaught chained exception.

def lookup(d, k):
    try:
        return d[k]
    except IndexError as e:
        raise KeyError(k) from e


try:
    lookup([1, 2], 5)
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

# bare raise re-raises the exception being handled
def reraiser():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise


try:
    reraiser()
except IndexError as e:
    print("re-raised:", e)

# raise of a caught exception object later
saved = None
try:
    raise RuntimeError("saved")
except RuntimeError as e:
    saved = e
try:
    raise saved
except RuntimeError as e:
    print(e is saved, e)

# raise a class: instantiated with no arguments
try:
    raise NotImplementedError
except RuntimeError as e:
    print(repr(e))

# raise from a class
try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print(repr(e.__cause__))

# context is the handled exception even through calls
def helper():
    raise OverflowError("helper")


try:
    try:
        raise ArithmeticError("outer")
    except ArithmeticError:
        helper()
except OverflowError as e:
    print(repr(e), repr(e.__context__))

# errors in raise itself
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 42:
        pass
    print("no error: except clause not evaluated")
    try:
        1 / 0
    except 42:
        pass
except TypeError as e:
    print(e)

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise KeyError("b") from a
except KeyError as b:
    print(repr(b.__cause__), repr(b.__context__))

def chain():
    try:
        [1][3]
    except IndexError as e:
        raise ValueError("converted") from e


chain()
