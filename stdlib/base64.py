"""base64: Base16, Base32, Base64 (standard and URL-safe), Base85 and Ascii85 encodings, with
CPython 3.12's results, errors and messages.

Written for Keel from the base64 module's documentation (RFC 4648 and the Ascii85/Base85
formats); binascii does the Base64 and hex work, as in CPython.
"""
import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _decode_arg(s):
    """The bytes a decoder reads: bytes-like, or a str of ASCII characters."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % type(s).__name__)


def _encode_arg(s):
    """The bytes an encoder reads (CPython takes them through a memoryview)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(s).__name__)


def _swap(data, a, b, x, y):
    """data with the byte a replaced by x and b by y (one pass, so a swap works)."""
    out = bytearray(data)
    for i in range(len(out)):
        c = out[i]
        if c == a:
            out[i] = x
        elif c == b:
            out[i] = y
    return bytes(out)


# ---- Base64 ---------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64 of s; altchars (two bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, 43, 47, altchars[0], altchars[1])
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 s. Without validate, characters outside the alphabet are skipped;
    with it, they raise binascii.Error."""
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars[0], altchars[1], 43, 47)
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64 of s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes of s in the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 of s with '-' and '_' for '+' and '/'."""
    return _swap(b64encode(s), 43, 47, 45, 95)


def urlsafe_b64decode(s):
    """The bytes of s in the URL-safe Base64 alphabet."""
    s = _decode_arg(s)
    return b64decode(_swap(s, 45, 95, 43, 47))


# ---- Base32 ---------------------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# bytes of input left over -> '=' at the end of the last 8 characters
_B32PAD = (0, 6, 4, 3, 1)


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    n = len(s)
    extra = n % 5
    if extra:
        s = s + bytes(5 - extra)
    out = bytearray()
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(v >> shift) & 31])
    pad = _B32PAD[extra]
    for k in range(pad):
        out[len(out) - 1 - k] = 61
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, 48, 49, 79, map01[0])
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    index = {}
    for i in range(32):
        index[alphabet[i]] = i
    out = bytearray()
    v = 0
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            d = index.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) + d
        out += v.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        v <<= 5 * pads
        keep = (43 - 5 * pads) // 8
        del out[len(out) - 5:]
        out += v.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Base32 of s (RFC 4648)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 s; casefold accepts lowercase, map01 maps '0' to 'O' and '1' to it."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 of s with the extended hex alphabet (RFC 4648)."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes of s in the extended hex Base32 alphabet."""
    return _b32decode(_B32HEX, s, casefold, None)


# ---- Base16 ---------------------------------------------------------------------------------

def b16encode(s):
    """Base16 (uppercase hex) of s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 s; casefold accepts lowercase."""
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and Base85 ---------------------------------------------------------------------

_B85 = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'
_B85_INDEX = None


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    b = _encode_arg(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + bytes(padding)
    out = bytearray()
    last = 0
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        last = len(out)
        if foldnuls and word == 0:
            out.append(122)
        elif foldspaces and word == 0x20202020:
            out.append(121)
        else:
            d4 = word % 85
            word //= 85
            d3 = word % 85
            word //= 85
            d2 = word % 85
            word //= 85
            d1 = word % 85
            out.append(alphabet[word // 85])
            out.append(alphabet[d1])
            out.append(alphabet[d2])
            out.append(alphabet[d3])
            out.append(alphabet[d4])
    if padding and not pad:
        if out[last] == 122 and len(out) - last == 1:
            del out[last:]
            out += bytes([alphabet[0]]) * 5
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 of b (the alphabet of git and Mercurial); pad pads the input to a multiple of 4."""
    return _85encode(b, _B85, pad, False, False)


def b85decode(b):
    """The bytes of Base85 b."""
    global _B85_INDEX
    if _B85_INDEX is None:
        t = [-1] * 256
        for i in range(85):
            t[_B85[i]] = i
        _B85_INDEX = t
    index = _B85_INDEX
    b = _decode_arg(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            d = index[b[j]]
            if d < 0:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + d
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


_A85 = bytes(range(33, 118))
_A85START = b'<~'
_A85END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of b: 'z' for four zero bytes, 'y' for four spaces with foldspaces, lines of
    wrapcol characters, the <~ ~> frame with adobe."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """The bytes of Ascii85 b."""
    b = _decode_arg(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in b + b'uuuu':
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for c in group:
                    acc = 85 * acc + (c - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif x == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# ---- MIME-style Base64, and files -----------------------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 of s in lines of at most 76 characters, each ending with a newline."""
    s = _encode_arg(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """The bytes of Base64 lines."""
    return binascii.a2b_base64(_encode_arg(s))


def encode(input, output):
    """Reads the binary file input to its end and writes its Base64 lines to output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Reads Base64 lines from the binary file input and writes their bytes to output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
