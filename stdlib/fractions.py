"""fractions: Fraction, exact rational numbers of any size, with CPython 3.12's constructor forms
(ints, two rationals, floats exactly, strings such as '3/4', '-1.25e3'), arithmetic mixed with
ints (exact) and floats (float results), comparisons, hashing equal to the hash of an equal int
or float, repr/str, round/floor/ceil/trunc/int/float and limit_denominator. Written for Keel from
the documented behaviour. Not yet: Decimal, complex operands, format specs other than ''."""
import math

# sys.hash_info.modulus and .inf: the numeric hash of a rational p/q is p * q**-1 modulo the
# Mersenne prime 2**61 - 1 (CPython's rule for ints, floats and fractions alike).
_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _mod_inverse(d, m):
    """d**-1 modulo the prime m, or None when d is a multiple of m."""
    a = d % m
    if a == 0:
        return None
    x0, x1 = 1, 0
    b = m
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
    return x0 % m


def _digit_run(s, i):
    """The end of a run of ASCII digits with single underscores between them starting at i
    (i itself when there is none)."""
    n = len(s)
    j = i
    while j < n and "0" <= s[j] <= "9":
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == "_" and "0" <= s[j + 1] <= "9":
        j += 1
        while j < n and "0" <= s[j] <= "9":
            j += 1
    return j


def _is_space(c):
    return c.isspace()


def _parse(text):
    """(numerator, denominator) of a string, or None when it is not a rational literal."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    digit_next = i < n and "0" <= s[i] <= "9"
    dot_digit_next = i + 1 < n and s[i] == "." and "0" <= s[i + 1] <= "9"
    if not digit_next and not dot_digit_next:
        return None
    j = _digit_run(s, i)
    num = int(s[i:j].replace("_", "")) if j > i else 0
    i = j
    den = 1
    k = i
    while k < n and _is_space(s[k]):
        k += 1
    if k < n and s[k] == "/":
        k += 1
        while k < n and _is_space(s[k]):
            k += 1
        j = _digit_run(s, k)
        if j == k:
            return None
        den = int(s[k:j].replace("_", ""))
        i = j
    else:
        if i < n and s[i] == ".":
            i += 1
            j = _digit_run(s, i)
            if j > i:
                frac = s[i:j].replace("_", "")
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den *= scale
            i = j
        if i < n and (s[i] == "e" or s[i] == "E"):
            i += 1
            exp_negative = False
            if i < n and (s[i] == "+" or s[i] == "-"):
                exp_negative = s[i] == "-"
                i += 1
            j = _digit_run(s, i)
            if j == i:
                return None
            exp = int(s[i:j].replace("_", ""))
            i = j
            if exp_negative:
                den *= 10 ** exp
            else:
                num *= 10 ** exp
    if i != n:
        return None
    if negative:
        num = -num
    return num, den


def _exact(x):
    """A Fraction for an int, a Fraction or a finite float operand; None for anything else."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return _coprime(int(x), 1)
    return None


def _coprime(numerator, denominator):
    """A Fraction from a numerator and a positive denominator already in lowest terms."""
    f = Fraction.__new__(Fraction)
    f._numerator = numerator
    f._denominator = denominator
    return f


