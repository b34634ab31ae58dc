# Module globals bound once to a constant (src/passes/modconsts.ts reads them as the constant)
# and the many ways a global is not such a constant: rebound later, rebound through `global`,
# deleted, read before it is bound, bound in a loop or a branch, bound by an import, stored
# from another module, shadowed by a local or a class attribute. The first ones are bound before
# any code can run (before the imports).
FORWARD = 1
NAME = "keel"
NOTHING = None
FLAG = True
RATE = 2.5
BIG = 123456789012345678901234567890
NEG = -7
ONCE = 5  # bound before the imports but rebound in a function below

import sys
import _pobj_mc_a


def consts():
    return FORWARD + 1, NAME * 2, NOTHING is None, not FLAG, RATE * 2, BIG + 1, NEG * 2


print(consts())


def early():
    try:
        return LATE
    except NameError as e:
        return "NameError: " + str(e)


print(early())  # a function runs before LATE is bound
LATE = 5
print(early())

LATER = 1


def later():
    return LATER


print(later())
LATER = 2  # rebound later in the module body
print(later())

COUNT = 0


def bump():
    global COUNT
    COUNT = COUNT + 1
    return COUNT


print(COUNT, bump(), bump(), COUNT)

GONE = 4


def gone():
    try:
        return GONE
    except NameError as e:
        return "NameError: " + str(e)


print(gone())
del GONE
print(gone())

DEL_IN_F = 8


def kill():
    global DEL_IN_F
    del DEL_IN_F


def read_del():
    try:
        return DEL_IN_F
    except NameError as e:
        return "NameError: " + str(e)


print(read_del())
kill()
print(read_del())

for _i in range(3):
    LOOPED = 6  # bound once in the source, three times when it runs


def looped():
    return LOOPED


print(looped())

if len(sys.argv) > 99:
    MAYBE = 1


def maybe():
    try:
        return MAYBE
    except NameError as e:
        return "NameError: " + str(e)


print(maybe())

try:
    TRIED = 9
except ValueError:
    pass


def tried():
    return TRIED


print(tried())

import math as MATHS  # bound by an import


def maths():
    return MATHS.floor(2.5)


print(maths())
from _pobj_mc_a import LIMIT


def limit():
    return LIMIT


print(limit(), _pobj_mc_a.get_limit())
_pobj_mc_a.LIMIT = 99  # stored from another module
print(limit(), _pobj_mc_a.get_limit())
print(_pobj_mc_a.get_x(), _pobj_mc_a.get_never())

SHADOW = 1


class Shadow:
    SHADOW = 2

    def get(self):
        return SHADOW, self.SHADOW


def shadow(SHADOW=3):
    return SHADOW


def shadow_local():
    SHADOW = 4
    return SHADOW


print(Shadow().get(), shadow(), shadow(5), shadow_local(), SHADOW)

TOP = "top"
try:
    print(BEFORE)
except NameError as e:
    print("NameError:", e)
BEFORE = 1
print(BEFORE, TOP)

if __name__ == "__main__":
    MODE = "main"


def mode():
    return MODE


print(mode())
WHILE = 0
while WHILE < 3:
    WHILE += 1
print(WHILE)


def unbound_forever():
    return NOT_EVER_BOUND


try:
    unbound_forever()
except NameError as e:
    print("NameError:", e)
print(FORWARD == 1, NAME == "keel", FORWARD if FLAG else 0)


def once():
    return ONCE


def rebind_once():
    global ONCE
    ONCE = "again"


print(once())
rebind_once()
print(once())
