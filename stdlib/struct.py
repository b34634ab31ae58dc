"""struct: packing values into bytes and back, with CPython's formats, sizes, alignment and
error messages.

Written for Keel from the struct module's documentation. Formats: byte order/size/alignment
prefixes @ = < > !, codes x c b B ? h H i I l L q Q n N P e f d s p with repeat counts. Native
('@', the default) sizes and alignment are those of CPython on a 64-bit little-endian host
(l, L, n, N, P are 8 bytes), which is what CPython prints where the tests run. Floats are
converted to IEEE half/single/double bits in Python (math.frexp gives the exact significand),
rounding half to even as a C cast does.
"""
import math

class error(Exception):
    """The exception raised for bad formats and values."""


# code: (standard size, native size); native alignment is the native size.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
    'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8), 'q': (8, 8), 'Q': (8, 8), 'e': (2, 2),
    'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'n': (0, 8), 'N': (0, 8), 'P': (0, 8),
}
_SIGNED = 'bhilqn'
_UNSIGNED = 'BHILQNP'
# (exponent bits, fraction bits) of the float codes.
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


class _Format:
    """A parsed format: size, byte order and the items (code, count, offset, size)."""

    def __init__(self, fmt):
        self._format = fmt
        self._little = True
        self._items = []
        self._nargs = 0
        native = True
        i = 0
        n = len(fmt)
        if n > 0 and fmt[0] in '@=<>!':
            c = fmt[0]
            native = c == '@'
            self._little = c in '@=<'
            i = 1
        offset = 0
        while i < n:
            c = fmt[i]
            if c.isspace():
                i += 1
                continue
            count = 1
            if '0' <= c <= '9':
                count = 0
                while i < n and '0' <= fmt[i] <= '9':
                    count = count * 10 + (ord(fmt[i]) - 48)
                    i += 1
                if i >= n:
                    raise error("repeat count given without format specifier")
                c = fmt[i]
                if count > 0x7fffffffffffffff:
                    raise error("total struct size too long")
            sizes = _SIZES.get(c)
            if sizes is None or (not native and sizes[0] == 0):
                raise error("bad char in struct format")
            size = sizes[1] if native else sizes[0]
            if native and size > 1:
                offset = (offset + size - 1) // size * size
            if c == 's' or c == 'p':
                self._items.append((c, count, offset, count))
                offset += count
                self._nargs += 1
            else:
                if c != 'x':
                    self._items.append((c, count, offset, size))
                    self._nargs += count
                offset += count * size
            if offset > 0x7fffffffffffffff:
                raise error("total struct size too long")
            i += 1
        self._size = offset


_cache = {}


def _format(fmt):
    if not isinstance(fmt, str):
        if not isinstance(fmt, (bytes, bytearray)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(fmt).__name__)
        fmt = fmt.decode('ascii')
    f = _cache.get(fmt)
    if f is None:
        f = _Format(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = f
    return f


# ---- floats <-> IEEE bits -----------------------------------------------------------------

def _float_bits(x, code):
    """The IEEE bits of x in the format of code (e, f or d), rounded half to even."""
    ebits, mbits = _FLOATS[code]
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    sign = 1 << (ebits + mbits)
    if math.copysign(1.0, x) > 0:
        sign = 0
    if x != x:
        # A quiet NaN keeps its sign, as C's conversion does.
        return sign | (emax << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return sign | (emax << mbits)
    if x == 0.0:
        return sign
    frac, e = math.frexp(abs(x))
    m = int(frac * 9007199254740992.0)  # 2**53: exact
    e2 = e - 53                         # abs(x) == m * 2**e2, m has 53 bits
    te = e - 1 + bias                   # the biased exponent if normal
    if te >= 1:
        shift = 53 - (mbits + 1)
    else:
        shift = (1 - bias - mbits) - e2
    if shift > 0:
        q = m >> shift
        rest = m - (q << shift)
        half = 1 << (shift - 1)
        if rest > half or (rest == half and q & 1):
            q += 1
    else:
        q = m << -shift
    if te >= 1:
        bits = (te << mbits) + q - (1 << mbits)  # a carry out of q bumps the exponent
    else:
        bits = q                                 # subnormal (or the smallest normal on carry)
    if bits >= emax << mbits:
        raise OverflowError("float too large to pack with %s format" % code)
    return sign | bits


def _bits_float(bits, code):
    ebits, mbits = _FLOATS[code]
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    neg = (bits >> (ebits + mbits)) & 1
    ex = (bits >> mbits) & emax
    m = bits & ((1 << mbits) - 1)
    if ex == emax:
        if m:
            v = float('nan')
        else:
            v = math.inf
    elif ex == 0:
        v = math.ldexp(float(m), 1 - bias - mbits)
    else:
        v = math.ldexp(float(m + (1 << mbits)), ex - bias - mbits)
    if neg:
        return -v
    return v


# ---- packing ------------------------------------------------------------------------------

def _int_arg(v, code, size):
    if not isinstance(v, int):
        raise error("required argument is not an integer")
    if code in _SIGNED:
        lo = -(1 << (8 * size - 1))
        hi = (1 << (8 * size - 1)) - 1
    else:
        lo = 0
        hi = (1 << (8 * size)) - 1
    if v < lo or v > hi:
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v & ((1 << (8 * size)) - 1)


def _put(buf, pos, u, size, little):
    if little:
        for k in range(size):
            buf[pos + k] = u & 255
            u >>= 8
    else:
        for k in range(size - 1, -1, -1):
            buf[pos + k] = u & 255
            u >>= 8


def _pack_into(f, buf, base, args):
    if len(args) != f._nargs:
        raise error("pack expected %d items for packing (got %d)" % (f._nargs, len(args)))
    a = 0
    little = f._little
    for code, count, offset, size in f._items:
        pos = base + offset
        if code == 's' or code == 'p':
            v = args[a]
            a += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                n = min(len(v), count)
                for k in range(n):
                    buf[pos + k] = v[k]
            elif count > 0:
                n = min(len(v), count - 1)
                buf[pos] = min(n, 255)
                for k in range(n):
                    buf[pos + 1 + k] = v[k]
            continue
        for r in range(count):
            v = args[a]
            a += 1
            if code in _FLOATS:
                if not isinstance(v, (int, float)):
                    raise error("required argument is not a float")
                _put(buf, pos, _float_bits(float(v), code), size, little)
            elif code == '?':
                buf[pos] = 1 if v else 0
            elif code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[pos] = v[0]
            else:
                _put(buf, pos, _int_arg(v, code, size), size, little)
            pos += size


def pack(fmt, *args):
    """The bytes of args packed by fmt."""
    f = _format(fmt)
    buf = bytearray(f._size)
    _pack_into(f, buf, 0, args)
    return bytes(buf)


def pack_into(fmt, buffer, offset, *args):
    """Packs args by fmt into the bytearray buffer at offset."""
    f = _format(fmt)
    if not isinstance(buffer, bytearray):
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)
    n = len(buffer)
    if offset < 0:
        if offset + f._size > 0:
            raise error("no space to pack %d bytes at offset %d" % (f._size, offset))
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < f._size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)" % (f._size + offset, f._size, offset, n))
    _pack_into(f, buffer, offset, args)


