# The methods of str, called as rt_sm_<name>(self, args...) by the lowering of method calls
# (src/lower/strings.ts); an absent optional argument is NULL_WORD. Each checks its receiver (a
# value of another type has no such attribute: AttributeError) and its arguments with CPython's
# messages. count() and index() also serve lists and tuples (the same name on several types is
# dispatched here at run time). Results are built with one allocation or a list of parts joined
# once, so every method is linear in its input and output.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, load_i64, store_i64, load_obj, word_ptr, ptr_word, is_small, tag_int, untag_int,
    exc_get, i32_to_i64, i64_to_i32, mem_copy,
    NULL_WORD, TYPE_STR, TYPE_LIST, TYPE_TUPLE, TYPE_RANGE, TYPE_BYTES, TYPE_BYTEARRAY, STR_LEN, STR_KIND,
    STR_FLAGS, STR_DATA, STR_FLAG_ASCII, SMALL_MAX,
)


# ---- arguments --------------------------------------------------------------------------------------

def rt_sm_self(s: obj, name: obj) -> i32:
    """1 when s is a str; else AttributeError and 0."""
    if rt_is_str(s):
        return 1
    rt_no_attr(s, name)
    return 0


def rt_sm_arity(s: obj, name: obj, msg: obj, other: obj) -> obj:
    """A str method called with the wrong number of arguments: TypeError(msg) for a str; for a
    list or tuple (count, index) the list's message `other`; AttributeError for the rest."""
    t: i32 = rt_type_id(s)
    if t == TYPE_STR:
        rt_raise("TypeError", msg)
        return 1
    if (t == TYPE_LIST or t == TYPE_TUPLE) and other is not NULL_WORD:
        q: i32 = word_ptr(other)
        if rt_str_char(q, load_u8(q, STR_KIND), 0) == 46:
            other = rt_str_concat(rt_type_name(s), other)
        rt_raise("TypeError", other)
        return 1
    if (t == TYPE_BYTES or t == TYPE_BYTEARRAY) and rt_bytes_has_method(name):
        rt_raise("TypeError", msg)
        return 1
    return rt_no_attr(s, name)


def rt_sm_str_arg(x: obj, prefix: obj) -> i32:
    """1 when x is a str; else TypeError '<prefix>must be str, not int' and 0."""
    if rt_is_str(x):
        return 1
    rt_raise("TypeError", rt_str_concat(rt_str_concat(prefix, "must be str, not "), rt_type_name(x)))
    return 0


def rt_sm_int_arg(x: obj) -> i64:
    """An integer argument (width, count, maxsplit...): TypeError for a non-int, OverflowError
    past the C ssize_t range (check exc_get)."""
    if rt_num_kind(x) != 1:
        rt_check_index(x)
        return 0
    if not is_small(x) and rt_type_id(x) == 3:
        rt_raise("OverflowError", "Python int too large to convert to C ssize_t")
        return 0
    return rt_index_value(x)


def rt_sm_bounds(start: obj, end: obj, n: i32) -> i64:
    """The start and end arguments of find/count/startswith... as slice bounds (negative from
    the end, clamped to [0, n]); returns start | end << 32, or -1 when start > n (nothing
    found); check exc_get."""
    lo: i64 = rt_slice_bound(start, 0)
    if exc_get() is not 0:
        return -1
    hi: i64 = rt_slice_bound(end, i32_to_i64(n))
    if exc_get() is not 0:
        return -1
    nn: i64 = i32_to_i64(n)
    if hi > nn:
        hi = nn
    elif hi < 0:
        hi = hi + nn
        if hi < 0:
            hi = 0
    if lo < 0:
        lo = lo + nn
        if lo < 0:
            lo = 0
    if lo > nn:
        return -1
    return lo | (hi << 32)


# ---- searching ------------------------------------------------------------------------------------

def rt_str_match_at(p: i32, kp: i32, i: i32, q: i32, kq: i32, m: i32) -> i32:
    """Whether the m code points of q occur in p at i."""
    if kp == 1 and kq == 1:
        j: i32 = 0
        while j < m:
            if load_u8(p + STR_DATA + i + j, 0) != load_u8(q + STR_DATA + j, 0):
                return 0
            j = j + 1
        return 1
    k: i32 = 0
    while k < m:
        if rt_str_char(p, kp, i + k) != rt_str_char(q, kq, k):
            return 0
        k = k + 1
    return 1


def rt_mem_find_u8(a: i32, n: i32, c: i32) -> i32:
    """The first i < n with byte c at a + i, or -1. Eight bytes a step: a word holds c when
    word ^ (c * 0x0101..) has a zero byte, which (x - 0x0101..) & ~x & 0x8080.. tests exactly."""
    pat: i64 = i32_to_i64(c) * 72340172838076673  # 0x0101010101010101
    i: i32 = 0
    while i + 8 <= n:
        x: i64 = load_i64(a + i, 0) ^ pat
        if ((x - 72340172838076673) & (x ^ -1) & -9187201950435737472) != 0:  # 0x8080808080808080
            break
        i = i + 8
    while i < n:
        if load_u8(a + i, 0) == c:
            return i
        i = i + 1
    return -1


