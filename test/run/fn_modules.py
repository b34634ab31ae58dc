# Functions of another module as values: `from m import f` and `m.f` passed and stored.
import _imp_mod_a
from _imp_mod_a import twice, helper


def apply(f, x):
    return f(x)


print(apply(twice, 1), apply(_imp_mod_a.helper, 1))
fs = [helper, _imp_mod_a.twice, lambda v: v - 1]
print(fs[0](0), fs[1](0), fs[2](0))
b = _imp_mod_a.bump
b(5)
print(b(1), _imp_mod_a.counter)
