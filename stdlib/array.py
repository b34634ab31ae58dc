"""array: typed arrays of numbers and characters, with CPython's typecodes, item sizes (those of
CPython on a 64-bit Linux host: l and L are 8 bytes), value checks and error messages.

Written for Keel from the array module's documentation. An array keeps its items in a list of
Python values already checked for the typecode (floats of 'f' rounded to single precision);
tobytes/frombytes convert with struct's little-endian formats. Not here: buffer_info()'s
address (it is the array's id), the buffer protocol (memoryview), pickling.
"""
import struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _range_error(v, lo, hi, name):
    if v < lo:
        raise OverflowError(name + " is less than minimum")
    if v > hi:
        raise OverflowError(name + " is greater than maximum")


def _int_item(tc, v):
    """v as an item of an integer typecode, or CPython's TypeError/OverflowError."""
    if not isinstance(v, int):
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    v = int(v)
    if tc == "q":
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    if tc == "Q":
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError("int too big to convert")
        return v
    if tc == "I" or tc == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == "I" and v > 0xFFFFFFFF:
            raise OverflowError("unsigned int is greater than maximum")
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")
    if tc == "b":
        _range_error(v, -32768, 32767, "signed short integer")
        _range_error(v, -128, 127, "signed char")
    elif tc == "B":
        _range_error(v, 0, 255, "unsigned byte integer")
    elif tc == "h":
        _range_error(v, -32768, 32767, "signed short integer")
    elif tc == "H":
        _range_error(v, -2147483648, 2147483647, "signed integer")
        _range_error(v, 0, 65535, "unsigned short")
    elif tc == "i":
        _range_error(v, -2147483648, 2147483647, "signed integer")
    return v


def _item(tc, v):
    """v checked (and converted) for an array of typecode tc."""
    if tc == "d" or tc == "f":
        if not isinstance(v, (int, float)):
            raise TypeError("must be real number, not " + type(v).__name__)
        v = float(v)
        if tc == "f":
            v = struct.unpack("<f", struct.pack("<f", v))[0]
        return v
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return _int_item(tc, v)


def _fmt(tc):
    """The struct format of one item of typecode tc (little-endian, standard sizes)."""
    if tc == "u":
        return "<I"
    if tc == "l":
        return "<q"
    if tc == "L":
        return "<Q"
    return "<" + tc


class array:
    """array(typecode[, initializer]): a sequence of numbers (or characters) of one C type."""

    __module__ = "array"

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _SIZES[typecode]
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '" + typecode + "'")
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == "u" and initializer.typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '" + typecode + "'")
            self._a = [_item(typecode, v) for v in initializer._a]
        else:
            self._a = [_item(typecode, v) for v in initializer]

    def _new(self, items):
        r = array(self.typecode)
        r._a = items
        return r

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __reversed__(self):
        return reversed(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        if not isinstance(i, int):
            raise TypeError("array indices must be integers")
        n = len(self._a)
        if i < -n or i >= n:
            raise IndexError("array index out of range")
        return self._a[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "' + type(v).__name__ + '") to array slice')
            if v.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            items = list(v._a)
            start, stop, step = i.indices(len(self._a))
            if step != 1:
                n = len(range(start, stop, step))
                if len(items) != n:
                    raise ValueError("attempt to assign array of size " + str(len(items)) + " to extended slice of size " + str(n))
            self._a[i] = items
            return
        if not isinstance(i, int):
            raise TypeError("array indices must be integers")
        n = len(self._a)
        if i < -n or i >= n:
            raise IndexError("array assignment index out of range")
        self._a[i] = _item(self.typecode, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        if not isinstance(i, int):
            raise TypeError("array indices must be integers")
        n = len(self._a)
        if i < -n or i >= n:
            raise IndexError("array assignment index out of range")
        del self._a[i]

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "' + type(other).__name__ + '") to array')
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "' + type(other).__name__ + '")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        return self._new(self._a * n)

    def __rmul__(self, n):
        return self.__mul__(n)

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        self._a *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")  # CPython's type name is array.array

    def __repr__(self):
        if not self._a:
            return "array('" + self.typecode + "')"
        if self.typecode == "u":
            return "array('u', " + repr("".join(self._a)) + ")"
        return "array('" + self.typecode + "', " + repr(self._a) + ")"

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __bytes__(self):
        return self.tobytes()

    def append(self, v):
        self._a.append(_item(self.typecode, v))

    def extend(self, items):
        if isinstance(items, array):
            if items.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(items._a)
            return
        tc = self.typecode
        for v in items:
            self._a.append(_item(tc, v))

    def insert(self, i, v):
        self._a.insert(i, _item(self.typecode, v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        n = len(self._a)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._a.pop(i)

    def remove(self, v):
        for k in range(len(self._a)):
            if self._a[k] == v:
                del self._a[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._a)
        if stop is None:
            stop = n
        lo, hi, _ = slice(start, stop).indices(n)
        for k in range(lo, hi):
            if self._a[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        tc = self.typecode
        self._a.extend([_item(tc, v) for v in items])

    def tobytes(self):
        f = _fmt(self.typecode)
        if self.typecode == "u":
            return b"".join([struct.pack(f, ord(c)) for c in self._a])
        if self.typecode == "B":
            return bytes(self._a)
        return b"".join([struct.pack(f, v) for v in self._a])

    def frombytes(self, b):
        size = self.itemsize
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self.typecode == "B":
            self._a.extend(list(b))
            return
        f = _fmt(self.typecode)
        for k in range(0, len(b), size):
            v = struct.unpack(f, bytes(b[k:k + size]))[0]
            self._a.append(chr(v) if self.typecode == "u" else v)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, s):
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(list(s))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        out = bytearray()
        for k in range(0, len(raw), size):
            out += raw[k:k + size][::-1]
        self._a = []
        self.frombytes(bytes(out))

    def buffer_info(self):
        return (id(self), len(self._a))


ArrayType = array
