# int.to_bytes and int.from_bytes (containers.ts lowers `x.to_bytes(...)` and
# `int.from_bytes(...)` here, keyword arguments mapped to positions, NULL_WORD for an absent one).
# CPython's defaults (length 1, byteorder 'big', signed False), results and messages.
from __keel__ import (
    i32, i64, obj, is_small, untag_int, word_ptr, load_u8, store_u8, ptr_word, exc_get,
    i64_to_i32, i32_to_i64, tag_int, NULL_WORD,
)


def rt_byteorder_little(order: obj) -> i32:
    """1 for 'little', 0 for 'big' (and for an absent argument); -1 after raising."""
    if order is NULL_WORD:
        return 0
    if not rt_is_str(order):
        rt_type_error3("to_bytes() argument 'byteorder' must be str, not ", rt_type_name(order), "")
        return -1
    if rt_str_eq(order, "little"):
        return 1
    if rt_str_eq(order, "big"):
        return 0
    rt_raise("ValueError", "byteorder must be either 'little' or 'big'")
    return -1


def rt_int_bytes_opts(order: obj, signed: obj) -> i32:
    """to_bytes/from_bytes's byteorder and signed arguments as 1 for 'little' plus 2 for signed;
    -1 after raising."""
    little: i32 = rt_byteorder_little(order)
    if little < 0:
        return -1
    sgn: i32 = 0
    if signed is not NULL_WORD:
        sgn = rt_truth(signed)
        if exc_get() is not 0:
            return -1
    return little | (sgn << 1)


def rt_m_to_bytes(x: obj, length: obj, order: obj, signed: obj) -> obj:
    """x.to_bytes(length=1, byteorder='big', *, signed=False)."""
    if rt_num_kind(x) != 1:
        return rt_no_attr(x, "to_bytes")
    v: obj = rt_num_int_value(x)
    n: i64 = 1
    if length is not NULL_WORD:
        if not rt_index_arg(length):
            return 1
        if rt_int_is_neg(rt_to_int(length)):
            rt_raise("ValueError", "length argument must be non-negative")
            return 1
        if rt_index_overflows(length):
            rt_raise("OverflowError", "Python int too large to convert to C ssize_t")
            return 1
        n = rt_index_value(length)
    opts: i32 = rt_int_bytes_opts(order, signed)
    if opts < 0:
        return 1
    little: i32 = opts & 1
    sgn: i32 = opts >> 1
    neg: i32 = rt_int_is_neg(v)
    if neg and not sgn:
        rt_raise("OverflowError", "can't convert negative int to unsigned")
        return 1
    # It fits when its two's complement needs at most 8n bits (8n - 1 and a sign bit if
    # signed): bit_length(v) <= 8n - 1, or v == -2**(8n-1) exactly.
    room: i64 = 8 * n - i32_to_i64(sgn)
    if n == 0:
        room = 0  # only 0 fits in no bytes
    if n > 268435456:
        room = 2147483647  # far past what memory can hold: the allocation decides
    blen: i64 = rt_int_bit_length(v)
    if blen > room:
        if not (neg and n > 0 and blen == room + 1 and rt_int_cmp(v, rt_int_neg(rt_int_lshift(tag_int(1), tag_int(room)))) == 0):
            rt_raise("OverflowError", "int too big to convert")
            return 1
    m: i32 = i64_to_i32(n)
    if neg:
        v = rt_int_add(v, rt_int_lshift(tag_int(1), tag_int(8 * n)))
    r: obj = ptr_word(rt_bytes_alloc(m))
    i: i32 = 0
    while i < m:
        at: i32 = m - 1 - i
        if little:
            at = i
        store_u8(rt_bytes_data(r) + at, 0, i64_to_i32(untag_int(rt_and(v, tag_int(255)))))
        v = rt_rshift(v, tag_int(8))
        i = i + 1
    return r


def rt_int_from_bytes(data: obj, order: obj, signed: obj) -> obj:
    """int.from_bytes(bytes, byteorder='big', *, signed=False): bytes, bytearray or an
    iterable of ints in range(256)."""
    b: obj = data
    if rt_num_kind(b) == 1 or rt_is_str(b):
        rt_type_error3("cannot convert '", rt_type_name(b), "' object to bytes")
        return 1
    if not rt_is_bytes_like(b):
        b = rt_bytes_call(data, NULL_WORD, NULL_WORD, 0)
        if exc_get() is not 0:
            return 1
    opts: i32 = rt_int_bytes_opts(order, signed)
    if opts < 0:
        return 1
    little: i32 = opts & 1
    sgn: i32 = opts >> 1
    m: i32 = rt_bytes_len(b)
    v: obj = tag_int(0)
    i: i32 = 0
    while i < m:
        at: i32 = i
        if little:
            at = m - 1 - i
        v = rt_or(rt_lshift(v, tag_int(8)), tag_int(i32_to_i64(load_u8(rt_bytes_data(b) + at, 0))))
        i = i + 1
    if sgn and m > 0 and load_u8(rt_bytes_data(b) + (m - 1) * little, 0) >= 128:
        v = rt_int_sub(v, rt_int_lshift(tag_int(1), tag_int(8 * i32_to_i64(m))))
    return v
