# A function of another module called through the module with *args or **kwargs only: its
# function object must be callable (was a wasm trap: no table entry for it).
import _imp_starmod
args = (1, 2)
print(_imp_starmod.new(*args))
print(_imp_starmod.new(*[5]))
opts = {'a': 1, 'c': 10}
print(_imp_starmod.kw(**opts))
print(_imp_starmod.kw(4, **{'b': 0}))
