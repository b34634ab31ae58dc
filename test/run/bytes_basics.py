# bytes and bytearray basics
b = b"hello \x00\xff'"
print(b, len(b), b[0], b[-1], b[1:4], b[::-2], list(b[:3]), b"" == b"", b"ab" == b"ab", b"a" < b"b", b"ab" > b"a")
for c in b"hi":
    print(c, end=" ")
print()
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"el" in b"hello", 104 in b"hello", 300 - 200 in b"d", b"" in b"x")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é€", "utf-8"), bytes(b"xy"), bytes(), bytearray(), bytearray(2), bytearray(b"ab"))
print(repr(b'"'), repr(b"'"), repr(b"'\""), repr(b"\t\n\r\\"), b"\x7f\x80", str(b"a"), [b"x", bytearray(b"y")])
print("héllo wörld €🐍".encode(), "abc".encode("ascii"), "é".encode("latin-1"), b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"\xf0\x9f\x90\x8d".decode("utf-8"))
print(b"\xde\xad\xbe\xef".hex(), b"".hex(), bytes.fromhex("de ad BE ef"), bytearray.fromhex("00ff"), b"abc".upper(), b"ABC\xe9".lower())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba[0] = 65
print(ba, len(ba), ba[1], ba[-1], ba[1:3], bytes(ba), ba == b"Abcdefgh", b"Abcdefgh" == ba)
print(b"a,b,c".split(b","), b"  x y  ".split(), b"xxhixx".strip(b"x"), b"  hi\t".strip(), b"hello".replace(b"l", b"L"), b"-".join([b"a", b"b"]), b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".index(b"o"), b"hello".find(108), b"hello".rfind(b"l"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"ab\xe2\x82".decode("utf-8", "replace"), isinstance(b"", bytes), isinstance(bytearray(), bytearray), isinstance(b"", str), bool(b""), bool(b"\x00"))
for bad in [b"\xff", b"a\xc3", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xc0\xaf", b"ok\xf0\x9f\x90"]:
    print(repr(bad), len(bad.decode("utf-8", "replace")))