def rt_str_find_range(s: obj, sub: obj, lo: i32, hi: i32, rev: i32) -> i32:
    """The first (rev: last) index in [lo, hi - len(sub)] where sub occurs in s, or -1."""
    p: i32 = word_ptr(s)
    q: i32 = word_ptr(sub)
    m: i32 = load_i32(q, STR_LEN)
    kp: i32 = load_u8(p, STR_KIND)
    kq: i32 = load_u8(q, STR_KIND)
    if kq > kp:
        return -1  # sub holds a code point wider than any in s
    if m == 0:
        if lo > hi:
            return -1
        if rev:
            return hi
        return lo
    if rev:
        i: i32 = hi - m
        while i >= lo:
            if rt_str_match_at(p, kp, i, q, kq, m):
                return i
            i = i - 1
        return -1
    first: i32 = rt_str_char(q, kq, 0)
    j: i32 = lo
    last: i32 = hi - m
    if kp == 1:
        # One-byte strs (kq is 1 too): find the first byte 8 at a time, then compare the rest.
        while j <= last:
            f: i32 = rt_mem_find_u8(p + STR_DATA + j, last + 1 - j, first)
            if f < 0:
                return -1
            j = j + f
            if rt_str_match_at(p, 1, j, q, 1, m):
                return j
            j = j + 1
        return -1
    while j <= last:
        if rt_str_char(p, kp, j) == first and rt_str_match_at(p, kp, j, q, kq, m):
            return j
        j = j + 1
    return -1


def rt_sm_find_impl(s: obj, sub: obj, start: obj, end: obj, rev: i32, name: obj) -> i64:
    """find/rfind/index/rindex: the index, -1 when absent, -2 with an exception set."""
    if not rt_sm_self(s, name):
        return -2
    if not rt_sm_str_arg(sub, ""):
        return -2
    b: i64 = rt_sm_bounds(start, end, rt_str_len(s))
    if exc_get() is not 0:
        return -2
    if b < 0:
        return -1
    lo: i32 = i64_to_i32(b & 0xFFFFFFFF)
    hi: i32 = i64_to_i32(b >> 32)
    if hi - lo < rt_str_len(sub):
        return -1
    return i32_to_i64(rt_str_find_range(s, sub, lo, hi, rev))


def rt_sm_find(s: obj, sub: obj, start: obj, end: obj) -> obj:
    if rt_is_bytes_like(s):
        return rt_bm_find(s, sub, start, end, 0, 0)
    r: i64 = rt_sm_find_impl(s, sub, start, end, 0, "find")
    if r == -2:
        return 1
    return tag_int(r)


def rt_sm_rfind(s: obj, sub: obj, start: obj, end: obj) -> obj:
    if rt_is_bytes_like(s):
        return rt_bm_find(s, sub, start, end, 1, 0)
    r: i64 = rt_sm_find_impl(s, sub, start, end, 1, "rfind")
    if r == -2:
        return 1
    return tag_int(r)


def rt_sm_index(s: obj, sub: obj, start: obj, end: obj) -> obj:
    t: i32 = rt_type_id(s)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE:
        return rt_m_index(s, sub, start, end)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_find(s, sub, start, end, 0, 1)
    r: i64 = rt_sm_find_impl(s, sub, start, end, 0, "index")
    if r == -2:
        return 1
    if r == -1:
        rt_raise("ValueError", "substring not found")
        return 1
    return tag_int(r)


def rt_sm_rindex(s: obj, sub: obj, start: obj, end: obj) -> obj:
    if rt_is_bytes_like(s):
        return rt_bm_find(s, sub, start, end, 1, 1)
    r: i64 = rt_sm_find_impl(s, sub, start, end, 1, "rindex")
    if r == -2:
        return 1
    if r == -1:
        rt_raise("ValueError", "substring not found")
        return 1
    return tag_int(r)


