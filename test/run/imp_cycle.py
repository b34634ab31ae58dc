# An import cycle: b sees a partly initialized a; functions resolve names when called.
import _imp_cyc_a
import _imp_cyc_b

print(_imp_cyc_a.get_y(), _imp_cyc_b.get_x())
