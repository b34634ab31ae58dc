"""The parts of sys written in Python (Keel's own module; the compiler provides sys itself:
src/lower/imports.ts reads argv, stdin, stdout, stderr, maxsize... directly and takes every other
name of sys from here). A program that imports sys has this module loaded with it."""
from _rt import (
    rt_sys_getrecursionlimit, rt_sys_setrecursionlimit, rt_sys_get_int_max_str_digits,
    rt_sys_set_int_max_str_digits,
)


class _StructSeq:
    """A read-only tuple with named fields, as CPython's struct sequences (sys.version_info)."""

    def __init__(self, name, fields, values):
        self._ss_name = name
        self._ss_fields = fields
        self._keel_seq_ = values

    def __repr__(self):
        parts = [f + "=" + repr(v) for f, v in zip(self._ss_fields, self._keel_seq_)]
        return self._ss_name + "(" + ", ".join(parts) + ")"

    def __len__(self):
        return len(self._keel_seq_)

    def __getitem__(self, i):
        return self._keel_seq_[i]

    def __iter__(self):
        return iter(self._keel_seq_)

    def __hash__(self):
        return hash(self._keel_seq_)

    def __eq__(self, other):
        if isinstance(other, _StructSeq):
            other = other._keel_seq_
        return self._keel_seq_ == other

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if isinstance(other, _StructSeq):
            other = other._keel_seq_
        return self._keel_seq_ < other

    def __le__(self, other):
        if isinstance(other, _StructSeq):
            other = other._keel_seq_
        return self._keel_seq_ <= other

    def __gt__(self, other):
        if isinstance(other, _StructSeq):
            other = other._keel_seq_
        return self._keel_seq_ > other

    def __ge__(self, other):
        if isinstance(other, _StructSeq):
            other = other._keel_seq_
        return self._keel_seq_ >= other


class _VersionInfo(_StructSeq):
    def __init__(self):
        _StructSeq.__init__(self, "sys.version_info", ('major', 'minor', 'micro', 'releaselevel', 'serial'), (3, 12, 1, 'final', 0))

    @property
    def major(self):
        return 3

    @property
    def minor(self):
        return 12

    @property
    def micro(self):
        return 1

    @property
    def releaselevel(self):
        return 'final'

    @property
    def serial(self):
        return 0


version_info = _VersionInfo()
hexversion = 0x030C01F0
version = "3.12.1 (Keel, WebAssembly)"
api_version = 1013


class _Implementation:
    """sys.implementation: Keel runs programs as CPython 3.12 does, so it reports CPython."""

    def __init__(self):
        self.name = 'cpython'
        self.cache_tag = 'cpython-312'
        self.version = version_info
        self.hexversion = hexversion

    def __repr__(self):
        return ("namespace(name='cpython', cache_tag='cpython-312', version=" + repr(self.version)
                + ", hexversion=" + repr(self.hexversion) + ")")


implementation = _Implementation()


def getrecursionlimit():
    return rt_sys_getrecursionlimit()


def setrecursionlimit(limit):
    rt_sys_setrecursionlimit(limit, 1)  # this function's frame is not CPython's


def get_int_max_str_digits():
    return rt_sys_get_int_max_str_digits()


def set_int_max_str_digits(maxdigits):
    rt_sys_set_int_max_str_digits(maxdigits)


def exit(*args):
    if len(args) > 1:
        raise TypeError("exit expected at most 1 argument, got " + str(len(args)))
    if args:
        raise SystemExit(args[0])
    raise SystemExit


def getdefaultencoding():
    return 'utf-8'


def intern(string):
    if not isinstance(string, str):
        raise TypeError("intern() argument must be str, not " + type(string).__name__)
    return string
