"""complex: the built-in complex number type, written for Keel from CPython 3.12's documented
behaviour (Objects/complexobject.c's rules). The compiler turns the name `complex` (where a module
never rebinds it) and every imaginary literal (`2j` is complex(0.0, 2.0)) into this class
(src/lower/complexlit.ts), and cmath imports it.

Arithmetic with ints and floats converts them to complex (an int too large for a float raises
OverflowError); division is Smith's algorithm as CPython's _Py_c_quot; an exponent that is an
integral value of magnitude at most 100 uses repeated squaring as CPython does, so results are
bit for bit CPython's. repr drops a float part's '.0' and writes the imaginary part with its
sign; hash combines the parts' hashes with sys.hash_info.imag (1000003)."""
import math

_HASH_IMAG = 1000003
_NO_ARG = object()
_MASK = (1 << 64) - 1


def _mk(r, i):
    """A new complex from two floats (no argument checks: the operators' results)."""
    c = object.__new__(complex)
    c._r = r
    c._i = i
    return c


def _part(x):
    """A float part as complex's repr writes it: repr without the '.0' a float adds."""
    r = repr(x)
    if r.endswith(".0"):
        return r[:-2]
    return r


def _quot(ar, ai, br, bi):
    """(ar + ai*j) / (br + bi*j) by Smith's algorithm; None when the divisor is zero."""
    abs_br = -br if br < 0 else br
    abs_bi = -bi if bi < 0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return None
        ratio = bi / br
        denom = br + bi * ratio
        return _mk((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return _mk((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    nan = math.nan
    return _mk(nan, nan)


def _powu(xr, xi, n):
    """(xr + xi*j) ** n for an int n >= 0 by repeated squaring (CPython's c_powu)."""
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def _pow(ar, ai, br, bi):
    """CPython's _Py_c_pow: (ar + ai*j) ** (br + bi*j) through polar form."""
    if br == 0.0 and bi == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    # C's pow and exp return inf on overflow where math's raise: the result's inf part then
    # raises complex_pow's OverflowError.
    vabs = math.hypot(ar, ai)
    try:
        length = math.pow(vabs, br)
    except OverflowError:
        length = math.inf
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        try:
            length /= math.exp(at * bi)
        except OverflowError:
            length = 0.0
        phase += bi * math.log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def _parts(x):
    """The (real, imag) of an operand of complex arithmetic, or None (NotImplemented)."""
    if isinstance(x, complex):
        return x._r, x._i
    if isinstance(x, int):
        return float(x), 0.0
    if isinstance(x, float):
        return x, 0.0
    return None


def _is_space(c):
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _float_prefix(s, i):
    """The end of the longest float literal (as float() reads one: sign, digits with a point and
    an exponent, inf, infinity, nan) starting at s[i]; i when there is none."""
    n = len(s)
    j = i
    if j < n and (s[j] == "+" or s[j] == "-"):
        j += 1
    low = s[j:j + 8].lower()
    if low.startswith("infinity"):
        return j + 8
    if low.startswith("inf") or low.startswith("nan"):
        return j + 3
    k = j
    while k < n and "0" <= s[k] <= "9":
        k += 1
    digits = k > j
    if k < n and s[k] == ".":
        k += 1
        m = k
        while k < n and "0" <= s[k] <= "9":
            k += 1
        digits = digits or k > m
    if not digits:
        return i
    if k < n and (s[k] == "e" or s[k] == "E"):
        e = k + 1
        if e < n and (s[e] == "+" or s[e] == "-"):
            e += 1
        m = e
        while e < n and "0" <= s[e] <= "9":
            e += 1
        if e > m:
            k = e
    return k


def _strip_underscores(s):
    """s without its underscores when each stands between two digits; None otherwise."""
    if "_" not in s:
        return s
    out = []
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == "_":
            if i == 0 or i == n - 1 or not ("0" <= s[i - 1] <= "9") or not ("0" <= s[i + 1] <= "9"):
                return None
        else:
            out.append(c)
    return "".join(out)


def _from_string(text):
    """complex(text): CPython's forms <float>, <float>j, <float><signed float>j, and the older
    <float><sign>j, <sign>j and j, in optional parentheses, with surrounding whitespace."""
    s = _strip_underscores(text)
    if s is None:
        raise ValueError("could not convert string to complex: " + repr(text))
    n = len(s)
    i = 0
    while i < n and _is_space(s[i]):
        i += 1
    bracket = False
    if i < n and s[i] == "(":
        bracket = True
        i += 1
        while i < n and _is_space(s[i]):
            i += 1
    x = 0.0
    y = 0.0
    end = _float_prefix(s, i)
    ok = True
    if end != i:
        z = float(s[i:end])
        i = end
        if i < n and (s[i] == "+" or s[i] == "-"):
            x = z
            end = _float_prefix(s, i)
            if end != i:
                y = float(s[i:end])
                i = end
            else:
                y = 1.0 if s[i] == "+" else -1.0
                i += 1
            if i < n and (s[i] == "j" or s[i] == "J"):
                i += 1
            else:
                ok = False
        elif i < n and (s[i] == "j" or s[i] == "J"):
            i += 1
            y = z
        else:
            x = z
    else:
        if i < n and (s[i] == "+" or s[i] == "-"):
            y = 1.0 if s[i] == "+" else -1.0
            i += 1
        else:
            y = 1.0
        if i < n and (s[i] == "j" or s[i] == "J"):
            i += 1
        else:
            ok = False
    if ok:
        while i < n and _is_space(s[i]):
            i += 1
        if bracket:
            if i < n and s[i] == ")":
                i += 1
                while i < n and _is_space(s[i]):
                    i += 1
            else:
                ok = False
    if not ok or i != n:
        raise ValueError("complex() arg is a malformed string")
    return x, y


def _as_float(x):
    """x as a float when it is an int or a float or has __float__ or __index__; else None."""
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return float(x)
    return None


def _real_arg(x, which):
    """A constructor argument that is no str and no complex as a float, or the TypeError CPython
    raises."""
    f = _as_float(x)
    if f is not None:
        return f
    if which == 0:
        raise TypeError("complex() first argument must be a string or a number, not '" + type(x).__name__ + "'")
    raise TypeError("complex() second argument must be a number, not '" + type(x).__name__ + "'")


def _signed(digits, sign):
    """A part's digits with the sign a format spec asks for ('+', ' ' or '-'/none)."""
    if digits[0] == "-" or sign == "" or sign == "-":
        return digits
    return sign + digits


def _parse_spec(spec):
    """[[fill]align][sign][z][#][0][width][grouping][.precision][type] as CPython reads a complex's
    format spec: (fill, align, sign, 'z'/'#' flags, width, grouping, precision, type)."""
    n = len(spec)
    i = 0
    fill = " "
    align = ""
    fill_given = False
    if n >= 2 and spec[1] in "<>=^":
        fill = spec[0]
        align = spec[1]
        fill_given = True
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = ""
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    flags = ""
    if i < n and spec[i] == "z":
        flags += "z"
        i += 1
    if i < n and spec[i] == "#":
        flags += "#"
        i += 1
    if not fill_given and i < n and spec[i] == "0":
        fill = "0"
        i += 1
    k = i
    while i < n and "0" <= spec[i] <= "9":
        i += 1
    width = spec[k:i]
    grouping = ""
    if i < n and (spec[i] == "," or spec[i] == "_"):
        grouping = spec[i]
        i += 1
    prec = ""
    if i < n and spec[i] == ".":
        i += 1
        k = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        prec = spec[k:i]
        if prec == "":
            raise ValueError("Format specifier missing precision")
    if n - i > 1:
        raise ValueError("Invalid format specifier '" + spec + "' for object of type 'complex'")
    ty = spec[i:]
    if ty != "" and ty not in "eEfFgGn":
        raise ValueError("Unknown format code '" + ty + "' for object of type 'complex'")
    return fill, align, sign, flags, width, grouping, prec, ty


class complex:
    __module__ = "builtins"
    __slots__ = ("_r", "_i")

    def __new__(cls, real=0, imag=_NO_ARG):
        tr = type(real)
        if (tr is float or tr is int) and cls is complex:
            if imag is _NO_ARG:
                return _mk(float(real), 0.0)
            ti = type(imag)
            if ti is float or ti is int:
                return _mk(float(real), float(imag))
        if type(real) is complex and imag is _NO_ARG and cls is complex:
            return real
        if isinstance(real, str):
            if imag is not _NO_ARG:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _from_string(real)
            self = object.__new__(cls)
            self._r = re
            self._i = im
            return self
        if imag is not _NO_ARG and isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        if not isinstance(real, complex) and hasattr(type(real), "__complex__"):
            c = real.__complex__()
            if not isinstance(c, complex):
                raise TypeError("__complex__ returned non-complex (type " + type(c).__name__ + ")")
            real = c
        if isinstance(real, complex):
            rr = real._r
            ri = real._i
            real_is_complex = True
        else:
            rr = _real_arg(real, 0)
            ri = 0.0
            real_is_complex = False
        if imag is _NO_ARG:
            ir = ri
            ii = 0.0
        elif isinstance(imag, complex):
            ir = imag._r
            ii = imag._i
            rr -= ii
        else:
            ir = _real_arg(imag, 1)
        if real_is_complex and imag is not _NO_ARG:
            ir += ri
        self = object.__new__(cls)
        self._r = rr
        self._i = ir
        return self

    @property
    def real(self):
        return self._r

    @property
    def imag(self):
        return self._i

    def conjugate(self):
        return _mk(self._r, -self._i)

    def __complex__(self):
        if type(self) is complex:
            return self
        return complex(self._r, self._i)

    def __getnewargs__(self):
        return (self._r, self._i)

    def __repr__(self):
        r = self._r
        if r == 0.0 and math.copysign(1.0, r) == 1.0:
            return _part(self._i) + "j"
        im = _part(self._i)
        if im[0] != "-":
            im = "+" + im
        return "(" + _part(r) + im + "j)"

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        if spec == "":
            return str(self)
        fill, align, sign, flags, width, grouping, prec, ty = _parse_spec(spec)
        if fill == "0":
            raise ValueError("Zero padding is not allowed in complex format specifier")
        if align == "=":
            raise ValueError("'=' alignment flag is not allowed in complex format specifier")
        r = self._r
        i = self._i
        skip_re = False
        parens = False
        if ty == "":
            if r == 0.0 and math.copysign(1.0, r) == 1.0:
                skip_re = True
            else:
                parens = True
        if ty == "n":
            ty = "g"
        im_sign = sign if skip_re else "+"
        if ty == "" and prec == "":
            # repr's digits (no '.0' added), with the sign the spec asks for.
            re_s = _signed(_part(r), sign)
            im_s = _signed(_part(i), im_sign)
        else:
            if ty == "":
                ty = "g"
            tail = grouping + ("." + prec if prec != "" else "") + ty
            re_s = format(r, sign + flags + tail)
            im_s = format(i, im_sign + flags + tail)
        text = im_s + "j" if skip_re else re_s + im_s + "j"
        if parens:
            text = "(" + text + ")"
        if width == "":
            return text
        return format(text, fill + (align if align != "" else ">") + width)

    def __hash__(self):
        h = (hash(self._r) + _HASH_IMAG * hash(self._i)) & _MASK
        if h >= 1 << 63:
            h -= 1 << 64
        if h == -1:
            return -2
        return h

    def __bool__(self):
        return self._r != 0.0 or self._i != 0.0

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._r == other._r and self._i == other._i
        if isinstance(other, int):
            if self._i == 0.0:
                return self._r == other
            return False
        if isinstance(other, float):
            return self._r == other and self._i == 0.0
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __neg__(self):
        return _mk(-self._r, -self._i)

    def __pos__(self):
        if type(self) is complex:
            return self
        return _mk(self._r, self._i)

    def __abs__(self):
        h = math.hypot(self._r, self._i)
        if math.isinf(h) and math.isfinite(self._r) and math.isfinite(self._i):
            raise OverflowError("absolute value too large")
        return h

    def __add__(self, other):
        if isinstance(other, complex):
            return _mk(self._r + other._r, self._i + other._i)
        if isinstance(other, float):
            return _mk(self._r + other, self._i + 0.0)
        if isinstance(other, int):
            return _mk(self._r + float(other), self._i + 0.0)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, float):
            return _mk(other + self._r, 0.0 + self._i)
        if isinstance(other, int):
            return _mk(float(other) + self._r, 0.0 + self._i)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, complex):
            return _mk(self._r - other._r, self._i - other._i)
        if isinstance(other, float):
            return _mk(self._r - other, self._i - 0.0)
        if isinstance(other, int):
            return _mk(self._r - float(other), self._i - 0.0)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, float):
            return _mk(other - self._r, 0.0 - self._i)
        if isinstance(other, int):
            return _mk(float(other) - self._r, 0.0 - self._i)
        return NotImplemented

    def __mul__(self, other):
        ar = self._r
        ai = self._i
        if isinstance(other, complex):
            br = other._r
            bi = other._i
            return _mk(ar * br - ai * bi, ar * bi + ai * br)
        b = _parts(other)
        if b is None:
            return NotImplemented
        return _mk(ar * b[0] - ai * b[1], ar * b[1] + ai * b[0])

    def __rmul__(self, other):
        a = _parts(other)
        if a is None:
            return NotImplemented
        br = self._r
        bi = self._i
        return _mk(a[0] * br - a[1] * bi, a[0] * bi + a[1] * br)

    def __truediv__(self, other):
        b = _parts(other)
        if b is None:
            return NotImplemented
        q = _quot(self._r, self._i, b[0], b[1])
        if q is None:
            raise ZeroDivisionError("complex division by zero")
        return q

    def __rtruediv__(self, other):
        a = _parts(other)
        if a is None:
            return NotImplemented
        q = _quot(a[0], a[1], self._r, self._i)
        if q is None:
            raise ZeroDivisionError("complex division by zero")
        return q

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        b = _parts(other)
        if b is None:
            return NotImplemented
        return _power(self._r, self._i, b[0], b[1])

    def __rpow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        a = _parts(other)
        if a is None:
            return NotImplemented
        return _power(a[0], a[1], self._r, self._i)


def _power(ar, ai, br, bi):
    """complex_pow: a small integral exponent by squaring, else polar form; CPython's errors."""
    if bi == 0.0 and br == math.floor(br) and math.fabs(br) <= 100.0:
        n = int(br)
        if n > 0:
            pr, pi = _powu(ar, ai, n)
        else:
            ur, ui = _powu(ar, ai, -n)
            q = _quot(1.0, 0.0, ur, ui)
            if q is None:
                raise ZeroDivisionError("0.0 to a negative or complex power")
            pr = q._r
            pi = q._i
    else:
        pr, pi = _pow(ar, ai, br, bi)
    if math.isinf(pr) or math.isinf(pi):
        raise OverflowError("complex exponentiation")
    return _mk(pr, pi)
