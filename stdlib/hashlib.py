"""hashlib: the MD5, SHA-1 and SHA-2 (224, 256, 384, 512) message digests, with CPython 3.12's
interface (constructors, new(), update/digest/hexdigest/copy, name, digest_size, block_size)
and errors.

Written for Keel from RFC 1321 (MD5) and FIPS 180-4 (SHA-1, SHA-2). The round constants are
the standard ones (fractional parts of square and cube roots of primes, and of |sin|), computed
exactly and written out. sha3_*, shake_* and blake2* are not here yet.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available')

algorithms_guaranteed = {'blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384',
                         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128',
                         'shake_256'}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF

_K256 = (
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
)
_H256 = (
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
)
_H224 = (
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
)
_K512 = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)
_H512 = (
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
)
_H384 = (
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
    0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
)
_KMD5 = (
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
)
_SMD5 = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4


def _data(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    raise TypeError('object supporting the buffer API required')


class _Hash:
    """A digest in progress: the state words, the bytes of an unfinished block, the length."""
    name = ''
    digest_size = 0
    block_size = 64

    def __init__(self, data=b''):
        self._h = self._initial()
        self._buf = b''
        self._count = 0
        if not isinstance(data, bytes) or data:
            self.update(data)

    def update(self, data):
        """Adds data to the digest."""
        data = _data(data)
        self._count += len(data)
        buf = self._buf + data if self._buf else data
        bs = self.block_size
        end = len(buf) - len(buf) % bs
        for i in range(0, end, bs):
            self._compress(buf, i)
        self._buf = buf[end:]

    def copy(self):
        """An independent copy of the digest in progress."""
        c = object.__new__(type(self))
        c._h = list(self._h)
        c._buf = self._buf
        c._count = self._count
        return c

    def digest(self):
        """The digest of the data so far, as bytes (the object can still be updated)."""
        c = self.copy()
        bs = self.block_size
        lenbytes = 8 if bs == 64 else 16
        tail = b'\x80' + bytes((bs - lenbytes - 1 - self._count % bs) % bs)
        bits = (self._count * 8).to_bytes(lenbytes, self._order)
        c.update(tail + bits)
        return c._output()

    def hexdigest(self):
        """The digest of the data so far, as a str of hex digits."""
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def _words_be(buf, i, n):
    """n big-endian 32-bit words of buf from i."""
    w = [0] * n
    for t in range(n):
        j = i + 4 * t
        w[t] = (buf[j] << 24) | (buf[j + 1] << 16) | (buf[j + 2] << 8) | buf[j + 3]
    return w


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _order = 'little'

    def _initial(self):
        return [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    def _compress(self, buf, i):
        m = [0] * 16
        for t in range(16):
            j = i + 4 * t
            m[t] = buf[j] | (buf[j + 1] << 8) | (buf[j + 2] << 16) | (buf[j + 3] << 24)
        h = self._h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        for t in range(64):
            if t < 16:
                f = (b & c) | ((b ^ _M32) & d)
                g = t
            elif t < 32:
                f = (d & b) | ((d ^ _M32) & c)
                g = (5 * t + 1) & 15
            elif t < 48:
                f = b ^ c ^ d
                g = (3 * t + 5) & 15
            else:
                f = c ^ (b | (d ^ _M32))
                g = (7 * t) & 15
            f = (f + a + _KMD5[t] + m[g]) & _M32
            s = _SMD5[t]
            a = d
            d = c
            c = b
            b = (b + (((f << s) | (f >> (32 - s))) & _M32)) & _M32
        h[0] = (h[0] + a) & _M32
        h[1] = (h[1] + b) & _M32
        h[2] = (h[2] + c) & _M32
        h[3] = (h[3] + d) & _M32

    def _output(self):
        return b''.join(x.to_bytes(4, 'little') for x in self._h)


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    _order = 'big'

    def _initial(self):
        return [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _compress(self, buf, i):
        w = _words_be(buf, i, 16) + [0] * 64
        for t in range(16, 80):
            x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
            w[t] = ((x << 1) | (x >> 31)) & _M32
        h = self._h
        a = h[0]
        b = h[1]
        c = h[2]
        d = h[3]
        e = h[4]
        for t in range(80):
            if t < 20:
                f = (b & c) | ((b ^ _M32) & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = ((((a << 5) | (a >> 27)) & _M32) + f + e + k + w[t]) & _M32
            e = d
            d = c
            c = ((b << 30) | (b >> 2)) & _M32
            b = a
            a = temp
        h[0] = (h[0] + a) & _M32
        h[1] = (h[1] + b) & _M32
        h[2] = (h[2] + c) & _M32
        h[3] = (h[3] + d) & _M32
        h[4] = (h[4] + e) & _M32

    def _output(self):
        return b''.join(x.to_bytes(4, 'big') for x in self._h)


class _SHA2(_Hash):
    """SHA-256 and SHA-512 (FIPS 180-4 6.2, 6.4): the same rounds over 32- or 64-bit words, with
    their own constants and rotation amounts (the class attributes)."""
    _order = 'big'

    def _compress(self, buf, i):
        bits = self._bits
        m = self._mask
        k = self._k
        rounds = len(k)
        r = self._rot
        v = _words_be(buf, i, bits // 2)
        w = [0] * rounds
        for t in range(16):
            w[t] = (v[2 * t] << 32) | v[2 * t + 1] if bits == 64 else v[t]
        for t in range(16, rounds):
            x = w[t - 15]
            y = w[t - 2]
            s0 = (((x >> r[6]) | (x << (bits - r[6]))) ^ ((x >> r[7]) | (x << (bits - r[7]))) ^ (x >> r[8])) & m
            s1 = (((y >> r[9]) | (y << (bits - r[9]))) ^ ((y >> r[10]) | (y << (bits - r[10]))) ^ (y >> r[11])) & m
            w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & m
        h = self._h
        a, b, c, d, e, f, g, hh = h
        for t in range(rounds):
            s1 = (((e >> r[0]) | (e << (bits - r[0]))) ^ ((e >> r[1]) | (e << (bits - r[1]))) ^ ((e >> r[2]) | (e << (bits - r[2])))) & m
            ch = (e & f) ^ ((e ^ m) & g)
            t1 = hh + s1 + ch + k[t] + w[t]
            s0 = (((a >> r[3]) | (a << (bits - r[3]))) ^ ((a >> r[4]) | (a << (bits - r[4]))) ^ ((a >> r[5]) | (a << (bits - r[5])))) & m
            maj = (a & b) ^ (a & c) ^ (b & c)
            hh = g
            g = f
            f = e
            e = (d + t1) & m
            d = c
            c = b
            b = a
            a = (t1 + s0 + maj) & m
        for j, x in enumerate((a, b, c, d, e, f, g, hh)):
            h[j] = (h[j] + x) & m

    def _output(self):
        n = self._bits // 8
        return b''.join(x.to_bytes(n, 'big') for x in self._h)[:self.digest_size]


class _SHA256(_SHA2):
    name = 'sha256'
    digest_size = 32
    _bits = 32
    _mask = _M32
    _k = _K256
    # Sigma1, Sigma0 (rotations), then sigma0, sigma1 of the schedule (two rotations, a shift)
    _rot = (6, 11, 25, 2, 13, 22, 7, 18, 3, 17, 19, 10)

    def _initial(self):
        return list(_H256)


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28

    def _initial(self):
        return list(_H224)


class _SHA512(_SHA2):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _bits = 64
    _mask = _M64
    _k = _K512
    _rot = (14, 18, 41, 28, 34, 39, 1, 8, 7, 19, 61, 6)

    def _initial(self):
        return list(_H512)


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48

    def _initial(self):
        return list(_H384)


def md5(string=b'', *, usedforsecurity=True):
    """An MD5 digest, fed string."""
    return _MD5(string)


def sha1(string=b'', *, usedforsecurity=True):
    """A SHA-1 digest, fed string."""
    return _SHA1(string)


def sha224(string=b'', *, usedforsecurity=True):
    """A SHA-224 digest, fed string."""
    return _SHA224(string)


def sha256(string=b'', *, usedforsecurity=True):
    """A SHA-256 digest, fed string."""
    return _SHA256(string)


def sha384(string=b'', *, usedforsecurity=True):
    """A SHA-384 digest, fed string."""
    return _SHA384(string)


def sha512(string=b'', *, usedforsecurity=True):
    """A SHA-512 digest, fed string."""
    return _SHA512(string)


def new(name, data=b'', **kwargs):
    """The digest named name (any case), fed data."""
    key = name.lower() if isinstance(name, str) else name
    if key == 'md5':
        return _MD5(data)
    if key == 'sha1':
        return _SHA1(data)
    if key == 'sha224':
        return _SHA224(data)
    if key == 'sha256':
        return _SHA256(data)
    if key == 'sha384':
        return _SHA384(data)
    if key == 'sha512':
        return _SHA512(data)
    if key in algorithms_guaranteed:
        raise NotImplementedError('not supported yet: hashlib.new(%r)' % name)
    raise ValueError('unsupported hash type ' + str(name))
