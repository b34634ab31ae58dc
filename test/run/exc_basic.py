# try/except: bare, one class, tuples, `as` (unbound after the handler), else, nesting,
# exceptions raised inside handlers, str/repr/args of exceptions.

def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("zero division for", a)
        return None
    else:
        print("else ran for", a, b)
        return q


print(divide(7, 2), divide(1, 0))

for thing in [0, 1, 2, 3, 4, 5]:
    try:
        if thing == 0:
            [][1]
        elif thing == 1:
            (1, 2)[7]
        elif thing == 2:
            int("abc")
        elif thing == 3:
            1 + "a"
        elif thing == 4:
            undefined_name_here
        else:
            print("no error", thing)
    except (IndexError, KeyError) as e:
        print("lookup:", e)
    except ValueError as e:
        print("value:", e, e.args)
    except TypeError as e:
        print("type:", e)
    except:
        print("something else")

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, "[" + str(e) + "]")

try:
    raise KeyError("key")
except LookupError as err:
    print("KeyError str:", err, "repr:", repr(err))

try:
    raise IndexError("a", 2, None)
except Exception as e:
    print(e, repr(e), e.args)

try:
    print("no exception")
except Exception:
    print("not printed")
else:
    print("else clause")

# the name is unbound after the handler
try:
    1 / 0
except ZeroDivisionError as gone:
    print("inside", gone)
try:
    print(gone)
except NameError as e:
    print("after:", e)


def unbound_local():
    try:
        raise OverflowError("big")
    except OverflowError as x:
        pass
    return x


try:
    unbound_local()
except UnboundLocalError as e:
    print(e)
except NameError:
    print("wrong")

# nested try, exceptions raised inside handlers
def nested(n):
    try:
        try:
            if n == 0:
                raise ValueError("inner")
            return 1 // (n - 1)
        except ValueError as e:
            print("inner handler", e)
            raise TypeError("from handler")
        finally:
            print("inner finally", n)
    except TypeError as e:
        print("outer handler", e, repr(e.__context__))
        return "T"
    except ZeroDivisionError:
        print("outer zero")
        return "Z"


print(nested(0), nested(1), nested(3))

# variables assigned in the try body are visible in the handler
def partial():
    total = 0
    try:
        for i in range(10):
            total = total + 10 // (5 - i)
    except ZeroDivisionError:
        print("stopped at", i, "total", total)
    return total


print(partial())

# handlers in loops
count = 0
for i in range(20):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        count += 100
print("count", count)

print(ValueError("x") == ValueError("x"), isinstance(count, int))
e1 = RuntimeError("one", "two")
print(e1, repr(e1), repr(RuntimeError()), str(RuntimeError()) == "")
print(repr(KeyError()), repr(KeyError(1, 2)), str(KeyError(1, 2)), str(KeyError("a b")))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
