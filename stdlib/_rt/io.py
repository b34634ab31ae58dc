# Files and the standard streams over WASI preview 1: open() (text and binary modes r, w, a, x,
# with +), read/readline/readlines/write/writelines/close/flush, iteration over lines, input(),
# sys.stdin/stdout/stderr, sys.argv, print(file=...). Layouts in src/runtime/layout.ts
# (TYPE_FILE, TYPE_IO_BUF, IO_STATE).
#
# Output: every write goes through the stdout buffer of core.py; writing to any stream other than
# stdout first flushes what stdout has pending, then points the buffer at that stream's fd
# (IO_OUT_FD), writes, and flushes it there (files and stderr are unbuffered, stdout is buffered
# until exit, input() or a write elsewhere).
# Input: a file object keeps a read buffer (a TYPE_IO_BUF object) of bytes not yet consumed.
# Text reads decode UTF-8 and translate "\r\n" to "\n" (CPython's universal newlines for the
# common case).
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, load_obj, store_obj, mem_copy, word_ptr, ptr_word,
    tag_int, untag_int, is_small, exc_get, i64_to_i32, i32_to_i64,
    wasi_fd_read, wasi_fd_close, wasi_args_sizes_get, wasi_args_get, wasi_fd_prestat_get,
    wasi_fd_prestat_dir_name, wasi_path_open,
    NULL_WORD, TYPE_STR, TYPE_FILE, TYPE_IO_BUF, TYPE_BYTES, SCRATCH, STR_LEN, STR_DATA,
    FILE_FD, FILE_FLAGS, FILE_NAME, FILE_MODE, FILE_RBUF, FILE_RSTART, FILE_REND, FILE_SIZE,
    FILEF_READ, FILEF_WRITE, FILEF_BINARY, FILEF_CLOSED, FILEF_EOF, FILEF_APPEND,
    IO_STATE, IO_STDIN, IO_STDOUT, IO_STDERR, IO_ARGV, IO_PREOPENS, IO_OUT_FD, IOBUF_DATA,
    IOBUF_SIZE, IOBUF_CAP, IO_BYTES_DATA, wasi_proc_exit,
)


# ---- the standard streams ----------------------------------------------------------------------

def rt_io_std(fd: i32) -> obj:
    """sys.stdin (0), sys.stdout (1) or sys.stderr (2): one file object each, made on first use."""
    slot: i32 = IO_STDIN
    name: obj = "<stdin>"
    flags: i32 = FILEF_READ
    if fd == 1:
        slot = IO_STDOUT
        name = "<stdout>"
        flags = FILEF_WRITE
    elif fd == 2:
        slot = IO_STDERR
        name = "<stderr>"
        flags = FILEF_WRITE
    f: obj = load_obj(IO_STATE + slot, 0)
    if f is not 0:
        return f
    mode: obj = "r"
    if fd != 0:
        mode = "w"
    f = rt_file_new(fd, flags, name, mode)
    store_obj(IO_STATE + slot, 0, f)
    return f


def rt_sys_stdin() -> obj:
    return rt_io_std(0)


def rt_sys_stdout() -> obj:
    return rt_io_std(1)


def rt_sys_stderr() -> obj:
    return rt_io_std(2)


def rt_sys_argv() -> obj:
    """sys.argv: the WASI arguments as a list of str (made once)."""
    a: obj = load_obj(IO_STATE, IO_ARGV)
    if a is not 0:
        return a
    wasi_args_sizes_get(SCRATCH, SCRATCH + 4)
    argc: i32 = load_i32(SCRATCH, 0)
    size: i32 = load_i32(SCRATCH, 4)
    buf: i32 = rt_alloc(IOBUF_DATA + argc * 4 + size + 8, TYPE_IO_BUF)
    ptrs: i32 = buf + IOBUF_DATA
    chars: i32 = ptrs + argc * 4
    wasi_args_get(ptrs, chars)
    l: obj = rt_list_new(0)
    i: i32 = 0
    while i < argc:
        p: i32 = load_i32(ptrs + 4 * i, 0)
        n: i32 = 0
        while load_u8(p + n, 0) != 0:
            n = n + 1
        rt_list_append(l, rt_str_from_bytes(p, n))
        i = i + 1
    store_obj(IO_STATE, IO_ARGV, l)
    return l


