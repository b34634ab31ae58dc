print("b starts")
import _imp_cyc_a
Y = 2


def get_x():
    return _imp_cyc_a.X


print("b ends")
