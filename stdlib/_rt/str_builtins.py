# The builtins about characters and digits: ord, chr, hex, oct, bin.
from __keel__ import (
    i32, i64, obj,
    load_u8, word_ptr, is_small, tag_int, untag_int, exc_get, NULL_WORD, i64_to_i32, i32_to_i64,
    STR_KIND,
)


def rt_ord(x: obj) -> obj:
    if rt_is_str(x):
        n: i32 = rt_str_len(x)
        if n == 1:
            p: i32 = word_ptr(x)
            return tag_int(i32_to_i64(rt_str_char(p, load_u8(p, STR_KIND), 0)))  # < 0x110000: small
        m: obj = rt_str_concat("ord() expected a character, but string of length ", rt_i64_to_str(i32_to_i64(n)))
        rt_raise("TypeError", rt_str_concat(m, " found"))
        return 1
    if rt_is_bytes_like(x):
        if rt_bytes_len(x) == 1:
            return rt_int_from_i64(i32_to_i64(load_u8(rt_bytes_data(x), 0)))
        m2: obj = rt_str_concat("ord() expected a character, but string of length ", rt_i64_to_str(i32_to_i64(rt_bytes_len(x))))
        rt_raise("TypeError", rt_str_concat(m2, " found"))
        return 1
    u: obj = rt_unwrap(x)
    if u is not x and (rt_is_str(u) or rt_is_bytes_like(u)):
        return rt_ord(u)  # a str or bytes subclass instance: its payload
    m3: obj = rt_str_concat("ord() expected string of length 1, but ", rt_type_name(x))
    rt_raise("TypeError", rt_str_concat(m3, " found"))
    return 1


def rt_chr(x: obj) -> obj:
    if rt_num_kind(x) != 1:
        rt_check_index(x)
        return 1
    v: obj = rt_to_int(x)
    if not is_small(v) or untag_int(v) < 0 or untag_int(v) > 0x10FFFF:
        if not is_small(v):
            rt_raise("OverflowError", "Python int too large to convert to C int")
            return 1
        rt_raise("ValueError", "chr() arg not in range(0x110000)")
        return 1
    return rt_str_from_char(i64_to_i32(untag_int(v)))


def rt_int_base_str(x: obj, base: i32) -> obj:
    """hex(x), oct(x), bin(x): sign, prefix, digits."""
    if rt_num_kind(x) != 1:
        j: obj = rt_inst_index(x)  # __index__, an int subclass's value
        if j is NULL_WORD:
            if exc_get() is 0:
                rt_check_index(x)
            return 1
        x = j
    v: obj = rt_to_int(x)
    prefix: obj = "0x"
    if base == 8:
        prefix = "0o"
    elif base == 2:
        prefix = "0b"
    digits: obj = rt_int_abs_digits(v, base, 0)
    if rt_int_sign(v) < 0:
        prefix = rt_str_concat("-", prefix)
    return rt_str_concat(prefix, digits)
