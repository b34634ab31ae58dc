# Imports of a sibling module: import, import as, from-import, module state, __name__.
import _imp_mod_a
import _imp_mod_a as m
from _imp_mod_a import CONST, bump as b2, twice

print(__name__)
print(_imp_mod_a.CONST, m.CONST, CONST)
print(_imp_mod_a.bump(1), m.bump(2), b2(3))
print(_imp_mod_a.counter, m.counter)
print(m.describe())
print(twice(1), m.twice(-42))
m.items.append(4)
print(_imp_mod_a.items)
_imp_mod_a.counter = 100
print(m.bump(1))
print(m.__name__)


def f():
    import _imp_mod_a as inner
    return inner.bump(10)


print(f())
import _imp_mod_a  # a second import does not run the module again
print(m.counter)
if __name__ == "__main__":
    print("main")
