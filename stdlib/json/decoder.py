"""json.decoder: the JSON scanner and JSONDecodeError (the module CPython names in its reports,
json.decoder.JSONDecodeError)."""

_INF = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the error's position: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _is_ws(c):
    return c == ' ' or c == '\t' or c == '\n' or c == '\r'


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, parse_constant, strict,
                 object_pairs_hook):
        self._s = s
        self._n = len(s)
        self._object_hook = object_hook
        self._parse_float = parse_float
        self._parse_int = parse_int
        self._parse_constant = parse_constant
        self._strict = strict
        self._object_pairs_hook = object_pairs_hook
        # The position where a value was expected and none found (CPython's StopIteration).
        self._stop = -1

    def _skip_ws(self, i):
        s = self._s
        n = self._n
        while i < n and _is_ws(s[i]):
            i += 1
        return i

    def _constant(self, name):
        if self._parse_constant is not None:
            f = self._parse_constant
            return f(name)
        if name == 'NaN':
            return float('nan')
        if name == 'Infinity':
            return _INF
        return -_INF

    def _value(self, i):
        """(value, end) of the value at i; raises JSONDecodeError("Expecting value") where a
        value was expected and none starts."""
        s = self._s
        n = self._n
        if i >= n:
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self._string(i + 1)
        if c == '{':
            return self._object(i + 1)
        if c == '[':
            return self._array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self._constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self._constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self._constant('-Infinity'), i + 9
        return self._number(i)

    def _number(self, start):
        s = self._s
        n = self._n
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and '0' <= s[i] <= '9':
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            is_float = True
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            e_start = i
            i += 1
            if i < n and (s[i] == '-' or s[i] == '+'):
                i += 1
            d = i
            while i < n and '0' <= s[i] <= '9':
                i += 1
            if i > d:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            if self._parse_float is not None:
                f = self._parse_float
                return f(text), i
            return float(text), i
        if self._parse_int is not None:
            f = self._parse_int
            return f(text), i
        return int(text), i

    def _string(self, begin):
        """(str, end) for the string whose opening quote is at begin - 1."""
        s = self._s
        n = self._n
        i = begin
        chunks = []
        while True:
            start = i
            while i < n:
                c = s[i]
                if c == '"' or c == '\\':
                    break
                if c < ' ' and self._strict:
                    raise JSONDecodeError("Invalid control character at", s, i)
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            if start < i:
                chunks.append(s[start:i])
            if s[i] == '"':
                i += 1
                break
            # A backslash escape.
            i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin - 1)
            c = s[i]
            if c == 'u':
                u = self._hex4(i + 1, i)
                i += 5
                if 0xd800 <= u <= 0xdbff and i + 1 < n and s[i] == '\\' and s[i + 1] == 'u':
                    u2 = self._hex4(i + 2, i + 1)
                    if 0xdc00 <= u2 <= 0xdfff:
                        u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                        i += 6
                chunks.append(chr(u))
                continue
            if c == '"':
                chunks.append('"')
            elif c == '\\':
                chunks.append('\\')
            elif c == '/':
                chunks.append('/')
            elif c == 'b':
                chunks.append('\b')
            elif c == 'f':
                chunks.append('\f')
            elif c == 'n':
                chunks.append('\n')
            elif c == 'r':
                chunks.append('\r')
            elif c == 't':
                chunks.append('\t')
            else:
                raise JSONDecodeError("Invalid \\escape", s, i - 1)
            i += 1
        if len(chunks) == 1:
            return chunks[0], i
        return ''.join(chunks), i

    def _hex4(self, i, esc):
        s = self._s
        if i + 4 > self._n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, esc)
        v = 0
        for k in range(i, i + 4):
            c = ord(s[k])
            if 48 <= c <= 57:
                d = c - 48
            elif 97 <= c <= 102:
                d = c - 87
            elif 65 <= c <= 70:
                d = c - 55
            else:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, esc)
            v = v * 16 + d
        return v

    def _object(self, i):
        s = self._s
        n = self._n
        pairs = []
        i = self._skip_ws(i)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, i)
                key, i = self._string(i + 1)
                i = self._skip_ws(i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = self._skip_ws(i + 1)
                val, i = self._value(i)
                pairs.append((key, val))
                i = self._skip_ws(i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = self._skip_ws(i + 1)
        i += 1
        if self._object_pairs_hook is not None:
            f = self._object_pairs_hook
            return f(pairs), i
        d = dict(pairs)
        if self._object_hook is not None:
            f = self._object_hook
            return f(d), i
        return d, i

    def _array(self, i):
        s = self._s
        n = self._n
        values = []
        i = self._skip_ws(i)
        if i >= n or s[i] != ']':
            while True:
                val, i = self._value(i)
                values.append(val)
                i = self._skip_ws(i)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = self._skip_ws(i + 1)
        return values, i + 1


def _decode(s, object_hook, parse_float, parse_int, parse_constant, strict, object_pairs_hook):
    """The value of the JSON document s (a str); what json.loads does after decoding bytes."""
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    dec = _Decoder(s, object_hook, parse_float, parse_int, parse_constant, strict,
                   object_pairs_hook)
    obj, end = dec._value(dec._skip_ws(0))
    end = dec._skip_ws(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return obj
