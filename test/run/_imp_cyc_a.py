print("a starts")
import _imp_cyc_b
X = 1


def get_y():
    return _imp_cyc_b.Y


print("a ends", _imp_cyc_b.Y)
