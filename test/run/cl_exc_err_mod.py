# An uncaught user exception of an imported module: reported as mod.Class: message.
import _cl_excmod
from _cl_excmod import ModError

try:
    _cl_excmod.fail(1)
except ModError as e:
    print("caught", type(e).__name__, e, e.n, isinstance(e, _cl_excmod.ModDetail))
print(repr(ModError("x")), _cl_excmod.ModDetail(3).args)
_cl_excmod.fail(2)
