"""json: JSON encoding and decoding with CPython's results, output and error messages.

Written for Keel from the JSON grammar (RFC 8259) and the documented behaviour of CPython's json
module: dumps/dump (indent, separators, sort_keys, ensure_ascii, default, skipkeys, allow_nan,
check_circular) print exactly what CPython prints (float repr, escapes, \\uXXXX with surrogate
pairs), loads/load accept what CPython's scanner accepts (NaN, Infinity, -Infinity, lone
surrogates) and fail at the same position with the same message.
"""

from .decoder import JSONDecodeError, _decode

_HEX = "0123456789abcdef"

# The escapes shared by both modes; everything else below 0x20 becomes \\u00XX.
_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
        '\f': '\\f'}


# ---- encoding -----------------------------------------------------------------------------

def _u4(out, c):
    out.append('\\u')
    out.append(_HEX[(c >> 12) & 15])
    out.append(_HEX[(c >> 8) & 15])
    out.append(_HEX[(c >> 4) & 15])
    out.append(_HEX[c & 15])


def _builtin_attr(o):
    """For an object of a stdlib class that CPython derives from int, str or dict (the class
    attribute _keel_builtin_ names the attribute holding that value), the attribute's name."""
    return getattr(o, '_keel_builtin_', None)


def _encode_str(s, ensure_ascii):
    """The JSON string literal for s, quotes included."""
    n = len(s)
    i = 0
    # Fast path: nothing to escape.
    while i < n:
        c = ord(s[i])
        if c < 0x20 or c == 0x22 or c == 0x5c or (ensure_ascii and c > 0x7e):
            break
        i += 1
    if i == n:
        return '"' + s + '"'
    out = ['"', s[:i]]
    start = i
    while i < n:
        ch = s[i]
        c = ord(ch)
        if c < 0x20 or c == 0x22 or c == 0x5c or (ensure_ascii and c > 0x7e):
            if start < i:
                out.append(s[start:i])
            e = _ESC.get(ch)
            if e is not None:
                out.append(e)
            elif c < 0x10000:
                _u4(out, c)
            else:
                c -= 0x10000
                _u4(out, 0xd800 | (c >> 10))
                _u4(out, 0xdc00 | (c & 0x3ff))
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_sep,
                 key_sep, default, sort_keys):
        self._skipkeys = skipkeys
        self._ensure_ascii = ensure_ascii
        self._check_circular = check_circular
        self._allow_nan = allow_nan
        self._indent = indent
        self._item_sep = item_sep
        self._key_sep = key_sep
        self._default = default
        self._sort_keys = sort_keys
        self._stack = []
        self._out = []

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return repr(o)
        if not self._allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _enter(self, o):
        if self._check_circular:
            for x in self._stack:
                if x is o:
                    raise ValueError("Circular reference detected")
            self._stack.append(o)

    def _leave(self):
        if self._check_circular:
            self._stack.pop()

    def _encode(self, o, level):
        out = self._out
        if isinstance(o, str):
            out.append(_encode_str(o, self._ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            # int.__repr__: an int subclass (IntEnum) is written as its int value
            out.append(repr(o) if type(o) is int else repr(int(o)))
        elif isinstance(o, float):
            out.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level)
        elif isinstance(o, dict):
            self._encode_dict(o, level)
        elif _builtin_attr(o) is not None:
            # IntEnum/StrEnum members, Counter/defaultdict/OrderedDict: CPython's are int, str
            # and dict subclasses, encoded as such (the value is kept in the attribute named).
            self._encode(getattr(o, _builtin_attr(o)), level)
        else:
            self._enter(o)
            default = self._default
            if default is None:
                raise TypeError('Object of type %s is not JSON serializable'
                                % type(o).__name__)
            self._encode(default(o), level)
            self._leave()

    def _open(self, o, bracket, level):
        """Starts the non-empty list or dict o at nesting level: returns the separator to write
        before each item after the first (with the next line's indent when indenting)."""
        self._enter(o)
        out = self._out
        out.append(bracket)
        if self._indent is None:
            return self._item_sep
        newline_indent = '\n' + self._indent * (level + 1)
        out.append(newline_indent)
        return self._item_sep + newline_indent

    def _close(self, bracket, level):
        if self._indent is not None:
            self._out.append('\n' + self._indent * level)
        self._out.append(bracket)
        self._leave()

    def _encode_list(self, lst, level):
        out = self._out
        if not lst:
            out.append('[]')
            return
        sep = self._open(lst, '[', level)
        first = True
        for v in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self._encode(v, level + 1)
        self._close(']', level)

    def _encode_dict(self, dct, level):
        out = self._out
        if not dct:
            out.append('{}')
            return
        sep = self._open(dct, '{', level)
        first = True
        if self._sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key) if type(key) is int else repr(int(key))
            elif _builtin_attr(key) is not None and isinstance(getattr(key, _builtin_attr(key)), (int, str)):
                key = getattr(key, _builtin_attr(key))
                if isinstance(key, int):
                    key = repr(key)
            elif self._skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % type(key).__name__)
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_encode_str(key, self._ensure_ascii))
            out.append(self._key_sep)
            self._encode(value, level + 1)
        self._close('}', level)


_INF = float('inf')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False):
    """Serialize obj to a JSON formatted str."""
    if cls is not None:
        raise TypeError("json.dumps: cls= is not supported yet")
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is not None:
        item_sep, key_sep = separators
    elif indent is not None:
        item_sep = ','
        key_sep = ': '
    else:
        item_sep = ', '
        key_sep = ': '
    if isinstance(obj, str):
        return _encode_str(obj, ensure_ascii)
    enc = _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, item_sep, key_sep,
                   default, sort_keys)
    enc._encode(obj, 0)
    return ''.join(enc._out)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False):
    """Serialize obj as a JSON formatted stream to fp (anything with a write method)."""
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, cls=cls, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys))


# ---- decoding (json/decoder.py) ---------------------------------------------------------

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, strict=True):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python object."""
    if cls is not None:
        raise TypeError("json.loads: cls= is not supported yet")
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
        if s.startswith('\ufeff'):
            s = s[1:]
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    return _decode(s, object_hook, parse_float, parse_int, parse_constant, strict,
                   object_pairs_hook)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, strict=True):
    """Deserialize fp (anything with a read method) holding a JSON document."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, strict=strict)
