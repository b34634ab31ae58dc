# with on user objects: __enter__/__exit__, the as target, the exception passed to __exit__,
# suppression by a true result, nested and multiple items, return/break/continue inside with.
log = []


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            log.append(f"exit {self.name} clean")
        else:
            log.append(f"exit {self.name} {exc_type.__name__}: {exc} tb={tb is not None}")
        return self.suppress


class Value:
    def __enter__(self):
        return 42

    def __exit__(self, *info):
        log.append("Value exit " + str(info[0]))
        return None


def flush(title):
    print(title, log)
    log.clear()


with Tracker("a") as t:
    log.append("body " + t.name)
flush("plain:")

with Tracker("b", True):
    log.append("before")
    raise ValueError("boom")
    log.append("never")
flush("suppressed:")

try:
    with Tracker("c"):
        {}["missing"]
except KeyError as e:
    log.append("caught " + repr(e))
flush("propagated:")

with Tracker("outer") as o, Tracker("inner") as i:
    log.append(f"both {o.name} {i.name}")
flush("multiple:")

with Tracker("n1"):
    with Tracker("n2", True):
        raise IndexError(3)
    log.append("after n2")
flush("nested:")

with Value() as v:
    log.append(v + 1)
flush("value:")


def early(n):
    with Tracker("ret"):
        if n > 0:
            return n * 2
        log.append("no return")
    return -1


print(early(5), early(0))
flush("return:")

for i in range(4):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body{i}")
flush("loop:")


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.kinds)


for exc in [ValueError("v"), TypeError("t"), ZeroDivisionError("z")]:
    try:
        with Suppress(ValueError, ArithmeticError):
            raise exc
        print("suppressed", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)


class Reraiser:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("from exit") from v
        return False


try:
    with Reraiser():
        raise KeyError("k")
except RuntimeError as e:
    print("exit raised:", e, repr(e.__cause__), repr(e.__context__))


class Counted:
    count = 0

    def __enter__(self):
        Counted.count += 1
        return Counted.count

    def __exit__(self, t, v, tb):
        Counted.count -= 1


with Counted() as a:
    with Counted() as b:
        print("depth", a, b, Counted.count)
print("depth after", Counted.count)