def _reduced(numerator, denominator):
    """A Fraction in lowest terms with a positive denominator (not zero)."""
    g = math.gcd(numerator, denominator)
    if denominator < 0:
        g = -g
    return _coprime(numerator // g, denominator // g)


class Fraction:
    """Rational numbers: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(other)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            a = _exact(numerator)
            b = _exact(denominator)
            if a is None or b is None:
                raise TypeError("both arguments should be Rational instances")
            n = a._numerator * b._denominator
            d = b._numerator * a._denominator
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return _coprime(n, d)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator (the lower one, or the
        one with the smaller denominator, on a tie), found from the continued fraction of self:
        the best approximations are its convergents and semiconvergents."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return _coprime(self._numerator, self._denominator)
        # p_prev/q_prev and p_last/q_last: the last two convergents; n/d: the remainder.
        p_prev, q_prev, p_last, q_last = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q_last
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_last, q_last = p_last, q_last, p_prev + a * p_last, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q_last
        # The semiconvergent (p_prev + k p_last)/(q_prev + k q_last) and the convergent
        # p_last/q_last bracket self; the convergent wins unless the other is strictly closer.
        if 2 * d * (q_prev + k * q_last) <= self._denominator:
            return _coprime(p_last, q_last)
        return _coprime(p_prev + k * p_last, q_prev + k * q_last)

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        raise NotImplementedError("not supported yet: format specs of Fraction")

    # ---- arithmetic: exact with ints and fractions, in floats with floats ----------------------

    def __add__(a, b):
        f = _exact(b)
        if f is not None:
            return _reduced(a._numerator * f._denominator + f._numerator * a._denominator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        f = _exact(a)
        if f is not None:
            return _reduced(f._numerator * b._denominator + b._numerator * f._denominator, f._denominator * b._denominator)
        if isinstance(a, float):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        f = _exact(b)
        if f is not None:
            return _reduced(a._numerator * f._denominator - f._numerator * a._denominator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        f = _exact(a)
        if f is not None:
            return _reduced(f._numerator * b._denominator - b._numerator * f._denominator, f._denominator * b._denominator)
        if isinstance(a, float):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        f = _exact(b)
        if f is not None:
            return _reduced(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, float):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        f = _exact(a)
        if f is not None:
            return _reduced(f._numerator * b._numerator, f._denominator * b._denominator)
        if isinstance(a, float):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        f = _exact(b)
        if f is not None:
            return _quotient(a, f)
        if isinstance(b, float):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = _exact(a)
        if f is not None:
            return _quotient(f, b)
        if isinstance(a, float):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = _exact(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = _exact(a)
        if f is not None:
            return (f._numerator * b._denominator) // (f._denominator * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        f = _exact(b)
        if f is not None:
            return _remainder(a, f)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        f = _exact(a)
        if f is not None:
            return _remainder(f, b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        f = _exact(b)
        if f is not None:
            return _divmod(a, f)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = _exact(a)
        if f is not None:
            return _divmod(f, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        f = _exact(b)
        if f is not None:
            if f._denominator != 1:
                return float(a) ** float(f)
            power = f._numerator
            if power >= 0:
                return _coprime(a._numerator ** power, a._denominator ** power)
            if a._numerator > 0:
                return _coprime(a._denominator ** -power, a._numerator ** -power)
            if a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
            return _coprime((-a._denominator) ** -power, (-a._numerator) ** -power)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        f = _exact(a)
        if f is not None:
            return f ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _coprime(a._numerator, a._denominator)

    def __neg__(a):
        return _coprime(-a._numerator, a._denominator)

    def __abs__(a):
        return _coprime(abs(a._numerator), a._denominator)

    # ---- conversions -----------------------------------------------------------------------

    def __float__(a):
        return a._numerator / a._denominator

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; with ndigits a Fraction."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(a):
        return a._numerator != 0

    # ---- comparisons and hashing -----------------------------------------------------------

    def __hash__(self):
        inverse = _mod_inverse(self._denominator, _HASH_MODULUS)
        if inverse is None:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        f = _exact(b)
        if f is not None:
            return a._numerator == f._numerator and a._denominator == f._denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            n, d = b.as_integer_ratio()
            return a._numerator == n and a._denominator == d
        return NotImplemented

    def _order(a, b):
        """a - b scaled to an int with a's sign, or None (b not comparable); b a finite float
        or an exact operand."""
        f = _exact(b)
        if f is None:
            n, d = b.as_integer_ratio()
            f = _coprime(n, d)
        return a._numerator * f._denominator - f._numerator * a._denominator

    def __lt__(a, b):
        if isinstance(b, float) and (math.isnan(b) or math.isinf(b)):
            return 0.0 < b
        if _exact(b) is None and not isinstance(b, float):
            return NotImplemented
        return a._order(b) < 0

    def __le__(a, b):
        if isinstance(b, float) and (math.isnan(b) or math.isinf(b)):
            return 0.0 <= b
        if _exact(b) is None and not isinstance(b, float):
            return NotImplemented
        return a._order(b) <= 0

    def __gt__(a, b):
        if isinstance(b, float) and (math.isnan(b) or math.isinf(b)):
            return 0.0 > b
        if _exact(b) is None and not isinstance(b, float):
            return NotImplemented
        return a._order(b) > 0

    def __ge__(a, b):
        if isinstance(b, float) and (math.isnan(b) or math.isinf(b)):
            return 0.0 >= b
        if _exact(b) is None and not isinstance(b, float):
            return NotImplemented
        return a._order(b) >= 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _quotient(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError("Fraction(%s, 0)" % b._denominator)
    return _reduced(a._numerator * b._denominator, a._denominator * b._numerator)


def _remainder(a, b):
    da, db = a._denominator, b._denominator
    return _reduced((a._numerator * db) % (b._numerator * da), da * db)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    q, r = divmod(a._numerator * db, da * b._numerator)
    return q, _reduced(r, da * db)