def rt_sm_count(s: obj, sub: obj, start: obj, end: obj) -> obj:
    t: i32 = rt_type_id(s)
    if t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE:
        if start is not NULL_WORD:
            n: i32 = 2
            if end is not NULL_WORD:
                n = 3
            m: obj = rt_str_concat(rt_type_name(s), ".count() takes exactly one argument (")
            rt_raise("TypeError", rt_str_concat(rt_str_concat(m, rt_i64_to_str(i32_to_i64(n))), " given)"))
            return 1
        return rt_m_count(s, sub)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_count(s, sub, start, end)
    if not rt_sm_self(s, "count"):
        return 1
    if not rt_sm_str_arg(sub, ""):
        return 1
    b: i64 = rt_sm_bounds(start, end, rt_str_len(s))
    if exc_get() is not 0:
        return 1
    if b < 0:
        return 0
    lo: i32 = i64_to_i32(b & 0xFFFFFFFF)
    hi: i32 = i64_to_i32(b >> 32)
    ms: i32 = rt_str_len(sub)
    if hi < lo:
        return 0
    if ms == 0:
        return tag_int(i32_to_i64(hi - lo + 1))
    c: i32 = 0
    while True:
        i: i32 = rt_str_find_range(s, sub, lo, hi, 0)
        if i < 0:
            break
        c = c + 1
        lo = i + ms
    return tag_int(i32_to_i64(c))


def rt_sm_startswith(s: obj, prefix: obj, start: obj, end: obj) -> obj:
    return rt_sm_affix(s, prefix, start, end, 0)


def rt_sm_endswith(s: obj, suffix: obj, start: obj, end: obj) -> obj:
    return rt_sm_affix(s, suffix, start, end, 1)


def rt_sm_affix(s: obj, x: obj, start: obj, end: obj, at_end: i32) -> obj:
    name: obj = "startswith"
    if at_end:
        name = "endswith"
    t: i32 = rt_type_id(s)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_affix(s, x, start, end, at_end)
    if not rt_sm_self(s, name):
        return 1
    b: i64 = rt_sm_bounds(start, end, rt_str_len(s))
    if exc_get() is not 0:
        return 1
    if rt_type_id(x) == TYPE_TUPLE:
        i: i32 = 0
        while i < rt_seq_len(x):
            item: obj = rt_seq_item(x, i)
            if not rt_is_str(item):
                m: obj = rt_str_concat("tuple for ", name)
                m = rt_str_concat(m, " must only contain str, not ")
                rt_raise("TypeError", rt_str_concat(m, rt_type_name(item)))
                return 1
            if b >= 0 and rt_sm_affix_one(s, item, b, at_end):
                return True
            i = i + 1
        return False
    if not rt_is_str(x):
        m2: obj = rt_str_concat(name, " first arg must be str or a tuple of str, not ")
        rt_raise("TypeError", rt_str_concat(m2, rt_type_name(x)))
        return 1
    if b < 0:
        return False
    return box_bool_i(rt_sm_affix_one(s, x, b, at_end))


def box_bool_i(v: i32) -> obj:
    if v:
        return True
    return False


def rt_sm_affix_one(s: obj, x: obj, b: i64, at_end: i32) -> i32:
    lo: i32 = i64_to_i32(b & 0xFFFFFFFF)
    hi: i32 = i64_to_i32(b >> 32)
    m: i32 = rt_str_len(x)
    if hi - lo < m:
        return 0
    p: i32 = word_ptr(s)
    q: i32 = word_ptr(x)
    at: i32 = lo
    if at_end:
        at = hi - m
    return rt_str_match_at(p, load_u8(p, STR_KIND), at, q, load_u8(q, STR_KIND), m)


# ---- splitting and joining -----------------------------------------------------------------------

def rt_sm_split_args(s: obj, sep: obj, maxsplit: obj, name: obj) -> i64:
    """Checks split's arguments; returns maxsplit (-1: no limit), -2 with an exception set."""
    if not rt_sm_self(s, name):
        return -2
    if sep is not NULL_WORD and sep is not None:
        if not rt_is_str(sep):
            rt_raise("TypeError", rt_str_concat("must be str or None, not ", rt_type_name(sep)))
            return -2
        if rt_str_len(sep) == 0:
            rt_raise("ValueError", "empty separator")
            return -2
    if maxsplit is NULL_WORD:
        return -1
    ms: i64 = rt_sm_int_arg(maxsplit)
    if exc_get() is not 0:
        return -2
    if ms < 0:
        return -1
    return ms


def rt_str_isspace_at(p: i32, kind: i32, i: i32) -> i32:
    """Whether code point i of the str object at p is whitespace; one-byte strs test the byte
    here (Latin-1's whitespace: 9-13, 28-32, 0x85, 0xA0)."""
    if kind == 1:
        c: i32 = load_u8(p + STR_DATA + i, 0)
        if c > 32:
            return c == 0x85 or c == 0xA0
        return c >= 28 or (c >= 9 and c <= 13)
    return rt_ch_isspace(rt_str_char(p, kind, i))


