# __import__ with a constant module name: the import runs when the call does (a module printing
# on import shows the order), gives the top-level package for a dotted name, and the module is
# the same object as one imported by a statement.
print('start')
m = __import__('math')
print(m.sqrt(16.0), m.__name__)
os_mod = __import__('os.path')
print(os_mod.__name__, os_mod.path.join('a', 'b'))
import math
print(m is math)


def lazy():
    return __import__('json').dumps({'a': [1, 2]})


print(lazy(), __import__('string').ascii_lowercase[:5])
