# Character classes and case mappings of code points, as CPython 3.12 (Unicode 15.0.0): ASCII
# by arithmetic, everything else by binary search in the generated tables of str_tables.py
# (records of 4-character base-36 numbers). Case conversion of whole strs (lower, upper,
# casefold, swapcase, title, capitalize) with CPython's full mappings (ß -> SS, ŉ -> ʼN ...) and
# the final-sigma rule of lower() (approximated: Σ after a cased letter and before no cased
# letter becomes ς; CPython also skips case-ignorable characters on both sides).
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, word_ptr, ptr_word, i32_to_i64,
    STR_LEN, STR_KIND, STR_FLAGS, STR_DATA, STR_FLAG_ASCII,
)


# ---- table readers ---------------------------------------------------------------------------------

def st_num(t: i32, idx: i32) -> i32:
    """The idx-th number of the table whose characters start at t."""
    p: i32 = t + idx * 4
    v: i32 = 0
    j: i32 = 0
    while j < 4:
        c: i32 = load_u8(p + j, 0)
        d: i32 = c - 48
        if c >= 97:
            d = c - 87
        v = v * 36 + d
        j = j + 1
    return v


def st_find(tab: obj, width: i32, c: i32) -> i32:
    """The index of the last record (of `width` numbers) whose first number is <= c, or -1."""
    p: i32 = word_ptr(tab)
    t: i32 = p + STR_DATA
    n: i32 = load_i32(p, STR_LEN) // (4 * width)
    lo: i32 = 0
    hi: i32 = n
    while lo < hi:
        mid: i32 = (lo + hi) // 2
        if st_num(t, mid * width) <= c:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def st_in(tab: obj, c: i32) -> i32:
    """Whether c is in one of the (first, last) ranges of tab."""
    r: i32 = st_find(tab, 2, c)
    if r < 0:
        return 0
    return c <= st_num(word_ptr(tab) + STR_DATA, r * 2 + 1)


def st_map(tab: obj, c: i32) -> i32:
    """c through the simple mapping runs (first, last, stride, delta) of tab."""
    r: i32 = st_find(tab, 4, c)
    if r < 0:
        return c
    t: i32 = word_ptr(tab) + STR_DATA
    first: i32 = st_num(t, r * 4)
    if c > st_num(t, r * 4 + 1) or (c - first) % st_num(t, r * 4 + 2) != 0:
        return c
    return c + st_num(t, r * 4 + 3) - 839808  # the tables' bias for signed deltas (36**4 // 2)


def st_full(tab: obj, c: i32) -> i32:
    """The record index of c in a full-mapping table (c, n, m1, m2, m3), or -1."""
    r: i32 = st_find(tab, 5, c)
    if r < 0:
        return -1
    if st_num(word_ptr(tab) + STR_DATA, r * 5) != c:
        return -1
    return r


# ---- classes --------------------------------------------------------------------------------------

def rt_ch_isspace(c: i32) -> i32:
    if c < 128:
        return (c >= 9 and c <= 13) or (c >= 28 and c <= 32)
    return c == 0x85 or c == 0xA0 or c == 0x1680 or (c >= 0x2000 and c <= 0x200A) or c == 0x2028 or c == 0x2029 or c == 0x202F or c == 0x205F or c == 0x3000


def rt_ch_isalpha(c: i32) -> i32:
    if c < 128:
        return (c | 32) >= 97 and (c | 32) <= 122
    return st_in(st_alpha(), c)


def rt_ch_isdecimal(c: i32) -> i32:
    if c < 128:
        return c >= 48 and c <= 57
    return st_in(st_decimal(), c)


def rt_ch_isdigit(c: i32) -> i32:
    if c < 128:
        return c >= 48 and c <= 57
    return st_in(st_decimal(), c) or st_in(st_digit(), c)


def rt_ch_isnumeric(c: i32) -> i32:
    if c < 128:
        return c >= 48 and c <= 57
    return rt_ch_isdigit(c) or st_in(st_numeric(), c)


def rt_ch_isalnum(c: i32) -> i32:
    return rt_ch_isalpha(c) or rt_ch_isnumeric(c)


def rt_ch_islower(c: i32) -> i32:
    if c < 128:
        return c >= 97 and c <= 122
    return st_in(st_lower(), c)


def rt_ch_isupper(c: i32) -> i32:
    if c < 128:
        return c >= 65 and c <= 90
    return st_in(st_upper(), c)


def rt_ch_istitle(c: i32) -> i32:
    """Titlecase letters (Lt), and uppercase ones, which istitle() treats alike."""
    if c < 128:
        return c >= 65 and c <= 90
    return st_in(st_upper(), c) or st_in(st_title(), c)


def rt_ch_iscased(c: i32) -> i32:
    if c < 128:
        return (c | 32) >= 97 and (c | 32) <= 122
    return st_in(st_cased(), c)


