# Modules as run-time values: bound to names, passed to functions, kept in containers, read and
# written through getattr/setattr and attribute syntax (the module's own code sees the writes).
import sys
import os.path as p
import _mod_state
import mod_reg.registry as reg
import mod_reg.plugins
import mod_reg
import types

s = sys
print(s.maxsize, len(s.argv) >= 1, s.byteorder, s is sys)
print(s, type(s).__name__, type(_mod_state).__name__)
print(isinstance(s, types.ModuleType), isinstance(_mod_state, types.ModuleType), isinstance(3, types.ModuleType))
print(repr(sys), str(sys))


def use(m):
    return m.VALUE


print(use(_mod_state))
_mod_state.counter += 1
print(_mod_state.get())
m = _mod_state
m.counter += 10
print(_mod_state.get(), m.counter, _mod_state.counter)
m.bump()
print(m.get(), getattr(m, "counter"), hasattr(m, "nope"), hasattr(m, "VALUE"))
print(getattr(m, "missing", "default"), m.__name__, getattr(m, "__name__"))
print(m.join("a", "b"), m.show())


def poke(mod, v):
    mod.counter = v


poke(m, 5)
print(m.total(), _mod_state.total())
poke(m, 2.5)
print(m.total())
m.items.append(10)
print(_mod_state.show())
m.items = [1.5, 2.5]
print(_mod_state.show(), m.items is _mod_state.items)
setattr(m, "counter", 7)
print(_mod_state.get())
name = "label"
setattr(m, name, "renamed")
print(_mod_state.label, getattr(m, name))
m.extra = 99
print(m.extra, hasattr(_mod_state, "extra"))
del m.extra
print(hasattr(m, "extra"))
try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(m, 3)
except TypeError as e:
    print("TypeError:", e)

# os.path through a value: its functions, including names built-in types have as methods
print(p.join("x", "y"), p.basename("/a/b.txt"), p.split("/a/b"), p.splitext("f.tar.gz"))
for q in [p, _mod_state, sys]:
    print(q.__name__ == "sys", q is sys)
d = {"state": _mod_state, "path": p}
print(d["state"].VALUE, d["path"].dirname("/x/y/z"))
print(sorted(k for k in d), len({sys, sys, _mod_state}))


# a registry module passed around, and a package's submodules as attributes
def load(pkg):
    n = pkg.plugins.setup(pkg.registry)
    return n, pkg.registry.order


print(load(mod_reg))
print(reg.get("double")(21), mod_reg.registry.get("square")(5), reg is mod_reg.registry)
print(mod_reg.NAME, getattr(mod_reg, "registry").order)


# a module imported to a name that is also assigned otherwise holds the module object
try:
    import _mod_state as opt
except ImportError:
    opt = None
print(opt is _mod_state, opt.VALUE)
opt = None
print(opt)


# modules imported inside functions, kept in class attributes; math as a value
def get_json():
    import json as j
    return j


import json
import math


class Holder:
    mod = json

    def enc(self, x):
        return self.mod.dumps(x)


print(get_json() is json, get_json().dumps([1]), Holder().enc({"a": 1}), Holder.mod.loads("[2]"))
mm = math
print(mm.pi, mm.floor(2.5), getattr(mm, "e"), mm.__name__, type(mm).__name__, [mm.isqrt(x) for x in (10, 17)])
f = mm.fmod
print(f(7, 3), mm.log(100, 10), mm is math, hasattr(mm, "tau"), hasattr(mm, "nothing"))
sys.stdout.write("done\n")
