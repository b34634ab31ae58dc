# io: in-memory text and binary streams (StringIO, BytesIO), written in Python and compiled by
# Keel like the user's code (docs/stdlib.md). print(file=buf), sys.stdout = buf and
# contextlib.redirect_stdout(buf) write to them through their write() method.
#
# A stream keeps what was written as a list of pieces, joined when read: writing at the end (the
# common case) appends without copying. Writing elsewhere (after seek) rebuilds the value.


class UnsupportedOperation(OSError, ValueError):
    pass


class _Memory:
    def __init__(self, initial):
        self._parts = [initial] if len(initial) else []
        self._len = len(initial)
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def _value(self):
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        v = self._empty.join(parts)
        self._parts = [v]
        return v

    def getvalue(self):
        self._check_open()
        if not self._parts:
            return self._empty
        return self._value()

    def _write(self, s):
        n = len(s)
        if self._pos == self._len:
            if n:
                self._parts.append(s)
                self._len += n
                self._pos += n
            return n
        v = self._value() if self._parts else self._empty
        pos = self._pos
        if pos > len(v):
            v = v + self._zero * (pos - len(v))
        v = v[:pos] + s + v[pos + n:]
        self._parts = [v]
        self._len = len(v)
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        v = self._value() if self._parts else self._empty
        pos = self._pos
        if pos >= len(v):
            return self._empty
        end = len(v) if size < 0 else min(len(v), pos + size)
        self._pos = end
        return v[pos:end]

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        v = self._value() if self._parts else self._empty
        pos = self._pos
        if pos >= len(v):
            return self._empty
        i = v.find(self._newline, pos)
        end = len(v) if i < 0 else i + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return v[pos:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._len:
            v = self._value()[:size]
            self._parts = [v] if len(v) else []
            self._len = size
        return size

    def close(self):
        self.closed = True

    def flush(self):
        if self.closed and self._empty == b"":
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exctype, excinst, exctb):
        self.close()


class StringIO(_Memory):
    _closed_msg = "I/O operation on closed file"
    _empty = ""
    _zero = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        _Memory.__init__(self, initial_value)

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        return self._write(s)


class BytesIO(_Memory):
    _closed_msg = "I/O operation on closed file."
    _empty = b""
    _zero = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        _Memory.__init__(self, bytes(initial_bytes))

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))