def rt_ch_isprintable(c: i32) -> i32:
    if c < 128:
        return c >= 32 and c < 127
    return st_in(st_nonprint(), c) == 0


def rt_ch_isxid_start(c: i32) -> i32:
    if c < 128:
        return rt_ch_isalpha(c) or c == 95
    return st_in(st_xid_start(), c)


def rt_ch_isxid_cont(c: i32) -> i32:
    if c < 128:
        return rt_ch_isalpha(c) or c == 95 or (c >= 48 and c <= 57)
    return st_in(st_xid_cont(), c)


# ---- case conversion -----------------------------------------------------------------------------

def rt_cm_put(buf: i32, n: i32, c: i32) -> i32:
    store_i32(buf + 4 * n, 0, c)
    return n + 1


def rt_cm_map(buf: i32, n: i32, c: i32, mode: i32) -> i32:
    """Appends the mapping of c (mode 0 lower, 1 upper, 2 fold, 3 title) to the code points at
    buf (n so far); returns the new count."""
    if c < 128:
        if mode == 0 or mode == 2:
            if c >= 65 and c <= 90:
                c = c + 32
        elif c >= 97 and c <= 122:
            c = c - 32
        return rt_cm_put(buf, n, c)
    full: obj = st_full_lower()
    simple: obj = st_map_lower()
    if mode == 1:
        full = st_full_upper()
        simple = st_map_upper()
    elif mode == 2:
        full = st_full_fold()
        simple = st_map_fold()
    elif mode == 3:
        full = st_full_title()
        simple = st_map_title()
    r: i32 = st_full(full, c)
    if r >= 0:
        t: i32 = word_ptr(full) + STR_DATA
        k: i32 = st_num(t, r * 5 + 1)
        j: i32 = 0
        while j < k:
            n = rt_cm_put(buf, n, st_num(t, r * 5 + 2 + j))
            j = j + 1
        return n
    return rt_cm_put(buf, n, st_map(simple, c))


def rt_str_from_cps(buf: i32, n: i32) -> obj:
    """A str of the n code points (i32 each) at buf, in the narrowest kind."""
    maxc: i32 = 0
    i: i32 = 0
    while i < n:
        if load_i32(buf + 4 * i, 0) > maxc:
            maxc = load_i32(buf + 4 * i, 0)
        i = i + 1
    kind: i32 = rt_str_kind_of(maxc)
    q: i32 = rt_str_alloc(n, kind, maxc < 128)
    i = 0
    while i < n:
        rt_str_put(q, kind, i, load_i32(buf + 4 * i, 0))
        i = i + 1
    return ptr_word(q)


def rt_final_sigma(p: i32, kind: i32, n: i32, i: i32) -> i32:
    """Whether the Σ at i ends a word: a cased letter before it and none right after it."""
    if i == 0 or not rt_ch_iscased(rt_str_char(p, kind, i - 1)):
        return 0
    if i + 1 < n and rt_ch_iscased(rt_str_char(p, kind, i + 1)):
        return 0
    return 1


def rt_str_casemap(s: obj, mode: i32) -> obj:
    """mode 0 lower(), 1 upper(), 2 casefold(), 4 swapcase(), 5 title(), 6 capitalize()."""
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    kind: i32 = load_u8(p, STR_KIND)
    ascii: i32 = load_u8(p, STR_FLAGS) & STR_FLAG_ASCII
    buf: i32 = fr_buffer(n * 12 + 4)
    m: i32 = 0
    i: i32 = 0
    prev_cased: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if mode == 0 or mode == 2:
            if c == 0x3A3 and mode == 0 and not ascii and rt_final_sigma(p, kind, n, i):
                m = rt_cm_put(buf, m, 0x3C2)
            else:
                m = rt_cm_map(buf, m, c, mode)
        elif mode == 1:
            m = rt_cm_map(buf, m, c, 1)
        elif mode == 4:
            if rt_ch_isupper(c):
                if c == 0x3A3 and rt_final_sigma(p, kind, n, i):
                    m = rt_cm_put(buf, m, 0x3C2)
                else:
                    m = rt_cm_map(buf, m, c, 0)
            elif rt_ch_islower(c):
                m = rt_cm_map(buf, m, c, 1)
            else:
                m = rt_cm_put(buf, m, c)
        elif mode == 5:
            if prev_cased:
                m = rt_cm_map(buf, m, c, 0)
            else:
                m = rt_cm_map(buf, m, c, 3)
            prev_cased = rt_ch_iscased(c)
        else:
            if i == 0:
                m = rt_cm_map(buf, m, c, 3)
            elif c == 0x3A3 and rt_final_sigma(p, kind, n, i):
                m = rt_cm_put(buf, m, 0x3C2)
            else:
                m = rt_cm_map(buf, m, c, 0)
        i = i + 1
    return rt_str_from_cps(buf, m)


def rt_str_upper(s: obj) -> obj:
    return rt_str_casemap(s, 1)
