"""datetime: timedelta, date, time and datetime without time zones (naive values), with CPython
3.12's constructors and range checks, arithmetic, comparisons, hashing, repr/str, isoformat and
fromisoformat, the ordinal and ISO calendar conversions, and strftime with glibc's directives.
Written for Keel from the documented behaviour. A WASI program has no time zone database: local
time is UTC (as CPython's own WASI build has it). Not yet: tzinfo and timezone (aware values),
strptime, timetuple."""
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]

_DI400Y = 146097  # days in 400 years
_DI100Y = 36524  # days in 100 years
_DI4Y = 1461  # days in 4 years


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal n (1 is January 1 of year 1)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    """value as an int for a date or time field, with CPython's TypeError for other types."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(value, "__index__"):
        return value.__index__()
    raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")


def _check_required(month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year " + str(year) + " is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tzinfo):
    if tzinfo is not None:
        raise NotImplementedError("not supported yet: datetime values with a tzinfo")


def _cmp(x, y):
    return 0 if x == y else (1 if x > y else -1)


def _pad(n, width):
    s = str(n)
    while len(s) < width:
        s = "0" + s
    return s


def _c_round(x):
    """C's round(): to the nearest integral float, halves away from zero (exact)."""
    r = float(int(x))
    if x - r >= 0.5:
        r += 1.0
    elif r - x >= 0.5:
        r -= 1.0
    return r


def _round_half_even(x):
    """round() of a float to an int, halves to even (CPython's rule for microseconds)."""
    return int(round(x))


# -- timedelta -----------------------------------------------------------------------------------

_US_PER_DAY = 86400000000


def _accum(total, leftover, value, factor, name):
    """Adds value * factor microseconds to total (an int) and the part below a microsecond of a
    float value to leftover, as CPython's timedelta constructor does."""
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            if value != value:
                raise ValueError("cannot convert float NaN to integer")
            raise OverflowError("cannot convert float infinity to integer")
        intpart = float(int(value))
        fracpart = value - intpart
        total += int(intpart) * factor
        if fracpart == 0.0:
            return total, leftover
        scaled = float(factor) * fracpart
        whole = float(int(scaled))
        total += int(whole)
        return total, leftover + (scaled - whole)
    raise TypeError("unsupported type for timedelta " + name + " component: " + type(value).__name__)


def _td_from_us(us):
    days, rem = divmod(us, _US_PER_DAY)
    seconds, microseconds = divmod(rem, 1000000)
    if not -999999999 <= days <= 999999999:
        raise OverflowError("days=" + str(days) + "; must have magnitude <= 999999999")
    td = object.__new__(timedelta)
    td._days = days
    td._seconds = seconds
    td._microseconds = microseconds
    td._hashcode = -1
    return td


class _Comparable:
    """The six comparisons, from the class's _compare(other, equality): -1, 0 or 1, or None
    (NotImplemented) for another type; ordering may raise where equality answers."""

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0


