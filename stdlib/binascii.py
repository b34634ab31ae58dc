"""binascii: conversions between binary data and ASCII encodings (hex, base64, uu, CRCs), with
CPython 3.12's results, errors and messages.

Written for Keel from the binascii module's documentation; the base64 decoder follows the rules
CPython's documents for non-strict and strict mode (characters outside the alphabet skipped or
refused, padding ending the data).
"""


class Error(ValueError):
    """Raised for incorrectly encoded data."""


class Incomplete(Exception):
    """Raised for incomplete data."""


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = None


def _b64_index():
    global _B64_INDEX
    if _B64_INDEX is None:
        t = [255] * 256
        for i in range(64):
            t[_B64[i]] = i
        _B64_INDEX = t
    return _B64_INDEX


def _bytes_arg(data, ascii_str):
    """The bytes of a bytes-like argument; with ascii_str, an ASCII str too (the a2b_* functions)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if ascii_str and isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if ascii_str:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


_HEX = '0123456789abcdef'


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally with a separator."""
    data = _bytes_arg(data, False)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, str):
        if not sep.isascii():
            raise ValueError('sep must be ASCII.')
        sepstr = sep
    elif isinstance(sep, (bytes, bytearray)):
        sepstr = bytes(sep).decode('latin-1')
    else:
        raise TypeError('sep must be str or bytes.')
    if len(sepstr) != 1:
        raise ValueError('sep must be length 1.')
    h = data.hex()
    n = len(data)
    k = bytes_per_sep if bytes_per_sep >= 0 else -bytes_per_sep
    if k == 0 or k >= n:
        return h.encode('ascii')
    parts = []
    if bytes_per_sep > 0:
        # groups counted from the right
        first = n % k
        if first:
            parts.append(h[:2 * first])
        for i in range(first, n, k):
            parts.append(h[2 * i:2 * (i + k)])
    else:
        for i in range(0, n, k):
            parts.append(h[2 * i:2 * (i + k)])
    return sepstr.join(parts).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of a hexadecimal representation (an even number of hex digits)."""
    data = _bytes_arg(hexstr, True)
    n = len(data)
    if n % 2:
        raise Error('Odd-length string')
    out = bytearray(n // 2)
    for i in range(0, n, 2):
        hi = _hexval(data[i])
        lo = _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out[i // 2] = hi * 16 + lo
    return bytes(out)


a2b_hex = unhexlify


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, with a newline at the end unless newline is false."""
    data = _bytes_arg(data, False)
    n = len(data)
    out = bytearray()
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out += b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out += b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of base64 text. Without strict_mode, characters outside the alphabet are
    skipped and padding ends the data; with it, such input raises Error."""
    data = _bytes_arg(data, True)
    index = _b64_index()
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding = False
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error('Leading padding not allowed')
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c == 61:
            padding = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i < n:
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        v = index[c]
        if v == 255:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad = 3
        else:
            out.append(((left << 6) | v) & 255)
            left = 0
            quad = 0
    if quad != 0:
        if quad == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    if strict_mode and padding:
        raise Error('Excess padding not allowed')
    return bytes(out)


def b2a_uu(data, *, backtick=False):
    """A line of uuencoded data (at most 45 bytes in)."""
    data = _bytes_arg(data, False)
    n = len(data)
    if n > 45:
        raise Error('At most 45 bytes at once')
    out = bytearray()
    out.append(96 if backtick and n == 0 else 32 + n)
    for i in range(0, n, 3):
        b0 = data[i]
        b1 = data[i + 1] if i + 1 < n else 0
        b2 = data[i + 2] if i + 2 < n else 0
        v = (b0 << 16) | (b1 << 8) | b2
        for shift in (18, 12, 6, 0):
            c = (v >> shift) & 63
            out.append(96 if backtick and c == 0 else 32 + c)
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    """Binary data of a line of uuencoded data."""
    data = _bytes_arg(data, True)
    if not data:
        return b'\0' * 32
    n = (data[0] - 32) & 63
    out = bytearray()
    left = 0
    bits = 0
    i = 1
    while len(out) < n:
        c = data[i] if i < len(data) else 10
        i += 1
        if c == 10 or c == 13:
            v = 0
        else:
            if c < 32 or c > 96:
                raise Error('Illegal char')
            v = (c - 32) & 63
        left = (left << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 255)
            left &= (1 << bits) - 1
    while i < len(data):
        c = data[i]
        i += 1
        if c != 32 and c != 96 and c != 10 and c != 13:
            raise Error('Trailing garbage')
    return bytes(out)


_CRC32 = None


def crc32(data, crc=0):
    """The CRC-32 of data, continuing from crc."""
    global _CRC32
    data = _bytes_arg(data, False)
    if _CRC32 is None:
        t = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            t.append(c)
        _CRC32 = t
    t = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = t[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


_CRC_HQX = None


def crc_hqx(data, value):
    """The CRC-CCITT (XMODEM) of data, continuing from value."""
    global _CRC_HQX
    data = _bytes_arg(data, False)
    if _CRC_HQX is None:
        t = []
        for i in range(256):
            c = i << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
            t.append(c)
        _CRC_HQX = t
    t = _CRC_HQX
    c = value & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ t[((c >> 8) & 255) ^ b]
    return c
