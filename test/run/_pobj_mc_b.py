# Helper of pobj_modconsts: imported by _pobj_mc_a before a binds X.
import _pobj_mc_a

print("b sees", _pobj_mc_a.get_x())
