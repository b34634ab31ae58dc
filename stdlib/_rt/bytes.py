# bytes and bytearray (layouts in src/runtime/layout.ts: bytes shares the str layout with kind 1,
# a bytearray owns a growable buffer that is itself a bytes object): construction (literals,
# bytes(n), bytes(iterable), bytes(str, encoding)), len, indexing (ints), slicing, iteration,
# +, *, ==, ordering, `in`, repr, str.encode / bytes.decode (UTF-8 with CPython's
# UnicodeDecodeError messages, ASCII, Latin-1), hex(), fromhex(), bytearray append/extend/
# item assignment, and the search/strip/split/replace/join methods, which run the str code on a
# Latin-1 view of the bytes (code point = byte) and convert the result back.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, mem_copy, mem_fill, word_ptr, ptr_word, is_small,
    tag_int, untag_int, exc_get, i32_to_i64, i64_to_i32,
    NULL_WORD, TYPE_FLOAT, TYPE_STR, TYPE_BYTES, TYPE_BYTEARRAY, TYPE_LIST, TYPE_TUPLE, STR_LEN, STR_KIND,
    STR_FLAGS, STR_DATA, STR_FLAG_ASCII, BYTES_LEN, BYTES_DATA, BYTEARRAY_LEN, BYTEARRAY_CAP,
    BYTEARRAY_BUF, BYTEARRAY_SIZE,
)


# ---- representation ---------------------------------------------------------------------------------

def rt_bytes_alloc(n: i32) -> i32:
    """A new bytes object of n (zeroed) bytes."""
    p: i32 = rt_alloc(BYTES_DATA + n, TYPE_BYTES)
    store_i32(p, BYTES_LEN, n)
    store_u8(p, STR_KIND, 1)
    return p


def rt_is_bytes_like(x: obj) -> i32:
    t: i32 = rt_type_id(x)
    return t == TYPE_BYTES or t == TYPE_BYTEARRAY


def rt_bytes_len(x: obj) -> i32:
    return load_i32(word_ptr(x), BYTES_LEN)


def rt_bytes_data(x: obj) -> i32:
    """The address of the first byte of a bytes or bytearray."""
    p: i32 = word_ptr(x)
    if load_i32(p, 0) == TYPE_BYTES:
        return p + BYTES_DATA
    return load_i32(p, BYTEARRAY_BUF) + BYTES_DATA


def rt_bytes_from_mem(src: i32, n: i32, ba: i32) -> obj:
    """A new bytes (ba 0) or bytearray (ba 1) holding the n bytes at src."""
    if ba:
        r: obj = rt_bytearray_new(n)
        mem_copy(rt_bytes_data(r), src, n)
        store_i32(word_ptr(r), BYTEARRAY_LEN, n)
        return r
    p: i32 = rt_bytes_alloc(n)
    mem_copy(p + BYTES_DATA, src, n)
    return ptr_word(p)


def rt_bytes_from_latin1(s: obj) -> obj:
    """bytes from a str whose code points are all < 256 (a b'...' literal's static text)."""
    p: i32 = word_ptr(s)
    return rt_bytes_from_mem(p + STR_DATA, load_i32(p, STR_LEN), 0)


def rt_bytearray_new(cap: i32) -> obj:
    p: i32 = rt_alloc(BYTEARRAY_SIZE, TYPE_BYTEARRAY)
    if cap > 0:
        store_i32(p, BYTEARRAY_BUF, rt_bytes_alloc(cap))
        store_i32(p, BYTEARRAY_CAP, cap)
    return ptr_word(p)


def rt_bytearray_reserve(p: i32, want: i32) -> None:
    cap: i32 = load_i32(p, BYTEARRAY_CAP)
    if want <= cap:
        return
    ncap: i32 = cap * 2
    if ncap < want:
        ncap = want
    if ncap < 8:
        ncap = 8
    buf: i32 = rt_bytes_alloc(ncap)
    n: i32 = load_i32(p, BYTEARRAY_LEN)
    if n > 0:
        mem_copy(buf + BYTES_DATA, load_i32(p, BYTEARRAY_BUF) + BYTES_DATA, n)
    store_i32(p, BYTEARRAY_BUF, buf)
    store_i32(p, BYTEARRAY_CAP, ncap)


def rt_bytes_as_str(x: obj) -> obj:
    """The Latin-1 str of a bytes-like object (code point = byte)."""
    n: i32 = rt_bytes_len(x)
    d: i32 = rt_bytes_data(x)
    ascii: i32 = 1
    i: i32 = 0
    while i < n:
        if load_u8(d + i, 0) >= 128:
            ascii = 0
        i = i + 1
    q: i32 = rt_str_alloc(n, 1, ascii)
    mem_copy(q + STR_DATA, d, n)
    return ptr_word(q)


def rt_str_as_bytes(s: obj, ba: i32) -> obj:
    """The bytes (or bytearray) of a str whose code points are all < 256."""
    p: i32 = word_ptr(s)
    return rt_bytes_from_mem(p + STR_DATA, load_i32(p, STR_LEN), ba)


# ---- bytes(), bytearray() ----------------------------------------------------------------------------

