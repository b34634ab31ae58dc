def f(): pass
def g(a, b=1, *args, c, d=2, **kw) -> int:
    return a
def h(a, /, b, *, c): ...
def i(a=1, /, b=2, *, c, d=3, **e): pass
def j(*, a): pass
def k(a: int, *args: *Ts, **kw: str): pass
def l[T](x: T) -> T: return x
def m[T: (int, str), *Ts, **P](): pass
async def n():
    await x
    async for a in b: pass
    async with c as d: pass
    return [i async for i in y]
@dec
@dec.attr(1)
@(lambda f: f)
def o(): pass
class A: pass
class B(A, metaclass=M, **kw): x = 1
class C[T](Base[T]):
    def method(self): return self
@decorator
class D(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = 1
lambda: 0
lambda x, y=1, *a, z, **k: x
lambda *, a: a
lambda a, /, b: a
def p(a, b, /): pass
def q(
    a,
    b,
): pass