class timedelta(_Comparable):
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days signed."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        total, leftover = _accum(total, leftover, days, _US_PER_DAY, "days")
        total, leftover = _accum(total, leftover, seconds, 1000000, "seconds")
        total, leftover = _accum(total, leftover, microseconds, 1, "microseconds")
        total, leftover = _accum(total, leftover, milliseconds, 1000, "milliseconds")
        total, leftover = _accum(total, leftover, minutes, 60000000, "minutes")
        total, leftover = _accum(total, leftover, hours, 3600000000, "hours")
        total, leftover = _accum(total, leftover, weeks, 7 * _US_PER_DAY, "weeks")
        if leftover != 0.0:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _td_from_us(total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=" + str(self._days))
        if self._seconds:
            args.append("seconds=" + str(self._seconds))
        if self._microseconds:
            args.append("microseconds=" + str(self._microseconds))
        if not args:
            args.append("0")
        return "datetime.timedelta(" + ", ".join(args) + ")"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = str(hh) + ":" + _pad(mm, 2) + ":" + _pad(ss, 2)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = str(self._days) + " day" + plural + ", " + s
        if self._microseconds:
            s = s + "." + _pad(self._microseconds, 6)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return _td_from_us(-self._us())
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * int(other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * int(other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(self._us() // int(other))
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_from_us(_divide_and_round(self._us(), int(other)))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(r)
        return NotImplemented

    def _compare(self, other, equality):
        if isinstance(other, timedelta):
            return _cmp(self._us(), other._us())
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even (exact, for ints a and b)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(999999999 * _US_PER_DAY + _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# -- strftime ------------------------------------------------------------------------------------

def _iso_calendar(year, month, day):
    """(ISO year, week, weekday) of a date."""
    iso_year = year
    week1monday = _iso_week1monday(iso_year)
    today = _ymd2ord(year, month, day)
    week, wday = divmod(today - week1monday, 7)
    if week < 0:
        iso_year -= 1
        week1monday = _iso_week1monday(iso_year)
        week, wday = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1monday(iso_year + 1):
            iso_year += 1
            week = 0
    return iso_year, week + 1, wday + 1


def _iso_week1monday(year):
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1monday = first_day - first_weekday
    if first_weekday > 3:
        week1monday += 7
    return week1monday


def _strftime(fmt, y, mo, d, hh, mi, ss, us, has_time):
    """fmt with glibc's strftime directives replaced by the fields of a naive date and time (a
    date's time is midnight; a time's date is 1900-01-01)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(fmt).__name__)
    wday = (_ymd2ord(y, mo, d) + 6) % 7
    yday = _days_before_month(y, mo) + d
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "a":
            out.append(_DAY_NAMES[wday][:3])
        elif k == "A":
            out.append(_DAY_NAMES[wday])
        elif k == "w":
            out.append(str((wday + 1) % 7))
        elif k == "u":
            out.append(str(wday + 1))
        elif k == "d":
            out.append(_pad(d, 2))
        elif k == "e":
            out.append(str(d).rjust(2))
        elif k == "b" or k == "h":
            out.append(_MONTH_NAMES[mo][:3])
        elif k == "B":
            out.append(_MONTH_NAMES[mo])
        elif k == "m":
            out.append(_pad(mo, 2))
        elif k == "y":
            out.append(_pad(y % 100, 2))
        elif k == "Y":
            out.append(str(y))
        elif k == "C":
            out.append(_pad(y // 100, 2))
        elif k == "H":
            out.append(_pad(hh, 2))
        elif k == "k":
            out.append(str(hh).rjust(2))
        elif k == "I":
            out.append(_pad((hh + 11) % 12 + 1, 2))
        elif k == "l":
            out.append(str((hh + 11) % 12 + 1).rjust(2))
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "P":
            out.append("am" if hh < 12 else "pm")
        elif k == "M":
            out.append(_pad(mi, 2))
        elif k == "S":
            out.append(_pad(ss, 2))
        elif k == "f":
            out.append(_pad(us, 6))
        elif k == "j":
            out.append(_pad(yday, 3))
        elif k == "U":
            out.append(_pad((yday + 6 - (wday + 1) % 7) // 7, 2))
        elif k == "W":
            out.append(_pad((yday + 6 - wday) // 7, 2))
        elif k == "G" or k == "g" or k == "V":
            iy, iw, _ = _iso_calendar(y, mo, d)
            if k == "G":
                out.append(str(iy))
            elif k == "g":
                out.append(_pad(iy % 100, 2))
            else:
                out.append(_pad(iw, 2))
        elif k == "z" or k == "Z":
            pass
        elif k == "D" or k == "x":
            out.append(_pad(mo, 2) + "/" + _pad(d, 2) + "/" + _pad(y % 100, 2))
        elif k == "F":
            out.append(str(y) + "-" + _pad(mo, 2) + "-" + _pad(d, 2))
        elif k == "T" or k == "X":
            out.append(_pad(hh, 2) + ":" + _pad(mi, 2) + ":" + _pad(ss, 2))
        elif k == "R":
            out.append(_pad(hh, 2) + ":" + _pad(mi, 2))
        elif k == "r":
            out.append(_pad((hh + 11) % 12 + 1, 2) + ":" + _pad(mi, 2) + ":" + _pad(ss, 2) + " " + ("AM" if hh < 12 else "PM"))
        elif k == "c":
            out.append(_DAY_NAMES[wday][:3] + " " + _MONTH_NAMES[mo][:3] + " " + str(d).rjust(2) + " "
                       + _pad(hh, 2) + ":" + _pad(mi, 2) + ":" + _pad(ss, 2) + " " + str(y))
        elif k == "n":
            out.append("\n")
        elif k == "t":
            out.append("\t")
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


# -- date ----------------------------------------------------------------------------------------

def _parse_isodate(s, start):
    """(year, month, day) of YYYY-MM-DD or YYYYMMDD at s[start:], and the end; None if not."""
    def digits(a, b):
        if b > len(s):
            return -1
        v = 0
        for j in range(a, b):
            ch = s[j]
            if not "0" <= ch <= "9":
                return -1
            v = v * 10 + (ord(ch) - 48)
        return v
    y = digits(start, start + 4)
    if y < 0:
        return None
    i = start + 4
    dashed = i < len(s) and s[i] == "-"
    if dashed:
        i += 1
    m = digits(i, i + 2)
    if m < 0:
        return None
    i += 2
    if dashed:
        if i >= len(s) or s[i] != "-":
            return None
        i += 1
    d = digits(i, i + 2)
    if d < 0:
        return None
    return (y, m, d), i + 2


class date(_Comparable):
    """A date of the proleptic Gregorian calendar: year, month, day."""

    def __new__(cls, year, month=None, day=None):
        _check_required(month, day)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        parsed = None
        if len(date_string) in (7, 8, 10):
            parsed = _parse_isodate(date_string, 0)
        if parsed is None or parsed[1] != len(date_string):
            raise ValueError("Invalid isoformat string: " + repr(date_string))
        y, m, d = parsed[0]
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: " + str(year))
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError("Invalid week: " + str(week))
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: " + str(day) + " (range is [1, 7])")
        day_1 = _iso_week1monday(year)
        y, m, d = _ord2ymd(day_1 + (week - 1) * 7 + (day - 1))
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "datetime.date(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day) + ")"

    def isoformat(self):
        return _pad(self._year, 4) + "-" + _pad(self._month, 2) + "-" + _pad(self._day, 2)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, False)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y, w, d = _iso_calendar(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, d)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _key(self):
        return self._year * 10000 + self._month * 100 + self._day

    def _compare(self, other, equality):
        if isinstance(other, datetime):
            if equality:
                return 1  # a date never equals a datetime
            raise TypeError("can't compare datetime.datetime to datetime.date")
        if isinstance(other, date):
            return _cmp(self._key(), other._key())
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                y, m, d = _ord2ymd(o)
                return type(self)(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


def _utc_fields(t):
    """The UTC (year, month, day, hour, minute, second, microsecond) of a POSIX timestamp, rounded
    half to even to the microsecond as CPython's fromtimestamp does."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _modf(t)
        us = _round_half_even(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
    else:
        secs = _index(t)
        us = 0
    days, rem = divmod(secs, 86400)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    o = days + _ymd2ord(1970, 1, 1)
    if not 1 <= o <= _MAX_ORDINAL:
        raise ValueError("year " + str(_ord2ymd_year(o)) + " is out of range")
    y, m, d = _ord2ymd(o)
    return y, m, d, hh, mm, ss, us


def _ord2ymd_year(o):
    return (o - 1) // 365 + 1 if o > 0 else 0


def _modf(x):
    whole = float(int(x))
    return x - whole, whole


class IsoCalendarDate(tuple):
    """The (year, week, weekday) that date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=" + str(self[0]) + ", week=" + str(self[1])
                + ", weekday=" + str(self[2]) + ")")


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _TimeFields:
    """The time-of-day fields of time and datetime (naive: no tzinfo, no offset)."""

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def fold(self):
        return self._fold

    @property
    def tzinfo(self):
        return None

    def utcoffset(self):
        return None

    def tzname(self):
        return None

    def dst(self):
        return None


# -- time ----------------------------------------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return _pad(hh, 2)
    if timespec == "minutes":
        return _pad(hh, 2) + ":" + _pad(mm, 2)
    if timespec == "seconds":
        return _pad(hh, 2) + ":" + _pad(mm, 2) + ":" + _pad(ss, 2)
    if timespec == "milliseconds":
        return _pad(hh, 2) + ":" + _pad(mm, 2) + ":" + _pad(ss, 2) + "." + _pad(us // 1000, 3)
    if timespec == "microseconds":
        return _pad(hh, 2) + ":" + _pad(mm, 2) + ":" + _pad(ss, 2) + "." + _pad(us, 6)
    raise ValueError("Unknown timespec value")


def _time_repr_args(hh, mm, ss, us):
    s = str(hh) + ", " + str(mm)
    if us:
        s += ", " + str(ss) + ", " + str(us)
    elif ss:
        s += ", " + str(ss)
    return s


def _parse_isotime(s, i):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.fff[fff]]]] (colons optional together)
    at s[i:] to its end, or None."""
    n = len(s)
    fields = [0, 0, 0, 0]
    colons = None
    k = 0
    while k < 3:
        if i + 2 > n or not ("0" <= s[i] <= "9" and "0" <= s[i + 1] <= "9"):
            return None
        fields[k] = (ord(s[i]) - 48) * 10 + ord(s[i + 1]) - 48
        i += 2
        k += 1
        if i == n:
            return fields
        if k == 3:
            break
        if s[i] == ":":
            if colons is False:
                return None
            colons = True
            i += 1
        elif "0" <= s[i] <= "9":
            if colons is True:
                return None
            colons = False
        else:
            break
    if i < n and (s[i] == "." or s[i] == ",") and k == 3:
        i += 1
        j = i
        while j < n and "0" <= s[j] <= "9":
            j += 1
        digits = s[i:j]
        if len(digits) == 0 or j != n:
            return None
        if len(digits) > 6:
            digits = digits[:6]
        fields[3] = int(digits + "0" * (6 - len(digits)))
        return fields
    return None


class time(_Comparable, _TimeFields):
    """A time of day: hour, minute, second, microsecond (naive)."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        f = _parse_isotime(s, 0)
        if f is None:
            raise ValueError("Invalid isoformat string: " + repr(time_string))
        return cls(f[0], f[1], f[2], f[3])

    def _key(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def __repr__(self):
        return "datetime.time(" + _time_repr_args(self._hour, self._minute, self._second, self._microsecond) + ")"

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, True)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = None
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _compare(self, other, equality):
        if isinstance(other, time):
            return _cmp(self._key(), other._key())
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime ------------------------------------------------------------------------------------

class datetime(date, _TimeFields):
    """A date and a time of day (naive)."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_required(month, day)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        if tzinfo is not True:
            _check_tzinfo(tzinfo)
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        parsed = _parse_isodate(s, 0) if len(s) >= 7 else None
        if parsed is None:
            raise ValueError("Invalid isoformat string: " + repr(date_string))
        y, m, d = parsed[0]
        i = parsed[1]
        hh, mi, ss, us = 0, 0, 0, 0
        if i < len(s):
            f = _parse_isotime(s, i + 1)
            if f is None:
                raise ValueError("Invalid isoformat string: " + repr(date_string))
            hh, mi, ss, us = f[0], f[1], f[2], f[3]
        return cls(y, m, d, hh, mi, ss, us)

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return self.time()

    def timestamp(self):
        days = self.toordinal() - _ymd2ord(1970, 1, 1)
        secs = ((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        return secs + self._microsecond / 1e6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = None
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def __repr__(self):
        s = ("datetime.datetime(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day)
             + ", " + _time_repr_args(self._hour, self._minute, self._second, self._microsecond))
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + type(sep).__name__)
        return (_pad(self._year, 4) + "-" + _pad(self._month, 2) + "-" + _pad(self._day, 2) + sep
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, True)

    def _us(self):
        return ((((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _compare(self, other, equality):
        if isinstance(other, datetime):
            return _cmp(self._us(), other._us())
        if isinstance(other, date):
            if equality:
                return 1
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return None

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day, self._hour, self._minute,
                                   self._second, self._microsecond))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._us() + other._us()
            days, rem = divmod(us, _US_PER_DAY)
            if not 0 < days <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(days)
            secs, us = divmod(rem, 1000000)
            mm, ss = divmod(secs, 60)
            hh, mm = divmod(mm, 60)
            return type(self)(y, m, d, hh, mm, ss, us)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return _td_from_us(self._us() - other._us())
        return NotImplemented


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
