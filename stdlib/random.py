"""random: the Mersenne Twister generator with CPython's seeding and algorithms, so a seeded
sequence is the same number for number as CPython's (random, getrandbits, randrange, randint,
choice, shuffle, uniform, gauss, sample, ...). Written for Keel from the published MT19937
algorithm and the documented behaviour of CPython's random module."""
import math
from _rt import rt_random_seed_words

_N = 624
_M = 397
_state = [0] * 624
_index = 625
_gauss_next = None


def _init_genrand(s):
    global _index
    mt = _state
    mt[0] = s & 0xFFFFFFFF
    for i in range(1, _N):
        prev = mt[i - 1]
        mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
    _index = _N


def _init_by_array(key):
    _init_genrand(19650218)
    mt = _state
    n = len(key)
    i = 1
    j = 0
    k = _N if _N > n else n
    while k > 0:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= n:
            j = 0
        k -= 1
    k = _N - 1
    while k > 0:
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        k -= 1
    mt[0] = 0x80000000


def _generate():
    global _index
    mt = _state
    for kk in range(_N - _M):
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
        mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    for kk in range(_N - _M, _N - 1):
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
        mt[kk] = mt[kk + _M - _N] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
    mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
    _index = 0


def _genrand_uint32():
    global _index
    if _index >= _N:
        if _index > _N:
            seed()
        _generate()
    y = _state[_index]
    _index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    y ^= y >> 18
    return y


def seed(a=None, version=2):
    """Seeds from an int (its absolute value, 32 bits at a time), from None (the runtime's
    entropy), or from a float/bool (their hash, as CPython)."""
    global _gauss_next
    _gauss_next = None
    if a is None:
        _init_by_array(rt_random_seed_words())
        return
    if isinstance(a, float):
        a = hash(a)
    if not isinstance(a, int):
        raise TypeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.")
    a = abs(a)
    key = []
    while a:
        key.append(a & 0xFFFFFFFF)
        a >>= 32
    if not key:
        key = [0]
    _init_by_array(key)


def random():
    """A float in [0.0, 1.0) with 53 random bits."""
    a = _genrand_uint32() >> 5
    b = _genrand_uint32() >> 6
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)


def getrandbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    if k <= 32:
        return _genrand_uint32() >> (32 - k)
    x = 0
    shift = 0
    while k > 0:
        r = _genrand_uint32()
        if k < 32:
            r >>= 32 - k
        x |= r << shift
        shift += 32
        k -= 32
    return x


def _bit_length(n):
    # (int.bit_length is not a method Keel has yet.)
    k = 0
    while n >= 4294967296:
        n >>= 32
        k += 32
    while n:
        n >>= 1
        k += 1
    return k


def _randbelow(n):
    k = _bit_length(n)
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r


def randrange(start, stop=None, step=1):
    istart = _index_of(start)
    if stop is None:
        if step != 1:
            raise TypeError("Missing a non-None stop argument")
        if istart > 0:
            return _randbelow(istart)
        raise ValueError("empty range for randrange()")
    istop = _index_of(stop)
    width = istop - istart
    istep = _index_of(step)
    if istep == 1:
        if width > 0:
            return istart + _randbelow(width)
        raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ")")
    if istep > 0:
        n = (width + istep - 1) // istep
    elif istep < 0:
        n = (width + istep + 1) // istep
    else:
        raise ValueError("zero step for randrange()")
    if n <= 0:
        raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ", " + str(step) + ")")
    return istart + istep * _randbelow(n)


def _index_of(x):
    if isinstance(x, int):
        return int(x)
    raise TypeError("'" + _type_name(x) + "' object cannot be interpreted as an integer")


def _type_name(x):
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    return "object"


def randint(a, b):
    return randrange(a, b + 1)


def choice(seq):
    if not len(seq):
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def shuffle(x):
    for i in range(len(x) - 1, 0, -1):
        j = _randbelow(i + 1)
        x[i], x[j] = x[j], x[i]


def uniform(a, b):
    return a + (b - a) * random()


def triangular(low=0.0, high=1.0, mode=None):
    u = random()
    if mode is None:
        c = 0.5
    else:
        if high == low:
            return low
        c = (mode - low) / (high - low)
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * math.sqrt(u * c)


def gauss(mu=0.0, sigma=1.0):
    global _gauss_next
    z = _gauss_next
    _gauss_next = None
    if z is None:
        x2pi = random() * (2.0 * math.pi)
        g2rad = math.sqrt(-2.0 * math.log(1.0 - random()))
        z = math.cos(x2pi) * g2rad
        _gauss_next = math.sin(x2pi) * g2rad
    return mu + z * sigma


def expovariate(lambd=1.0):
    return -math.log(1.0 - random()) / lambd


def sample(population, k):
    """k distinct items of a sequence, chosen as CPython chooses them (the same numbers drawn)."""
    n = len(population)
    if not 0 <= k <= n:
        raise ValueError("Sample larger than population or is negative")
    result = [None] * k
    setsize = 21
    if k > 5:
        setsize += 4 ** math.ceil(math.log(k * 3, 4))
    if n <= setsize:
        pool = list(population)
        for i in range(k):
            j = _randbelow(n - i)
            result[i] = pool[j]
            pool[j] = pool[n - i - 1]
    else:
        selected = []
        for i in range(k):
            j = _randbelow(n)
            while j in selected:
                j = _randbelow(n)
            selected.append(j)
            result[i] = population[j]
    return result


seed()
