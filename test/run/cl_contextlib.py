# contextlib's class-based managers: suppress, closing, nullcontext (user classes with
# __enter__/__exit__ from a stdlib module written in Python).
from contextlib import suppress, closing, nullcontext
import contextlib

for kinds in [(ValueError,), (KeyError, IndexError), (LookupError,), ()]:
    try:
        with suppress(*kinds):
            [][0]
        print("suppressed by", [k.__name__ for k in kinds])
    except IndexError:
        print("escaped", [k.__name__ for k in kinds])

with contextlib.suppress(ZeroDivisionError):
    print("no error")
with contextlib.suppress(ZeroDivisionError):
    print(1 / 0)
    print("never")
print("after suppress")


def first_key(d):
    with suppress(StopIteration):
        return next(iter(d))
    return None


print(first_key({"a": 1}), first_key({}))


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("closing", self.name)


r = Resource("r1")
with closing(r) as got:
    print(got is r, got.closed)
print(r.closed)

try:
    with closing(Resource("r2")):
        raise KeyError("during")
except KeyError:
    print("closed and propagated")

with nullcontext(5) as n:
    print("nullcontext", n)
with nullcontext() as n:
    print("nullcontext", n)
for x in [1, 2]:
    with nullcontext(x * 10) as v, suppress(TypeError):
        print("combined", v, v + "s")
