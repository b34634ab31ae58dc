"""statistics: averages and measures of spread with CPython 3.12's results. mean, variance and
the standard deviations are computed exactly (in fractions) and rounded once, so they agree with
CPython to the last bit; fmean uses math.fsum as CPython does. Written for Keel from the
documented behaviour. Not yet: Decimal data, fmean's weights, covariance, correlation,
linear_regression and NormalDist (they need math.sumprod)."""
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from fractions import Fraction


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or a nan."""
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return x, None
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _kind(x):
    """The type a result takes from x: 0 int (and bool), 1 Fraction, 2 float."""
    if isinstance(x, float):
        return 2
    if isinstance(x, Fraction):
        return 1
    return 0


def _result_kind(kinds):
    """The common type of the data's types (CPython's coercion: int gives way to the others;
    float and Fraction mix as float)."""
    k = 0
    for t in kinds:
        if t > k:
            k = t
    return k


def _convert(value, kind):
    """A Fraction as the result type: an int only when it is whole."""
    if kind == 0:
        if value.denominator == 1:
            return value.numerator
        return float(value)
    if kind == 1:
        return value
    return float(value)


def _partials(data, squares):
    """One pass over the data: (kinds, count, sum of infinities and nans or None, exact sums of
    the items by denominator, and of their squares when `squares`)."""
    count = 0
    kinds = set()
    sx = {}
    sxx = {}
    special = None
    for x in data:
        kinds.add(_kind(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx[d] = sx.get(d, 0) + n
            if squares:
                sxx[d] = sxx.get(d, 0) + n * n
    return kinds, count, special, sx, sxx


def _sum(data):
    """(result kind, exact sum, count); the sum is a float for data with an infinity or nan."""
    kinds, count, special, partials, _ = _partials(data, False)
    if special is not None:
        return _result_kind(kinds), special, count
    total = Fraction(0)
    for d, n in partials.items():
        total += Fraction(n, d)
    return _result_kind(kinds), total, count


def _ss(data, c=None):
    """(result kind, exact sum of squared deviations, mean, count)."""
    if c is not None:
        devs = []
        for x in data:
            d = x - c
            devs.append(d * d)
        kind, ssd, count = _sum(devs)
        return kind, ssd, c, count
    kinds, count, special, sx, sxx = _partials(data, True)
    kind = _result_kind(kinds)
    if not count:
        return kind, Fraction(0), Fraction(0), 0
    if special is not None:
        return kind, special, special, count
    total = Fraction(0)
    for d, n in sx.items():
        total += Fraction(n, d)
    squares = Fraction(0)
    for d, n in sxx.items():
        squares += Fraction(n, d * d)
    ssd = (count * squares - total * total) / count
    return kind, ssd, total / count, count


def _sqrt_rto(n, m):
    """The square root of n/m rounded to an integer, to odd (an inexact root gets its low bit
    set), so that one more rounding to a float is correct."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a |= 1
    return a


def _float_sqrt(n, m):
    """The square root of the fraction n/m as a correctly rounded float: the root is computed
    with 109 bits (twice a float's 53, plus 3) rounded to odd, then divided once."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return (_sqrt_rto(n, m << (2 * q)) << q) / 1
    return _sqrt_rto(n << (-2 * q), m) / (1 << -q)


def mean(data):
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    if not isinstance(total, Fraction):
        return total / n
    return _convert(total / n, kind)


def fmean(data, weights=None):
    if weights is not None:
        raise NotImplementedError("not supported yet: statistics.fmean() with weights")
    items = list(data)
    n = len(items)
    total = math.fsum(items)
    if not n:
        raise StatisticsError("fmean requires at least one data point")
    return total / n


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    if weights is not None:
        raise NotImplementedError("not supported yet: statistics.harmonic_mean() with weights")
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    recips = []
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
        if x == 0:
            return 0
        recips.append(1 / x)
    kind, total, count = _sum(recips)
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(n / total, kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    low = x - interval / 2
    return low + interval * (n / 2 - i) / (j - i)


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


def variance(data, xbar=None):
    kind, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    if not isinstance(ss, Fraction):
        return ss / (n - 1)
    return _convert(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if not isinstance(ss, Fraction):
        return ss / n
    return _convert(ss / n, kind)


def stdev(data, xbar=None):
    kind, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    if not isinstance(mss, Fraction):
        raise AttributeError("'float' object has no attribute 'numerator'")  # CPython 3.12 does
    return _float_sqrt(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    kind, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    if not isinstance(mss, Fraction):
        raise AttributeError("'float' object has no attribute 'numerator'")  # CPython 3.12 does
    return _float_sqrt(mss.numerator, mss.denominator)