def rt_sm_split(s: obj, sep: obj, maxsplit: obj) -> obj:
    if rt_is_bytes_like(s):
        return rt_bm_split(s, sep, maxsplit, 0)
    ms: i64 = rt_sm_split_args(s, sep, maxsplit, "split")
    if ms == -2:
        return 1
    out: obj = rt_list_new(0)
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    if sep is NULL_WORD or sep is None:
        i: i32 = 0
        while True:
            while i < n and rt_str_isspace_at(p, kind, i):
                i = i + 1
            if i >= n:
                break
            if ms == 0:
                # the rest, trailing whitespace included (CPython)
                rt_list_append(out, rt_str_slice(s, i, 1, n - i))
                break
            j: i32 = i
            while j < n and not rt_str_isspace_at(p, kind, j):
                j = j + 1
            rt_list_append(out, rt_str_slice(s, i, 1, j - i))
            ms = ms - 1
            i = j
        return out
    m: i32 = rt_str_len(sep)
    lo: i32 = 0
    while ms != 0:
        k: i32 = rt_str_find_range(s, sep, lo, n, 0)
        if k < 0:
            break
        rt_list_append(out, rt_str_slice(s, lo, 1, k - lo))
        lo = k + m
        ms = ms - 1
    rt_list_append(out, rt_str_slice(s, lo, 1, n - lo))
    return out


def rt_sm_rsplit(s: obj, sep: obj, maxsplit: obj) -> obj:
    if rt_is_bytes_like(s):
        return rt_bm_split(s, sep, maxsplit, 1)
    ms: i64 = rt_sm_split_args(s, sep, maxsplit, "rsplit")
    if ms == -2:
        return 1
    out: obj = rt_list_new(0)
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    if sep is NULL_WORD or sep is None:
        i: i32 = n
        while True:
            while i > 0 and rt_ch_isspace(rt_str_char(p, kind, i - 1)):
                i = i - 1
            if i <= 0:
                break
            if ms == 0:
                rt_list_append(out, rt_str_slice(s, 0, 1, i))
                break
            j: i32 = i
            while j > 0 and not rt_ch_isspace(rt_str_char(p, kind, j - 1)):
                j = j - 1
            rt_list_append(out, rt_str_slice(s, j, 1, i - j))
            ms = ms - 1
            i = j
        rt_m_reverse(out)
        return out
    m: i32 = rt_str_len(sep)
    hi: i32 = n
    while ms != 0:
        k: i32 = rt_str_find_range(s, sep, 0, hi, 1)
        if k < 0:
            break
        rt_list_append(out, rt_str_slice(s, k + m, 1, hi - k - m))
        hi = k
        ms = ms - 1
    rt_list_append(out, rt_str_slice(s, 0, 1, hi))
    rt_m_reverse(out)
    return out


def rt_sm_join(s: obj, it: obj) -> obj:
    """sep.join(iterable): one allocation for the result (the items are gathered first when the
    iterable is not a list or tuple)."""
    t0: i32 = rt_type_id(s)
    if t0 == TYPE_BYTES or t0 == TYPE_BYTEARRAY:
        return rt_bm_join(s, it)
    if not rt_sm_self(s, "join"):
        return 1
    return rt_str_join(s, it)


def rt_str_join(s: obj, it: obj) -> obj:
    """sep.join(iterable) for a str sep: always a str (or an error), so -O2's inference knows
    the result of `", ".join(x)` (src/lower/strings.ts calls this for a literal separator)."""
    items: obj = rt_str_join_items(it)
    if exc_get() is not 0:
        return 1
    if rt_seq_len(items) == 1 and rt_is_str(rt_seq_item(items, 0)):
        return rt_seq_item(items, 0)
    return rt_str_join_into("", s, items, "")


def rt_str_join_wrap(a: obj, s: obj, it: obj, c: obj) -> obj:
    """a + s.join(it) + c for non-empty strs a and c (strcat.ts fuses the three): one new str,
    the joined part copied once. The same errors as the join, raised before anything is made."""
    items: obj = rt_str_join_items(it)
    if exc_get() is not 0:
        return 1
    return rt_str_join_into(a, s, items, c)


def rt_str_join_items(it: obj) -> obj:
    """The list or tuple a join reads: it itself, or list(it) (check exc_get)."""
    t: i32 = rt_type_id(it)
    if t != TYPE_LIST and t != TYPE_TUPLE:
        if not rt_is_iterable(it):
            rt_raise("TypeError", "can only join an iterable")
            return 1
        return rt_list_call(it)
    return it


