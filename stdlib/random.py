"""random: the Mersenne Twister generator with CPython's seeding and algorithms, so a seeded
sequence is the same number for number as CPython's (random, getrandbits, randrange, randint,
choice, choices, shuffle, sample, and the distributions). Written for Keel from the published
MT19937 algorithm and the documented behaviour of CPython's random module: a Random class, and
the module's functions use one shared instance, as CPython's do."""
import math
from bisect import bisect_right as _bisect
from _rt import rt_random_seed_words

_N = 624
_M = 397
NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
TWOPI = 2.0 * math.pi
LOG4 = math.log(4.0)
SG_MAGICCONST = 1.0 + math.log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


class Random:
    """A Mersenne Twister generator of its own (random.Random(seed))."""

    VERSION = 3

    def __init__(self, x=None):
        self._state = [0] * 624
        self._index = 625
        self.gauss_next = None
        self.seed(x)

    def _init_genrand(self, s):
        mt = self._state
        mt[0] = s & 0xFFFFFFFF
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._state
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

    def _generate(self):
        mt = self._state
        for kk in range(_N - _M):
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        for kk in range(_N - _M, _N - 1):
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            mt[kk] = mt[kk + _M - _N] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self._index = 0

    def _genrand_uint32(self):
        i = self._index
        if i >= _N:
            if i > _N:
                self.seed()
            self._generate()
            i = 0
        y = self._state[i]
        self._index = i + 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def seed(self, a=None, version=2):
        """Seeds from an int (its absolute value, 32 bits at a time), from None (the runtime's
        entropy), or from a float/bool (their hash, as CPython)."""
        self.gauss_next = None
        if a is None:
            self._init_by_array(rt_random_seed_words())
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
        self._init_by_array(key)

    def getstate(self):
        return (self.VERSION, tuple(self._state) + (self._index,), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internal, gauss_next = state
        elif version == 2:
            version, internal, gauss_next = state
            internal = tuple([x % 4294967296 for x in internal])
        else:
            raise ValueError("state with version " + str(version) + " passed to Random.setstate() of version 3")
        if len(internal) != _N + 1:
            raise ValueError("state vector is the wrong size")
        for i in range(_N):
            self._state[i] = internal[i]
        index = internal[_N]
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._index = index
        self.gauss_next = gauss_next

    def random(self):
        """A float in [0.0, 1.0) with 53 random bits."""
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        x = 0
        shift = 0
        while k > 0:
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            x |= r << shift
            shift += 32
            k -= 32
        return x

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def __init_subclass__(cls, **kwargs):
        # CPython's rule: a subclass that defines random() but not getrandbits() draws its
        # integers from random() (CPython walks the MRO for the first class defining either;
        # here: whether random or getrandbits differ from Random's)
        cls._from_random = cls.random is not Random.random and cls.getrandbits is Random.getrandbits

    _from_random = False

    def _randbelow(self, n):
        if self._from_random:
            return self._randbelow_without_getrandbits(n)
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n):
        maxsize = 9007199254740992
        if n >= maxsize:
            return math.floor(self.random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = self.random()
        while r >= limit:
            r = self.random()
        return math.floor(r * maxsize) % n

    def randrange(self, start, stop=None, step=1):
        istart = _index_of(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index_of(stop)
        width = istop - istart
        istep = _index_of(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ")")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range in randrange(" + str(start) + ", " + str(stop) + ", " + str(step) + ")")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[math.floor(self.random() * nf)] for i in range(k)]
            if isinstance(weights, int):
                raise TypeError("The number of choices must be a keyword argument: k=" + str(weights))
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w if cum_weights else w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)] for i in range(k)]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct items of a sequence, chosen as CPython chooses them (the same numbers drawn)."""
        if counts is not None:
            cum_counts = []
            total = 0
            for c in counts:
                total += c
                cum_counts.append(total)
            if len(cum_counts) != len(population):
                raise ValueError("The number of counts does not match the population")
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k)
            return [population[_bisect(cum_counts, s)] for s in selections]
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
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
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

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self.gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + math.sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = math.cos(math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            return (mu + math.acos(f)) % TWOPI
        return (mu - math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            ainv = math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -math.log(1.0 - self.random()) * beta
        while True:
            u = self.random()
            b = (math.e + alpha) / math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -math.log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-math.log(u)) ** (1.0 / beta)


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


_inst = Random()


def seed(a=None, version=2):
    _inst.seed(a, version)


def random():
    return _inst.random()


def getrandbits(k):
    return _inst.getrandbits(k)


def randbytes(n):
    return _inst.randbytes(n)


def getstate():
    return _inst.getstate()


def setstate(state):
    _inst.setstate(state)


def randrange(start, stop=None, step=1):
    return _inst.randrange(start, stop, step)


def randint(a, b):
    return _inst.randint(a, b)


def choice(seq):
    return _inst.choice(seq)


def choices(population, weights=None, *, cum_weights=None, k=1):
    return _inst.choices(population, weights, cum_weights=cum_weights, k=k)


def shuffle(x):
    _inst.shuffle(x)


def sample(population, k, *, counts=None):
    return _inst.sample(population, k, counts=counts)


def uniform(a, b):
    return _inst.uniform(a, b)


def triangular(low=0.0, high=1.0, mode=None):
    return _inst.triangular(low, high, mode)


def normalvariate(mu=0.0, sigma=1.0):
    return _inst.normalvariate(mu, sigma)


def gauss(mu=0.0, sigma=1.0):
    return _inst.gauss(mu, sigma)


def lognormvariate(mu, sigma):
    return _inst.lognormvariate(mu, sigma)


def expovariate(lambd=1.0):
    return _inst.expovariate(lambd)


def vonmisesvariate(mu, kappa):
    return _inst.vonmisesvariate(mu, kappa)


def gammavariate(alpha, beta):
    return _inst.gammavariate(alpha, beta)


def betavariate(alpha, beta):
    return _inst.betavariate(alpha, beta)


def paretovariate(alpha):
    return _inst.paretovariate(alpha)


def weibullvariate(alpha, beta):
    return _inst.weibullvariate(alpha, beta)
