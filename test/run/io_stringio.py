# io.StringIO/BytesIO, print(file=obj) calling obj.write per piece, sys.stdout = buf, contextlib.redirect_stdout.
import sys
import io
from contextlib import redirect_stdout


class Cap:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Cap()
print("x", 1, file=c)
print("y", end="", file=c)
print(1, 2, 3, sep=", ", end="!\n", file=c)
print(c.parts)

s = io.StringIO()
print("hello", "world", file=s)
s.write("abc\n")
print(repr(s.getvalue()))

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = old
print(repr(buf.getvalue()))

with redirect_stdout(io.StringIO()) as f:
    print("inside")
    print([1, 2], {"a": 1})
print("after:", repr(f.getvalue()))

r = io.StringIO("line1\nline2\nline3")
print(r.readline(), end="")
print(r.read(3))
for line in io.StringIO("a\nb\n"):
    print(repr(line))
print(io.StringIO("one\ntwo\n").readlines())
w = io.StringIO("abcdef")
w.write("XY")
print(w.getvalue(), w.tell())
w.seek(0, 2)
w.write("!")
print(w.getvalue())
w.truncate(3)
print(w.getvalue())
b = io.BytesIO()
b.write(b"ab")
b.write(bytearray(b"cd"))
print(b.getvalue())
print("e", file=sys.stderr)
try:
    s.write(5)
except TypeError as e:
    print(e)
try:
    print(1, sep=3, file=c)
except TypeError as e:
    print(e)
try:
    print(1, file=5)
except AttributeError as e:
    print(e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)
print("end")
for c in (io.StringIO, io.BytesIO):
    b = c()
    b.close()
    for m in ("getvalue", "read", "tell", "flush", "readable", "readline"):
        try:
            getattr(b, m)()
            print(c.__name__, m, "ok")
        except ValueError as e:
            print(c.__name__, m, e)
    try:
        iter(b)
    except ValueError as e:
        print("iter", e)
print(isinstance(io.StringIO(), io.StringIO))