def rt_bytes_call(x: obj, enc: obj, errors: obj, ba: i32) -> obj:
    """bytes(x[, encoding[, errors]]) and bytearray(...) (NULL_WORD for absent arguments)."""
    if x is NULL_WORD:
        if ba:
            return rt_bytearray_new(0)
        return ptr_word(rt_bytes_alloc(0))
    if rt_is_str(x):
        if enc is NULL_WORD:
            rt_raise("TypeError", "string argument without an encoding")
            return 1
        r: obj = rt_sm_encode(x, enc, errors)
        if exc_get() is not 0 or not ba:
            return r
        return rt_bytes_from_mem(rt_bytes_data(r), rt_bytes_len(r), 1)
    if enc is not NULL_WORD:
        rt_raise("TypeError", "encoding without a string argument")
        return 1
    if rt_num_kind(x) == 1 and rt_type_id(x) != 4:
        n: i64 = rt_sm_int_arg(x)
        if exc_get() is not 0:
            return 1
        if n < 0:
            rt_raise("ValueError", "negative count")
            return 1
        if ba:
            r2: obj = rt_bytearray_new(i64_to_i32(n))
            store_i32(word_ptr(r2), BYTEARRAY_LEN, i64_to_i32(n))
            return r2
        return ptr_word(rt_bytes_alloc(i64_to_i32(n)))
    if rt_is_bytes_like(x):
        if not ba and rt_type_id(x) == TYPE_BYTES:
            return x
        return rt_bytes_from_mem(rt_bytes_data(x), rt_bytes_len(x), ba)
    if not rt_is_iterable(x):
        m: obj = rt_str_concat("cannot convert '", rt_type_name(x))
        if ba:
            rt_raise("TypeError", rt_str_concat(m, "' object to bytearray"))
        else:
            rt_raise("TypeError", rt_str_concat(m, "' object to bytes"))
        return 1
    out: obj = rt_bytearray_new(0)
    it: obj = rt_iter(x)
    while True:
        v: obj = rt_next(it)
        if v is NULL_WORD:
            break
        if rt_num_kind(v) == 1 and (not is_small(rt_to_int(v)) or untag_int(rt_to_int(v)) < 0 or untag_int(rt_to_int(v)) > 255):
            if ba:
                rt_raise("ValueError", "byte must be in range(0, 256)")  # (CPython's two wordings)
            else:
                rt_raise("ValueError", "bytes must be in range(0, 256)")
            return 1
        rt_bytearray_append_int(out, v)
        if exc_get() is not 0:
            return 1
    if exc_get() is not 0:
        return 1
    if ba:
        return out
    return rt_bytes_from_mem(rt_bytes_data(out), rt_bytes_len(out), 0)


def rt_byte_value(v: obj) -> i32:
    """An int in range(256) (-1 with TypeError or ValueError 'byte must be in range(0, 256)')."""
    if rt_num_kind(v) != 1:
        m: obj = rt_str_concat("'", rt_type_name(v))
        rt_raise("TypeError", rt_str_concat(m, "' object cannot be interpreted as an integer"))
        return -1
    x: obj = rt_to_int(v)
    if not is_small(x) or untag_int(x) < 0 or untag_int(x) > 255:
        rt_raise("ValueError", "byte must be in range(0, 256)")
        return -1
    return i64_to_i32(untag_int(x))


def rt_bytearray_append_int(b: obj, v: obj) -> None:
    c: i32 = rt_byte_value(v)
    if c < 0:
        return
    p: i32 = word_ptr(b)
    n: i32 = load_i32(p, BYTEARRAY_LEN)
    rt_bytearray_reserve(p, n + 1)
    store_u8(load_i32(p, BYTEARRAY_BUF) + BYTES_DATA + n, 0, c)
    store_i32(p, BYTEARRAY_LEN, n + 1)


def rt_bm_append(b: obj, v: obj) -> obj:
    if rt_type_id(b) != TYPE_BYTEARRAY:
        return rt_m_append(b, v)
    rt_bytearray_append_int(b, v)
    if exc_get() is not 0:
        return 1
    return None


def rt_bm_extend(b: obj, it: obj) -> obj:
    if rt_type_id(b) != TYPE_BYTEARRAY:
        return rt_m_extend(b, it)
    if rt_is_str(it):
        rt_raise("TypeError", "expected iterable of integers; got: 'str'")
        return 1
    add: obj = rt_bytes_call(it, NULL_WORD, NULL_WORD, 0)
    if exc_get() is not 0:
        return 1
    p: i32 = word_ptr(b)
    n: i32 = load_i32(p, BYTEARRAY_LEN)
    m: i32 = rt_bytes_len(add)
    rt_bytearray_reserve(p, n + m)
    mem_copy(load_i32(p, BYTEARRAY_BUF) + BYTES_DATA + n, rt_bytes_data(add), m)
    store_i32(p, BYTEARRAY_LEN, n + m)
    return None


# ---- items, slices, operators ------------------------------------------------------------------------

def rt_bytes_index(x: obj, k: obj) -> i32:
    """The byte index for x[k] (-1 with TypeError or IndexError set, CPython's bytes wording)."""
    ba: i32 = rt_type_id(x) == TYPE_BYTEARRAY
    if rt_num_kind(k) != 1:
        m: obj = "byte indices must be integers or slices, not "
        if ba:
            m = "bytearray indices must be integers or slices, not "
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(k)))
        return -1
    if not is_small(k) and rt_type_id(k) == 3:
        rt_raise("IndexError", "cannot fit 'int' into an index-sized integer")
        return -1
    n: i64 = i32_to_i64(rt_bytes_len(x))
    i: i64 = rt_index_value(k)
    if i < 0:
        i = i + n
    if i < 0 or i >= n:
        if ba:
            rt_raise("IndexError", "bytearray index out of range")
        else:
            rt_raise("IndexError", "index out of range")
        return -1
    return i64_to_i32(i)


def rt_bytes_getitem(x: obj, k: obj) -> obj:
    i: i32 = rt_bytes_index(x, k)
    if i < 0:
        return 1
    return tag_int(i32_to_i64(load_u8(rt_bytes_data(x) + i, 0)))


def rt_bytes_setitem(x: obj, k: obj, v: obj) -> None:
    if rt_type_id(x) != TYPE_BYTEARRAY:
        rt_raise("TypeError", "'bytes' object does not support item assignment")
        return
    i: i32 = rt_bytes_index(x, k)
    if i < 0:
        return
    c: i32 = rt_byte_value(v)
    if c < 0:
        return
    store_u8(rt_bytes_data(x) + i, 0, c)


