"""hmac: keyed-hashing for message authentication (RFC 2104), with CPython 3.12's interface and
errors: HMAC objects (update, copy, digest, hexdigest, name, digest_size, block_size), new(),
digest() and compare_digest().

Written for Keel from the hmac module's documentation and RFC 2104, over stdlib/hashlib.py.
"""
import hashlib as _hashlib

digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object for digestmod: a hashlib name or constructor."""
    if isinstance(digestmod, str):
        def make(d=b''):
            return _hashlib.new(digestmod, d)
        make(b'')
        return make
    if callable(digestmod):
        return digestmod
    raise AttributeError("'%s' object has no attribute 'new'" % type(digestmod).__name__)


class HMAC:
    """An HMAC in progress."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        bs = self._inner.block_size
        if len(key) > bs:
            key = make(bytes(key)).digest()
        key = bytes(key) + bytes(bs - len(key))
        self._outer.update(bytes([k ^ 0x5C for k in key]))
        self._inner.update(bytes([k ^ 0x36 for k in key]))
        self.block_size = bs
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Adds msg to the authenticated data."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of the HMAC in progress."""
        other = object.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def digest(self):
        """The HMAC of the data so far, as bytes."""
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h.digest()

    def hexdigest(self):
        """The HMAC of the data so far, as hex digits."""
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """A new HMAC of msg with key, over the hash digestmod (a name or a hashlib constructor)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg with key over the hash digest, at once."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b, for two str of ASCII characters or two bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        return a == b
    if isinstance(a, str) or isinstance(b, str):
        raise TypeError('a bytes-like object is required, not \'str\'')
    if isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray)):
        return bytes(a) == bytes(b)
    raise TypeError('unsupported operand types(s) or combination of types: %r and %r' % (type(a).__name__, type(b).__name__))
