"""string: the character-class constants, capwords and Template (Keel's own module, CPython's
behaviour; Template's pattern is parsed by hand: $$, $identifier, ${identifier}, with ASCII
identifiers as CPython's default idpattern). Formatter is not provided yet."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


def _line_col(s, i):
    # CPython's message counts lines from 1 and columns from 1 within the line.
    lineno = s.count('\n', 0, i) + 1
    colno = i - s.rfind('\n', 0, i)
    if lineno == 1:
        colno = i + 1
    return lineno, colno


def _placeholders(s):
    """Yields each match of CPython's default Template pattern in s as (start, end, name): name is
    '$' for an escaped `$$` and None for an invalid placeholder (a delimiter with no name after
    it; the scan then resumes just after the delimiter, as re.finditer does)."""
    n = len(s)
    i = 0
    while True:
        j = s.find('$', i)
        if j < 0:
            return
        k = j + 1
        if k < n and s[k] == '$':
            yield j, k + 1, '$'
            i = k + 1
            continue
        braced = k < n and s[k] == '{'
        m = k + 1 if braced else k
        e = m
        if e < n and _is_id_start(s[e]):
            e += 1
            while e < n and _is_id_char(s[e]):
                e += 1
        if e > m and (not braced or (e < n and s[e] == '}')):
            i = e + 1 if braced else e
            yield j, i, s[m:e]
        else:
            yield j, k, None
            i = k


class Template:
    """$-substitution: substitute() raises KeyError for a missing name and ValueError for an
    invalid placeholder; safe_substitute() leaves both as written."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _tmpl_scan(self, mapping, safe):
        s = self.template
        out = []
        start = 0
        for j, end, name in _placeholders(s):
            out.append(s[start:j])
            if name == '$':
                out.append('$')
            elif name is None:
                if not safe:
                    lineno, colno = _line_col(s, j)
                    raise ValueError('Invalid placeholder in string: line ' + str(lineno) + ', col ' + str(colno))
                out.append('$')
            elif name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[j:end])
            else:
                raise KeyError(name)
            start = end
        out.append(s[start:])
        return ''.join(out)

    def substitute(self, mapping=None):
        return self._tmpl_scan({} if mapping is None else mapping, False)

    def safe_substitute(self, mapping=None):
        return self._tmpl_scan({} if mapping is None else mapping, True)

    def get_identifiers(self):
        ids = []
        for j, end, name in _placeholders(self.template):
            if name is not None and name != '$' and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for j, end, name in _placeholders(self.template):
            if name is None:
                return False
        return True
