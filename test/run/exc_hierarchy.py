# The built-in hierarchy: runtime errors caught through their base classes, class names in
# reprs, catching order, BaseException subclasses that Exception does not catch.

def attempt(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return 2.0 % 0
    if n == 2:
        return [1, 2, 3][10]
    if n == 3:
        return (1,)[-5]
    if n == 4:
        return int("12x")
    if n == 5:
        return None + 1
    if n == 6:
        return len(5)
    if n == 7:
        return 2.0 ** 10000
    if n == 8:
        return not_defined_anywhere
    if n == 9:
        return [].pop()
    if n == 10:
        return list(range(3)).index(7)
    if n == 11:
        return next(iter([]))
    if n == 12:
        return 10 ** 5000 * 1.0
    return "fine"


for n in range(14):
    try:
        print(n, attempt(n))
    except ArithmeticError as e:
        print(n, "ArithmeticError:", repr(e))
    except LookupError as e:
        print(n, "LookupError:", repr(e))
    except NameError as e:
        print(n, "NameError:", repr(e))
    except StopIteration as e:
        print(n, "StopIteration:", repr(e), e.value)
    except Exception as e:
        print(n, "Exception:", repr(e))

classes = [ZeroDivisionError, OverflowError, FloatingPointError, IndexError, KeyError,
           UnboundLocalError, NotImplementedError, RecursionError, ModuleNotFoundError,
           FileNotFoundError, ConnectionResetError, TabError, UnicodeError,
           DeprecationWarning, UserWarning, StopAsyncIteration, EOFError, MemoryError,
           AttributeError, AssertionError, TypeError, ValueError, SystemError,
           ReferenceError, BufferError, TimeoutError, PermissionError, BlockingIOError,
           EnvironmentError, IOError]
bases = [ArithmeticError, LookupError, NameError, RuntimeError, ImportError, OSError,
         ConnectionError, SyntaxError, IndentationError, ValueError, UnicodeError,
         Warning, Exception, BaseException]
for c in classes:
    caught_by = []
    for b in bases:
        try:
            raise c
        except b:
            caught_by.append(b.__name__)
        except BaseException:
            pass
    print(c.__name__, caught_by)

for c in [SystemExit, KeyboardInterrupt, GeneratorExit]:
    try:
        try:
            raise c
        except Exception:
            print("Exception caught it: wrong")
    except BaseException as e:
        print("BaseException caught", repr(e))

# the first matching clause wins
try:
    raise KeyError("k")
except LookupError:
    print("LookupError first")
except KeyError:
    print("KeyError second")

try:
    raise ZeroDivisionError
except (ValueError, (ArithmeticError)):
    print("tuple with parenthesized class")

handlers = (IndexError, ZeroDivisionError)
try:
    1 // 0
except handlers as e:
    print("tuple held in a variable:", e)

exc_class = KeyError
try:
    raise exc_class
except exc_class as e:
    print(repr(e))
