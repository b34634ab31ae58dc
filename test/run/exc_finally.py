# finally: on normal exit, return, break, continue and exceptions; return in finally
# overrides; the return value is computed before finally runs.

def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    try:
        1 / 0
    finally:
        return "swallowed"


def f4(xs):
    out = []
    for x in xs:
        try:
            if x == 2:
                continue
            if x == 4:
                break
            out.append(x)
        finally:
            out.append(-x)
    return out


def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)


def f6():
    log = []
    try:
        try:
            log.append("a")
            raise ValueError("v")
        finally:
            log.append("b")
    except ValueError:
        log.append("c")
    finally:
        log.append("d")
    return log


def f7():
    for i in range(3):
        try:
            if i < 2:
                continue
            raise KeyError(i)
        finally:
            if i == 2:
                break
    return i


def f8(n):
    try:
        try:
            return 10 // n
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)


def f9():
    while True:
        try:
            try:
                return "deep"
            finally:
                print("level 2")
        finally:
            print("level 1")


def f10():
    try:
        pass
    finally:
        print("empty try")
    return "done"


def f11(n):
    # exception raised inside finally replaces the one propagating
    try:
        try:
            raise ValueError("first")
        finally:
            if n:
                raise TypeError("second")
    except Exception as e:
        return repr(e) + " ctx=" + repr(e.__context__)


print(f1())
print(f2())
print(f3())
print(f4([1, 2, 3, 4, 5]))
print(f5())
print(f6())
print(f7())
print(f8(2))
try:
    f8(0)
except ZeroDivisionError as e:
    print("caught", e)
print(f9())
print(f10())
print(f11(0))
print(f11(1))

# finally at module level, with else
try:
    v = 5
except Exception:
    v = 0
else:
    v = v + 1
finally:
    v = v * 10
print(v)

total = 0
for i in range(6):
    try:
        try:
            if i % 2:
                raise RuntimeError(i)
        finally:
            total += 1
    except RuntimeError:
        total += 10
        continue
    finally:
        total += 100
    total += 1000
print(total)
