import binascii
for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256)), bytearray(b"xyz")]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == bytes(d))
    print(binascii.hexlify(d)[:40], binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc32(d, 12345))
    u = binascii.b2a_uu(d[:45])
    print(u, binascii.a2b_uu(u) == bytes(d[:45]))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.b2a_hex(b"abc", "|", -2))
print(binascii.unhexlify("41424a"), binascii.a2b_hex(b"ff00"), binascii.a2b_uu(b""), binascii.a2b_uu(b"#86)C\n"))
for bad in ["abc", "zz", "é0"]:
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for s in [b"YWJj", b"YWJ", b"YW", b"Y", b"YQ==", b"YQ=", b"YQ", b"Y W J j", b"YQ==YWJj", b"=YQ==", b"YWJj\n", "YWJj", b"Y*WJj", b"YWJjZA=", b"YWJjZA==="]:
    for strict in (False, True):
        try:
            print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            print(s, strict, "Error", e)
for bad in ["abc", 5, [1]]:
    try:
        binascii.b2a_base64(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        binascii.a2b_base64(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print(e)
print(binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\0\0\0", backtick=True))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    binascii.hexlify(b"ab", "--")
except ValueError as e:
    print(e)