def rt_sys_exit(code: obj) -> obj:
    """sys.exit(code): raises SystemExit(code) (stdlib/_rt/exc.py reports it uncaught: None ->
    status 0, an int -> that status, anything else printed to stderr and status 1)."""
    if code is NULL_WORD:
        rt_raise("SystemExit", NULL_WORD)
    else:
        rt_raise("SystemExit", code)
    return NULL_WORD


# ---- file objects --------------------------------------------------------------------------------

def rt_file_new(fd: i32, flags: i32, name: obj, mode: obj) -> obj:
    p: i32 = rt_alloc(FILE_SIZE, TYPE_FILE)
    store_i32(p, FILE_FD, fd)
    store_i32(p, FILE_FLAGS, flags)
    store_obj(p, FILE_NAME, name)
    store_obj(p, FILE_MODE, mode)
    return ptr_word(p)


def rt_file_is(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_FILE


def rt_file_check(f: obj, need: i32, what: obj) -> i32:
    """1 when f is an open file that allows `need` (FILEF_READ or FILEF_WRITE), else raises."""
    p: i32 = word_ptr(f)
    flags: i32 = load_i32(p, FILE_FLAGS)
    if flags & FILEF_CLOSED:
        rt_raise("ValueError", "I/O operation on closed file.")
        return 0
    if need != 0 and (flags & need) == 0:
        rt_raise("UnsupportedOperation", what)
        return 0
    return 1


def rt_file_fill(p: i32) -> i32:
    """Reads more bytes into the file's buffer; the number read (0 at end of file, -1 on error)."""
    buf: i32 = load_i32(p, FILE_RBUF)
    if buf == 0:
        buf = rt_alloc(IOBUF_DATA + IOBUF_SIZE, TYPE_IO_BUF)
        store_i32(p, FILE_RBUF, buf)
    start: i32 = load_i32(p, FILE_RSTART)
    end: i32 = load_i32(p, FILE_REND)
    if start > 0:
        mem_copy(buf + IOBUF_DATA, buf + IOBUF_DATA + start, end - start)
        end = end - start
        store_i32(p, FILE_RSTART, 0)
        store_i32(p, FILE_REND, end)
    # (a buffer rt_file_grow made is larger than IOBUF_SIZE)
    size: i32 = rt_file_bufsize(p)
    if end == size:
        return rt_file_grow(p, end)
    store_i32(SCRATCH, 0, buf + IOBUF_DATA + end)
    store_i32(SCRATCH, 4, size - end)
    if wasi_fd_read(load_i32(p, FILE_FD), SCRATCH, 1, SCRATCH + 8) != 0:
        return -1
    got: i32 = load_i32(SCRATCH, 8)
    store_i32(p, FILE_REND, end + got)
    return got


def rt_file_grow(p: i32, end: i32) -> i32:
    """The buffer is full of one unfinished line: a buffer twice as big, then read into it."""
    old: i32 = load_i32(p, FILE_RBUF)
    size: i32 = load_i32(old, IOBUF_CAP)
    if size == 0:
        size = IOBUF_SIZE
    nbuf: i32 = rt_alloc(IOBUF_DATA + 2 * size, TYPE_IO_BUF)
    store_i32(nbuf, IOBUF_CAP, 2 * size)
    mem_copy(nbuf + IOBUF_DATA, old + IOBUF_DATA, end)
    store_i32(p, FILE_RBUF, nbuf)
    store_i32(SCRATCH, 0, nbuf + IOBUF_DATA + end)
    store_i32(SCRATCH, 4, 2 * size - end)
    if wasi_fd_read(load_i32(p, FILE_FD), SCRATCH, 1, SCRATCH + 8) != 0:
        return -1
    got: i32 = load_i32(SCRATCH, 8)
    store_i32(p, FILE_REND, end + got)
    return got


def rt_file_bufsize(p: i32) -> i32:
    buf: i32 = load_i32(p, FILE_RBUF)
    size: i32 = load_i32(buf, IOBUF_CAP)
    if size == 0:
        return IOBUF_SIZE
    return size


def rt_file_fill_any(p: i32) -> i32:
    """Like rt_file_fill, growing the buffer when it is full."""
    if load_i32(p, FILE_RBUF) != 0 and load_i32(p, FILE_RSTART) == 0 and load_i32(p, FILE_REND) == rt_file_bufsize(p):
        return rt_file_grow(p, load_i32(p, FILE_REND))
    return rt_file_fill(p)


def rt_file_take(p: i32, n: i32) -> obj:
    """The next n buffered bytes as a str (text) or bytes (binary), consumed."""
    buf: i32 = load_i32(p, FILE_RBUF)
    start: i32 = load_i32(p, FILE_RSTART)
    store_i32(p, FILE_RSTART, start + n)
    at: i32 = buf + IOBUF_DATA + start
    if load_i32(p, FILE_FLAGS) & FILEF_BINARY:
        return rt_io_bytes(at, n)
    # Universal newlines (the common case): "\r\n" reads as "\n".
    if n >= 2 and load_u8(at + n - 1, 0) == 10 and load_u8(at + n - 2, 0) == 13:
        store_u8(at + n - 2, 0, 10)
        return rt_str_from_bytes(at, n - 1)
    return rt_str_from_bytes(at, n)


def rt_io_bytes(at: i32, n: i32) -> obj:
    """A bytes object of the n bytes at `at` (TYPE_BYTES: the str layout with kind 1, layout.ts)."""
    q: i32 = rt_alloc(IO_BYTES_DATA + n, TYPE_BYTES)
    store_i32(q, 8, n)
    store_u8(q, 12, 1)
    mem_copy(q + IO_BYTES_DATA, at, n)
    return ptr_word(q)


def rt_file_readline(f: obj, limit: i32) -> obj:
    """The next line, with its "\n" ("" at end of file); at most `limit` bytes when limit >= 0."""
    p: i32 = word_ptr(f)
    scanned: i32 = 0
    while 1:
        buf: i32 = load_i32(p, FILE_RBUF)
        start: i32 = load_i32(p, FILE_RSTART)
        end: i32 = load_i32(p, FILE_REND)
        if buf != 0:
            i: i32 = start + scanned
            while i < end:
                if load_u8(buf + IOBUF_DATA + i, 0) == 10:
                    return rt_file_take(p, i + 1 - start)
                if limit >= 0 and i + 1 - start >= limit:
                    return rt_file_take(p, i + 1 - start)
                i = i + 1
            scanned = end - start
        if load_i32(p, FILE_FLAGS) & FILEF_EOF:
            return rt_file_take(p, end - start)
        got: i32 = rt_file_fill_any(p)
        if got < 0:
            rt_exc_set_pending(rt_oserror_new(rt_exc_class_named("OSError"), rt_tuple_new2(tag_int(5), "Input/output error")), 0)
            return NULL_WORD
        if got == 0:
            store_i32(p, FILE_FLAGS, load_i32(p, FILE_FLAGS) | FILEF_EOF)
    return NULL_WORD


def rt_file_read_all(f: obj) -> obj:
    p: i32 = word_ptr(f)
    while (load_i32(p, FILE_FLAGS) & FILEF_EOF) == 0:
        got: i32 = rt_file_fill_any(p)
        if got < 0:
            rt_exc_set_pending(rt_oserror_new(rt_exc_class_named("OSError"), rt_tuple_new2(tag_int(5), "Input/output error")), 0)
            return NULL_WORD
        if got == 0:
            store_i32(p, FILE_FLAGS, load_i32(p, FILE_FLAGS) | FILEF_EOF)
    if load_i32(p, FILE_RBUF) == 0:
        if load_i32(p, FILE_FLAGS) & FILEF_BINARY:
            return rt_io_bytes(SCRATCH, 0)
        return ""
    return rt_file_take_all(p)


def rt_file_take_all(p: i32) -> obj:
    """Everything buffered, with every "\r\n" read as "\n" in text mode."""
    n: i32 = load_i32(p, FILE_REND) - load_i32(p, FILE_RSTART)
    if load_i32(p, FILE_FLAGS) & FILEF_BINARY:
        return rt_file_take(p, n)
    buf: i32 = load_i32(p, FILE_RBUF)
    at: i32 = buf + IOBUF_DATA + load_i32(p, FILE_RSTART)
    i: i32 = 0
    j: i32 = 0
    while i < n:
        c: i32 = load_u8(at + i, 0)
        if c == 13 and i + 1 < n and load_u8(at + i + 1, 0) == 10:
            i = i + 1
            c = 10
        store_u8(at + j, 0, c)
        i = i + 1
        j = j + 1
    store_i32(p, FILE_RSTART, load_i32(p, FILE_REND))
    return rt_str_from_bytes(at, j)


def rt_file_next(f: obj) -> obj:
    """The next line of a file being iterated, or NULL_WORD at its end."""
    if rt_file_check(f, FILEF_READ, "not readable") == 0:
        return NULL_WORD
    line: obj = rt_file_readline(f, -1)
    if exc_get() is not 0:
        return NULL_WORD
    if rt_len_word(line) == 0:
        return NULL_WORD
    return line


def rt_len_word(x: obj) -> i32:
    return load_i32(word_ptr(x), 8)


def rt_file_write(f: obj, s: obj) -> obj:
    """f.write(s): the number of characters (text) or bytes (binary) written."""
    if rt_file_check(f, FILEF_WRITE, "not writable") == 0:
        return NULL_WORD
    p: i32 = word_ptr(f)
    binary: i32 = load_i32(p, FILE_FLAGS) & FILEF_BINARY
    t: i32 = 0
    if not is_small(s):
        t = load_i32(word_ptr(s), 0)
    if binary and t != TYPE_BYTES:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("a bytes-like object is required, not '", rt_type_name(s)), "'"))
        return NULL_WORD
    if binary == 0 and t != TYPE_STR:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("write() argument must be str, not ", rt_type_name(s)), ""))
        return NULL_WORD
    fd: i32 = load_i32(p, FILE_FD)
    rt_out_begin(fd)
    if binary:
        rt_write_bytes(word_ptr(s) + IO_BYTES_DATA, load_i32(word_ptr(s), 8))
    else:
        rt_write_str(s)
    rt_out_end(fd)
    return tag_int(i32_to_i64(load_i32(word_ptr(s), 8)))


