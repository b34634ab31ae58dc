# An uncaught user exception whose __str__ is overridden, chained from a built-in one.
class Wrapped(RuntimeError):
    def __init__(self, inner):
        super().__init__("wrapped")
        self.inner = inner

    def __str__(self):
        return f"wrapped <{self.inner!r}>"


try:
    {}["k"]
except KeyError as e:
    raise Wrapped(e) from e