def rt_str_join_into(a: obj, s: obj, items: obj, c: obj) -> obj:
    """a + s.join(items) + c as one new str, for a list or tuple items and strs a, s, c (a join's
    TypeError for an item that is not a str)."""
    n: i32 = rt_seq_len(items)
    # The items' words in place: nothing below runs user code or collects (rt_alloc never does),
    # so the list's buffer stays where it is.
    src: i32 = rt_seq_items(items)
    sp: i32 = word_ptr(s)
    sn: i32 = load_i32(sp, STR_LEN)
    ap: i32 = word_ptr(a)
    cp: i32 = word_ptr(c)
    total: i32 = load_i32(ap, STR_LEN) + load_i32(cp, STR_LEN)
    kind: i32 = load_u8(ap, STR_KIND)
    if load_u8(cp, STR_KIND) > kind:
        kind = load_u8(cp, STR_KIND)
    ascii: i32 = load_u8(ap, STR_FLAGS) & load_u8(cp, STR_FLAGS) & STR_FLAG_ASCII
    if n > 1:
        # the separator is only in the result between two items (a wider one must not widen it)
        if load_u8(sp, STR_KIND) > kind:
            kind = load_u8(sp, STR_KIND)
        ascii = ascii & load_u8(sp, STR_FLAGS)
    i: i32 = 0
    while i < n:
        x: obj = load_obj(src + 8 * i, 0)
        if is_small(x) or load_i32(word_ptr(x), 0) != TYPE_STR:  # rt_is_str in line
            m: obj = rt_str_concat("sequence item ", rt_i64_to_str(i32_to_i64(i)))
            m = rt_str_concat(rt_str_concat(m, ": expected str instance, "), rt_type_name(x))
            rt_raise("TypeError", rt_str_concat(m, " found"))
            return 1
        xp: i32 = word_ptr(x)
        total = total + load_i32(xp, STR_LEN)
        if load_u8(xp, STR_KIND) > kind:
            kind = load_u8(xp, STR_KIND)
        ascii = ascii & load_u8(xp, STR_FLAGS)
        i = i + 1
    if n > 1:
        total = total + sn * (n - 1)
    q: i32 = rt_str_alloc(total, kind, ascii)
    # a, the separators and the items a word at a time where they fit (rt_str_part_into); the
    # suffix c, the last piece, exactly, but for a one-byte c of kind 1 (a closing bracket),
    # stored here
    at: i32 = load_i32(ap, STR_LEN)
    dend: i32 = q + STR_DATA + total * kind
    if at > 0:
        rt_str_part_into(q, kind, 0, ap, dend)
    i = 0
    while i < n:
        if i > 0 and sn > 0:
            rt_str_part_into(q, kind, at, sp, dend)
            at = at + sn
        xp2: i32 = word_ptr(load_obj(src + 8 * i, 0))
        rt_str_part_into(q, kind, at, xp2, dend)
        at = at + load_i32(xp2, STR_LEN)
        i = i + 1
    cn: i32 = load_i32(cp, STR_LEN)
    if cn == 1 and kind == 1:
        store_u8(q + STR_DATA + at, 0, load_u8(cp, STR_DATA))
    elif cn > 0:
        rt_str_copy_into(q, kind, at, cp)
    return ptr_word(q)


def rt_sm_partition(s: obj, sep: obj) -> obj:
    return rt_sm_partition_impl(s, sep, 0)


def rt_sm_rpartition(s: obj, sep: obj) -> obj:
    return rt_sm_partition_impl(s, sep, 1)


def rt_sm_partition_impl(s: obj, sep: obj, rev: i32) -> obj:
    name: obj = "partition"
    if rev:
        name = "rpartition"
    if not rt_sm_self(s, name):
        return 1
    if not rt_sm_str_arg(sep, ""):
        return 1
    if rt_str_len(sep) == 0:
        rt_raise("ValueError", "empty separator")
        return 1
    n: i32 = rt_str_len(s)
    k: i32 = rt_str_find_range(s, sep, 0, n, rev)
    out: obj = rt_tuple_new(3)
    if k < 0:
        if rev:
            rt_tuple_set(out, 0, "")
            rt_tuple_set(out, 1, "")
            rt_tuple_set(out, 2, s)
        else:
            rt_tuple_set(out, 0, s)
            rt_tuple_set(out, 1, "")
            rt_tuple_set(out, 2, "")
        return out
    m: i32 = rt_str_len(sep)
    rt_tuple_set(out, 0, rt_str_slice(s, 0, 1, k))
    rt_tuple_set(out, 1, sep)
    rt_tuple_set(out, 2, rt_str_slice(s, k + m, 1, n - k - m))
    return out


def rt_is_linebreak(c: i32) -> i32:
    return (c >= 10 and c <= 13) or (c >= 28 and c <= 30) or c == 0x85 or c == 0x2028 or c == 0x2029


def rt_sm_splitlines(s: obj, keepends: obj) -> obj:
    if not rt_sm_self(s, "splitlines"):
        return 1
    keep: i32 = 0
    if keepends is not NULL_WORD:
        keep = rt_truth(keepends)
    out: obj = rt_list_new(0)
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    i: i32 = 0
    while i < n:
        j: i32 = i
        while j < n and not rt_is_linebreak(rt_str_char(p, kind, j)):
            j = j + 1
        eol: i32 = j
        if j < n:
            if rt_str_char(p, kind, j) == 13 and j + 1 < n and rt_str_char(p, kind, j + 1) == 10:
                j = j + 2
            else:
                j = j + 1
            if keep:
                eol = j
        rt_list_append(out, rt_str_slice(s, i, 1, eol - i))
        i = j
    return out


