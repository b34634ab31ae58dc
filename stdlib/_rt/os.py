# The os module's queries and changes of the file system (stdlib/os/*.py calls these), inside
# the preopened directories that stdlib/_rt/io.py resolves paths against.
from __keel__ import (
    i32, i64, obj,
    load_i32, load_i64, load_u8, word_ptr, i64_to_i32, untag_int,
    wasi_path_filestat_get, wasi_path_create_directory, wasi_path_remove_directory,
    wasi_path_unlink_file, wasi_path_open, wasi_fd_readdir, wasi_fd_close, wasi_environ_sizes_get,
    wasi_environ_get,
    NULL_WORD, STR_LEN, STR_DATA, IOBUF_DATA, TYPE_IO_BUF, SCRATCH,
)


def rt_os_where(p: obj) -> obj:
    """(dir fd, relative path) for p, raising FileNotFoundError outside every preopen."""
    where: obj = rt_io_resolve(p)
    if where is None:
        rt_io_errno(44, p)
        return NULL_WORD
    return where


def rt_os_filestat(p: obj, buf: i32) -> i32:
    """path_filestat_get into buf (64 bytes); the WASI errno (-1: p is outside the preopens)."""
    where: obj = rt_io_resolve(p)
    if where is None:
        return -1
    rel: i32 = word_ptr(rt_seq_item(where, 1))
    return wasi_path_filestat_get(i64_to_i32(untag_int(rt_seq_item(where, 0))), 1, rel + STR_DATA, load_i32(rel, STR_LEN), buf)


def rt_os_stat_kind(p: obj) -> obj:
    """0: nothing there, 1: a regular file, 2: a directory, 3: something else."""
    buf: i32 = rt_alloc(IOBUF_DATA + 64, TYPE_IO_BUF) + IOBUF_DATA
    if rt_os_filestat(p, buf) != 0:
        return 0
    t: i32 = load_u8(buf, 16)
    if t == 4:
        return 1
    if t == 3:
        return 2
    return 3


def rt_os_getsize(p: obj) -> obj:
    buf: i32 = rt_alloc(IOBUF_DATA + 64, TYPE_IO_BUF) + IOBUF_DATA
    e: i32 = rt_os_filestat(p, buf)
    if e != 0:
        if e < 0:
            e = 44
        rt_io_errno(e, p)
        return NULL_WORD
    return rt_int_from_i64(load_i64(buf, 32))


def rt_os_mkdir(p: obj) -> obj:
    where: obj = rt_os_where(p)
    if where is NULL_WORD:
        return NULL_WORD
    rel: i32 = word_ptr(rt_seq_item(where, 1))
    e: i32 = wasi_path_create_directory(i64_to_i32(untag_int(rt_seq_item(where, 0))), rel + STR_DATA, load_i32(rel, STR_LEN))
    if e != 0:
        rt_io_errno(e, p)
        return NULL_WORD
    return None


def rt_os_remove(p: obj, isdir: obj) -> obj:
    where: obj = rt_os_where(p)
    if where is NULL_WORD:
        return NULL_WORD
    rel: i32 = word_ptr(rt_seq_item(where, 1))
    fd: i32 = i64_to_i32(untag_int(rt_seq_item(where, 0)))
    e: i32 = 0
    if rt_truth(isdir):
        e = wasi_path_remove_directory(fd, rel + STR_DATA, load_i32(rel, STR_LEN))
    else:
        e = wasi_path_unlink_file(fd, rel + STR_DATA, load_i32(rel, STR_LEN))
    if e != 0:
        rt_io_errno(e, p)
        return NULL_WORD
    return None


def rt_os_listdir(p: obj) -> obj:
    """The names in a directory (not . and ..), in the order the runtime gives them."""
    where: obj = rt_os_where(p)
    if where is NULL_WORD:
        return NULL_WORD
    rel: i32 = word_ptr(rt_seq_item(where, 1))
    # oflags 2: O_DIRECTORY; rights: fd_readdir (1 << 14).
    e: i32 = wasi_path_open(i64_to_i32(untag_int(rt_seq_item(where, 0))), 1, rel + STR_DATA, load_i32(rel, STR_LEN), 2, 16384, 0, 0, SCRATCH)
    if e != 0:
        rt_io_errno(e, p)
        return NULL_WORD
    fd: i32 = load_i32(SCRATCH, 0)
    size: i32 = 4096
    out: obj = rt_list_new(0)
    cookie: i64 = 0
    while 1:
        buf: i32 = rt_alloc(IOBUF_DATA + size, TYPE_IO_BUF) + IOBUF_DATA
        e = wasi_fd_readdir(fd, buf, size, cookie, SCRATCH)
        if e != 0:
            wasi_fd_close(fd)
            rt_io_errno(e, p)
            return NULL_WORD
        used: i32 = load_i32(SCRATCH, 0)
        at: i32 = 0
        progressed: i32 = 0
        # Each entry: d_next u64, d_ino u64, d_namlen u32, d_type u8 (24 bytes), then the name.
        while at + 24 <= used:
            namlen: i32 = load_i32(buf + at, 16)
            if at + 24 + namlen > used:
                break
            name: obj = rt_str_from_bytes(buf + at + 24, namlen)
            if not (rt_str_eq(name, ".") or rt_str_eq(name, "..")):
                rt_list_append(out, name)
            cookie = load_i64(buf + at, 0)
            at = at + 24 + namlen
            progressed = 1
        if used < size:
            break
        if progressed == 0:
            size = size * 2
    wasi_fd_close(fd)
    return out


def rt_os_environ() -> obj:
    """os.environ: the WASI environment as a dict of str (made at each call: os.py keeps one)."""
    wasi_environ_sizes_get(SCRATCH, SCRATCH + 4)
    n: i32 = load_i32(SCRATCH, 0)
    size: i32 = load_i32(SCRATCH, 4)
    buf: i32 = rt_alloc(IOBUF_DATA + n * 4 + size + 8, TYPE_IO_BUF) + IOBUF_DATA
    chars: i32 = buf + n * 4
    wasi_environ_get(buf, chars)
    d: obj = rt_dict_new()
    i: i32 = 0
    while i < n:
        p: i32 = load_i32(buf + 4 * i, 0)
        eq: i32 = 0
        while load_u8(p + eq, 0) != 61 and load_u8(p + eq, 0) != 0:
            eq = eq + 1
        end: i32 = eq
        while load_u8(p + end, 0) != 0:
            end = end + 1
        if load_u8(p + eq, 0) == 61:
            rt_dict_set(d, rt_str_from_bytes(p, eq), rt_str_from_bytes(p + eq + 1, end - eq - 1))
        i = i + 1
    return d
