# MemoryError is an ordinary, catchable exception


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except MemoryError as e:
        print(label, "MemoryError", repr(e), isinstance(e, Exception))


attempt("repeat", lambda: [0, 1] * 2 ** 61)
attempt("repeat none", lambda: [None] * (2 ** 60))
attempt("raised", lambda: (_ for _ in ()).throw(MemoryError("by hand")))
xs = [1, 2, 3]
try:
    xs = xs * (2 ** 61)
except MemoryError:
    print("xs kept", xs)
try:
    raise MemoryError
except Exception as e:
    print(type(e).__name__, e.args)
print(issubclass(MemoryError, Exception), issubclass(MemoryError, BaseException))