def rt_out_begin(fd: i32) -> None:
    """Points the output buffer at fd (flushing what stdout has pending first)."""
    if fd != 1:
        rt_flush()
        store_i32(IO_STATE, IO_OUT_FD, fd)


def rt_out_end(fd: i32) -> None:
    """Flushes a write to fd (not stdout, which stays buffered) and points the buffer back."""
    if fd != 1:
        rt_flush()
        store_i32(IO_STATE, IO_OUT_FD, 0)


def rt_file_close(f: obj) -> None:
    p: i32 = word_ptr(f)
    flags: i32 = load_i32(p, FILE_FLAGS)
    if flags & FILEF_CLOSED:
        return
    fd: i32 = load_i32(p, FILE_FD)
    if fd == 1:
        rt_flush()
    if fd > 2:
        wasi_fd_close(fd)
    store_i32(p, FILE_FLAGS, flags | FILEF_CLOSED)


# ---- methods (dispatched by name: src/lower/containers.ts METHODS) -----------------------------------

def rt_m_read(f: obj, n: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "read")
    if rt_file_check(f, FILEF_READ, "not readable") == 0:
        return NULL_WORD
    if n is NULL_WORD or n is None:
        return rt_file_read_all(f)
    k: i64 = untag_int(n)
    if k < 0:
        return rt_file_read_all(f)
    return rt_file_read_n(f, i64_to_i32(k))


