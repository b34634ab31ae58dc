# sys: version_info (a struct sequence), implementation, getrecursionlimit/setrecursionlimit
# with CPython's checks and RecursionError at the new limit, from sys import ..., sys functions
# as values.
import sys
from sys import exit, argv, stdout, version_info, setrecursionlimit, getrecursionlimit

print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0], (3, 12) <= sys.version_info, tuple(sys.version_info), len(sys.version_info), list(version_info)[:3])
print(sys.version_info == (3, 12, 1, 'final', 0), hash(sys.version_info) == hash((3, 12, 1, 'final', 0)), sys.version_info < (4,))
major, minor, *rest = sys.version_info
print(major, minor, rest, version_info is sys.version_info, sys.version.startswith("3.12"))
print(sys.implementation.name, sys.implementation.version == sys.version_info, sys.implementation.cache_tag, hex(sys.hexversion))
if sys.version_info < (3, 10):
    print("old")
else:
    print("new enough")
print(sys.getrecursionlimit(), getrecursionlimit(), len(argv), stdout is sys.stdout)
stdout.write("via stdout\n")
for v in ['a', 0, -1, 2.5, 2**40, None]:
    try:
        sys.setrecursionlimit(v)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


sys.setrecursionlimit(50)
print(sys.getrecursionlimit(), depth(47), depth(48))
try:
    print(depth(49))
except RecursionError as e:
    print("RecursionError:", e)


def lower_inside(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return 0
    return lower_inside(n - 1)


lower_inside(20)
setrecursionlimit(5000)
print(getrecursionlimit(), depth(4990))
try:
    depth(5000)
except RecursionError as e:
    print("again:", e)
sys.setrecursionlimit(1000)
f = sys.getrecursionlimit
g = sys.exit
print(f(), g.__name__, sys.getdefaultencoding(), sys.intern("abc"))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    g("bye")
except SystemExit as e:
    print("SystemExit", e.code)
exit()
print("not reached")