# ---- stripping, replacing --------------------------------------------------------------------------

def rt_sm_in_chars(chars: obj, c: i32) -> i32:
    """Whether c is one of the code points of chars (NULL_WORD or None: whitespace)."""
    if chars is NULL_WORD or chars is None:
        return rt_ch_isspace(c)
    q: i32 = word_ptr(chars)
    k: i32 = load_u8(q, STR_KIND)
    n: i32 = load_i32(q, STR_LEN)
    i: i32 = 0
    while i < n:
        if rt_str_char(q, k, i) == c:
            return 1
        i = i + 1
    return 0


def rt_sm_strip_impl(s: obj, chars: obj, left: i32, right: i32, name: obj) -> obj:
    t: i32 = rt_type_id(s)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_strip(s, chars, left, right, name)
    if not rt_sm_self(s, name):
        return 1
    if chars is not NULL_WORD and chars is not None and not rt_is_str(chars):
        rt_raise("TypeError", rt_str_concat(name, " arg must be None or str"))
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    i: i32 = 0
    j: i32 = n
    if left:
        while i < j and rt_sm_in_chars(chars, rt_str_char(p, kind, i)):
            i = i + 1
    if right:
        while j > i and rt_sm_in_chars(chars, rt_str_char(p, kind, j - 1)):
            j = j - 1
    return rt_str_slice(s, i, 1, j - i)


def rt_sm_strip(s: obj, chars: obj) -> obj:
    return rt_sm_strip_impl(s, chars, 1, 1, "strip")


def rt_sm_lstrip(s: obj, chars: obj) -> obj:
    return rt_sm_strip_impl(s, chars, 1, 0, "lstrip")


def rt_sm_rstrip(s: obj, chars: obj) -> obj:
    return rt_sm_strip_impl(s, chars, 0, 1, "rstrip")


def rt_sm_replace(s: obj, old: obj, new: obj, count: obj) -> obj:
    t: i32 = rt_type_id(s)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_replace(s, old, new, count)
    if not rt_sm_self(s, "replace"):
        return 1
    if not rt_sm_str_arg(old, "replace() argument 1 "):
        return 1
    if not rt_sm_str_arg(new, "replace() argument 2 "):
        return 1
    limit: i64 = -1
    if count is not NULL_WORD:
        limit = rt_sm_int_arg(count)
        if exc_get() is not 0:
            return 1
    n: i32 = rt_str_len(s)
    m: i32 = rt_str_len(old)
    parts: obj = rt_list_new(0)
    lo: i32 = 0
    done: i64 = 0
    if m == 0:
        # '' matches before every character and at the end.
        while lo <= n and (limit < 0 or done < limit):
            rt_list_append(parts, new)
            if lo < n:
                rt_list_append(parts, rt_str_slice(s, lo, 1, 1))
            lo = lo + 1
            done = done + 1
        if lo <= n:
            rt_list_append(parts, rt_str_slice(s, lo, 1, n - lo))
        return rt_str_concat_items(rt_seq_items(parts), rt_seq_len(parts))
    while limit < 0 or done < limit:
        k: i32 = rt_str_find_range(s, old, lo, n, 0)
        if k < 0:
            break
        rt_list_append(parts, rt_str_slice(s, lo, 1, k - lo))
        rt_list_append(parts, new)
        lo = k + m
        done = done + 1
    if done == 0:
        return s
    rt_list_append(parts, rt_str_slice(s, lo, 1, n - lo))
    return rt_str_concat_items(rt_seq_items(parts), rt_seq_len(parts))


def rt_sm_removeprefix(s: obj, x: obj) -> obj:
    return rt_sm_remove_affix(s, x, 0)


def rt_sm_removesuffix(s: obj, x: obj) -> obj:
    return rt_sm_remove_affix(s, x, 1)


def rt_sm_remove_affix(s: obj, x: obj, at_end: i32) -> obj:
    name: obj = "removeprefix"
    if at_end:
        name = "removesuffix"
    if not rt_sm_self(s, name):
        return 1
    if not rt_is_str(x):
        m: obj = rt_str_concat(name, "() argument must be str, not ")
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(x)))
        return 1
    n: i32 = rt_str_len(s)
    k: i32 = rt_str_len(x)
    b: i64 = i32_to_i64(n) << 32
    if k == 0 or not rt_sm_affix_one(s, x, b, at_end):
        return s
    if at_end:
        return rt_str_slice(s, 0, 1, n - k)
    return rt_str_slice(s, k, 1, n - k)


