"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (Keel's own module, CPython 3.12's
behaviour). There are no metaclasses: a class deriving from one of these is rewritten at compile
time (src/lower/enum.ts): its member assignments leave the class body and become, after the
class statement, `C.NAME = C._enum_add_('NAME', value)` in definition order, then
`C._enum_done_()`. The class object carries the CLASSF_ENUM flag, with which the runtime
(stdlib/_rt/enum_rt.py) gives the class EnumType's behaviour: iteration, len(), C[name],
`x in C`, repr `<enum 'C'>`; a call `C(value)` is lowered to `C._enum_call_(value)`.
Each enum class has its own `_member_names_`, `_member_map_`, `_value2member_map_`,
`_enum_members_` (the canonical members in definition order) and `_enum_values_` (every value
given so far, for auto()), set in its body by the rewrite."""
from _rt import rt_inst_new, rt_payload_set

_auto_null = "_auto_null"  # a static str: compared by identity only


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value="_auto_null"):
        self._auto_value_ = value

    def __repr__(self):
        if self._auto_value_ is _auto_null:
            return "auto(_auto_null)"
        return "auto(" + repr(self._auto_value_) + ")"


class Enum:
    # The functional API's start= (src/lower/enum.ts functionalEnum): the first generated value.
    _enum_start_ = 1

    def __init__(self, *args):
        pass

    @classmethod
    def _enum_auto_(cls):
        """A member of the functional API given by name only: the next generated value."""
        return auto()

    def _enum_set_(self, name, value):
        self._name_ = name
        self._value_ = value
        rt_payload_set(self, value)  # IntEnum, StrEnum, IntFlag members are ints / strs too

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        return sorted(last_values)[-1] + 1 if sorted(last_values)[-1] == last else last + 1

    @classmethod
    def _enum_add_(cls, name, value):
        """Makes member `name` of cls (or finds the member it is an alias of), as CPython's
        _proto_member.__set_name__ does."""
        if isinstance(value, auto):
            if value._auto_value_ is _auto_null:
                value._auto_value_ = cls._generate_next_value_(name, cls._enum_start_, len(cls._member_names_), cls._enum_values_[:])
            value = value._auto_value_
        cls._enum_values_.append(value)
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        member = rt_inst_new(cls)
        member._enum_set_(name, value)
        member.__init__(*args)
        value = member._value_
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._enum_members_:
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None and not cls._enum_flag_alias_(value):
            cls._member_map_[name] = canonical
            return canonical
        cls._member_map_[name] = member
        if not cls._enum_flag_alias_(value):
            cls._member_names_.append(name)
            cls._enum_members_.append(member)
        try:
            if value not in cls._value2member_map_:
                cls._value2member_map_[value] = member
        except TypeError:
            pass
        return member

    @classmethod
    def _enum_flag_alias_(cls, value):
        return False

    @classmethod
    def _enum_done_(cls):
        cls.__members__ = cls._member_map_

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _enum_call_(cls, value):
        """cls(value): the member with that value (EnumType.__call__ and Enum.__new__)."""
        if isinstance(value, cls):
            return value
        try:
            m = cls._value2member_map_.get(value)
            if m is not None:
                return m
        except TypeError:
            for m in cls._enum_members_:
                if m._value_ == value:
                    return m
        r = cls._missing_(value)
        if isinstance(r, cls):
            return r
        if r is None:
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        raise TypeError("error in " + cls.__name__ + "._missing_: returned " + repr(r) + " instead of None or a valid member")

    def __repr__(self):
        return "<" + type(self).__name__ + "." + str(self._name_) + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + str(self._name_)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    """Members are ints as well (their value is the int they keep, stdlib/_rt/subclass.py)."""

    _keel_builtin_ = '_value_'  # json encodes the value (stdlib/json)

    def __str__(self):
        return repr(self._value_)

    def __eq__(self, other):
        return self._value_ == other

    def __ne__(self, other):
        return self._value_ != other

    def __lt__(self, other):
        return self._value_ < other

    def __le__(self, other):
        return self._value_ <= other

    def __gt__(self, other):
        return self._value_ > other

    def __ge__(self, other):
        return self._value_ >= other

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __bool__(self):
        return self._value_ != 0

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __rmul__(self, other):
        return other * self._value_

    def __floordiv__(self, other):
        return self._value_ // other

    def __truediv__(self, other):
        return self._value_ / other

    def __mod__(self, other):
        return self._value_ % other

    def __neg__(self):
        return -self._value_

    def __and__(self, other):
        return self._value_ & other

    def __rand__(self, other):
        return other & self._value_

    def __or__(self, other):
        return self._value_ | other

    def __ror__(self, other):
        return other | self._value_


class StrEnum(str, ReprEnum):
    """Members are strs as well (their value is the str they keep)."""

    _keel_builtin_ = '_value_'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == other

    def __ne__(self, other):
        return self._value_ != other

    def __lt__(self, other):
        return self._value_ < other

    def __hash__(self):
        return hash(self._value_)

    def __len__(self):
        return len(self._value_)


def _bit_length(v):
    # int.bit_length() (not a method Keel has yet)
    if v < 0:
        v = -v
    n = 0
    while v:
        v >>= 1
        n += 1
    return n


def _high_bit(value):
    return _bit_length(value) - 1


def _enum_bin(num, max_bits):
    """enum.bin(): CPython's two's complement text with a sign bit, '0b0 1000'."""
    ceiling = 2 ** _bit_length(num)
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits


class Flag(Enum):
    """Members combine with |, & and ^ into (cached) pseudo-members; the boundary is STRICT."""

    _enum_keep_ = False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** (_high_bit(last_value) + 1)

    @classmethod
    def _enum_flag_alias_(cls, value):
        # Only single bits are canonical members (iterated, counted); named multi-bit values
        # and zero are aliases.
        return not (isinstance(value, int) and value > 0 and value & (value - 1) == 0)

    @classmethod
    def _enum_done_(cls):
        cls.__members__ = cls._member_map_
        mask = 0
        for m in cls._enum_members_:
            mask |= m._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = 2 ** _bit_length(mask) - 1

    @classmethod
    def _enum_by_def_(cls, value):
        return [m for m in cls._enum_members_ if m._value_ & value == m._value_]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if not cls._enum_keep_:
                max_bits = max(_bit_length(value), _bit_length(flag_mask))
                raise ValueError(repr(cls) + " invalid value " + repr(value) + "\n    given " + _enum_bin(value, max_bits)
                                 + "\n  allowed " + _enum_bin(flag_mask, max_bits))
            if value < 0:
                value = max(all_bits + 1, 2 ** _bit_length(value)) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        member_value = value & flag_mask
        pseudo = rt_inst_new(cls)
        if member_value:
            members = cls._enum_by_def_(member_value)
            combined = 0
            for m in members:
                combined |= m._value_
            unknown = value ^ combined
            name = '|'.join([m._name_ for m in members])
            if not combined:
                name = None
            elif unknown:
                name += '|' + repr(unknown)
        else:
            name = None
            if value:
                name = repr(value)
        pseudo._enum_set_(name, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '" + type(other).__qualname__ + "' and '"
                            + type(self).__qualname__ + "'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(type(self)._enum_by_def_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        if self._name_ is None:
            return "<" + type(self).__name__ + ": " + repr(self._value_) + ">"
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        if self._name_ is None:
            return type(self).__name__ + "(" + repr(self._value_) + ")"
        return type(self).__name__ + "." + self._name_

    def __bool__(self):
        return bool(self._value_)

    def _enum_other_(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._enum_keep_ and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    def __ror__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(v | self._value_)

    def __rand__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(v & self._value_)

    def __rxor__(self, other):
        v = self._enum_other_(other)
        if v is None:
            return NotImplemented
        return type(self)(v ^ self._value_)

    def __invert__(self):
        if self._enum_keep_:
            return type(self)(~self._value_)
        return type(self)(type(self)._flag_mask_ & ~self._value_)


class IntFlag(int, Flag):
    """Flags that are ints as well (boundary KEEP: unknown bits are kept)."""

    _enum_keep_ = True
    _keel_builtin_ = '_value_'

    def __str__(self):
        return repr(self._value_)

    def __eq__(self, other):
        if isinstance(other, IntFlag):
            return self._value_ == other._value_
        return self._value_ == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < other

    def __le__(self, other):
        return self._value_ <= other

    def __gt__(self, other):
        return self._value_ > other

    def __ge__(self, other):
        return self._value_ >= other

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_


def unique(enumeration):
    """Raises ValueError when an enum has aliases (applied after the class is complete)."""
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join([a + " -> " + b for a, b in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) + ": " + alias_details)
    return enumeration
