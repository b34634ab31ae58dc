# struct: pack/unpack/calcsize/iter_unpack/pack_into/unpack_from/Struct across byte orders,
# native alignment, every code, float rounding, and CPython's struct.error messages.
import struct

def show(f):
    try:
        print(repr(f()))
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__ if type(e) is not struct.error else "error", e)

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d",
            "?", "c", "x", "s", "p", "5s", "3x", "bhiq", "@bhiq", "=bhiq", "<bhiq", "ib",
            "xi", "=xi", "@cd", "2h3i", "0s", "0h", "< 2h i", "!Q", ">?c"]:
    show(lambda: struct.calcsize(fmt))

for prefix in ["<", ">", "!", "=", "@"]:
    for code, vals in [("b", [0, 1, -1, 127, -128]), ("B", [0, 255, 128]),
                       ("h", [0, 1, -1, 32767, -32768, 258]), ("H", [65535, 4660]),
                       ("i", [2**31 - 1, -2**31, 305419896]), ("I", [2**32 - 1, 1]),
                       ("l", [2**31 - 1, -5]), ("L", [2**32 - 1]),
                       ("q", [2**63 - 1, -2**63, -2]), ("Q", [2**64 - 1, 2**40 + 3])]:
        for v in vals:
            data = struct.pack(prefix + code, v)
            print(prefix + code, v, data, struct.unpack(prefix + code, data))
    print(prefix, struct.pack(prefix + "?", 5), struct.pack(prefix + "?", []),
          struct.unpack(prefix + "??", b"\x00\x02"))

print(struct.pack("@n", -3), struct.pack("@N", 7), struct.pack("@P", 9))
print(struct.unpack("@nNP", struct.pack("@nNP", -3, 7, 9)))

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 3.4028235e38, 3.4028234663852886e38, 1e-45,
          1e-46, 7e-46, 1.401298464324817e-45, 1.1754943508222875e-38, 65504.0, 65519.0,
          6e-08, 5.96e-08, 2.9e-08, 1e-8, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 16777217.0,
          2049.0, 0.0001, 123.456, 1e5, -2.5e-5]
for x in floats:
    for code in "efd":
        for order in "<>":
            try:
                data = struct.pack(order + code, x)
                print(order + code, x, data, struct.unpack(order + code, data))
            except OverflowError as e:
                print(order + code, x, "OverflowError", e)
print(struct.pack("<f", 10), struct.pack("<d", True), struct.pack("<e", -1))

# Strings, chars and padding.
print(struct.pack("<5s", b"abc"), struct.pack("<2s", b"abcdef"), struct.pack("<0s", b"x"))
print(struct.pack("<3s", bytearray(b"xy")), struct.pack("<s", b""))
print(struct.pack("<5p", b"abcdefg"), struct.pack("<1p", b"abc"), struct.pack("<4p", b"a"))
print(struct.pack("<300p", b"z" * 400)[:3], len(struct.pack("<300p", b"z" * 400)))
print(struct.unpack("<3p", b"\x09ab"), struct.unpack("<5p", b"\x02abcd"),
      struct.unpack("<3s", b"ab\x00"))
print(struct.pack("<c3xc", b"a", b"b"), struct.unpack("<c3xc", b"a\x00\x00\x00b"))
print(struct.pack(">x3sx", b"a"), struct.pack("@bi", 1, 2), struct.pack("@bq?d", 1, 2, 1, .5))
print(struct.unpack("@bi", b"\x01" + b"\x00" * 7), struct.pack("<2h3B", 1, 2, 3, 4, 5))
print(struct.pack(b"<h", 1), struct.unpack(b">H", b"\x01\x02"))

# unpack_from, pack_into, iter_unpack, Struct.
data = struct.pack("<6h", 1, 2, 3, 4, 5, 6)
print(struct.unpack_from("<h", data), struct.unpack_from("<2h", data, 4),
      struct.unpack_from("<h", data, offset=10), struct.unpack_from("<h", data, -2))
print(list(struct.iter_unpack("<2h", data)), list(struct.iter_unpack(">h", bytearray(b"\x00\x01"))))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 258, -1)
print(buf)
struct.pack_into(">i", buf, -4, 7)
print(buf)
s = struct.Struct("<ih")
print(s.format, s.size, s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(s.unpack_from(b"xx\x05\x00\x00\x00\x06\x00", 2), list(s.iter_unpack(bytes(12))))
print(buf, struct.Struct(b">q").format, struct.Struct("3s").size)

# Errors.
for fmt, args in [("<b", [128]), ("<b", [-129]), ("<B", [-1]), ("<B", [256]),
                  ("<h", [2**15]), ("<H", [2**16]), ("<i", [2**31]), ("<I", [-1]),
                  ("<l", [2**31]), ("@l", [2**63]), ("<L", [2**32]), ("@L", [-1]),
                  ("<q", [2**63]), ("<Q", [-1]), ("@n", [2**63]), ("@N", [-1]),
                  ("<q", [10**30]), ("<h", [1.5]), ("<h", ["x"]), ("<h", [None]),
                  ("<f", ["1.0"]), ("<d", [None]), ("<f", [1e300]), ("<e", [65520.0]),
                  ("<hh", [1]), ("<h", [1, 2]), ("h", []), ("<x", [1]), ("<s", ["x"]),
                  ("<p", [1]), ("c", [b"ab"]), ("c", [1]), ("c", [bytearray(b"a")]),
                  ("<y", [1]), ("<3", [1]), ("2", []), ("<P", [1]), ("<n", [1]),
                  ("99999999999999999999999s", [b""]), ("!N", [1]), ("@Z", [])]:
    show(lambda: struct.pack(fmt, *args))
show(lambda: struct.pack(1, 2))
show(lambda: struct.calcsize(None))
show(lambda: struct.unpack("<h", b"x"))
show(lambda: struct.unpack("<h", b"xxx"))
show(lambda: struct.unpack("<h", "ab"))
show(lambda: struct.unpack("<i", [1, 2, 3, 4]))
show(lambda: struct.unpack_from("<h", b"abcd", 3))
show(lambda: struct.unpack_from("<h", b"abcd", -1))
show(lambda: struct.unpack_from("<h", b"abcd", -5))
show(lambda: struct.unpack_from("<h", b"abcd", 5))
show(lambda: list(struct.iter_unpack("<h", b"xxx")))
show(lambda: list(struct.iter_unpack("", b"xxx")))
show(lambda: struct.pack_into("<hh", bytearray(5), 4, 1, 2))
show(lambda: struct.pack_into("<hh", bytearray(5), -1, 1, 2))
show(lambda: struct.pack_into("<hh", bytearray(5), -6, 1, 2))
show(lambda: struct.pack_into("<h", b"abc", 0, 1))
show(lambda: struct.Struct("<h").unpack(b""))

try:
    struct.pack("<h", 1 << 20)
except struct.error as e:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, ValueError), e.args)
