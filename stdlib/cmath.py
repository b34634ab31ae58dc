"""cmath: mathematical functions for complex numbers, written for Keel from CPython 3.12's
Modules/cmathmodule.c rules: the same formulas (with its rescalings for very large and subnormal
arguments), C99 Annex G's values for infinite and nan arguments (the special-value tables below:
rows by the real part's kind, columns by the imaginary part's), and its errors (ValueError 'math
domain error', OverflowError 'math range error')."""
import math
from _keel_complex import complex, _as_float, _quot

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, math.inf)
nanj = complex(0.0, math.nan)

_EDOM = 1
_ERANGE = 2
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = 1.7976931348623157e308 / 4.0
_SQRT_LARGE = math.sqrt(_LARGE)
_LOG_LARGE = math.log(_LARGE)
_SQRT_DBL_MIN = math.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046

_SYMBOLS = {
    "P": math.pi, "-P": -math.pi, "P14": 0.25 * math.pi, "-P14": -(0.25 * math.pi),
    "P12": 0.5 * math.pi, "-P12": -(0.5 * math.pi), "P34": 0.75 * math.pi, "-P34": -(0.75 * math.pi),
    "INF": math.inf, "-INF": -math.inf, "N": math.nan, "U": -9.5426319407711027e33,
    "0": 0.0, "-0": -0.0, "1": 1.0, "-1": -1.0,
}


def _table(text):
    """A 7x7 table of (real, imag) pairs written as 49 'RE,IM' words, row by row."""
    out = []
    for word in text.split():
        re, im = word.split(",")
        out.append((_SYMBOLS[re], _SYMBOLS[im]))
    return out


_ACOS = _table("""
P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF
P12,INF U,U U,U U,U U,U P12,-INF N,N
P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
P12,INF U,U U,U U,U U,U P12,-INF N,N
P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF
N,INF N,N N,N N,N N,N N,-INF N,N""")
_ACOSH = _table("""
INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,N N,N N,N INF,N N,N""")
_ASINH = _table("""
-INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
-INF,-P12 U,U U,U U,U U,U -INF,P12 N,N
-INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N
INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,-0 N,0 N,N INF,N N,N""")
_ATANH = _table("""
-0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
-0,-P12 U,U U,U U,U U,U -0,P12 N,N
-0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N
0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N
0,-P12 U,U U,U U,U U,U 0,P12 N,N
0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N
0,-P12 N,N N,N N,N N,N 0,P12 N,N""")
_COSH = _table("""
INF,N U,U INF,0 INF,-0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
N,0 U,U 1,0 1,-0 U,U N,0 N,0
N,0 U,U 1,-0 1,0 U,U N,0 N,0
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,0 N,0 N,N N,N N,N""")
_EXP = _table("""
0,0 U,U 0,-0 0,0 U,U 0,0 0,0
N,N U,U U,U U,U U,U N,N N,N
N,N U,U 1,-0 1,0 U,U N,N N,N
N,N U,U 1,-0 1,0 U,U N,N N,N
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,-0 N,0 N,N N,N N,N""")
_LOG = _table("""
INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N
INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N
INF,-P12 U,U U,U U,U U,U INF,P12 N,N
INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
INF,N N,N N,N N,N N,N INF,N N,N""")
_SINH = _table("""
INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
0,N U,U -0,-0 -0,0 U,U 0,N 0,N
0,N U,U 0,-0 0,0 U,U 0,N 0,N
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,-0 N,0 N,N N,N N,N""")
_SQRT = _table("""
INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
INF,-INF U,U U,U U,U U,U INF,INF N,N
INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
INF,-INF U,U U,U U,U U,U INF,INF N,N
INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
INF,-INF N,N N,N N,N N,N INF,INF N,N""")
_TANH = _table("""
-1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
N,N U,U U,U U,U U,U N,N N,N
N,N U,U -0,-0 -0,0 U,U N,N N,N
N,N U,U 0,-0 0,0 U,U N,N N,N
N,N U,U U,U U,U U,U N,N N,N
1,0 U,U 1,-0 1,0 U,U 1,0 1,0
N,N N,N N,-0 N,0 N,N N,N N,N""")
_RECT = _table("""
INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
N,N U,U U,U U,U U,U N,N N,N
0,0 U,U -0,0 -0,-0 U,U 0,0 0,0
0,0 U,U 0,-0 0,0 U,U 0,0 0,0
N,N U,U U,U U,U U,U N,N N,N
INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
N,N N,N N,0 N,0 N,N N,N N,N""")