def rt_bytearray_setslice(x: obj, lo: obj, hi: obj, step: obj, v: obj) -> None:
    """x[lo:hi:step] = v for a bytearray x; del x[lo:hi:step] when v is NULL_WORD
    (CPython's bytearray_ass_subscript: bytes-like values, or an iterable of ints)."""
    p: i32 = word_ptr(x)
    n: i32 = load_i32(p, BYTEARRAY_LEN)
    cell: i32 = rt_slice_indices(lo, hi, step, n)
    if exc_get() is not 0:
        return
    start: i32 = load_i32(cell, 0)
    stop: i32 = load_i32(cell, 4)
    st: i32 = load_i32(cell, 8)
    count: i32 = load_i32(cell, 12)
    src: obj = NULL_WORD
    m: i32 = 0
    if v is not NULL_WORD:
        tv: i32 = rt_type_id(v)
        if tv == TYPE_BYTES:
            src = v
        elif tv == TYPE_BYTEARRAY:
            src = rt_bytes_from_mem(rt_bytes_data(v), rt_bytes_len(v), 0)  # (v may be x)
        elif rt_num_kind(v) != 0 or tv == TYPE_STR:
            rt_raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            return
        else:
            src = rt_bytes_call(v, NULL_WORD, NULL_WORD, 1)  # bytearray(v)'s errors
            if exc_get() is not 0:
                return
        m = rt_bytes_len(src)
    if st == 1:
        if stop < start:
            stop = start
        newn: i32 = n - (stop - start) + m
        rt_bytearray_reserve(p, newn)
        d: i32 = load_i32(p, BYTEARRAY_BUF) + BYTES_DATA
        mem_copy(d + start + m, d + stop, n - stop)
        if m > 0:
            mem_copy(d + start, rt_bytes_data(src), m)
        store_i32(p, BYTEARRAY_LEN, newn)
        return
    d2: i32 = load_i32(p, BYTEARRAY_BUF) + BYTES_DATA
    if v is NULL_WORD:
        # delete every st-th byte: walk the positions in ascending order, compacting
        if count == 0:
            return
        if st < 0:
            start = start + (count - 1) * st
            st = 0 - st
        w: i32 = start
        r: i32 = start
        k: i32 = 0
        while r < n:
            if k < count and r == start + k * st:
                k = k + 1
            else:
                store_u8(d2 + w, 0, load_u8(d2 + r, 0))
                w = w + 1
            r = r + 1
        store_i32(p, BYTEARRAY_LEN, w)
        return
    if m != count:
        msg: obj = rt_str_concat("attempt to assign bytes of size ", rt_i64_to_str(i32_to_i64(m)))
        msg = rt_str_concat(msg, " to extended slice of size ")
        rt_raise("ValueError", rt_str_concat(msg, rt_i64_to_str(i32_to_i64(count))))
        return
    sd: i32 = rt_bytes_data(src)
    i: i32 = 0
    while i < count:
        store_u8(d2 + start + i * st, 0, load_u8(sd + i, 0))
        i = i + 1


def rt_bytearray_delitem(x: obj, k: obj) -> None:
    """del x[k] for a bytearray x and an int k."""
    i: i32 = rt_bytes_index(x, k)
    if i < 0:
        return
    p: i32 = word_ptr(x)
    n: i32 = load_i32(p, BYTEARRAY_LEN)
    d: i32 = load_i32(p, BYTEARRAY_BUF) + BYTES_DATA
    mem_copy(d + i, d + i + 1, n - i - 1)
    store_i32(p, BYTEARRAY_LEN, n - 1)


def rt_bytes_slice(x: obj, start: i32, step: i32, count: i32) -> obj:
    ba: i32 = rt_type_id(x) == TYPE_BYTEARRAY
    d: i32 = rt_bytes_data(x)
    if step == 1:
        return rt_bytes_from_mem(d + start, count, ba)
    r: obj = rt_bytes_from_mem(d, 0, ba)
    tmp: i32 = rt_bytes_alloc(count)
    i: i32 = 0
    while i < count:
        store_u8(tmp + BYTES_DATA + i, 0, load_u8(d + start + i * step, 0))
        i = i + 1
    return rt_bytes_from_mem(tmp + BYTES_DATA, count, ba)


def rt_bytes_concat(a: obj, b: obj) -> obj:
    """a + b for a bytes-like a (TypeError unless b is bytes-like too)."""
    if not rt_is_bytes_like(b):
        m: obj = rt_str_concat("can't concat ", rt_type_name(b))
        rt_raise("TypeError", rt_str_concat(rt_str_concat(m, " to "), rt_type_name(a)))
        return 1
    na: i32 = rt_bytes_len(a)
    nb: i32 = rt_bytes_len(b)
    tmp: i32 = rt_bytes_alloc(na + nb)
    mem_copy(tmp + BYTES_DATA, rt_bytes_data(a), na)
    mem_copy(tmp + BYTES_DATA + na, rt_bytes_data(b), nb)
    if rt_type_id(a) == TYPE_BYTEARRAY:
        return rt_bytes_from_mem(tmp + BYTES_DATA, na + nb, 1)
    return ptr_word(tmp)


