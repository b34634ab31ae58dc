"""re: regular expressions with CPython's syntax, semantics, results and error messages.

Written for Keel from the re module's documentation (syntax, flags, match objects, empty-match
rules of 3.7+); the parser reports errors with the same messages and positions as CPython's.
A pattern is parsed to a tree, then compiled once to a program for a backtracking machine
(parallel int lists: op, a, b), and compiled patterns are cached by (pattern, flags) as CPython
does. The machine keeps one stack of choice points and undo records, so captures are restored
on backtracking without copying; loops whose body can match empty check for progress.
Only str patterns are supported (bytes patterns raise TypeError).
"""

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128
NOFLAG = 0

class error(Exception):
    """A bad pattern or template: msg, pattern, pos, and the lineno and colno of pos."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        super().__init__(msg)


def _error(msg, pattern, pos):
    return error(msg, pattern, pos)


_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823

# ---- parse tree ---------------------------------------------------------------------------
# Nodes are lists [kind, a, b, c, d]; a sequence is a Python list of nodes.
_LIT = 0        # a: code point
_NOTLIT = 1     # a: code point
_ANY = 2
_IN = 3         # a: items [(kind, x, y)], b: negate
_BRANCH = 4     # a: list of sequences
_REPEAT = 5     # a: min, b: max, c: sequence, d: 0 greedy, 1 lazy, 2 possessive
_GROUP = 6      # a: group number or -1, b: add flags, c: del flags, d: sequence
_AT = 7         # a: one of the _AT_* codes
_REF = 8        # a: group number
_ASSERT = 9     # a: 1 ahead / -1 behind, b: negative, c: sequence
_ATOMIC = 10    # a: sequence
_COND = 11      # a: group, b: yes sequence, c: no sequence or None

_AT_BEGIN = 0      # ^
_AT_END = 1        # $
_AT_BEGIN_STR = 2  # \A
_AT_END_STR = 3    # \Z
_AT_BOUND = 4      # \b
_AT_NONBOUND = 5   # \B

# Class items: (_C_LIT, c, 0), (_C_RANGE, lo, hi), (_C_CAT, letter code, 0)
_C_LIT = 0
_C_RANGE = 1
_C_CAT = 2

_FLAGCHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'x': 64, 'a': 256, 't': 1, 'u': 32}
_TYPE_FLAGS = 256 | 4 | 32
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_ESCAPES = {'\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11,
            '\\\\': 92}


class _Source:
    """The pattern as tokens: a character, or a backslash and the character after it."""

    def __init__(self, string):
        self._str = string
        self._idx = 0
        self._nx = None
        self._advance()

    def _advance(self):
        index = self._idx
        s = self._str
        if index >= len(s):
            self._nx = None
            return
        ch = s[index]
        if ch == '\\':
            index += 1
            if index >= len(s):
                raise _error("bad escape (end of pattern)", s, len(s) - 1)
            ch = ch + s[index]
        self._idx = index + 1
        self._nx = ch

    def _match(self, ch):
        if ch == self._nx:
            self._advance()
            return True
        return False

    def _get(self):
        this = self._nx
        self._advance()
        return this

    def _getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self._nx
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def _getuntil(self, terminator, name):
        result = ''
        while True:
            c = self._nx
            self._advance()
            if c is None:
                if not result:
                    raise self._err("missing " + name, 0)
                raise self._err("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self._err("missing " + name, 1)
                break
            result += c
        return result

    def _tell(self):
        if self._nx is None:
            return self._idx
        return self._idx - len(self._nx)

    def _seek(self, index):
        self._idx = index
        self._advance()

    def _err(self, msg, offset):
        return _error(msg, self._str, self._tell() - offset)

    def _checkname(self, name, offset):
        if not name.isidentifier():
            raise self._err("bad character in group name %r" % name, len(name) + offset)


class _State:
    def __init__(self, flags):
        self._sflags = flags
        self._gnames = {}
        self._closed = [True]      # per group: closed yet (group 0 counts as closed)
        self._widths = [(0, 0)]    # per closed group: its (min, max) width
        self._lbgroups = -1
        self._refpos = {}

    def _count(self):
        return len(self._closed)

    def _opengroup(self, name, source):
        gid = len(self._closed)
        self._closed.append(False)
        self._widths.append((0, _MAXREPEAT * 2))
        if gid + 1 > _MAXGROUPS:
            raise _error("too many groups", None, None)
        if name is not None:
            ogid = self._gnames.get(name)
            if ogid is not None:
                raise source._err("redefinition of group name %r as group %d; was group %d"
                                   % (name, gid, ogid), len(name) + 1)
            self._gnames[name] = gid
        return gid

    def _checkgroup(self, gid):
        return gid < len(self._closed) and self._closed[gid]

    def _checklb(self, gid, source):
        if self._lbgroups >= 0:
            if not self._checkgroup(gid):
                raise source._err('cannot refer to an open group', 0)
            if gid >= self._lbgroups:
                raise source._err('cannot refer to group defined in the same lookbehind '
                                   'subpattern', 0)


def _class_escape(source, escape):
    """A class item for an escape inside [...]."""
    e = _ESCAPES.get(escape)
    if e is not None:
        return (_C_LIT, e, 0)
    c = escape[1]
    if c in 'dDsSwW':
        return (_C_CAT, c, 0)
    if c == 'x':
        escape += source._getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source._err("incomplete escape %s" % escape, len(escape))
        return (_C_LIT, int(escape[2:], 16), 0)
    if c == 'u':
        escape += source._getwhile(4, _HEXDIGITS)
        if len(escape) != 6:
            raise source._err("incomplete escape %s" % escape, len(escape))
        return (_C_LIT, int(escape[2:], 16), 0)
    if c == 'U':
        escape += source._getwhile(8, _HEXDIGITS)
        if len(escape) != 10:
            raise source._err("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10ffff:
            raise source._err("bad escape %s" % escape, len(escape))
        return (_C_LIT, v, 0)
    if c in _OCTDIGITS:
        escape += source._getwhile(2, _OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source._err('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return (_C_LIT, v, 0)
    if c in _DIGITS or c in _ASCIILETTERS:
        raise source._err("bad escape %s" % escape, len(escape))
    return (_C_LIT, ord(c), 0)


def _escape(source, escape, state):
    """A node for an escape outside classes."""
    c = escape[1]
    if c == 'A':
        return [_AT, _AT_BEGIN_STR]
    if c == 'Z':
        return [_AT, _AT_END_STR]
    if c == 'b':
        return [_AT, _AT_BOUND]
    if c == 'B':
        return [_AT, _AT_NONBOUND]
    if c in 'dDsSwW':
        return [_IN, [(_C_CAT, c, 0)], False]
    e = _ESCAPES.get(escape)
    if e is not None:
        return [_LIT, e]
    if c == 'x':
        escape += source._getwhile(2, _HEXDIGITS)
        if len(escape) != 4:
            raise source._err("incomplete escape %s" % escape, len(escape))
        return [_LIT, int(escape[2:], 16)]
    if c == 'u':
        escape += source._getwhile(4, _HEXDIGITS)
        if len(escape) != 6:
            raise source._err("incomplete escape %s" % escape, len(escape))
        return [_LIT, int(escape[2:], 16)]
    if c == 'U':
        escape += source._getwhile(8, _HEXDIGITS)
        if len(escape) != 10:
            raise source._err("incomplete escape %s" % escape, len(escape))
        v = int(escape[2:], 16)
        if v > 0x10ffff:
            raise source._err("bad escape %s" % escape, len(escape))
        return [_LIT, v]
    if c == '0':
        escape += source._getwhile(2, _OCTDIGITS)
        return [_LIT, int(escape[1:], 8)]
    if c in _DIGITS:
        # An octal escape or a group reference.
        if source._nx is not None and source._nx in _DIGITS:
            escape += source._get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                    source._nx is not None and source._nx in _OCTDIGITS):
                escape += source._get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source._err('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return [_LIT, v]
        group = int(escape[1:])
        if group < state._count():
            if not state._checkgroup(group):
                raise source._err("cannot refer to an open group", len(escape))
            state._checklb(group, source)
            return [_REF, group]
        raise source._err("invalid group reference %d" % group, len(escape) - 1)
    if c in _ASCIILETTERS:
        raise source._err("bad escape %s" % escape, len(escape))
    return [_LIT, ord(c)]


def _parse_sub(source, state, verbose, nested):
    """An alternation a|b|c: a sequence, or a one-node sequence holding a branch."""
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, nested == 0 and not items))
        if not source._match('|'):
            break
    if len(items) == 1:
        return items[0]
    # Alternatives of single characters or sets are one set (x|y|[a-c] is [xya-c]), as CPython
    # does: one test instead of a choice point per alternative.
    merged = []
    for alt in items:
        if len(alt) != 1:
            break
        node = alt[0]
        if node[0] == _LIT:
            merged.append((_C_LIT, node[1], 0))
        elif node[0] == _IN and not node[2]:
            merged.extend(node[1])
        else:
            break
    else:
        return [[_IN, merged, False]]
    return [[_BRANCH, items]]


def _parse(source, state, verbose, nested, first):
    seq = []
    while True:
        this = source._nx
        if this is None or this == '|' or this == ')':
            break
        source._advance()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source._get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(source, this, state))
        elif this not in _SPECIAL:
            seq.append([_LIT, ord(this)])
        elif this == '[':
            here = source._tell() - 1
            items = []
            negate = source._match('^')
            while True:
                this = source._get()
                if this is None:
                    raise source._err("unterminated character set", source._tell() - here)
                if this == ']' and items:
                    break
                if this[0] == '\\':
                    code1 = _class_escape(source, this)
                else:
                    code1 = (_C_LIT, ord(this), 0)
                if source._match('-'):
                    that = source._get()
                    if that is None:
                        raise source._err("unterminated character set", source._tell() - here)
                    if that == ']':
                        items.append(code1)
                        items.append((_C_LIT, 45, 0))
                        break
                    if that[0] == '\\':
                        code2 = _class_escape(source, that)
                    else:
                        code2 = (_C_LIT, ord(that), 0)
                    if code1[0] != _C_LIT or code2[0] != _C_LIT or code2[1] < code1[1]:
                        raise source._err("bad character range %s-%s" % (this, that),
                                           len(this) + 1 + len(that))
                    items.append((_C_RANGE, code1[1], code2[1]))
                else:
                    items.append(code1)
            if len(items) == 1 and items[0][0] == _C_LIT:
                if negate:
                    seq.append([_NOTLIT, items[0][1]])
                else:
                    seq.append([_LIT, items[0][1]])
            else:
                seq.append([_IN, items, negate])
        elif this in '*+?{':
            here = source._tell()
            lo_n = 0
            hi_n = _MAXREPEAT
            if this == '?':
                hi_n = 1
            elif this == '+':
                lo_n = 1
            elif this == '{':
                if source._nx == '}':
                    seq.append([_LIT, ord(this)])
                    continue
                lo = ''
                hi = ''
                while source._nx is not None and source._nx in _DIGITS:
                    lo += source._get()
                if source._match(','):
                    while source._nx is not None and source._nx in _DIGITS:
                        hi += source._get()
                else:
                    hi = lo
                if not source._match('}'):
                    seq.append([_LIT, ord(this)])
                    source._seek(here)
                    continue
                if lo:
                    lo_n = int(lo)
                    if lo_n >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    hi_n = int(hi)
                    if hi_n >= _MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi_n < lo_n:
                        raise source._err("min repeat greater than max repeat",
                                           source._tell() - here)
            if not seq or seq[-1][0] == _AT:
                raise source._err("nothing to repeat", source._tell() - here + len(this))
            item = seq[-1]
            if item[0] == _REPEAT:
                raise source._err("multiple repeat", source._tell() - here + len(this))
            if item[0] == _GROUP and item[1] < 0 and item[2] == 0 and item[3] == 0:
                body = item[4]
            else:
                body = [item]
            mode = 0
            if source._match('?'):
                mode = 1
            elif source._match('+'):
                mode = 2
            seq[-1] = [_REPEAT, lo_n, hi_n, body, mode]
        elif this == '.':
            seq.append([_ANY])
        elif this == '(':
            start = source._tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if source._match('?'):
                ch = source._get()
                if ch is None:
                    raise source._err("unexpected end of pattern", 0)
                if ch == 'P':
                    if source._match('<'):
                        name = source._getuntil('>', 'group name')
                        source._checkname(name, 1)
                    elif source._match('='):
                        name = source._getuntil(')', 'group name')
                        source._checkname(name, 1)
                        gid = state._gnames.get(name)
                        if gid is None:
                            raise source._err("unknown group name %r" % name, len(name) + 1)
                        if not state._checkgroup(gid):
                            raise source._err("cannot refer to an open group", len(name) + 1)
                        state._checklb(gid, source)
                        seq.append([_REF, gid])
                        continue
                    else:
                        ch = source._get()
                        if ch is None:
                            raise source._err("unexpected end of pattern", 0)
                        raise source._err("unknown extension ?P" + ch, len(ch) + 2)
                elif ch == ':':
                    capture = False
                elif ch == '#':
                    while True:
                        if source._nx is None:
                            raise source._err("missing ), unterminated comment",
                                               source._tell() - start)
                        if source._get() == ')':
                            break
                    continue
                elif ch in '=!<':
                    direction = 1
                    saved_lb = state._lbgroups
                    if ch == '<':
                        ch = source._get()
                        if ch is None:
                            raise source._err("unexpected end of pattern", 0)
                        if ch not in '=!':
                            raise source._err("unknown extension ?<" + ch, len(ch) + 2)
                        direction = -1
                        if saved_lb < 0:
                            state._lbgroups = state._count()
                    p = _parse_sub(source, state, verbose, nested + 1)
                    w = _width(p, state)
                    if direction < 0:
                        if saved_lb < 0:
                            state._lbgroups = -1
                        if w[0] != w[1]:
                            raise _error("look-behind requires fixed-width pattern", None,
                                         None)
                    if not source._match(')'):
                        raise source._err("missing ), unterminated subpattern",
                                           source._tell() - start)
                    seq.append([_ASSERT, direction, ch == '!', p, w[0]])
                    continue
                elif ch == '(':
                    condname = source._getuntil(')', 'group name')
                    if not (condname.isdecimal() and condname.isascii()):
                        source._checkname(condname, 1)
                        condgroup = state._gnames.get(condname)
                        if condgroup is None:
                            raise source._err("unknown group name %r" % condname,
                                               len(condname) + 1)
                    else:
                        condgroup = int(condname)
                        if not condgroup:
                            raise source._err("bad group number", len(condname) + 1)
                        if condgroup >= _MAXGROUPS:
                            raise source._err("invalid group reference %d" % condgroup,
                                               len(condname) + 1)
                        if condgroup not in state._refpos:
                            state._refpos[condgroup] = source._tell() - len(condname) - 1
                    state._checklb(condgroup, source)
                    item_yes = _parse(source, state, verbose, nested + 1, False)
                    item_no = None
                    if source._match('|'):
                        item_no = _parse(source, state, verbose, nested + 1, False)
                        if source._nx == '|':
                            raise source._err(
                                "conditional backref with more than two branches", 0)
                    if not source._match(')'):
                        raise source._err("missing ), unterminated subpattern",
                                           source._tell() - start)
                    seq.append([_COND, condgroup, item_yes, item_no])
                    continue
                elif ch == '>':
                    capture = False
                    atomic = True
                elif ch in _FLAGCHARS or ch == '-':
                    fl = _parse_flags(source, state, ch)
                    if fl is None:
                        if not first or seq:
                            raise source._err('global flags not at the start of the '
                                               'expression', source._tell() - start)
                        verbose = state._sflags & VERBOSE
                        continue
                    add_flags = fl[0]
                    del_flags = fl[1]
                    capture = False
                else:
                    raise source._err("unknown extension ?" + ch, len(ch) + 1)
            group = -1
            if capture:
                group = state._opengroup(name, source)
            sub_verbose = ((verbose or (add_flags & VERBOSE)) and not (del_flags & VERBOSE))
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source._match(')'):
                raise source._err("missing ), unterminated subpattern", source._tell() - start)
            if group >= 0:
                state._closed[group] = True
                state._widths[group] = _width(p, state)
            if atomic:
                seq.append([_ATOMIC, p])
            else:
                seq.append([_GROUP, group, add_flags, del_flags, p])
        elif this == '^':
            seq.append([_AT, _AT_BEGIN])
        elif this == '$':
            seq.append([_AT, _AT_END])
    # Unpack non-capturing groups without flags.
    out = []
    for node in seq:
        if node[0] == _GROUP and node[1] < 0 and node[2] == 0 and node[3] == 0:
            out.extend(node[4])
        else:
            out.append(node)
    return out


def _parse_flags(source, state, ch):
    add_flags = 0
    del_flags = 0
    if ch != '-':
        while True:
            flag = _FLAGCHARS[ch]
            if ch == 'L':
                raise source._err("bad inline flags: cannot use 'L' flag with a str pattern", 0)
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source._err("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                                   0)
            ch = source._get()
            if ch is None:
                raise source._err("missing -, : or )", 0)
            if ch in ')-:':
                break
            if ch not in _FLAGCHARS:
                raise source._err("unknown flag" if ch.isalpha() else "missing -, : or )",
                                   len(ch))
    if ch == ')':
        state._sflags |= add_flags
        return None
    if add_flags & 129:
        raise source._err("bad inline flags: cannot turn on global flag", 1)
    if ch == '-':
        ch = source._get()
        if ch is None:
            raise source._err("missing flag", 0)
        if ch not in _FLAGCHARS:
            raise source._err("unknown flag" if ch.isalpha() else "missing flag", len(ch))
        while True:
            flag = _FLAGCHARS[ch]
            if flag & _TYPE_FLAGS:
                raise source._err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                   0)
            del_flags |= flag
            ch = source._get()
            if ch is None:
                raise source._err("missing :", 0)
            if ch == ':':
                break
            if ch not in _FLAGCHARS:
                raise source._err("unknown flag" if ch.isalpha() else "missing :", len(ch))
    if del_flags & 129:
        raise source._err("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source._err("bad inline flags: flag turned on and off", 1)
    return (add_flags, del_flags)


def _width(seq, state):
    """(min, max) width of a sequence; max is _MAXREPEAT * 2 when unbounded."""
    lo = 0
    hi = 0
    big = _MAXREPEAT * 2
    for node in seq:
        k = node[0]
        if k == _LIT or k == _NOTLIT or k == _ANY or k == _IN:
            lo += 1
            hi += 1
        elif k == _BRANCH:
            blo = big
            bhi = 0
            for alt in node[1]:
                w = _width(alt, state)
                blo = min(blo, w[0])
                bhi = max(bhi, w[1])
            lo += blo
            hi += bhi
        elif k == _REPEAT:
            w = _width(node[3], state)
            lo += w[0] * node[1]
            if node[2] == _MAXREPEAT and w[1] > 0:
                hi = big
            else:
                hi += w[1] * node[2]
        elif k == _GROUP:
            w = _width(node[4], state)
            lo += w[0]
            hi += w[1]
        elif k == _ATOMIC:
            w = _width(node[1], state)
            lo += w[0]
            hi += w[1]
        elif k == _REF:
            # The referenced group's width (the parser only allows closed groups).
            w = state._widths[node[1]]
            lo += w[0]
            hi += w[1]
        elif k == _COND:
            wy = _width(node[2], state)
            if node[3] is not None:
                wn = _width(node[3], state)
            else:
                wn = (0, 0)
            lo += min(wy[0], wn[0])
            hi += max(wy[1], wn[1])
        if hi > big:
            hi = big
    return (lo, hi)


def _nullable(seq):
    """Whether a sequence may match the empty string (a back reference may)."""
    for node in seq:
        k = node[0]
        if k == _LIT or k == _NOTLIT or k == _ANY or k == _IN:
            return False
        if k == _BRANCH:
            empty = False
            for alt in node[1]:
                if _nullable(alt):
                    empty = True
            if not empty:
                return False
        elif k == _REPEAT:
            if node[1] > 0 and not _nullable(node[3]):
                return False
        elif k == _GROUP:
            if not _nullable(node[4]):
                return False
        elif k == _ATOMIC:
            if not _nullable(node[1]):
                return False
    return True


def _parse_pattern(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    p = _parse_sub(source, state, flags & VERBOSE, 0)
    if source._nx is not None:
        raise source._err("unbalanced parenthesis", 0)
    for g in state._refpos:
        if g >= state._count():
            raise _error("invalid group reference %d" % g, pattern, state._refpos[g])
    return p, state


# ---- character classes --------------------------------------------------------------------

def _cat(code, c, ascii_only):
    """Whether code point c is in category code (one of dDsSwW)."""
    if code == 'd' or code == 'D':
        if c < 128 or ascii_only:
            r = 48 <= c <= 57
        else:
            r = chr(c).isdecimal()
    elif code == 's' or code == 'S':
        if c < 128 or ascii_only:
            r = c == 32 or 9 <= c <= 13
        else:
            r = chr(c).isspace()
    else:
        if c < 128 or ascii_only:
            r = (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95
        else:
            r = chr(c).isalnum()
    if code == 'D' or code == 'S' or code == 'W':
        return not r
    return r


def _lower(c):
    if 65 <= c <= 90:
        return c + 32
    if c < 128:
        return c
    s = chr(c).lower()
    if len(s) == 1:
        return ord(s)
    return c


def _upper(c):
    if 97 <= c <= 122:
        return c - 32
    if c < 128:
        return c
    s = chr(c).upper()
    if len(s) == 1:
        return ord(s)
    return c


class _Class:
    """A compiled [...] set: a table for code points below 256, the items for the rest."""

    def __init__(self, items, negate, flags):
        self._citems = items
        self._neg = negate
        self._ascii = (flags & ASCII) != 0
        self._icase = (flags & IGNORECASE) != 0
        tab = [0] * 256
        for c in range(256):
            if self._slow(c):
                tab[c] = 1
        self._tab = tab

    def _raw(self, c):
        for kind, x, y in self._citems:
            if kind == _C_LIT:
                if c == x:
                    return True
            elif kind == _C_RANGE:
                if x <= c <= y:
                    return True
            elif _cat(x, c, self._ascii):
                return True
        return False

    def _slow(self, c):
        r = self._raw(c)
        if not r and self._icase:
            r = self._raw(_lower(c)) or self._raw(_upper(c))
        if self._neg:
            return not r
        return r

    def _has(self, c):
        if c < 256:
            return self._tab[c] == 1
        return self._slow(c)


# ---- compiler -----------------------------------------------------------------------------
# Program: ops[pc], a1[pc], a2[pc].
_O_CHAR = 0        # a1: code point
_O_CHAR_I = 1      # a1: lower-case code point
_O_NOTCHAR = 2
_O_NOTCHAR_I = 3
_O_ANY = 4         # not a newline
_O_ANYALL = 5
_O_CLASS = 6       # a1: class index
_O_SPLIT = 7       # try a1 first, then a2
_O_JMP = 8         # a1: target
_O_SAVE = 9        # a1: slot
_O_MATCH = 10
_O_AT = 11         # a1: _AT_* code, a2: flags
_O_REF = 12        # a1: group, a2: ignore case
_O_ASSERT = 13     # a1: sub-program index, a2: direction * 2 + negative (ahead 1, behind -1)
_O_MARK = 14       # a1: register slot: remember the position
_O_CHECK = 15      # a1: register slot, a2: loop exit: leave the loop (keeping this iteration)
                   # when the body matched empty since MARK, as CPython does
_O_ATOMIC = 16     # a1: sub-program index
_O_COND = 17       # a1: group, a2: target when the group did not match
_O_FAIL = 18
_O_STAR = 19       # a1: min, a2: max: the single-character op at pc + 1, greedily repeated;
                   # the continuation is at pc + 2
_O_CINIT = 20      # a1: counter register: set to 0 (a counted loop starts)
_O_CLOOP = 21      # a1: counter register, a2: index of (min, max, body, out, lazy) in reps
_O_CINC = 22       # a1: counter register, a2: the loop's CLOOP: one more iteration done

# Repeats with larger counts than this are counted loops instead of copies of their body.
_EXPAND = 64


class _Program:
    def __init__(self):
        self._ops = []
        self._a1 = []
        self._a2 = []
        self._lbw = 0    # the fixed width for look-behind sub-programs

    def _emit(self, op, x, y):
        self._ops.append(op)
        self._a1.append(x)
        self._a2.append(y)
        return len(self._ops) - 1


class _Compiler:
    def __init__(self, ngroups):
        self._classes = []
        self._subs = []
        self._reps = []
        # Slot 2 * ngroups is the last group closed (lastindex); the registers of MARK/CHECK
        # come after it.
        self._nslots = 2 * ngroups + 1

    def _new_reg(self):
        r = self._nslots
        self._nslots += 1
        return r

    def _program(self, seq, flags, width):
        prog = _Program()
        prog._lbw = width
        self._seq(prog, seq, flags)
        prog._emit(_O_MATCH, 0, 0)
        return prog

    def _seq(self, prog, seq, flags):
        for node in seq:
            self._node(prog, node, flags)

    def _node(self, prog, node, flags):
        k = node[0]
        if k == _LIT or k == _NOTLIT:
            c = node[1]
            if flags & IGNORECASE and _lower(c) != _upper(c):
                prog._emit(_O_CHAR_I if k == _LIT else _O_NOTCHAR_I, _lower(c), 0)
            else:
                prog._emit(_O_CHAR if k == _LIT else _O_NOTCHAR, c, 0)
        elif k == _ANY:
            prog._emit(_O_ANYALL if flags & DOTALL else _O_ANY, 0, 0)
        elif k == _IN:
            self._classes.append(_Class(node[1], node[2], flags))
            prog._emit(_O_CLASS, len(self._classes) - 1, 0)
        elif k == _BRANCH:
            alts = node[1]
            jumps = []
            for i in range(len(alts)):
                if i < len(alts) - 1:
                    split = prog._emit(_O_SPLIT, 0, 0)
                    prog._a1[split] = split + 1
                    self._seq(prog, alts[i], flags)
                    jumps.append(prog._emit(_O_JMP, 0, 0))
                    prog._a2[split] = len(prog._ops)
                else:
                    self._seq(prog, alts[i], flags)
            for j in jumps:
                prog._a1[j] = len(prog._ops)
        elif k == _REPEAT:
            self._repeat(prog, node[1], node[2], node[3], node[4], flags)
        elif k == _GROUP:
            f = (flags | node[2]) & ~node[3]
            g = node[1]
            if g >= 0:
                prog._emit(_O_SAVE, 2 * g, 0)
            self._seq(prog, node[4], f)
            if g >= 0:
                prog._emit(_O_SAVE, 2 * g + 1, 0)
        elif k == _AT:
            prog._emit(_O_AT, node[1], flags)
        elif k == _REF:
            prog._emit(_O_REF, node[1], 1 if flags & IGNORECASE else 0)
        elif k == _ASSERT:
            sub = self._program(node[3], flags, node[4])
            self._subs.append(sub)
            prog._emit(_O_ASSERT, len(self._subs) - 1, node[1] * 2 + (1 if node[2] else 0))
        elif k == _ATOMIC:
            self._atomic(prog, node[1], flags)
        elif k == _COND:
            cond = prog._emit(_O_COND, node[1], 0)
            self._seq(prog, node[2], flags)
            if node[3] is not None:
                j = prog._emit(_O_JMP, 0, 0)
                prog._a2[cond] = len(prog._ops)
                self._seq(prog, node[3], flags)
                prog._a1[j] = len(prog._ops)
            else:
                prog._a2[cond] = len(prog._ops)

    def _atomic(self, prog, seq, flags):
        sub = self._program(seq, flags, 0)
        self._subs.append(sub)
        prog._emit(_O_ATOMIC, len(self._subs) - 1, 0)

    def _counted(self, prog, lo, hi, body, lazy, nullable, flags):
        # CINIT r; L: CLOOP r, k; body: [MARK m] body [CHECK m -> out] CINC r -> L; out:
        # The counter lives in a register, so backtracking restores it like a group.
        r = self._new_reg()
        prog._emit(_O_CINIT, r, 0)
        k = len(self._reps)
        self._reps.append([lo, hi, 0, 0, lazy])
        loop = prog._emit(_O_CLOOP, r, k)
        start = len(prog._ops)
        check = -1
        if nullable:
            m = self._new_reg()
            prog._emit(_O_MARK, m, 0)
        self._seq(prog, body, flags)
        if nullable:
            check = prog._emit(_O_CHECK, m, 0)
        prog._emit(_O_CINC, r, loop)
        out = len(prog._ops)
        if check >= 0:
            prog._a2[check] = out
        self._reps[k][2] = start
        self._reps[k][3] = out

    def _repeat(self, prog, lo, hi, body, mode, flags):
        if mode == 2:
            # Possessive: the greedy repeat as an atomic group.
            self._atomic(prog, [[_REPEAT, lo, hi, body, 0]], flags)
            return
        if mode == 0 and len(body) == 1 and body[0][0] in (_LIT, _NOTLIT, _ANY, _IN):
            # One character repeated greedily: a scanning loop, backtracking one at a time.
            prog._emit(_O_STAR, lo, hi)
            self._node(prog, body[0], flags)
            return
        lazy = mode == 1
        nullable = _nullable(body)
        if lo > _EXPAND or (hi != _MAXREPEAT and hi - lo > _EXPAND):
            self._counted(prog, lo, hi, body, lazy, nullable, flags)
            return
        for i in range(lo):
            self._seq(prog, body, flags)
        if hi == _MAXREPEAT:
            # L: SPLIT body, out   body: [MARK r] body [CHECK r] JMP L
            top = prog._emit(_O_SPLIT, 0, 0)
            start = len(prog._ops)
            reg = -1
            if nullable:
                reg = self._new_reg()
                prog._emit(_O_MARK, reg, 0)
            self._seq(prog, body, flags)
            check = -1
            if nullable:
                check = prog._emit(_O_CHECK, reg, 0)
            prog._emit(_O_JMP, top, 0)
            out = len(prog._ops)
            if check >= 0:
                prog._a2[check] = out
            if lazy:
                prog._a1[top] = out
                prog._a2[top] = start
            else:
                prog._a1[top] = start
                prog._a2[top] = out
            return
        # Up to hi - lo optional copies, nested: (body (body (...)?)?)?
        splits = []
        checks = []
        for i in range(hi - lo):
            sp = prog._emit(_O_SPLIT, 0, 0)
            splits.append(sp)
            reg = -1
            if nullable:
                reg = self._new_reg()
                prog._emit(_O_MARK, reg, 0)
            self._seq(prog, body, flags)
            if nullable:
                checks.append(prog._emit(_O_CHECK, reg, 0))
        out = len(prog._ops)
        for c in checks:
            prog._a2[c] = out
        for sp in splits:
            if lazy:
                prog._a1[sp] = out
                prog._a2[sp] = sp + 1
            else:
                prog._a1[sp] = sp + 1
                prog._a2[sp] = out


# ---- the machine --------------------------------------------------------------------------

def _is_word(s, i, ascii_only):
    c = ord(s[i])
    if c < 128 or ascii_only:
        return (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95
    return chr(c).isalnum()


def _at(code, flags, s, pos, end):
    if code == _AT_BEGIN:
        if flags & MULTILINE:
            return pos == 0 or s[pos - 1] == '\n'
        return pos == 0
    if code == _AT_END:
        if flags & MULTILINE:
            return pos == end or s[pos] == '\n'
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if code == _AT_BEGIN_STR:
        return pos == 0
    if code == _AT_END_STR:
        return pos == end
    ascii_only = (flags & ASCII) != 0
    before = pos > 0 and _is_word(s, pos - 1, ascii_only)
    after = pos < end and _is_word(s, pos, ascii_only)
    if code == _AT_BOUND:
        return before != after
    return before == after


def _single(op, arg, pat, c):
    """Whether code point c matches the single-character op (the body of a _O_STAR)."""
    if op == _O_CLASS:
        if c < 256:
            return pat._tabs[arg][c] == 1
        return pat._classes[arg]._has(c)
    if op == _O_CHAR:
        return c == arg
    if op == _O_ANY:
        return c != 10
    if op == _O_ANYALL:
        return True
    if op == _O_CHAR_I:
        return _lower(c) == arg
    if op == _O_NOTCHAR:
        return c != arg
    return _lower(c) != arg


def _run(pat, prog, s, start, end, slots, must_end, min_end):
    """Runs prog at start; on success returns the end position (slots hold the groups), else
    -1 with slots as they were. must_end >= 0 requires the match to end there (fullmatch,
    look-behind); the match must end at min_end or later (start + 1 after an empty match in
    finditer, sub and split).

    The stack holds triples: (pc >= 0, pos, 0) a choice point; (-1, slot, old value) an undo
    record; (-2 - pc, lowest, current) a greedy single-character loop that can give back one
    more character."""
    ops = prog._ops
    a1 = prog._a1
    a2 = prog._a2
    classes = pat._classes
    tabs = pat._tabs
    stack = []
    pc = 0
    pos = start
    while True:
        op = ops[pc]
        ok = True
        if op == _O_CHAR:
            if pos < end and ord(s[pos]) == a1[pc]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_CLASS:
            if pos < end:
                c = ord(s[pos])
                if c < 256:
                    ok = tabs[a1[pc]][c] == 1
                else:
                    ok = classes[a1[pc]]._has(c)
                if ok:
                    pos += 1
                    pc += 1
            else:
                ok = False
        elif op == _O_STAR:
            t = ops[pc + 1]
            arg = a1[pc + 1]
            lim = end
            if a2[pc] < end - pos:
                lim = pos + a2[pc]
            e = pos
            if t == _O_CLASS:
                tab = tabs[arg]
                while e < lim:
                    c = ord(s[e])
                    if c < 256:
                        if tab[c] == 0:
                            break
                    elif not classes[arg]._has(c):
                        break
                    e += 1
            elif t == _O_ANY:
                while e < lim and s[e] != '\n':
                    e += 1
            elif t == _O_ANYALL:
                e = lim
            else:
                while e < lim and _single(t, arg, pat, ord(s[e])):
                    e += 1
            lower = pos + a1[pc]
            if e < lower:
                ok = False
            else:
                if e > lower:
                    stack.append(-4 - pc)
                    stack.append(lower)
                    stack.append(e)
                pos = e
                pc += 2
        elif op == _O_SPLIT:
            stack.append(a2[pc])
            stack.append(pos)
            stack.append(0)
            pc = a1[pc]
        elif op == _O_JMP:
            pc = a1[pc]
        elif op == _O_SAVE or op == _O_MARK:
            k = a1[pc]
            stack.append(-1)
            stack.append(k)
            stack.append(slots[k])
            slots[k] = pos
            if op == _O_SAVE and k & 1 and k > 1:
                # The end of group k >> 1: it becomes lastindex.
                li = pat._li
                stack.append(-1)
                stack.append(li)
                stack.append(slots[li])
                slots[li] = k >> 1
            pc += 1
        elif op == _O_ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_ANYALL:
            if pos < end:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_CHECK:
            if slots[a1[pc]] == pos:
                pc = a2[pc]
            else:
                pc += 1
        elif op == _O_CHAR_I:
            if pos < end and _lower(ord(s[pos])) == a1[pc]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_NOTCHAR:
            if pos < end and ord(s[pos]) != a1[pc]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_NOTCHAR_I:
            if pos < end and _lower(ord(s[pos])) != a1[pc]:
                pos += 1
                pc += 1
            else:
                ok = False
        elif op == _O_MATCH:
            if (must_end < 0 or pos == must_end) and pos >= min_end:
                return pos
            ok = False
        elif op == _O_AT:
            if _at(a1[pc], a2[pc], s, pos, end):
                pc += 1
            else:
                ok = False
        elif op == _O_REF:
            g = a1[pc]
            gs = slots[2 * g]
            ge = slots[2 * g + 1]
            if gs < 0 or ge < 0:
                ok = False
            else:
                n = ge - gs
                if pos + n > end:
                    ok = False
                elif a2[pc]:
                    for k in range(n):
                        if _lower(ord(s[gs + k])) != _lower(ord(s[pos + k])):
                            ok = False
                            break
                elif s[gs:ge] != s[pos:pos + n]:
                    ok = False
                if ok:
                    pos += n
                    pc += 1
        elif op == _O_ASSERT:
            sub = pat._subs[a1[pc]]
            kind = a2[pc]
            neg = kind & 1
            inner = list(slots)
            if kind < 0:
                # Look-behind: the sub-program must end exactly here.
                st = pos - sub._lbw
                if st < 0:
                    r = -1
                else:
                    r = _run(pat, sub, s, st, end, inner, pos, 0)
            else:
                r = _run(pat, sub, s, pos, end, inner, -1, 0)
            if neg:
                if r >= 0:
                    ok = False
                else:
                    pc += 1
            elif r < 0:
                ok = False
            else:
                _adopt(stack, slots, inner)
                pc += 1
        elif op == _O_ATOMIC:
            inner = list(slots)
            r = _run(pat, pat._subs[a1[pc]], s, pos, end, inner, -1, 0)
            if r < 0:
                ok = False
            else:
                _adopt(stack, slots, inner)
                pos = r
                pc += 1
        elif op == _O_CLOOP:
            count = slots[a1[pc]]
            rep = pat._reps[a2[pc]]
            if count < rep[0]:
                pc = rep[2]
            elif count >= rep[1]:
                pc = rep[3]
            elif rep[4]:
                stack.append(rep[2])
                stack.append(pos)
                stack.append(0)
                pc = rep[3]
            else:
                stack.append(rep[3])
                stack.append(pos)
                stack.append(0)
                pc = rep[2]
        elif op == _O_CINIT or op == _O_CINC:
            k = a1[pc]
            stack.append(-1)
            stack.append(k)
            stack.append(slots[k])
            if op == _O_CINIT:
                slots[k] = 0
                pc += 1
            else:
                slots[k] = slots[k] + 1
                pc = a2[pc]
        elif op == _O_COND:
            g = a1[pc]
            if slots[2 * g] >= 0 and slots[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = a2[pc]
        else:
            ok = False
        if not ok:
            # Backtrack: undo records until a choice point.
            while True:
                if not stack:
                    return -1
                c = stack.pop()
                b = stack.pop()
                a = stack.pop()
                if a >= 0:
                    pc = a
                    pos = b
                    break
                if a == -1:
                    slots[b] = c
                else:
                    # A greedy loop gives back one character.
                    pos = c - 1
                    pc = -4 - a + 2
                    if pos > b:
                        stack.append(a)
                        stack.append(b)
                        stack.append(pos)
                    break


def _adopt(stack, slots, inner):
    # Takes the captures a successful look-ahead or atomic group made, recording undo entries.
    for k in range(len(slots)):
        if slots[k] != inner[k]:
            stack.append(-1)
            stack.append(k)
            stack.append(slots[k])
            slots[k] = inner[k]


# ---- patterns and matches -----------------------------------------------------------------

# An absent argument of Match.group (methods take neither *args nor non-constant defaults
# yet); no group has this number, so it can only mean "not given".
_NOARG = -0x7eadbeef


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, raw):
        # raw: the bytes of a bytes pattern (pattern is then its Latin-1 decoding), or None.
        tree, state = _parse_pattern(pattern, flags)
        flags = state._sflags
        self._bytes = raw is not None
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            self.pattern = raw
            self.flags = flags
            flags |= ASCII   # bytes patterns match \w, \d, \s, \b as ASCII
        else:
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & ASCII:
                flags |= UNICODE
            self.pattern = pattern
            self.flags = flags
        self._ngroups = state._count() - 1
        self.groups = self._ngroups
        self.groupindex = dict(state._gnames)
        comp = _Compiler(state._count())
        body = [[_GROUP, 0, 0, 0, tree]]
        self._prog = comp._program(body, flags, 0)
        self._classes = comp._classes
        self._subs = comp._subs
        self._reps = comp._reps
        self._nslots = comp._nslots
        self._li = 2 * state._count()
        self._tabs = [c._tab for c in self._classes]
        # The single-character op every match must start with (search skips the positions
        # where it fails): the first consuming op after saves and assertions, or -1.
        self._first_op = -1
        self._first_arg = 0
        ops = self._prog._ops
        pc = 0
        while ops[pc] == _O_SAVE or ops[pc] == _O_AT:
            pc += 1
        if ops[pc] == _O_STAR and self._prog._a1[pc] > 0:
            pc += 1
        if ops[pc] == _O_CHAR or ops[pc] == _O_CLASS:
            self._first_op = ops[pc]
            self._first_arg = self._prog._a1[pc]
        self._names = {}
        for name in self.groupindex:
            self._names[self.groupindex[name]] = name

    def __repr__(self):
        flags = self.flags & ~UNICODE
        if flags == 0:
            return 're.compile(%r)' % (self.pattern,)
        names = []
        for bit, name in ((2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'),
                          (16, 're.DOTALL'), (64, 're.VERBOSE'), (128, 're.DEBUG'),
                          (256, 're.ASCII'), (1, 're.TEMPLATE')):
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%r, %s)' % (self.pattern, '|'.join(names))

    def _try(self, s, pos, end, must_end):
        slots = [-1] * self._nslots
        r = _run(self, self._prog, s, pos, end, slots, must_end, 0)
        if r < 0:
            return None
        return Match(self, s, slots, self._req_pos, end)

    def _subject(self, string):
        """The subject as a str (bytes are read as Latin-1: one character per byte); it is also
        kept as given for Match.string."""
        if isinstance(string, str):
            if self._bytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            self._req_orig = string
            return string
        if isinstance(string, (bytes, bytearray)):
            if not self._bytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            self._req_orig = string
            return string.decode('latin-1')
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _typed(self, text):
        # A result of the subject's type.
        if self._bytes:
            return text.encode('latin-1')
        return text

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        self._req_pos = pos
        return pos, endpos

    def _search(self, s, pos, end, nonempty_at):
        # The first match starting at pos or later; a match starting at nonempty_at must not be
        # empty (the rule after an empty match in finditer/sub/split).
        first = self._first_op
        arg = self._first_arg
        if first == _O_CHAR:
            ch = chr(arg)
        elif first == _O_CLASS:
            tab = self._tabs[arg]
            cl = self._classes[arg]
        # A failed attempt leaves the slots as they were, so one list serves every attempt.
        slots = [-1] * self._nslots
        while pos <= end:
            if first == _O_CHAR:
                pos = s.find(ch, pos, end)
                if pos < 0:
                    return None
            elif first == _O_CLASS:
                while pos < end:
                    c = ord(s[pos])
                    if c < 256:
                        if tab[c] == 1:
                            break
                    elif cl._has(c):
                        break
                    pos += 1
                if pos >= end:
                    return None
            r = _run(self, self._prog, s, pos, end, slots, -1, pos + 1 if pos == nonempty_at else 0)
            if r >= 0:
                return Match(self, s, slots, self._req_pos, end)
            pos += 1
        return None

    def match(self, string, pos=0, endpos=None):
        string = self._subject(string)
        pos, end = self._bounds(string, pos, endpos)
        return self._try(string, pos, end, -1)

    def fullmatch(self, string, pos=0, endpos=None):
        string = self._subject(string)
        pos, end = self._bounds(string, pos, endpos)
        return self._try(string, pos, end, end)

    def search(self, string, pos=0, endpos=None):
        string = self._subject(string)
        pos, end = self._bounds(string, pos, endpos)
        return self._search(string, pos, end, -1)

    def _all(self, string, pos, endpos):
        # string: the subject already made a str by _text.
        pos, end = self._bounds(string, pos, endpos)
        out = []
        nonempty_at = -1
        while pos <= end:
            m = self._search(string, pos, end, nonempty_at)
            if m is None:
                break
            out.append(m)
            a = m._slots[0]
            b = m._slots[1]
            pos = b
            nonempty_at = b if a == b else -1
        return out

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(self._subject(string), pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        out = []
        empty = self._typed('')
        for m in self._all(self._subject(string), pos, endpos):
            if self._ngroups == 0:
                out.append(m.group(0))
            elif self._ngroups == 1:
                v = m.group(1)
                out.append(empty if v is None else v)
            else:
                out.append(m.groups(empty))
        return out

    def split(self, string, maxsplit=0):
        string = self._subject(string)
        out = []
        last = 0
        n = 0
        for m in self._all(string, 0, None):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(self._typed(string[last:m._slots[0]]))
            for g in range(1, self._ngroups + 1):
                out.append(m.group(g))
            last = m._slots[1]
            n += 1
        out.append(self._typed(string[last:]))
        return out

    def _subx(self, repl, string, count):
        string = self._subject(string)
        if self._bytes and isinstance(repl, (bytes, bytearray)):
            repl = repl.decode('latin-1')
        elif self._bytes and isinstance(repl, str):
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        if isinstance(repl, str):
            if '\\' in repl:
                template = _parse_template(repl, self)
            else:
                template = [repl]
            func = None
        else:
            template = None
            func = repl
        parts = []
        last = 0
        n = 0
        for m in self._all(string, 0, None):
            if count > 0 and n >= count:
                break
            parts.append(string[last:m._slots[0]])
            if func is not None:
                r = func(m)
                if r is not None:
                    if self._bytes:
                        r = r.decode('latin-1')
                    parts.append(r)
            else:
                for t in template:
                    if isinstance(t, str):
                        parts.append(t)
                    else:
                        v = m._get(t, None)
                        if v is not None:
                            parts.append(v)
            last = m._slots[1]
            n += 1
        parts.append(string[last:])
        return self._typed(''.join(parts)), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


def _parse_template(repl, pattern):
    """The replacement as a list of strs and group numbers."""
    s = _Source(repl)
    result = []
    literal = []
    while True:
        this = s._get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s._match('<'):
                    raise s._err("missing <", 0)
                name = s._getuntil('>', 'group name')
                if not (name.isdecimal() and name.isascii()):
                    s._checkname(name, 1)
                    index = pattern.groupindex.get(name)
                    if index is None:
                        raise IndexError("unknown group name %r" % name)
                else:
                    index = int(name)
                    if index >= _MAXGROUPS:
                        raise s._err("invalid group reference %d" % index, len(name) + 1)
                if index > pattern._ngroups:
                    raise s._err("invalid group reference %d" % index, len(name) + 1)
                result.append(''.join(literal))
                literal = []
                result.append(index)
            elif c == '0':
                if s._nx is not None and s._nx in _OCTDIGITS:
                    this += s._get()
                    if s._nx is not None and s._nx in _OCTDIGITS:
                        this += s._get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s._nx is not None and s._nx in _DIGITS:
                    this += s._get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and s._nx is not None and
                            s._nx in _OCTDIGITS):
                        this += s._get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s._err('octal escape value %s outside of range 0-0o377'
                                          % this, len(this))
                        literal.append(chr(v))
                if not isoctal:
                    index = int(this[1:])
                    if index > pattern._ngroups:
                        raise s._err("invalid group reference %d" % index, len(this) - 1)
                    result.append(''.join(literal))
                    literal = []
                    result.append(index)
            else:
                e = _ESCAPES.get(this)
                if e is not None:
                    literal.append(chr(e))
                else:
                    if c in _ASCIILETTERS:
                        raise s._err('bad escape %s' % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    result.append(''.join(literal))
    return result


class Match:
    """The result of a successful match: groups, spans, and the pattern and string."""

    def __init__(self, pattern, string, slots, pos, endpos):
        self.re = pattern
        self._text = string                 # the subject as a str (Latin-1 for bytes)
        self.string = pattern._req_orig     # the subject as given
        self._slots = slots
        self.pos = pos
        self.endpos = endpos
        last = slots[pattern._li]
        if last < 0:
            self.lastindex = None
            self.lastgroup = None
        else:
            self.lastindex = last
            self.lastgroup = pattern._names.get(last)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re._ngroups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default):
        # Group i of the text (a str), or default.
        a = self._slots[2 * i]
        b = self._slots[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self._text[a:b]

    def _pub(self, i, default):
        # Group i as the subject's type (bytes for a bytes pattern), or default.
        a = self._slots[2 * i]
        b = self._slots[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.re._typed(self._text[a:b])

    def group(self, g=0, g2=-0x7eadbeef, g3=-0x7eadbeef, g4=-0x7eadbeef, g5=-0x7eadbeef,
              g6=-0x7eadbeef):
        # group(*groups) for up to six groups (methods do not take *args yet).
        first = self._pub(self._index(g), None)
        if g2 == _NOARG:
            return first
        out = [first]
        for x in (g2, g3, g4, g5, g6):
            if x == _NOARG:
                break
            out.append(self._pub(self._index(x), None))
        return tuple(out)

    def __getitem__(self, g):
        return self._pub(self._index(g), None)

    def groups(self, default=None):
        return tuple([self._pub(i, default) for i in range(1, self.re._ngroups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name in self.re.groupindex:
            d[name] = self._pub(self.re.groupindex[name], default)
        return d

    def start(self, g=0):
        i = self._index(g)
        if self._slots[2 * i + 1] < 0:
            return -1
        return self._slots[2 * i]

    def end(self, g=0):
        i = self._index(g)
        if self._slots[2 * i] < 0:
            return -1
        return self._slots[2 * i + 1]

    def span(self, g=0):
        i = self._index(g)
        a = self._slots[2 * i]
        b = self._slots[2 * i + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple([self.span(i) for i in range(self.re._ngroups + 1)])

    def expand(self, template):
        if self.re._bytes and isinstance(template, (bytes, bytearray)):
            template = template.decode('latin-1')
        parts = []
        for t in _parse_template(template, self.re):
            if isinstance(t, str):
                parts.append(t)
            else:
                v = self._get(t, None)
                if v is not None:
                    parts.append(v)
        return self.re._typed(''.join(parts))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(0), self.group(0))


# ---- module functions ---------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """The compiled Pattern for pattern (cached)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    raw = None
    if not isinstance(pattern, str):
        if not isinstance(pattern, (bytes, bytearray)):
            raise TypeError("first argument must be string or compiled pattern")
        # A bytes pattern is parsed and run as its Latin-1 decoding (one character per byte).
        raw = bytes(pattern)
        pattern = raw.decode('latin-1')
    key = (pattern, flags, raw is not None)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags, raw)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    """pattern with every special character backslash-escaped."""
    if isinstance(pattern, (bytes, bytearray)):
        return escape(pattern.decode('latin-1')).encode('latin-1')
    out = []
    for ch in pattern:
        if ch in _SPECIAL_CHARS:
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)