def rt_file_read_n(f: obj, n: i32) -> obj:
    """At most n characters (text: counted in bytes here, exact for ASCII) or bytes."""
    p: i32 = word_ptr(f)
    while load_i32(p, FILE_REND) - load_i32(p, FILE_RSTART) < n and (load_i32(p, FILE_FLAGS) & FILEF_EOF) == 0:
        got: i32 = rt_file_fill_any(p)
        if got <= 0:
            store_i32(p, FILE_FLAGS, load_i32(p, FILE_FLAGS) | FILEF_EOF)
    have: i32 = load_i32(p, FILE_REND) - load_i32(p, FILE_RSTART)
    if load_i32(p, FILE_RBUF) == 0:
        return rt_file_read_all(f)
    if have > n:
        have = n
    return rt_file_take(p, have)


def rt_m_readline(f: obj, n: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "readline")
    if rt_file_check(f, FILEF_READ, "not readable") == 0:
        return NULL_WORD
    limit: i32 = -1
    if n is not NULL_WORD and n is not None:
        limit = i64_to_i32(untag_int(n))
    return rt_file_readline(f, limit)


def rt_m_readlines(f: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "readlines")
    if rt_file_check(f, FILEF_READ, "not readable") == 0:
        return NULL_WORD
    l: obj = rt_list_new(0)
    while 1:
        line: obj = rt_file_readline(f, -1)
        if exc_get() is not 0:
            return NULL_WORD
        if rt_len_word(line) == 0:
            return l
        rt_list_append(l, line)
    return l


