# The runtime core: memory, output, printing, exceptions and the generic operations on
# universal words that -O0 code calls (rt_add, rt_lt, rt_truth, ...).
#
# Compiled by Keel itself. Names imported from __keel__ are intrinsics: the types i32, i64, f64
# and obj for annotations (binding here, unlike user code), the layout constants of
# src/runtime/layout.ts, and one function per IR op (load_i32(addr, offset), is_small(x), ...).
# Arithmetic on i32/i64 values is machine arithmetic (wrapping); comparisons give i32 0/1.
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_u8, store_u8, load_obj, store_obj, mem_copy, mem_size, mem_grow,
    heap_base, exc_get, exc_set, is_small, tag_int, untag_int, i64_to_i32, i32_to_i64, u32_to_i64,
    ptr_word, word_ptr, box_bool, unbox_float, i64_div_s,
    wasi_fd_write, wasi_proc_exit,
    NULL_WORD, HEADER_SIZE, TYPE_NONE, TYPE_BOOL, TYPE_INT, TYPE_FLOAT, TYPE_STR, TYPE_EXC,
    NONE_ADDR, FALSE_ADDR, TRUE_ADDR, RT_HEAP_TOP, RT_HEAP_END, RT_STDOUT_LEN, RT_TB_COUNT,
    SCRATCH, STDOUT_BUF, STDOUT_BUF_SIZE, STR_LEN, STR_KIND, STR_FLAGS, STR_DATA, STR_FLAG_ASCII,
    SMALL_MIN, SMALL_MAX, TB_BUF, TB_MAX, IO_STATE, IO_OUT_FD,
)


# ---- memory -------------------------------------------------------------------------------
# rt_alloc(size, type_id) -> i32 (a new zeroed object) is the collector's: stdlib/_rt/gc.py.


# ---- output -------------------------------------------------------------------------------

def rt_flush() -> None:
    n: i32 = load_i32(RT_STDOUT_LEN, 0)
    if n > 0:
        rt_write_fd(rt_out_fd(), STDOUT_BUF, n)
        store_i32(RT_STDOUT_LEN, 0, 0)


def rt_out_fd() -> i32:
    """The stream the output buffer writes to: stdout, or another stream during a write to it
    (stdlib/_rt/io.py)."""
    fd: i32 = load_i32(IO_STATE, IO_OUT_FD)
    if fd == 0:
        return 1
    return fd


def rt_write_fd(fd: i32, ptr: i32, n: i32) -> None:
    """Writes all n bytes at ptr to fd through fd_write (one iovec, retried on short writes)."""
    iov: i32 = SCRATCH
    while n > 0:
        store_i32(iov, 0, ptr)
        store_i32(iov, 4, n)
        if wasi_fd_write(fd, iov, 1, iov + 8) != 0:
            return
        done: i32 = load_i32(iov, 8)
        ptr = ptr + done
        n = n - done


def rt_write_bytes(ptr: i32, n: i32) -> None:
    """Appends n bytes to the stdout buffer, flushing as needed."""
    used: i32 = load_i32(RT_STDOUT_LEN, 0)
    if used + n > STDOUT_BUF_SIZE:
        rt_flush()
        used = 0
        if n > STDOUT_BUF_SIZE:
            rt_write_fd(rt_out_fd(), ptr, n)
            return
    mem_copy(STDOUT_BUF + used, ptr, n)
    store_i32(RT_STDOUT_LEN, 0, used + n)


def rt_write_byte(c: i32) -> None:
    used: i32 = load_i32(RT_STDOUT_LEN, 0)
    if used + 1 > STDOUT_BUF_SIZE:
        rt_flush()
        used = 0
    store_u8(STDOUT_BUF + used, 0, c)
    store_i32(RT_STDOUT_LEN, 0, used + 1)


def rt_write_str(s: obj) -> None:
    """Writes a str object as UTF-8."""
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    if load_u8(p, STR_FLAGS) & STR_FLAG_ASCII:
        rt_write_bytes(p + STR_DATA, n)
        return
    kind: i32 = load_u8(p, STR_KIND)
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        rt_write_utf8(c)
        i = i + 1


def rt_str_char(p: i32, kind: i32, i: i32) -> i32:
    if kind == 1:
        return load_u8(p + STR_DATA + i, 0)
    if kind == 2:
        return load_u8(p + STR_DATA + 2 * i, 0) | (load_u8(p + STR_DATA + 2 * i, 1) << 8)
    return load_i32(p + STR_DATA + 4 * i, 0)