def rt_bytes_repeat(a: obj, times: i64) -> obj:
    n: i32 = rt_bytes_len(a)
    if times < 0:
        times = 0
    if n > 0 and times > i32_to_i64(0x7FFFFFF // n):
        rt_raise("MemoryError", NULL_WORD)
        return 1
    total: i32 = n * i64_to_i32(times)
    tmp: i32 = rt_bytes_alloc(total)
    i: i32 = 0
    while i < total:
        mem_copy(tmp + BYTES_DATA + i, rt_bytes_data(a), n)
        i = i + n
    if rt_type_id(a) == TYPE_BYTEARRAY:
        return rt_bytes_from_mem(tmp + BYTES_DATA, total, 1)
    return ptr_word(tmp)


def rt_bytes_compare(a: obj, b: obj) -> i32:
    """-1, 0, 1 comparing two bytes-like objects bytewise."""
    na: i32 = rt_bytes_len(a)
    nb: i32 = rt_bytes_len(b)
    da: i32 = rt_bytes_data(a)
    db: i32 = rt_bytes_data(b)
    n: i32 = na
    if nb < n:
        n = nb
    i: i32 = 0
    while i < n:
        x: i32 = load_u8(da + i, 0)
        y: i32 = load_u8(db + i, 0)
        if x != y:
            if x < y:
                return -1
            return 1
        i = i + 1
    if na < nb:
        return -1
    if na > nb:
        return 1
    return 0


def rt_bytes_contains(c: obj, v: obj) -> i32:
    """v in c for a bytes-like c: an int byte value or a bytes-like subsequence."""
    if rt_is_bytes_like(v):
        return rt_str_find(rt_bytes_as_str(c), rt_bytes_as_str(v), 0) >= 0
    if rt_num_kind(v) != 1 or rt_type_id(v) == 4:
        m: obj = rt_str_concat("a bytes-like object is required, not '", rt_type_name(v))
        rt_raise("TypeError", rt_str_concat(m, "'"))
        return 0
    b: i32 = rt_byte_value(v)
    if b < 0:
        return 0
    d: i32 = rt_bytes_data(c)
    n: i32 = rt_bytes_len(c)
    i: i32 = 0
    while i < n:
        if load_u8(d + i, 0) == b:
            return 1
        i = i + 1
    return 0


# ---- repr, hex, fromhex ----------------------------------------------------------------------------

def rt_bytes_repr(x: obj) -> obj:
    """b'...' (bytearray(b'...')): ' unless the bytes hold ' and no ", escapes \\t \\n \\r \\\\
    and \\xhh for the rest outside printable ASCII."""
    n: i32 = rt_bytes_len(x)
    d: i32 = rt_bytes_data(x)
    sq: i32 = 0
    dq: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(d + i, 0)
        if c == 39:
            sq = 1
        elif c == 34:
            dq = 1
        i = i + 1
    quote: i32 = 39
    if sq and not dq:
        quote = 34
    buf: i32 = fr_buffer(n * 4 + 16)
    pos: i32 = buf
    ba: i32 = rt_type_id(x) == TYPE_BYTEARRAY
    if ba:
        pos = fr_put(pos, "bytearray(")
    store_u8(pos, 0, 98)
    store_u8(pos, 1, quote)
    pos = pos + 2
    i = 0
    while i < n:
        c2: i32 = load_u8(d + i, 0)
        if c2 == quote or c2 == 92:
            store_u8(pos, 0, 92)
            store_u8(pos, 1, c2)
            pos = pos + 2
        elif c2 == 9:
            pos = fr_put(pos, "\\t")
        elif c2 == 10:
            pos = fr_put(pos, "\\n")
        elif c2 == 13:
            pos = fr_put(pos, "\\r")
        elif c2 < 32 or c2 >= 127:
            store_u8(pos, 0, 92)
            store_u8(pos, 1, 120)
            store_u8(pos, 2, rt_hex_digit(c2 >> 4))
            store_u8(pos, 3, rt_hex_digit(c2 & 15))
            pos = pos + 4
        else:
            store_u8(pos, 0, c2)
            pos = pos + 1
        i = i + 1
    store_u8(pos, 0, quote)
    pos = pos + 1
    if ba:
        store_u8(pos, 0, 41)
        pos = pos + 1
    return rt_str_from_bytes(buf, pos - buf)


def rt_bm_hex(x: obj) -> obj:
    if not is_small(x) and rt_type_id(x) == TYPE_FLOAT:
        return rt_float_hex(rt_float_value(x))
    if not rt_is_bytes_like(x):
        return rt_no_attr(x, "hex")
    n: i32 = rt_bytes_len(x)
    d: i32 = rt_bytes_data(x)
    q: i32 = rt_str_alloc(n * 2, 1, STR_FLAG_ASCII)
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(d + i, 0)
        store_u8(q + STR_DATA + 2 * i, 0, rt_hex_digit(c >> 4))
        store_u8(q + STR_DATA + 2 * i, 1, rt_hex_digit(c & 15))
        i = i + 1
    return ptr_word(q)


def rt_hex_value(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 102:
        return c - 87
    if c >= 65 and c <= 70:
        return c - 55
    return -1


def rt_bytes_fromhex(s: obj, ba: i32) -> obj:
    """bytes.fromhex(s): pairs of hex digits, whitespace allowed between pairs."""
    if not rt_is_str(s):
        rt_raise("TypeError", rt_str_concat("fromhex() argument must be str, not ", rt_type_name(s)))
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    tmp: i32 = rt_bytes_alloc(n // 2 + 1)
    m: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if c == 32 or (c >= 9 and c <= 13):
            i = i + 1
            continue
        hi: i32 = rt_hex_value(c)
        lo: i32 = -1
        if i + 1 < n:
            lo = rt_hex_value(rt_str_char(p, kind, i + 1))
        if hi < 0 or lo < 0:
            at: i32 = i
            if hi >= 0:
                at = i + 1
            m2: obj = rt_str_concat("non-hexadecimal number found in fromhex() arg at position ", rt_i64_to_str(i32_to_i64(at)))
            rt_raise("ValueError", m2)
            return 1
        store_u8(tmp + BYTES_DATA + m, 0, hi * 16 + lo)
        m = m + 1
        i = i + 2
    return rt_bytes_from_mem(tmp + BYTES_DATA, m, ba)


# ---- encoding and decoding ----------------------------------------------------------------------

def rt_codec_id(name: obj) -> i32:
    """0 UTF-8, 1 ASCII, 2 Latin-1, -1 unknown (names compared as CPython normalizes them: any
    case, '-' or '_' or ' ' alike)."""
    low: obj = rt_str_casemap(name, 0)
    low = rt_sm_replace(rt_sm_replace(low, "_", "-", NULL_WORD), " ", "-", NULL_WORD)
    if rt_str_eq(low, "utf-8") or rt_str_eq(low, "utf8") or rt_str_eq(low, "u8") or rt_str_eq(low, "utf"):
        return 0
    if rt_str_eq(low, "ascii") or rt_str_eq(low, "us-ascii") or rt_str_eq(low, "646"):
        return 1
    if rt_str_eq(low, "latin-1") or rt_str_eq(low, "latin1") or rt_str_eq(low, "iso-8859-1") or rt_str_eq(low, "iso8859-1") or rt_str_eq(low, "l1") or rt_str_eq(low, "8859"):
        return 2
    return -1


def rt_codec_name(enc: i32) -> obj:
    if enc == 0:
        return "'utf-8' codec can't "
    if enc == 1:
        return "'ascii' codec can't "
    return "'latin-1' codec can't "


def rt_codec_errors(errors: obj) -> i32:
    """The error handler named by errors: 0 strict (also absent), 1 replace, 2 ignore,
    3 backslashreplace, 4 xmlcharrefreplace, 5 namereplace, 6 surrogateescape, 7 surrogatepass,
    -1 a name CPython does not register (LookupError only once an error needs the handler)."""
    if errors is NULL_WORD or rt_str_eq(errors, "strict"):
        return 0
    if rt_str_eq(errors, "replace"):
        return 1
    if rt_str_eq(errors, "ignore"):
        return 2
    if rt_str_eq(errors, "backslashreplace"):
        return 3
    if rt_str_eq(errors, "xmlcharrefreplace"):
        return 4
    if rt_str_eq(errors, "namereplace"):
        return 5
    if rt_str_eq(errors, "surrogateescape"):
        return 6
    if rt_str_eq(errors, "surrogatepass"):
        return 7
    return -1


def rt_codec_unknown_handler(errors: obj) -> None:
    rt_raise("LookupError", rt_str_concat("unknown error handler name ", rt_repr(errors)))


def rt_codec_bad(c: i32, enc: i32, limit: i32) -> i32:
    """Whether the codec enc cannot encode the code point c."""
    return c >= limit or (enc == 0 and c >= 0xD800 and c < 0xE000)


def rt_encode_error(s: obj, enc: i32, i: i32, j: i32) -> None:
    """Raise the UnicodeEncodeError of the characters i..j-1 of s."""
    m: obj = rt_codec_name(enc)
    if j - i == 1:
        m = rt_str_concat(m, "encode character ")
        m = rt_str_concat(m, rt_ascii(rt_str_slice(s, i, 1, 1)))
        m = rt_str_concat(rt_str_concat(m, " in position "), rt_i64_to_str(i32_to_i64(i)))
    else:
        m = rt_str_concat(m, "encode characters in position ")
        m = rt_str_concat(rt_str_concat(rt_str_concat(m, rt_i64_to_str(i32_to_i64(i))), "-"), rt_i64_to_str(i32_to_i64(j - 1)))
    if enc == 0:
        m = rt_str_concat(m, ": surrogates not allowed")
    elif enc == 1:
        m = rt_str_concat(m, ": ordinal not in range(128)")
    else:
        m = rt_str_concat(m, ": ordinal not in range(256)")
    rt_raise("UnicodeEncodeError", m)


def rt_sb_utf8(sb: obj, c: i32) -> None:
    """Append the UTF-8 bytes of c to sb, one character per byte."""
    if c < 0x80:
        rt_sb_char(sb, c)
    elif c < 0x800:
        rt_sb_char(sb, 0xC0 | (c >> 6))
        rt_sb_char(sb, 0x80 | (c & 0x3F))
    elif c < 0x10000:
        rt_sb_char(sb, 0xE0 | (c >> 12))
        rt_sb_char(sb, 0x80 | ((c >> 6) & 0x3F))
        rt_sb_char(sb, 0x80 | (c & 0x3F))
    else:
        rt_sb_char(sb, 0xF0 | (c >> 18))
        rt_sb_char(sb, 0x80 | ((c >> 12) & 0x3F))
        rt_sb_char(sb, 0x80 | ((c >> 6) & 0x3F))
        rt_sb_char(sb, 0x80 | (c & 0x3F))


def rt_sb_hex(sb: obj, prefix: obj, c: i32, digits: i32) -> None:
    rt_sb_add(sb, prefix)
    k: i32 = digits - 1
    while k >= 0:
        rt_sb_char(sb, rt_hex_digit((c >> (k * 4)) & 15))
        k = k - 1


def rt_str_encode_errors(s: obj, enc: i32, errors: obj, limit: i32) -> obj:
    """str.encode with an error handler other than strict, once some character cannot be
    encoded: the bytes are built one character per byte, then taken as Latin-1."""
    mode: i32 = rt_codec_errors(errors)
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    sb: obj = rt_sb_new()
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if not rt_codec_bad(c, enc, limit):
            if enc == 0:
                rt_sb_utf8(sb, c)
            else:
                rt_sb_char(sb, c)
            i = i + 1
            continue
        j: i32 = i + 1
        while j < n and rt_codec_bad(rt_str_char(p, kind, j), enc, limit):
            j = j + 1
        if mode < 0:
            rt_codec_unknown_handler(errors)
            return 1
        if mode == 0:
            rt_encode_error(s, enc, i, j)
            return 1
        if mode == 5:
            rt_raise("NotImplementedError", "not supported yet: the 'namereplace' error handler")
            return 1
        k: i32 = i
        while k < j:
            c = rt_str_char(p, kind, k)
            if mode == 1:
                rt_sb_char(sb, 63)
            elif mode == 3:
                if c < 0x100:
                    rt_sb_hex(sb, "\\x", c, 2)
                elif c < 0x10000:
                    rt_sb_hex(sb, "\\u", c, 4)
                else:
                    rt_sb_hex(sb, "\\U", c, 8)
            elif mode == 4:
                rt_sb_add(sb, "&#")
                rt_sb_add(sb, rt_i64_to_str(i32_to_i64(c)))
                rt_sb_char(sb, 59)
            elif mode == 6:
                if c < 0xDC80 or c > 0xDCFF:
                    rt_encode_error(s, enc, i, j)
                    return 1
                rt_sb_char(sb, c - 0xDC00)
            elif mode == 7:
                if enc != 0:
                    rt_encode_error(s, enc, i, j)
                    return 1
                rt_sb_utf8(sb, c)
            k = k + 1
        i = j
    return rt_str_as_bytes(rt_sb_done(sb), 0)


def rt_str_encode(s: obj, enc: i32, errors: obj) -> obj:
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    limit: i32 = 0x110000
    if enc == 1:
        limit = 128
    elif enc == 2:
        limit = 256
    # Find the first character the codec cannot encode (and the run of them after it).
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if rt_codec_bad(c, enc, limit):
            if errors is not NULL_WORD:
                return rt_str_encode_errors(s, enc, errors, limit)
            j: i32 = i + 1
            while j < n and rt_codec_bad(rt_str_char(p, kind, j), enc, limit):
                j = j + 1
            rt_encode_error(s, enc, i, j)
            return 1
        i = i + 1
    if enc != 0 or kind == 1 and (load_u8(p, STR_FLAGS) & STR_FLAG_ASCII):
        if kind == 1:
            return rt_bytes_from_mem(p + STR_DATA, n, 0)
    size: i32 = 0
    i = 0
    while i < n:
        c2: i32 = rt_str_char(p, kind, i)
        if c2 < 0x80 or enc != 0:
            size = size + 1
        elif c2 < 0x800:
            size = size + 2
        elif c2 < 0x10000:
            size = size + 3
        else:
            size = size + 4
        i = i + 1
    q: i32 = rt_bytes_alloc(size)
    d: i32 = q + BYTES_DATA
    i = 0
    while i < n:
        c3: i32 = rt_str_char(p, kind, i)
        if c3 < 0x80 or enc != 0:
            store_u8(d, 0, c3)
            d = d + 1
        elif c3 < 0x800:
            store_u8(d, 0, 0xC0 | (c3 >> 6))
            store_u8(d, 1, 0x80 | (c3 & 0x3F))
            d = d + 2
        elif c3 < 0x10000:
            store_u8(d, 0, 0xE0 | (c3 >> 12))
            store_u8(d, 1, 0x80 | ((c3 >> 6) & 0x3F))
            store_u8(d, 2, 0x80 | (c3 & 0x3F))
            d = d + 3
        else:
            store_u8(d, 0, 0xF0 | (c3 >> 18))
            store_u8(d, 1, 0x80 | ((c3 >> 12) & 0x3F))
            store_u8(d, 2, 0x80 | ((c3 >> 6) & 0x3F))
            store_u8(d, 3, 0x80 | (c3 & 0x3F))
            d = d + 4
        i = i + 1
    return ptr_word(q)


def rt_utf8_check(d: i32, n: i32, i: i32) -> i32:
    """The length of the valid UTF-8 sequence at d + i, or -1 invalid start byte, -2 invalid
    continuation byte, -(10 + k) unexpected end of data after k valid bytes."""
    b: i32 = load_u8(d + i, 0)
    if b < 0x80:
        return 1
    k: i32 = 0
    lo: i32 = 0x80
    hi: i32 = 0xBF
    if b >= 0xC2 and b <= 0xDF:
        k = 2
    elif b >= 0xE0 and b <= 0xEF:
        k = 3
        if b == 0xE0:
            lo = 0xA0
        elif b == 0xED:
            hi = 0x9F
    elif b >= 0xF0 and b <= 0xF4:
        k = 4
        if b == 0xF0:
            lo = 0x90
        elif b == 0xF4:
            hi = 0x8F
    else:
        return -1
    j: i32 = 1
    while j < k:
        if i + j >= n:
            return -(10 + j)
        c: i32 = load_u8(d + i + j, 0)
        if c < lo or c > hi:
            return -2
        lo = 0x80
        hi = 0xBF
        j = j + 1
    return k


def rt_str_decode(x: obj, encoding: obj, errors: obj) -> obj:
    """str(x, encoding, errors): a bytes-like x decoded (NULL_WORD x: str(encoding=...), '')."""
    if x is NULL_WORD:
        return ""
    if rt_is_str(x):
        rt_raise("TypeError", "decoding str is not supported")
        return 1
    if not rt_is_bytes_like(x):
        rt_raise("TypeError", rt_str_concat(rt_str_concat("decoding to str: need a bytes-like object, ", rt_type_name(x)), " found"))
        return 1
    return rt_bm_decode(x, encoding, errors)


def rt_bm_decode(x: obj, encoding: obj, errors: obj) -> obj:
    if not rt_is_bytes_like(x):
        return rt_no_attr(x, "decode")
    enc: i32 = 0
    if encoding is not NULL_WORD:
        if not rt_is_str(encoding):
            rt_raise("TypeError", rt_str_concat("decode() argument 'encoding' must be str, not ", rt_type_name(encoding)))
            return 1
        enc = rt_codec_id(encoding)
        if enc < 0:
            rt_raise("LookupError", rt_str_concat("unknown encoding: ", encoding))
            return 1
    if errors is not NULL_WORD and not rt_is_str(errors):
        rt_raise("TypeError", rt_str_concat("decode() argument 'errors' must be str, not ", rt_type_name(errors)))
        return 1
    d: i32 = rt_bytes_data(x)
    n: i32 = rt_bytes_len(x)
    if enc == 2:
        return rt_bytes_as_str(x)
    mode: i32 = 0
    parts: obj = rt_list_new(0)
    run: i32 = 0
    i: i32 = 0
    while i < n:
        k: i32 = 1
        if enc == 0:
            k = rt_utf8_check(d, n, i)
        elif load_u8(d + i, 0) >= 128:
            k = -3
        if k > 0:
            i = i + k
            continue
        # The error's range: one byte, the maximal valid prefix of a sequence, or the rest.
        skip: i32 = 1
        if k <= -11:
            skip = n - i
        elif k == -2:
            while skip < 4 and i + skip < n and rt_utf8_check_prefix(d, n, i, skip + 1):
                skip = skip + 1
        mode = rt_codec_errors(errors)
        if mode == 7 and enc == 0 and k == -2 and rt_utf8_surrogate(d, n, i):
            skip = 3
        elif mode < 0:
            rt_codec_unknown_handler(errors)
            return 1
        elif mode == 4 or mode == 5:
            rt_raise("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
            return 1
        elif mode == 0 or mode == 7:
            m: obj = rt_codec_name(enc)
            if skip > 1:
                m = rt_str_concat(m, "decode bytes in position ")
                m = rt_str_concat(rt_str_concat(rt_str_concat(m, rt_i64_to_str(i32_to_i64(i))), "-"), rt_i64_to_str(i32_to_i64(i + skip - 1)))
            else:
                m = rt_str_concat(m, "decode byte 0x")
                hx: i32 = load_u8(d + i, 0)
                m = rt_str_concat(m, rt_str_concat(rt_str_from_char(rt_hex_digit(hx >> 4)), rt_str_from_char(rt_hex_digit(hx & 15))))
                m = rt_str_concat(rt_str_concat(m, " in position "), rt_i64_to_str(i32_to_i64(i)))
            if k <= -11:
                m = rt_str_concat(m, ": unexpected end of data")
            elif k == -1:
                m = rt_str_concat(m, ": invalid start byte")
            elif k == -2:
                m = rt_str_concat(m, ": invalid continuation byte")
            else:
                m = rt_str_concat(m, ": ordinal not in range(128)")
            rt_raise("UnicodeDecodeError", m)
            return 1
        rt_list_append(parts, rt_str_from_bytes(d + run, i - run))
        if mode == 7:
            c: i32 = ((load_u8(d + i, 0) & 15) << 12) | ((load_u8(d + i, 1) & 63) << 6) | (load_u8(d + i, 2) & 63)
            rt_list_append(parts, rt_str_from_char(c))
        elif mode == 1:
            rt_list_append(parts, rt_str_from_char(0xFFFD))
        elif mode == 3 or mode == 6:
            sb: obj = rt_sb_new()
            e: i32 = 0
            while e < skip:
                b: i32 = load_u8(d + i + e, 0)
                if mode == 3:
                    rt_sb_hex(sb, "\\x", b, 2)
                else:
                    rt_sb_char(sb, 0xDC00 + b)
                e = e + 1
            rt_list_append(parts, rt_sb_done(sb))
        i = i + skip
        run = i
    if run == 0:
        return rt_str_from_bytes(d, n)
    rt_list_append(parts, rt_str_from_bytes(d + run, n - run))
    return rt_str_concat_items(rt_seq_items(parts), rt_seq_len(parts))


def rt_utf8_surrogate(d: i32, n: i32, i: i32) -> i32:
    """Whether the bytes at d + i are the 3-byte UTF-8 form of a surrogate (surrogatepass)."""
    if i + 3 > n or load_u8(d + i, 0) != 0xED:
        return 0
    b1: i32 = load_u8(d + i, 1)
    b2: i32 = load_u8(d + i, 2)
    return b1 >= 0xA0 and b1 <= 0xBF and b2 >= 0x80 and b2 <= 0xBF


def rt_utf8_check_prefix(d: i32, n: i32, i: i32, k: i32) -> i32:
    """Whether the first k bytes at d + i are a valid (incomplete) UTF-8 prefix."""
    r: i32 = rt_utf8_check(d, i + k, i)
    return r == -(10 + k)


# ---- methods through the str code ------------------------------------------------------------------

def rt_bm_arg(x: obj) -> obj:
    """A bytes-like argument as its Latin-1 str (NULL_WORD and None pass; TypeError else)."""
    if x is NULL_WORD or x is None:
        return x
    if rt_is_bytes_like(x):
        return rt_bytes_as_str(x)
    m: obj = rt_str_concat("a bytes-like object is required, not '", rt_type_name(x))
    rt_raise("TypeError", rt_str_concat(m, "'"))
    return 1


def rt_bm_result(r: obj, ba: i32) -> obj:
    """A str method's result back as bytes (strs inside lists and tuples too)."""
    if exc_get() is not 0:
        return 1
    t: i32 = rt_type_id(r)
    if t == TYPE_STR:
        return rt_str_as_bytes(r, ba)
    if t == TYPE_LIST or t == TYPE_TUPLE:
        i: i32 = 0
        while i < rt_seq_len(r):
            v: obj = rt_seq_item(r, i)
            if rt_is_str(v):
                store_obj_item(r, i, rt_str_as_bytes(v, ba))
            i = i + 1
    return r


def store_obj_item(r: obj, i: i32, v: obj) -> None:
    if rt_type_id(r) == TYPE_LIST:
        rt_list_set(r, i, v)
    else:
        rt_tuple_set(r, i, v)


def rt_bm_ba(x: obj) -> i32:
    return rt_type_id(x) == TYPE_BYTEARRAY


def rt_bm_find(s: obj, sub: obj, start: obj, end: obj, rev: i32, raise_: i32) -> obj:
    sub2: obj = sub
    if rt_num_kind(sub) == 1:
        c: i32 = rt_byte_value(sub)
        if c < 0:
            return 1
        sub2 = rt_str_from_char(c)
    else:
        sub2 = rt_bm_arg(sub)
    if exc_get() is not 0:
        return 1
    str_: obj = rt_bytes_as_str(s)
    if raise_:
        if rev:
            return rt_sm_rindex(str_, sub2, start, end)
        return rt_sm_index(str_, sub2, start, end)
    if rev:
        return rt_sm_rfind(str_, sub2, start, end)
    return rt_sm_find(str_, sub2, start, end)


def rt_bm_count(s: obj, sub: obj, start: obj, end: obj) -> obj:
    sub2: obj = sub
    if rt_num_kind(sub) == 1:
        c: i32 = rt_byte_value(sub)
        if c < 0:
            return 1
        sub2 = rt_str_from_char(c)
    else:
        sub2 = rt_bm_arg(sub)
    if exc_get() is not 0:
        return 1
    return rt_sm_count(rt_bytes_as_str(s), sub2, start, end)


def rt_bm_affix(s: obj, x: obj, start: obj, end: obj, at_end: i32) -> obj:
    x2: obj = x
    if rt_type_id(x) == TYPE_TUPLE:
        x2 = rt_tuple_new(rt_seq_len(x))
        i: i32 = 0
        while i < rt_seq_len(x):
            rt_tuple_set(x2, i, rt_bm_arg(rt_seq_item(x, i)))
            if exc_get() is not 0:
                return 1
            i = i + 1
    elif rt_is_bytes_like(x):
        x2 = rt_bytes_as_str(x)
    else:
        name: obj = "startswith"
        if at_end:
            name = "endswith"
        m: obj = rt_str_concat(name, " first arg must be bytes or a tuple of bytes, not ")
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(x)))
        return 1
    return rt_sm_affix(rt_bytes_as_str(s), x2, start, end, at_end)


def rt_bm_strip(s: obj, chars: obj, left: i32, right: i32, name: obj) -> obj:
    c2: obj = rt_bm_arg(chars)
    if exc_get() is not 0:
        return 1
    if c2 is NULL_WORD or c2 is None:
        c2 = " \t\n\r\x0b\x0c"
    return rt_bm_result(rt_sm_strip_impl(rt_bytes_as_str(s), c2, left, right, name), rt_bm_ba(s))


def rt_bm_replace(s: obj, old: obj, new: obj, count: obj) -> obj:
    o2: obj = rt_bm_arg(old)
    if exc_get() is not 0:
        return 1
    n2: obj = rt_bm_arg(new)
    if exc_get() is not 0:
        return 1
    return rt_bm_result(rt_sm_replace(rt_bytes_as_str(s), o2, n2, count), rt_bm_ba(s))


def rt_bm_split(s: obj, sep: obj, maxsplit: obj, rev: i32) -> obj:
    sep2: obj = rt_bm_arg(sep)
    if exc_get() is not 0:
        return 1
    if rev:
        return rt_bm_result(rt_sm_rsplit(rt_bytes_as_str(s), sep2, maxsplit), rt_bm_ba(s))
    return rt_bm_result(rt_sm_split(rt_bytes_as_str(s), sep2, maxsplit), rt_bm_ba(s))


def rt_bm_join(s: obj, it: obj) -> obj:
    items: obj = rt_list_call(it)
    if exc_get() is not 0:
        return 1
    i: i32 = 0
    while i < rt_seq_len(items):
        v: obj = rt_seq_item(items, i)
        if not rt_is_bytes_like(v):
            m: obj = rt_str_concat("sequence item ", rt_i64_to_str(i32_to_i64(i)))
            m = rt_str_concat(rt_str_concat(m, ": expected a bytes-like object, "), rt_type_name(v))
            rt_raise("TypeError", rt_str_concat(m, " found"))
            return 1
        rt_list_set(items, i, rt_bytes_as_str(v))
        i = i + 1
    return rt_bm_result(rt_sm_join(rt_bytes_as_str(s), items), rt_bm_ba(s))


def rt_bm_pad(s: obj, width: obj, fill: obj, how: i32, name: obj) -> obj:
    f2: obj = fill
    if fill is not NULL_WORD:
        if not rt_is_bytes_like(fill) or rt_bytes_len(fill) != 1:
            m: obj = rt_str_concat(name, "() argument 2 must be a byte string of length 1, not ")
            rt_raise("TypeError", rt_str_concat(m, rt_type_name(fill)))
            return 1
        f2 = rt_bytes_as_str(fill)
    return rt_bm_result(rt_sm_pad(rt_bytes_as_str(s), width, f2, how, name), rt_bm_ba(s))


def rt_bm_case(s: obj, upper: i32) -> obj:
    """bytes.upper()/lower(): ASCII letters only."""
    n: i32 = rt_bytes_len(s)
    r: obj = rt_bytes_from_mem(rt_bytes_data(s), n, rt_bm_ba(s))
    d: i32 = rt_bytes_data(r)
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(d + i, 0)
        if upper and c >= 97 and c <= 122:
            store_u8(d + i, 0, c - 32)
        elif not upper and c >= 65 and c <= 90:
            store_u8(d + i, 0, c + 32)
        i = i + 1
    return r


def rt_bytes_has_method(name: obj) -> i32:
    """Whether bytes has a method of this name (for wrong-count messages)."""
    return rt_str_eq(name, "decode") or rt_str_eq(name, "hex") or rt_str_eq(name, "count") or rt_str_eq(name, "find") or rt_str_eq(name, "index") or rt_str_eq(name, "startswith") or rt_str_eq(name, "endswith") or rt_str_eq(name, "strip") or rt_str_eq(name, "replace") or rt_str_eq(name, "split") or rt_str_eq(name, "join") or rt_str_eq(name, "upper") or rt_str_eq(name, "lower")