# ---- case and classes ------------------------------------------------------------------------------

def rt_sm_case(s: obj, mode: i32, name: obj) -> obj:
    if rt_is_bytes_like(s) and mode <= 1:
        return rt_bm_case(s, mode)
    if not rt_sm_self(s, name):
        return 1
    return rt_str_casemap(s, mode)


def rt_sm_lower(s: obj) -> obj:
    return rt_sm_case(s, 0, "lower")


def rt_sm_upper(s: obj) -> obj:
    return rt_sm_case(s, 1, "upper")


def rt_sm_casefold(s: obj) -> obj:
    return rt_sm_case(s, 2, "casefold")


def rt_sm_swapcase(s: obj) -> obj:
    return rt_sm_case(s, 4, "swapcase")


def rt_sm_title(s: obj) -> obj:
    return rt_sm_case(s, 5, "title")


def rt_sm_capitalize(s: obj) -> obj:
    return rt_sm_case(s, 6, "capitalize")


def rt_sm_class(s: obj, which: i32, name: obj) -> obj:
    """The is*() predicates: every character in the class and at least one character (which:
    0 digit, 1 decimal, 2 numeric, 3 alpha, 4 alnum, 5 space, 6 printable, 7 ascii)."""
    if not rt_sm_self(s, name):
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    if which == 7:
        return box_bool_i(load_u8(p, STR_FLAGS) & STR_FLAG_ASCII)
    if n == 0:
        return box_bool_i(which == 6)
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        ok: i32 = 0
        if which == 0:
            ok = rt_ch_isdigit(c)
        elif which == 1:
            ok = rt_ch_isdecimal(c)
        elif which == 2:
            ok = rt_ch_isnumeric(c)
        elif which == 3:
            ok = rt_ch_isalpha(c)
        elif which == 4:
            ok = rt_ch_isalnum(c)
        elif which == 5:
            ok = rt_ch_isspace(c)
        else:
            ok = rt_ch_isprintable(c)
        if not ok:
            return False
        i = i + 1
    return True


def rt_sm_isdigit(s: obj) -> obj:
    return rt_sm_class(s, 0, "isdigit")


def rt_sm_isdecimal(s: obj) -> obj:
    return rt_sm_class(s, 1, "isdecimal")


def rt_sm_isnumeric(s: obj) -> obj:
    return rt_sm_class(s, 2, "isnumeric")


def rt_sm_isalpha(s: obj) -> obj:
    return rt_sm_class(s, 3, "isalpha")


def rt_sm_isalnum(s: obj) -> obj:
    return rt_sm_class(s, 4, "isalnum")


def rt_sm_isspace(s: obj) -> obj:
    return rt_sm_class(s, 5, "isspace")


def rt_sm_isprintable(s: obj) -> obj:
    return rt_sm_class(s, 6, "isprintable")


def rt_sm_isascii(s: obj) -> obj:
    return rt_sm_class(s, 7, "isascii")


def rt_sm_cased(s: obj, upper: i32, name: obj) -> obj:
    """islower()/isupper(): at least one cased character and none of the other case."""
    if not rt_sm_self(s, name):
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    cased: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if upper:
            if rt_ch_islower(c) or (c >= 128 and st_in(st_title(), c)):
                return False
            if rt_ch_isupper(c):
                cased = 1
        else:
            if rt_ch_isupper(c) or (c >= 128 and st_in(st_title(), c)):
                return False
            if rt_ch_islower(c):
                cased = 1
        i = i + 1
    return box_bool_i(cased)


def rt_sm_islower(s: obj) -> obj:
    return rt_sm_cased(s, 0, "islower")


def rt_sm_isupper(s: obj) -> obj:
    return rt_sm_cased(s, 1, "isupper")


def rt_sm_istitle(s: obj) -> obj:
    if not rt_sm_self(s, "istitle"):
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    cased: i32 = 0
    prev: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if rt_ch_istitle(c):
            if prev:
                return False
            prev = 1
            cased = 1
        elif rt_ch_islower(c):
            if not prev:
                return False
            prev = 1
            cased = 1
        else:
            prev = 0
        i = i + 1
    return box_bool_i(cased)


def rt_sm_isidentifier(s: obj) -> obj:
    if not rt_sm_self(s, "isidentifier"):
        return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    if n == 0 or not rt_ch_isxid_start(rt_str_char(p, kind, 0)):
        return False
    i: i32 = 1
    while i < n:
        if not rt_ch_isxid_cont(rt_str_char(p, kind, i)):
            return False
        i = i + 1
    return True


# ---- padding -------------------------------------------------------------------------------------