def rt_write_utf8(c: i32) -> None:
    if c < 0x80:
        rt_write_byte(c)
    elif c < 0x800:
        rt_write_byte(0xC0 | (c >> 6))
        rt_write_byte(0x80 | (c & 0x3F))
    elif c < 0x10000:
        rt_write_byte(0xE0 | (c >> 12))
        rt_write_byte(0x80 | ((c >> 6) & 0x3F))
        rt_write_byte(0x80 | (c & 0x3F))
    else:
        rt_write_byte(0xF0 | (c >> 18))
        rt_write_byte(0x80 | ((c >> 12) & 0x3F))
        rt_write_byte(0x80 | ((c >> 6) & 0x3F))
        rt_write_byte(0x80 | (c & 0x3F))


def rt_write_i64(v: i64) -> None:
    """Writes a machine integer in decimal."""
    end: i32 = SCRATCH + 64
    pos: i32 = end
    neg: i32 = v < 0
    if not neg:
        v = -v  # work with v <= 0 so that the most negative i64 needs no special case
    while True:
        q: i64 = i64_div_s(v, 10)
        pos = pos - 1
        store_u8(pos, 0, 48 + i64_to_i32(q * 10 - v))
        v = q
        if v == 0:
            break
    if neg:
        pos = pos - 1
        store_u8(pos, 0, 45)
    rt_write_bytes(pos, end - pos)


# ---- printing ----------------------------------------------------------------------------

def rt_write_obj(x: obj) -> None:
    """Writes str(x) to stdout."""
    if is_small(x):
        rt_write_i64(untag_int(x))
        return
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_STR:
        rt_write_str(x)
    elif t == TYPE_NONE:
        rt_write_str("None")
    elif t == TYPE_BOOL:
        if word_ptr(x) == TRUE_ADDR:
            rt_write_str("True")
        else:
            rt_write_str("False")
    elif t == TYPE_INT:
        rt_int_write(x)
    elif t == TYPE_FLOAT:
        rt_write_float(unbox_float(x))
    elif t == TYPE_EXC:
        s: obj = rt_exc_str(x)  # a user __str__ may raise
        if exc_get() is 0:
            rt_write_str(s)
    else:
        rt_write_other(x)


def rt_print_sep() -> None:
    rt_write_byte(32)


def rt_print_end() -> None:
    rt_write_byte(10)


# ---- exceptions (the rest is in exc.py) ----------------------------------------------------------------------------

def rt_tb_add(file: obj, func: obj, line: i64) -> None:
    """Records one frame of the pending exception's traceback (innermost first). A frame equal
    to the last one recorded (a recursion) adds 1 << 32 to that entry's line word instead: an
    entry is a frame and how many times more it repeats (exc.py rt_tb_text)."""
    n: i32 = load_i32(RT_TB_COUNT, 0)
    if n < 0:
        # the frame a RecursionError was raised at the entry of (exc.py rt_recursion_error)
        store_i32(RT_TB_COUNT, 0, 0)
        return
    if n > 0 and n <= TB_MAX:
        last: i32 = TB_BUF + (n - 1) * 24
        word: i64 = untag_int(load_obj(last, 16))
        if (word & 0xFFFFFFFF) == line and load_obj(last, 0) is file and load_obj(last, 8) is func:
            store_obj(last, 16, tag_int(word + 0x100000000))
            return
    if n < TB_MAX:
        e: i32 = TB_BUF + n * 24
        store_obj(e, 0, file)
        store_obj(e, 8, func)
        store_obj(e, 16, tag_int(line))
    store_i32(RT_TB_COUNT, 0, n + 1)


def rt_flush_to(fd: i32) -> None:
    n: i32 = load_i32(RT_STDOUT_LEN, 0)
    if n > 0:
        rt_write_fd(fd, STDOUT_BUF, n)
        store_i32(RT_STDOUT_LEN, 0, 0)


def rt_fatal(msg: obj) -> None:
    rt_flush()
    rt_write_str(msg)
    rt_write_byte(10)
    rt_flush_to(2)
    wasi_proc_exit(1)


def rt_print_sep_obj(sep: obj) -> None:
    if sep is not rt_none():
        rt_write_obj(sep)
    else:
        rt_write_byte(32)


def rt_print_end_obj(end: obj) -> None:
    if end is not rt_none():
        rt_write_obj(end)
    else:
        rt_write_byte(10)


def rt_none() -> obj:
    return None


def rt_write_int(x: obj) -> None:
    """print() of a value known to be an int."""
    if is_small(x):
        rt_write_i64(untag_int(x))
    else:
        rt_int_write(x)


def rt_write_bool(x: obj) -> None:
    """print() of a value known to be a bool."""
    if word_ptr(x) == TRUE_ADDR:
        rt_write_str("True")
    else:
        rt_write_str("False")
