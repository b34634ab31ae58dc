# yield in nested try/finally/except inside loops, with + return in a generator, close() in a finally
class M:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def g():
    with M(1):
        yield 1
        return "r"
x = g()
print(next(x))
print(next(x, "end"))
def h():
    for i in range(3):
        try:
            try:
                yield i
                if i == 1:
                    raise ValueError(i)
            finally:
                print("inner fin", i)
                yield ("f", i)
        except ValueError as e:
            print("caught", e)
            yield ("e", i)
            continue
        finally:
            print("outer fin", i)
    yield "done"
print(list(h()))
def k():
    try:
        yield 1
    finally:
        try:
            yield 2
        except GeneratorExit:
            print("GE in finally")
            raise
y = k()
next(y)
next(y)
y.close()
print("ok")
def deep():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            yield 1
            raise TypeError("c")
try:
    for v in deep(): print(v)
except TypeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