def rt_sm_fill_arg(fill: obj, name: obj) -> i32:
    """The fill character of center/ljust/rjust (-1 with TypeError set)."""
    if fill is NULL_WORD:
        return 32
    if not rt_is_str(fill):
        m: obj = rt_str_concat(name, "() argument 2 must be str of length 1, not ")
        rt_raise("TypeError", rt_str_concat(m, rt_type_name(fill)))
        return -1
    if rt_str_len(fill) != 1:
        rt_raise("TypeError", "The fill character must be exactly one character long")
        return -1
    q: i32 = word_ptr(fill)
    return rt_str_char(q, load_u8(q, STR_KIND), 0)


def rt_sm_pad(s: obj, width: obj, fill: obj, how: i32, name: obj) -> obj:
    """how: 0 ljust, 1 rjust, 2 center."""
    t: i32 = rt_type_id(s)
    if t == TYPE_BYTES or t == TYPE_BYTEARRAY:
        return rt_bm_pad(s, width, fill, how, name)
    if not rt_sm_self(s, name):
        return 1
    w: i64 = rt_sm_int_arg(width)
    if exc_get() is not 0:
        return 1
    c: i32 = rt_sm_fill_arg(fill, name)
    if c < 0:
        return 1
    n: i32 = rt_str_len(s)
    if w <= i32_to_i64(n):
        return s
    total: i32 = i64_to_i32(w) - n
    left: i32 = 0
    if how == 1:
        left = total
    elif how == 2:
        left = total // 2 + (total & i64_to_i32(w) & 1)
    sb: obj = rt_sb_new()
    rt_sb_repeat(sb, c, left)
    rt_sb_add(sb, s)
    rt_sb_repeat(sb, c, total - left)
    return rt_sb_done(sb)


def rt_sm_ljust(s: obj, width: obj, fill: obj) -> obj:
    return rt_sm_pad(s, width, fill, 0, "ljust")


def rt_sm_rjust(s: obj, width: obj, fill: obj) -> obj:
    return rt_sm_pad(s, width, fill, 1, "rjust")


def rt_sm_center(s: obj, width: obj, fill: obj) -> obj:
    return rt_sm_pad(s, width, fill, 2, "center")


def rt_sm_zfill(s: obj, width: obj) -> obj:
    if not rt_sm_self(s, "zfill"):
        return 1
    w: i64 = rt_sm_int_arg(width)
    if exc_get() is not 0:
        return 1
    n: i32 = rt_str_len(s)
    if w <= i32_to_i64(n):
        return s
    pad: i32 = i64_to_i32(w) - n
    p: i32 = word_ptr(s)
    sb: obj = rt_sb_new()
    if n > 0:
        c: i32 = rt_str_char(p, load_u8(p, STR_KIND), 0)
        if c == 43 or c == 45:
            rt_sb_char(sb, c)
            rt_sb_repeat(sb, 48, pad)
            rt_sb_add(sb, rt_str_slice(s, 1, 1, n - 1))
            return rt_sb_done(sb)
    rt_sb_repeat(sb, 48, pad)
    rt_sb_add(sb, s)
    return rt_sb_done(sb)


def rt_sm_expandtabs(s: obj, tabsize: obj) -> obj:
    if not rt_sm_self(s, "expandtabs"):
        return 1
    ts: i64 = 8
    if tabsize is not NULL_WORD:
        ts = rt_sm_int_arg(tabsize)
        if exc_get() is not 0:
            return 1
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    sb: obj = rt_sb_new()
    col: i64 = 0
    lo: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if c == 9:
            rt_sb_add(sb, rt_str_slice(s, lo, 1, i - lo))
            if ts > 0:
                k: i64 = ts - col % ts
                rt_sb_repeat(sb, 32, i64_to_i32(k))
                col = col + k
            lo = i + 1
        elif c == 10 or c == 13:
            col = 0
        else:
            col = col + 1
        i = i + 1
    rt_sb_add(sb, rt_str_slice(s, lo, 1, n - lo))
    return rt_sb_done(sb)


# ---- encoding ---------------------------------------------------------------------------------------

def rt_sm_encode(s: obj, encoding: obj, errors: obj) -> obj:
    """str.encode: UTF-8 (also spelt utf8, utf_8, any case), ASCII and Latin-1, strict errors."""
    if not rt_sm_self(s, "encode"):
        return 1
    enc: i32 = 0
    if encoding is not NULL_WORD:
        if not rt_is_str(encoding):
            rt_raise("TypeError", rt_str_concat("encode() argument 'encoding' must be str, not ", rt_type_name(encoding)))
            return 1
        enc = rt_codec_id(encoding)
        if enc < 0:
            rt_raise("LookupError", rt_str_concat("unknown encoding: ", encoding))
            return 1
    if errors is not NULL_WORD and not rt_is_str(errors):
        rt_raise("TypeError", rt_str_concat("encode() argument 'errors' must be str, not ", rt_type_name(errors)))
        return 1
    return rt_str_encode(s, enc, errors)