def rt_m_write(f: obj, s: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "write")
    return rt_file_write(f, s)


def rt_m_writelines(f: obj, lines: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "writelines")
    it: obj = rt_iter(lines)
    if exc_get() is not 0:
        return NULL_WORD
    while 1:
        x: obj = rt_next(it)
        if x is NULL_WORD:
            return None
        rt_file_write(f, x)
        if exc_get() is not 0:
            return NULL_WORD
    return None


def rt_m_close(f: obj) -> obj:
    if rt_is_gen(f):
        return rt_gen_close(f)  # generator.close() (gen.py)
    if not rt_file_is(f):
        return rt_no_attr(f, "close")
    rt_file_close(f)
    return None


def rt_m_flush(f: obj) -> obj:
    if not rt_file_is(f):
        return rt_no_attr(f, "flush")
    if rt_file_check(f, 0, "") == 0:
        return NULL_WORD
    if load_i32(word_ptr(f), FILE_FD) == 1:
        rt_flush()
    return None


# ---- input() and print(file=...) --------------------------------------------------------------

def rt_input(prompt: obj) -> obj:
    """input([prompt]): flushes stdout, writes the prompt, reads a line without its newline."""
    if prompt is not NULL_WORD:
        rt_write_obj(rt_str_call(prompt))
        if exc_get() is not 0:
            return NULL_WORD
    rt_flush()
    line: obj = rt_file_readline(rt_io_std(0), -1)
    if exc_get() is not 0:
        return NULL_WORD
    n: i32 = rt_len_word(line)
    if n == 0:
        rt_raise("EOFError", "EOF when reading a line")
        return NULL_WORD
    if rt_str_last_is_newline(line):
        return rt_str_slice(line, 0, 1, n - 1)
    return line


def rt_str_last_is_newline(s: obj) -> i32:
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    return rt_str_char(p, rt_str_kind(p), n - 1) == 10


def rt_print_file_begin(f: obj) -> obj:
    """print(..., file=f): points the output at f (None: stdout). Returns f's fd as an int, or
    None when f is not a file object (io.StringIO, a class with write()): the print then calls
    f.write() for each piece, as CPython does."""
    if f is None:
        f = rt_io_std(1)
    if not rt_file_is(f):
        return None
    if rt_file_check(f, FILEF_WRITE, "not writable") == 0:
        return NULL_WORD
    fd: i32 = load_i32(word_ptr(f), FILE_FD)
    rt_out_begin(fd)
    return tag_int(i32_to_i64(fd))


def rt_print_file_end(fd: obj) -> None:
    rt_out_end(i64_to_i32(untag_int(fd)))


def rt_print_target(f: obj) -> obj:
    """The object print(file=f) writes to: f, or sys.stdout when f is None."""
    if f is None:
        return rt_io_std(1)
    return f


def rt_print_piece(x: obj, dflt: obj, what: obj) -> obj:
    """print()'s sep or end for a write() call: x, or dflt when x is None; TypeError unless a str."""
    if x is None:
        return dflt
    if is_small(x) or load_i32(word_ptr(x), 0) != TYPE_STR:
        rt_raise("TypeError", rt_str_concat(what, rt_str_concat(" must be None or a string, not ", rt_type_name(x))))
        return NULL_WORD
    return x


def rt_sys_set_stream(fd: i32, f: obj) -> None:
    """sys.stdout = f / sys.stderr = f / sys.stdin = f: what the name and print() then use."""
    if fd == 1:
        rt_flush()
        store_obj(IO_STATE + IO_STDOUT, 0, f)
    elif fd == 2:
        store_obj(IO_STATE + IO_STDERR, 0, f)
    else:
        store_obj(IO_STATE + IO_STDIN, 0, f)


