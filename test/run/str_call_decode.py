print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"xy"), encoding="latin-1"))
print(repr(str(encoding="ascii")), str(b"ab", errors="strict"), str(object=b"q"), str(object=5))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "ascii", errors="ignore"))
for a in [lambda: str(5, "ascii"), lambda: str("x", "ascii"), lambda: str(b"a", "nope"), lambda: str(b"\xff", "utf-8")]:
    try:
        a()
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
str(1, 2, 3, 4)
