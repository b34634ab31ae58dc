# A package with a subpackage: __init__.py, relative imports, import a.b.c, from a.b import c.
import imp_pkg_lib.sub.leaf
from imp_pkg_lib.sub import leaf as lf
from imp_pkg_lib import area, NAME
import imp_pkg_lib.core as core

print(imp_pkg_lib.NAME, NAME)
print(imp_pkg_lib.sub.leaf.volume(2, 3, 4))
print(lf.volume(1, 1, 1))
print(area(6, 7), core.area(2, 2), imp_pkg_lib.core.VERSION)
print(imp_pkg_lib.VERSION)
print(imp_pkg_lib.sub.__name__, lf.__name__)