# ---- open() ---------------------------------------------------------------------------------

def rt_io_preopens() -> obj:
    """The preopened directories: a list of (fd, name) tuples, found once."""
    l: obj = load_obj(IO_STATE, IO_PREOPENS)
    if l is not 0:
        return l
    l = rt_list_new(0)
    fd: i32 = 3
    while wasi_fd_prestat_get(fd, SCRATCH) == 0:
        if load_u8(SCRATCH, 0) == 0:
            n: i32 = load_i32(SCRATCH, 4)
            buf: i32 = rt_alloc(IOBUF_DATA + n + 8, TYPE_IO_BUF)
            wasi_fd_prestat_dir_name(fd, buf + IOBUF_DATA, n)
            # Some runtimes count a trailing NUL in the name.
            while n > 0 and load_u8(buf + IOBUF_DATA + n - 1, 0) == 0:
                n = n - 1
            rt_list_append(l, rt_tuple2(tag_int(i32_to_i64(fd)), rt_str_from_bytes(buf + IOBUF_DATA, n)))
        fd = fd + 1
    store_obj(IO_STATE, IO_PREOPENS, l)
    return l


def rt_str_startswith_at(s: obj, prefix: obj) -> i32:
    ps: i32 = word_ptr(s)
    pp: i32 = word_ptr(prefix)
    n: i32 = load_i32(pp, STR_LEN)
    if n > load_i32(ps, STR_LEN):
        return 0
    ks: i32 = rt_str_kind(ps)
    kp: i32 = rt_str_kind(pp)
    i: i32 = 0
    while i < n:
        if rt_str_char(ps, ks, i) != rt_str_char(pp, kp, i):
            return 0
        i = i + 1
    return 1


def rt_io_resolve(path: obj) -> obj:
    """(dir fd, path relative to it) for a path, through the preopen whose name is its longest
    prefix ("." for relative paths); None when no preopen holds it."""
    pre: obj = rt_io_preopens()
    n: i32 = rt_list_len(pre)
    best: i32 = -1
    bestlen: i32 = -1
    rel: i32 = 1
    if rt_str_len(path) > 0:
        p: i32 = word_ptr(path)
        rel = rt_str_char(p, rt_str_kind(p), 0) != 47
    i: i32 = 0
    while i < n:
        t: obj = rt_list_get(pre, i)
        name: obj = rt_seq_item(t, 1)
        nl: i32 = rt_str_len(name)
        ok: i32 = 0
        if rel:
            ok = rt_str_eq(name, ".") or rt_str_eq(name, "./")
            nl = 0
        elif rt_str_startswith_at(path, name):
            ok = nl == rt_str_len(path) or nl == 1
            if not ok:
                q: i32 = word_ptr(path)
                ok = rt_str_char(q, rt_str_kind(q), nl) == 47 or rt_str_char(word_ptr(name), rt_str_kind(word_ptr(name)), nl - 1) == 47
        if ok and nl > bestlen:
            best = i
            bestlen = nl
        i = i + 1
    if best < 0:
        return None
    t2: obj = rt_list_get(pre, best)
    restlen: i32 = rt_str_len(path) - bestlen
    rest: obj = rt_str_slice(path, bestlen, 1, restlen)
    # Drop the leading "/" of the rest; an empty rest is the directory itself.
    while rt_str_len(rest) > 0 and rt_str_char(word_ptr(rest), rt_str_kind(word_ptr(rest)), 0) == 47:
        rest = rt_str_slice(rest, 1, 1, rt_str_len(rest) - 1)
    if rt_str_len(rest) == 0:
        rest = "."
    return rt_tuple2(rt_seq_item(t2, 0), rest)


