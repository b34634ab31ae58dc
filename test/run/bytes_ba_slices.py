# bytearray slice assignment (simple and extended, any iterable of ints, CPython's errors), del of
# items and slices, bytes/bytearray called through the class object.
from itertools import repeat
b = bytearray(b"\x01") * 10
b[1::3] = repeat(0, 3)
print(b)
b[0:2] = b"xy"
print(b)
b[2:4] = [65, 66, 67]
print(b)
b[::2] = bytes(6)
print(b)
b[1] = 9
del b[0:2]
print(b)
b[1:3] = bytearray(b"zz")
print(b)
try:
    b[::2] = b"a"
except ValueError as e:
    print(e)
try:
    b[0:1] = [300]
except ValueError as e:
    print(e)
try:
    b[0:1] = 5
except TypeError as e:
    print(e)
b[0:0] = b"mv"
print(b)
c = bytearray(range(65, 80))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[0]
del c[-1]
print(c)
c[::-1] = c
print(c)
c[1:3] = c
print(c)
c[0:0] = (120, 121)
print(c, len(c))
c[2:] = b""
print(c)
try:
    c[0:1] = "ab"
except TypeError as e:
    print(e)
try:
    del c[10]
except IndexError as e:
    print(e)
d = bytearray(b"abc")
d[3:] = bytearray(100)
print(len(d), d[:5])
for mk in (bytes, bytearray):
    try:
        mk([1, 256])
    except ValueError as e:
        print(mk.__name__, e)