def _kind(d):
    """C99 Annex G's class of a double: 0 -inf, 1 negative, 2 -0.0, 3 +0.0, 4 positive, 5 +inf,
    6 nan."""
    if math.isfinite(d):
        if d != 0.0:
            return 4 if math.copysign(1.0, d) == 1.0 else 1
        return 3 if math.copysign(1.0, d) == 1.0 else 2
    if math.isnan(d):
        return 6
    return 5 if math.copysign(1.0, d) == 1.0 else 0


def _special(table, x, y):
    return table[_kind(x) * 7 + _kind(y)]


def _finite(x, y):
    return math.isfinite(x) and math.isfinite(y)


def _parts(z):
    """The (real, imag) of an argument: a complex, its __complex__, else a real number."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, float):
        return z, 0.0
    if isinstance(z, int):
        return float(z), 0.0
    t = type(z)
    if hasattr(t, "__complex__"):
        c = z.__complex__()
        if not isinstance(c, complex):
            raise TypeError("__complex__ returned non-complex (type " + type(c).__name__ + ")")
        return c.real, c.imag
    return _real(z), 0.0


def _real(x):
    """A real argument (rect's) as a float, or CPython's TypeError."""
    f = _as_float(x)
    if f is None:
        raise TypeError("must be real number, not " + type(x).__name__)
    return f


def _result(r, i, err):
    if err == _EDOM:
        raise ValueError("math domain error")
    if err == _ERANGE:
        raise OverflowError("math range error")
    return complex(r, i)


def _atan2(x, y):
    """The phase of x + y*j with C99's values at infinities and signed zeros (c_atan2)."""
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if math.isinf(y):
        if math.isinf(x):
            if math.copysign(1.0, x) == 1.0:
                return math.copysign(0.25 * math.pi, y)
            return math.copysign(0.75 * math.pi, y)
        return math.copysign(0.5 * math.pi, y)
    if math.isinf(x) or y == 0.0:
        if math.copysign(1.0, x) == 1.0:
            return math.copysign(0.0, y)
        return math.copysign(math.pi, y)
    return math.atan2(y, x)


def _sqrt(x, y):
    if not _finite(x, y):
        r, i = _special(_SQRT, x, y)
        return r, i, 0
    if x == 0.0 and y == 0.0:
        return 0.0, y, 0
    ax = math.fabs(x)
    ay = math.fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN and (ax > 0.0 or ay > 0.0):
        ax = math.ldexp(ax, _SCALE_UP)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, math.copysign(d, y), 0
    return d, math.copysign(s, y), 0


def _log(x, y):
    if not _finite(x, y):
        r, i = _special(_LOG, x, y)
        return r, i, 0
    ax = math.fabs(x)
    ay = math.fabs(y)
    if ax > _LARGE or ay > _LARGE:
        r = math.log(math.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            r = math.log(math.hypot(math.ldexp(ax, _DBL_MANT_DIG), math.ldexp(ay, _DBL_MANT_DIG))) - _DBL_MANT_DIG * _LN2
        else:
            return -math.inf, math.atan2(y, x), _EDOM
    else:
        h = math.hypot(ax, ay)
        if 0.71 <= h and h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            r = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            r = math.log(h)
    return r, math.atan2(y, x), 0


def _cosh(x, y):
    return _hyperbolic(x, y, False)


def _sinh(x, y):
    return _hyperbolic(x, y, True)


def _hyperbolic(x, y, odd):
    """cosh (odd False) or sinh (odd True) of x + y*j: cos(y)*f(x) + j*sin(y)*g(x) with
    (f, g) = (cosh, sinh) or (sinh, cosh), scaled by e past the overflow threshold."""
    f = math.sinh if odd else math.cosh
    g = math.cosh if odd else math.sinh
    if not _finite(x, y):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            r = math.copysign(math.inf, math.cos(y))
            i = math.copysign(math.inf, math.sin(y))
            if x < 0:
                if odd:
                    r = -r
                else:
                    i = -i
        else:
            r, i = _special(_SINH if odd else _COSH, x, y)
        return r, i, _EDOM if math.isinf(y) and not math.isnan(x) else 0
    if math.fabs(x) > _LOG_LARGE:
        x1 = x - math.copysign(1.0, x)
        r = math.cos(y) * f(x1) * math.e
        i = math.sin(y) * g(x1) * math.e
    else:
        r = math.cos(y) * f(x)
        i = math.sin(y) * g(x)
    return r, i, _ERANGE if math.isinf(r) or math.isinf(i) else 0


def _tanh(x, y):
    if not _finite(x, y):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            r = 1.0 if x > 0 else -1.0
            i = math.copysign(0.0, 2.0 * math.sin(y) * math.cos(y))
        else:
            r, i = _special(_TANH, x, y)
        return r, i, _EDOM if math.isinf(y) and math.isfinite(x) else 0
    if math.fabs(x) > _LOG_LARGE:
        return math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * math.fabs(x)), 0
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, 0


def _exp(x, y):
    if not _finite(x, y):
        if math.isinf(x) and math.isfinite(y) and y != 0.0:
            if x > 0:
                r = math.copysign(math.inf, math.cos(y))
                i = math.copysign(math.inf, math.sin(y))
            else:
                r = math.copysign(0.0, math.cos(y))
                i = math.copysign(0.0, math.sin(y))
        else:
            r, i = _special(_EXP, x, y)
        bad = math.isinf(y) and (math.isfinite(x) or (math.isinf(x) and x > 0))
        return r, i, _EDOM if bad else 0
    if x > _LOG_LARGE:
        l = _c_exp(x - 1.0)
        r = l * math.cos(y) * math.e
        i = l * math.sin(y) * math.e
    else:
        l = math.exp(x)
        r = l * math.cos(y)
        i = l * math.sin(y)
    return r, i, _ERANGE if math.isinf(r) or math.isinf(i) else 0


def _c_exp(x):
    """C's exp: inf where math.exp raises OverflowError."""
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _asinh(x, y):
    if not _finite(x, y):
        r, i = _special(_ASINH, x, y)
        return r, i, 0
    if math.fabs(x) > _LARGE or math.fabs(y) > _LARGE:
        if y >= 0.0:
            r = math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            r = -math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return r, math.atan2(y, math.fabs(x)), 0
    s1r, s1i, _ = _sqrt(1.0 + y, -x)
    s2r, s2i, _ = _sqrt(1.0 - y, x)
    return math.asinh(s1r * s2i - s2r * s1i), math.atan2(y, s1r * s2r - s1i * s2i), 0


def _acos(x, y):
    if not _finite(x, y):
        r, i = _special(_ACOS, x, y)
        return r, i, 0
    if math.fabs(x) > _LARGE or math.fabs(y) > _LARGE:
        r = math.atan2(math.fabs(y), x)
        if x < 0.0:
            i = -math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            i = math.copysign(math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return r, i, 0
    s1r, s1i, _ = _sqrt(1.0 - x, -y)
    s2r, s2i, _ = _sqrt(1.0 + x, y)
    return 2.0 * math.atan2(s1r, s2r), math.asinh(s2r * s1i - s2i * s1r), 0


def _acosh(x, y):
    if not _finite(x, y):
        r, i = _special(_ACOSH, x, y)
        return r, i, 0
    if math.fabs(x) > _LARGE or math.fabs(y) > _LARGE:
        return math.log(math.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, math.atan2(y, x), 0
    s1r, s1i, _ = _sqrt(x - 1.0, y)
    s2r, s2i, _ = _sqrt(x + 1.0, y)
    return math.asinh(s1r * s2r + s1i * s2i), 2.0 * math.atan2(s1i, s2r), 0


def _atanh(x, y):
    if not _finite(x, y):
        r, i = _special(_ATANH, x, y)
        return r, i, 0
    if x < 0.0:
        r, i, err = _atanh(-x, -y)
        return -r, -i, err
    ay = math.fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = math.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -math.copysign(math.pi / 2.0, -y), 0
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            return math.inf, y, _EDOM
        return -math.log(math.sqrt(ay) / math.sqrt(math.hypot(ay, 2.0))), math.copysign(math.atan2(2.0, -ay) / 2, y), 0
    r = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    i = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return r, i, 0


def _apply(fn, z):
    """fn's result for the argument z, or its error."""
    x, y = _parts(z)
    return _result(*fn(x, y))


def _apply_rotated(fn, z):
    """-i * fn(i*z): sin, tan, asin and atan from their hyperbolic twins, as CPython does."""
    x, y = _parts(z)
    r, i, err = fn(-y, x)
    return _result(i, -r, err)


def sqrt(z):
    return _apply(_sqrt, z)


def exp(z):
    return _apply(_exp, z)


def log(z, base=None):
    x, y = _parts(z)
    r, i, err = _log(x, y)
    if base is not None:
        bx, by = _parts(base)
        br, bi, err = _log(bx, by)
        q = _quot(r, i, br, bi)
        if q is None:
            raise ValueError("math domain error")
        r = q.real
        i = q.imag
    return _result(r, i, err)


def log10(z):
    x, y = _parts(z)
    r, i, err = _log(x, y)
    return _result(r / _LN10, i / _LN10, err)


def cos(z):
    x, y = _parts(z)
    return _result(*_cosh(-y, x))


def cosh(z):
    return _apply(_cosh, z)


def sin(z):
    return _apply_rotated(_sinh, z)


def sinh(z):
    return _apply(_sinh, z)


def tan(z):
    return _apply_rotated(_tanh, z)


def tanh(z):
    return _apply(_tanh, z)


def acos(z):
    return _apply(_acos, z)


def acosh(z):
    return _apply(_acosh, z)


def asin(z):
    return _apply_rotated(_asinh, z)


def asinh(z):
    return _apply(_asinh, z)


def atan(z):
    return _apply_rotated(_atanh, z)


def atanh(z):
    return _apply(_atanh, z)


def phase(z):
    x, y = _parts(z)
    return _atan2(x, y)


def polar(z):
    x, y = _parts(z)
    phi = _atan2(x, y)
    r = _abs(x, y)
    if math.isinf(r) and math.isfinite(x) and math.isfinite(y):
        raise OverflowError("math range error")
    return r, phi


def rect(r, phi):
    r = _real(r)
    phi = _real(phi)
    if not _finite(r, phi):
        if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
            if r > 0:
                x = math.copysign(math.inf, math.cos(phi))
                y = math.copysign(math.inf, math.sin(phi))
            else:
                x = -math.copysign(math.inf, math.cos(phi))
                y = -math.copysign(math.inf, math.sin(phi))
        else:
            x, y = _special(_RECT, r, phi)
        if r != 0.0 and not math.isnan(r) and math.isinf(phi):
            raise ValueError("math domain error")
        return complex(x, y)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    x, y = _parts(z)
    return math.isfinite(x) and math.isfinite(y)


def isnan(z):
    x, y = _parts(z)
    return math.isnan(x) or math.isnan(y)


def isinf(z):
    x, y = _parts(z)
    return math.isinf(x) or math.isinf(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    ar, ai = _parts(a)
    br, bi = _parts(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ar == br and ai == bi:
        return True
    if math.isinf(ar) or math.isinf(ai) or math.isinf(br) or math.isinf(bi):
        return False
    diff = _abs(ar - br, ai - bi)
    return diff <= rel_tol * _abs(br, bi) or diff <= rel_tol * _abs(ar, ai) or diff <= abs_tol


def _abs(x, y):
    """|x + y*j| as _Py_c_abs computes it, inf when it overflows: math.hypot has C99's rules
    (inf when a part is infinite, even with a nan; else nan when a part is nan)."""
    return math.hypot(x, y)