# ---- unpacking ----------------------------------------------------------------------------

def _get(buf, pos, size, little):
    u = 0
    if little:
        for k in range(size - 1, -1, -1):
            u = (u << 8) | buf[pos + k]
    else:
        for k in range(size):
            u = (u << 8) | buf[pos + k]
    return u


def _unpack_at(f, buf, base):
    out = []
    little = f._little
    for code, count, offset, size in f._items:
        pos = base + offset
        if code == 's':
            out.append(bytes(buf[pos:pos + count]))
            continue
        if code == 'p':
            if count == 0:
                out.append(b'')
            else:
                n = min(buf[pos], count - 1)
                out.append(bytes(buf[pos + 1:pos + 1 + n]))
            continue
        for r in range(count):
            if code in _FLOATS:
                out.append(_bits_float(_get(buf, pos, size, little), code))
            elif code == '?':
                out.append(buf[pos] != 0)
            elif code == 'c':
                out.append(bytes(buf[pos:pos + 1]))
            else:
                u = _get(buf, pos, size, little)
                if code in _SIGNED and u >> (8 * size - 1):
                    u -= 1 << (8 * size)
                out.append(u)
            pos += size
    return tuple(out)


def _check_buffer(buffer):
    if not isinstance(buffer, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def unpack(fmt, buffer):
    """The tuple of values packed in buffer by fmt (len(buffer) must be calcsize(fmt))."""
    f = _format(fmt)
    _check_buffer(buffer)
    if len(buffer) != f._size:
        raise error("unpack requires a buffer of %d bytes" % f._size)
    return _unpack_at(f, buffer, 0)


def unpack_from(fmt, buffer, offset=0):
    """The tuple of values packed by fmt in buffer at offset."""
    f = _format(fmt)
    _check_buffer(buffer)
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        if offset + f._size > 0:
            raise error("not enough data to unpack %d bytes at offset %d" % (f._size, offset))
        offset += n
    if n - offset < f._size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes "
                    "at offset %d (actual buffer size is %d)" % (f._size + offset, f._size, offset, n))
    return _unpack_at(f, buffer, offset)


def iter_unpack(fmt, buffer):
    """An iterator over the tuples packed one after another in buffer by fmt."""
    f = _format(fmt)
    _check_buffer(buffer)
    if f._size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % f._size != 0:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % f._size)
    return _iter(f, buffer)


def _iter(f, buffer):
    for base in range(0, len(buffer), f._size):
        yield _unpack_at(f, buffer, base)


def calcsize(fmt):
    """The size in bytes of the struct described by fmt."""
    return _format(fmt)._size


class Struct:
    """A compiled format: format, size, pack, pack_into, unpack, unpack_from, iter_unpack."""

    def __init__(self, format):
        f = _format(format)
        self._f = f
        self.format = f._format
        self.size = f._size

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