def rt_io_errno(e: i32, path: obj) -> None:
    """Raises the OSError subclass CPython raises for WASI errno e, with its message."""
    cls: obj = "OSError"
    num: i32 = 5
    msg: obj = "Input/output error"
    if e == 44:
        cls = "FileNotFoundError"
        num = 2
        msg = "No such file or directory"
    elif e == 2 or e == 63 or e == 76:
        cls = "PermissionError"
        num = 13
        msg = "Permission denied"
    elif e == 20:
        cls = "FileExistsError"
        num = 17
        msg = "File exists"
    elif e == 31:
        cls = "IsADirectoryError"
        num = 21
        msg = "Is a directory"
    elif e == 54:
        cls = "NotADirectoryError"
        num = 20
        msg = "Not a directory"
    elif e == 55:
        num = 39
        msg = "Directory not empty"
    elif e == 28:
        num = 22
        msg = "Invalid argument"
    rt_oserror_raise(cls, num, msg, path)  # CPython's Linux errno numbers and messages


def rt_open(path: obj, mode: obj) -> obj:
    """open(path, mode='r')."""
    if mode is NULL_WORD:
        mode = "r"
    if is_small(path) or load_i32(word_ptr(path), 0) != TYPE_STR:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("expected str, bytes or os.PathLike object, not ", rt_type_name(path)), ""))
        return NULL_WORD
    if is_small(mode) or load_i32(word_ptr(mode), 0) != TYPE_STR:
        rt_raise("TypeError", rt_str_concat("open() argument 'mode' must be str, not ", rt_type_name(mode)))
        return NULL_WORD
    # Parse the mode: exactly one of r w a x, optional +, optional b or t.
    flags: i32 = 0
    oflags: i32 = 0
    fdflags: i32 = 0
    kinds: i32 = 0
    plus: i32 = 0
    bt: i32 = 0
    pm: i32 = word_ptr(mode)
    km: i32 = rt_str_kind(pm)
    nm: i32 = load_i32(pm, STR_LEN)
    i: i32 = 0
    bad: i32 = 0
    while i < nm:
        c: i32 = rt_str_char(pm, km, i)
        if c == 114:
            flags = flags | FILEF_READ
            kinds = kinds + 1
        elif c == 119:
            flags = flags | FILEF_WRITE
            oflags = 1 | 8
            kinds = kinds + 1
        elif c == 97:
            flags = flags | FILEF_WRITE | FILEF_APPEND
            oflags = 1
            fdflags = 1
            kinds = kinds + 1
        elif c == 120:
            flags = flags | FILEF_WRITE
            oflags = 1 | 4
            kinds = kinds + 1
        elif c == 43:
            plus = plus + 1
        elif c == 98:
            flags = flags | FILEF_BINARY
            bt = bt + 1
        elif c == 116:
            bt = bt + 1
        else:
            bad = 1
        i = i + 1
    if bad or plus > 1 or bt > 1:
        rt_raise("ValueError", rt_str_concat("invalid mode: ", rt_str_repr(mode)))
        return NULL_WORD
    if kinds != 1:
        rt_raise("ValueError", "must have exactly one of create/read/write/append mode")
        return NULL_WORD
    if plus:
        flags = flags | FILEF_READ | FILEF_WRITE
    where: obj = rt_io_resolve(path)
    if where is None:
        rt_io_errno(44, path)
        return NULL_WORD
    rel: obj = rt_seq_item(where, 1)
    # The path as UTF-8 bytes (ASCII strs are already UTF-8).
    pr: i32 = word_ptr(rel)
    rn: i32 = load_i32(pr, STR_LEN)
    # Rights as wasi-libc asks them: reading (fd_read, fd_seek, fd_tell, fd_filestat_get), plus
    # writing (fd_write, fd_datasync, fd_sync, fd_fdstat_set_flags, fd_filestat_set_size).
    rights: i64 = 0x2 | 0x4 | 0x20 | 0x200000
    if flags & FILEF_WRITE:
        rights = rights | 0x40 | 0x1 | 0x10 | 0x8 | 0x400000
    err: i32 = wasi_path_open(i64_to_i32(untag_int(rt_seq_item(where, 0))), 1, pr + STR_DATA, rn, oflags, rights, 0, fdflags, SCRATCH)
    if err != 0:
        rt_io_errno(err, path)
        return NULL_WORD
    fd: i32 = load_i32(SCRATCH, 0)
    return rt_file_new(fd, flags, path, mode)


def rt_tuple2(a: obj, b: obj) -> obj:
    t: obj = rt_tuple_new(2)
    rt_tuple_set(t, 0, a)
    rt_tuple_set(t, 1, b)
    return t
