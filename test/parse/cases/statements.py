import os
import os.path as p, sys
from . import a
from ..pkg.mod import (b as c, d,)
from ... import e
from .... import f
from x import *
x = y = 1
a, *b = c
[a, b] = (c, d) = e
x: int
x: int = 1
(y): str = 'a'
a.b: int
a[0]: int = 2
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
del a, b[0], c.d
del (a, b), [c]
assert x, 'msg'
assert y
pass
global g1, g2
nonlocal_ = 1
raise
raise E
raise E from e
return_ = 2
if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue
for i in range(3):
    pass
else:
    pass
for a, b in c: pass
for (a, b), *c in d: pass
for x, in y: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a): pass
with (yield): pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = T
match = 1
type = 2
case = 3
_ = 4
print(match, type, case)
