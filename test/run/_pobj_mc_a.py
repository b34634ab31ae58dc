# Helper of pobj_modconsts: globals of an imported module, one bound only after a cycle runs.


def get_x():
    try:
        return X
    except NameError as e:
        return "unbound: " + str(e)


def get_never():
    try:
        return NEVER
    except NameError as e:
        return "unbound: " + str(e)


def get_limit():
    return LIMIT


LIMIT = 10
if False:
    NEVER = 1
import _pobj_mc_b  # b calls get_x() before X is bound

X = 3
