import base64
import binascii
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7)), b"\0\0\0\0", b"    ab", bytearray(b"hi?>")]
for d in data:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b64encode(d, b"-_"), base64.b64encode(d, altchars=b"/+"))
    print(base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print(base64.b85encode(d), base64.b85encode(d, pad=True), base64.a85encode(d), base64.a85encode(d, foldspaces=True, adobe=True))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d, foldspaces=True, adobe=True), foldspaces=True, adobe=True) == d
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGV sbG8=\n"), base64.standard_b64decode("aGk="), base64.urlsafe_b64decode("-_8="))
print(base64.b32decode("me======", casefold=True), base64.b32decode("MY0Q====", map01="L") if 0 else 1, base64.b16decode("ff", casefold=True))
print(base64.a85encode(b"Hello, world! " * 5, wrapcol=20), base64.a85encode(b"x" * 30, wrapcol=10, adobe=True))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode(b"z"), base64.a85decode(b"87cUR D]i,\n\"Ebo80"))
cases = [
    (base64.b64decode, ("aGVsbG8",)), (base64.b64decode, ("aGV*sbG8=", None, True)), (base64.b64decode, ("é",)),
    (base64.b64decode, (5,)), (base64.b64encode, ("abc",)), (base64.b32decode, ("abc",)), (base64.b32decode, ("MZXW6===",)),
    (base64.b32decode, ("mzxw6===",)), (base64.b32decode, ("MZXW6Y==",)), (base64.b32encode, ("x",)), (base64.b16decode, ("fg",)),
    (base64.b16decode, ("abc",)), (base64.b16decode, ("ABC",)), (base64.b85decode, (b"|NsC0~",)), (base64.b85decode, (b"abc\x01",)),
    (base64.a85decode, (b"abzcd",)), (base64.a85decode, (b"ab\x7f",)), (base64.a85decode, (b"s8W-\"",)), (base64.a85decode, (b"abc", False, True)),
    (base64.a85decode, (b"ab~>",)),
]
for f, args in cases:
    try:
        if f is base64.a85decode and len(args) == 3:
            print(f(args[0], adobe=True))
        else:
            print(f(*args))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(base64.b32decode("MZXW6YQ=", map01=None), base64.b32decode("0O======", map01="L") if 0 else 2)
try:
    base64.b32decode("MO1O====", map01=b"I")
except binascii.Error as e:
    print("E", e)
import io
src = io.BytesIO(b"x" * 100)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b"x" * 100)
