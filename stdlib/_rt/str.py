# str objects (PEP 393 layout, see src/runtime/layout.ts): making them from UTF-8 bytes,
# concatenation, equality, comparison, repr (CPython's quoting and escaping), len, repetition,
# indexing and slicing.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, store_u8, load_u16, store_u16, load_i64, store_i64, mem_copy,
    word_ptr, ptr_word, tag_int, untag_int, box_bool, is_small, load_obj, i32_to_i64, i64_to_i32, i64_lt_u, i64_or, i64_shl,
    GC_STATE, GC_CLASSES, GC_SIZE_MAP, GC_ALLOCATED, GC_THRESHOLD, GC_SMALL_MAX, RT_GC_DUE,
    NULL_WORD, TYPE_STR, STR_LEN, STR_KIND, STR_FLAGS, STR_HASH, STR_DATA, STR_FLAG_ASCII,
    STR_FLAG_OWNED, exc_get,
)


# ---- making strings ---------------------------------------------------------------------------

def rt_str_alloc(n: i32, kind: i32, ascii: i32) -> i32:
    """A new str object of n code points of `kind` bytes each; the caller fills the data."""
    if n == 0:
        # The empty str is ASCII of kind 1 whatever it was made from ("𝔘" * 0, "é"[1:]): the
        # kind is the narrowest that fits, which equality and the joins rely on.
        kind = 1
        ascii = STR_FLAG_ASCII
    size: i32 = STR_DATA + n * kind
    if size <= GC_SMALL_MAX and size >= 0:
        # rt_alloc's fast path (stdlib/_rt/gc.py) in line, keep the two in step: the class's free
        # list, else its current page's bump; every other case is rt_alloc's. Every str is made
        # here: a call less for each.
        c: i32 = GC_STATE + GC_CLASSES + 16 * load_u8(GC_STATE + GC_SIZE_MAP + ((size + 7) >> 3), 0)
        p: i32 = load_i32(c, 0)
        if p != 0:
            # a free cell is zero but for its type and its link, which the length word overwrites
            store_i32(c, 0, load_i32(p, 8))
        else:
            p = load_i32(c, 4)
            if p < load_i32(c, 8):
                store_i32(c, 4, p + load_i32(c, 12))
            else:
                p = 0
        if p != 0:
            a: i32 = load_i32(GC_STATE, GC_ALLOCATED) + load_i32(c, 12)
            store_i32(GC_STATE, GC_ALLOCATED, a)
            if a > load_i32(GC_STATE, GC_THRESHOLD):
                store_i32(RT_GC_DUE, 0, 1)
            store_i64(p, 0, i32_to_i64(TYPE_STR))  # the type id, and a clear GC word (unmarked)
            # the length, the kind and the flags in one word (the two bytes after them zero)
            store_i64(p, STR_LEN, i64_or(i32_to_i64(n), i64_shl(i32_to_i64(kind | (ascii << 8)), 32)))
            return p
    return rt_str_alloc_slow(n, kind, ascii)


def rt_str_alloc_slow(n: i32, kind: i32, ascii: i32) -> i32:
    """rt_str_alloc past its fast path: out of line, so that the fast path keeps no value across
    a call (no callee-saved register to save and restore)."""
    q: i32 = rt_alloc(STR_DATA + n * kind, TYPE_STR)
    if q != 0:
        store_i32(q, STR_LEN, n)
        store_u8(q, STR_KIND, kind)
        store_u8(q, STR_FLAGS, ascii)
    return q


def rt_str_put(p: i32, kind: i32, i: i32, c: i32) -> None:
    if kind == 1:
        store_u8(p + STR_DATA + i, 0, c)
    elif kind == 2:
        store_u16(p + STR_DATA + 2 * i, 0, c)
    else:
        store_i32(p + STR_DATA + 4 * i, 0, c)


def rt_str_kind_of(c: i32) -> i32:
    """The PEP 393 kind a string needs to hold code point c."""
    if c < 0x100:
        return 1
    if c < 0x10000:
        return 2
    return 4


def rt_utf8_len(b: i32) -> i32:
    """The length of the UTF-8 sequence that starts with byte b (1 for a stray byte)."""
    if b < 0xC0:
        return 1
    if b < 0xE0:
        return 2
    if b < 0xF0:
        return 3
    return 4


def rt_utf8_decode(ptr: i32, k: i32) -> i32:
    """The code point of the k-byte UTF-8 sequence at ptr."""
    b: i32 = load_u8(ptr, 0)
    if k == 1:
        return b
    if k == 2:
        return ((b & 0x1F) << 6) | (load_u8(ptr, 1) & 0x3F)
    if k == 3:
        return ((b & 0x0F) << 12) | ((load_u8(ptr, 1) & 0x3F) << 6) | (load_u8(ptr, 2) & 0x3F)
    return ((b & 0x07) << 18) | ((load_u8(ptr, 1) & 0x3F) << 12) | ((load_u8(ptr, 2) & 0x3F) << 6) | (load_u8(ptr, 3) & 0x3F)


def rt_str_from_bytes(ptr: i32, n: i32) -> obj:
    """A str from n bytes of (valid) UTF-8 at ptr, in the narrowest PEP 393 kind."""
    count: i32 = 0
    maxc: i32 = 0
    i: i32 = 0
    while i < n:
        k: i32 = rt_utf8_len(load_u8(ptr + i, 0))
        if i + k > n:
            k = n - i
        c: i32 = rt_utf8_decode(ptr + i, k)
        if c > maxc:
            maxc = c
        count = count + 1
        i = i + k
    kind: i32 = rt_str_kind_of(maxc)
    p: i32 = rt_str_alloc(count, kind, maxc < 0x80)
    if maxc < 0x80:
        rt_copy_bytes(p + STR_DATA, ptr, n)
        return ptr_word(p)
    i = 0
    j: i32 = 0
    while i < n:
        k2: i32 = rt_utf8_len(load_u8(ptr + i, 0))
        if i + k2 > n:
            k2 = n - i
        rt_str_put(p, kind, j, rt_utf8_decode(ptr + i, k2))
        j = j + 1
        i = i + k2
    return ptr_word(p)


def rt_str_from_char(c: i32) -> obj:
    """A one-character str (a static one for Latin-1, as CPython: no allocation)."""
    if c < 256:
        return ptr_word(word_ptr(st_char1()) + STR_DATA + c * 32)
    kind: i32 = rt_str_kind_of(c)
    p: i32 = rt_str_alloc(1, kind, c < 0x80)
    rt_str_put(p, kind, 0, c)
    return ptr_word(p)


def rt_copy_bytes(dst: i32, src: i32, n: i32) -> None:
    """mem_copy for (non-overlapping) string data: up to 64 bytes as i64 words and bytes in
    line, since a wasm engine's memory.copy is a call out of the code (V8: ~50 instructions and
    a lock before the first byte moves) and most strings built are short."""
    if n > 64:
        mem_copy(dst, src, n)
        return
    # The last word overlaps the one before it: a tail of up to 7 bytes costs one word.
    if n >= 8:
        i: i32 = 0
        while i + 8 < n:
            store_i64(dst + i, 0, load_i64(src + i, 0))
            i = i + 8
        store_i64(dst + n - 8, 0, load_i64(src + n - 8, 0))
        return
    if n >= 4:
        store_i32(dst, 0, load_i32(src, 0))
        store_i32(dst + n - 4, 0, load_i32(src + n - 4, 0))
        return
    if n >= 2:
        store_u16(dst, 0, load_u16(src, 0))
        store_u16(dst + n - 2, 0, load_u16(src + n - 2, 0))
        return
    if n == 1:
        store_u8(dst, 0, load_u8(src, 0))


def rt_str_copy_into(dst: i32, dkind: i32, at: i32, src: i32) -> None:
    """Copies the code points of str object src into dst (of kind dkind) from index `at`."""
    n: i32 = load_i32(src, STR_LEN)
    skind: i32 = load_u8(src, STR_KIND)
    if skind == dkind:
        # (this is every join's and concatenation's inner copy)
        nb: i32 = n * dkind
        d: i32 = dst + STR_DATA + at * dkind
        s: i32 = src + STR_DATA
        if nb > 64:
            rt_str_copy_wide(dst, dkind, at, src)
            return
        # rt_copy_bytes in line: words, the last one overlapping the one before it.
        if nb >= 8:
            j: i32 = 0
            while j + 8 < nb:
                store_i64(d + j, 0, load_i64(s + j, 0))
                j = j + 8
            store_i64(d + nb - 8, 0, load_i64(s + nb - 8, 0))
            return
        if nb >= 4:
            store_i32(d, 0, load_i32(s, 0))
            store_i32(d + nb - 4, 0, load_i32(s + nb - 4, 0))
            return
        if nb >= 2:
            store_u16(d, 0, load_u16(s, 0))
            store_u16(d + nb - 2, 0, load_u16(s + nb - 2, 0))
            return
        if nb == 1:
            store_u8(d, 0, load_u8(s, 0))
        return
    rt_str_copy_wide(dst, dkind, at, src)


def rt_str_copy_wide(dst: i32, dkind: i32, at: i32, src: i32) -> None:
    """rt_str_copy_into past its short copies (more than 64 bytes, or kinds that differ): out of
    line, so that the short copies, which every join and concatenation makes, are a leaf with no
    registers to save."""
    n: i32 = load_i32(src, STR_LEN)
    skind: i32 = load_u8(src, STR_KIND)
    if skind == dkind:
        mem_copy(dst + STR_DATA + at * dkind, src + STR_DATA, n * dkind)
        return
    i: i32 = 0
    while i < n:
        rt_str_put(dst, dkind, at + i, rt_str_char(src, skind, i))
        i = i + 1


def rt_str_part_into(q: i32, kind: i32, at: i32, xp: i32, dend: i32) -> None:
    """Copies str object xp into the new str q (of kind `kind`) from index `at`, where the pieces
    after it fill q's data up to dend, its end (a join's and rt_str_cat3/4's parts but the last):
    a whole i64 word at a time (the last one rounded up) with no call when xp has q's kind and the
    rounded copy ends inside the data. The bytes written past xp's end are rewritten by the pieces
    after it, copied in order up to dend, so nothing past the data changes; a str's data starts
    8-aligned in an object of whole words (cells, statics, the one-char table), so the read past
    xp's end stays in xp. Other pieces (another kind, too near the end) go through
    rt_str_copy_into, exactly. Spliced into its callers (inline.ts, SPLICED)."""
    d: i32 = q + STR_DATA + at * kind
    nb: i32 = load_i32(xp, STR_LEN) * kind
    if load_u8(xp, STR_KIND) == kind and d + ((nb + 7) & -8) <= dend:
        j: i32 = 0
        while j < nb:
            store_i64(d + j, 0, load_i64(xp + j, STR_DATA))
            j = j + 8
        return
    rt_str_copy_into(q, kind, at, xp)


def rt_str_concat(a: obj, b: obj) -> obj:
    """a + b for two str objects."""
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    na: i32 = load_i32(pa, STR_LEN)
    nb: i32 = load_i32(pb, STR_LEN)
    if nb == 0:
        return a
    if na == 0:
        return b
    kind: i32 = load_u8(pa, STR_KIND)
    kb: i32 = load_u8(pb, STR_KIND)
    if kb > kind:
        kind = kb
    ascii: i32 = load_u8(pa, STR_FLAGS) & load_u8(pb, STR_FLAGS) & STR_FLAG_ASCII
    p: i32 = rt_str_alloc(na + nb, kind, ascii)
    rt_str_copy_into(p, kind, 0, pa)
    rt_str_copy_into(p, kind, na, pb)
    return ptr_word(p)


# ---- comparing ----------------------------------------------------------------------------------

def rt_is_str(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_STR


def rt_str_eq(a: obj, b: obj) -> i32:
    """1 when two str objects hold the same code points."""
    if a is b:
        return 1
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    n: i32 = load_i32(pa, STR_LEN)
    if n != load_i32(pb, STR_LEN):
        return 0
    ka: i32 = load_u8(pa, STR_KIND)
    kb: i32 = load_u8(pb, STR_KIND)
    if ka != kb:
        return 0  # the kind is the narrowest that fits, so different kinds mean different strs
    ha: i64 = load_i64(pa, STR_HASH)
    hb: i64 = load_i64(pb, STR_HASH)
    if ha != hb and ha != 0 and hb != 0:
        return 0  # both hashes cached (0: not computed yet), and they differ
    # 8 bytes at a time (the data starts 8-aligned), then the rest byte by byte
    i: i32 = 0
    m: i32 = n * ka
    while i + 8 <= m:
        if load_i64(pa + STR_DATA + i, 0) != load_i64(pb + STR_DATA + i, 0):
            return 0
        i = i + 8
    while i < m:
        if load_u8(pa + STR_DATA + i, 0) != load_u8(pb + STR_DATA + i, 0):
            return 0
        i = i + 1
    return 1


def rt_str_compare(a: obj, b: obj) -> i32:
    """-1, 0 or 1 comparing two str objects by code points."""
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    na: i32 = load_i32(pa, STR_LEN)
    nb: i32 = load_i32(pb, STR_LEN)
    ka: i32 = load_u8(pa, STR_KIND)
    kb: i32 = load_u8(pb, STR_KIND)
    n: i32 = na
    if nb < n:
        n = nb
    i: i32 = 0
    while i < n:
        ca: i32 = rt_str_char(pa, ka, i)
        cb: i32 = rt_str_char(pb, kb, i)
        if ca != cb:
            if ca < cb:
                return -1
            return 1
        i = i + 1
    if na < nb:
        return -1
    if na > nb:
        return 1
    return 0


def rt_str_len(s: obj) -> i32:
    return load_i32(word_ptr(s), STR_LEN)


# ---- repr ------------------------------------------------------------------------------------

def rt_str_isprintable_char(c: i32) -> i32:
    """Whether repr() shows code point c as itself (CPython's Py_UNICODE_ISPRINTABLE, from the
    generated table of str_tables.py)."""
    return rt_ch_isprintable(c)


def rt_hex_digit(d: i32) -> i32:
    if d < 10:
        return 48 + d
    return 87 + d


def rt_str_repr_ascii(p: i32, n: i32) -> obj:
    """repr() of an ASCII str object at p that needs no escape (no control character, DEL or
    backslash, and not both quotes): the quote, one copy of the bytes, the quote. NULL_WORD when
    some character needs an escape (rt_str_repr's general path)."""
    d: i32 = p + STR_DATA
    squote: i32 = 0
    dquote: i32 = 0
    i: i32 = 0
    while i < n:
        c: i32 = load_u8(d + i, 0)
        if c < 32 or c == 127 or c == 92:
            return NULL_WORD
        if c == 39:
            squote = 1
        elif c == 34:
            dquote = 1
        i = i + 1
    if squote and dquote:
        return NULL_WORD
    quote: i32 = 39
    if squote:
        quote = 34
    q: i32 = rt_str_alloc(n + 2, 1, STR_FLAG_ASCII)
    store_u8(q + STR_DATA, 0, quote)
    rt_copy_bytes(q + STR_DATA + 1, d, n)
    store_u8(q + STR_DATA + n + 1, 0, quote)
    return ptr_word(q)


def rt_str_repr(s: obj) -> obj:
    """repr(s): CPython's quotes (' unless the string holds ' and no ") and escapes."""
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    kind: i32 = load_u8(p, STR_KIND)
    if load_u8(p, STR_FLAGS) & STR_FLAG_ASCII:
        fast: obj = rt_str_repr_ascii(p, n)
        if fast is not NULL_WORD:
            return fast
    squote: i32 = 0
    dquote: i32 = 0
    # First pass: the quote, the output length and the widest character kept.
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if c == 39:
            squote = 1
        elif c == 34:
            dquote = 1
        i = i + 1
    quote: i32 = 39
    if squote and not dquote:
        quote = 34
    outn: i32 = 2
    maxc: i32 = 0
    i = 0
    while i < n:
        c2: i32 = rt_str_char(p, kind, i)
        w: i32 = rt_repr_width(c2, quote)
        if w == 1 and c2 > maxc:
            maxc = c2
        outn = outn + w
        i = i + 1
    okind: i32 = rt_str_kind_of(maxc)
    q: i32 = rt_str_alloc(outn, okind, maxc < 0x80)
    rt_str_put(q, okind, 0, quote)
    j: i32 = 1
    i = 0
    while i < n:
        c3: i32 = rt_str_char(p, kind, i)
        w3: i32 = rt_repr_width(c3, quote)
        if w3 == 1:
            rt_str_put(q, okind, j, c3)
        elif w3 == 2:
            rt_str_put(q, okind, j, 92)
            e: i32 = c3
            if c3 == 9:
                e = 116
            elif c3 == 10:
                e = 110
            elif c3 == 13:
                e = 114
            rt_str_put(q, okind, j + 1, e)
        else:
            rt_str_put(q, okind, j, 92)
            letter: i32 = 120
            if w3 == 6:
                letter = 117
            elif w3 == 10:
                letter = 85
            rt_str_put(q, okind, j + 1, letter)
            k: i32 = w3 - 3
            shift: i32 = 0
            while k >= 0:
                rt_str_put(q, okind, j + 2 + k, rt_hex_digit((c3 >> shift) & 15))
                shift = shift + 4
                k = k - 1
        j = j + w3
        i = i + 1
    rt_str_put(q, okind, j, quote)
    return ptr_word(q)


def rt_repr_width(c: i32, quote: i32) -> i32:
    """How many characters repr() writes for code point c: 1 (itself), 2 (\\n, \\'), 4 (\\xhh),
    6 (\\uhhhh) or 10 (\\Uhhhhhhhh)."""
    if c == quote or c == 92 or c == 9 or c == 10 or c == 13:
        return 2
    if rt_str_isprintable_char(c):
        return 1
    if c < 0x100:
        return 4
    if c < 0x10000:
        return 6
    return 10


# ---- slicing, searching, repetition, joining ---------------------------------------------------

def rt_str_kind(p: i32) -> i32:
    """The PEP 393 kind of the str object at p."""
    return load_u8(p, STR_KIND)


def rt_str_slice(s: obj, start: i32, step: i32, count: i32) -> obj:
    """The str of the `count` code points of s at start, start + step, ..."""
    p: i32 = word_ptr(s)
    kind: i32 = load_u8(p, STR_KIND)
    if step == 1 and count == load_i32(p, STR_LEN):
        return s
    maxc: i32 = 0
    i: i32 = 0
    if load_u8(p, STR_FLAGS) & STR_FLAG_ASCII:
        maxc = 0
    else:
        while i < count:
            c: i32 = rt_str_char(p, kind, start + i * step)
            if c > maxc:
                maxc = c
            i = i + 1
    okind: i32 = rt_str_kind_of(maxc)
    q: i32 = rt_str_alloc(count, okind, maxc < 0x80)
    if step == 1 and okind == kind:
        rt_copy_bytes(q + STR_DATA, p + STR_DATA + start * kind, count * kind)
        return ptr_word(q)
    i = 0
    while i < count:
        rt_str_put(q, okind, i, rt_str_char(p, kind, start + i * step))
        i = i + 1
    return ptr_word(q)


def rt_str_find(s: obj, sub: obj, start: i32) -> i32:
    """The first index >= start where sub occurs in s, or -1."""
    p: i32 = word_ptr(s)
    q: i32 = word_ptr(sub)
    n: i32 = load_i32(p, STR_LEN)
    m: i32 = load_i32(q, STR_LEN)
    kp: i32 = load_u8(p, STR_KIND)
    kq: i32 = load_u8(q, STR_KIND)
    i: i32 = start
    while i + m <= n:
        j: i32 = 0
        while j < m and rt_str_char(p, kp, i + j) == rt_str_char(q, kq, j):
            j = j + 1
        if j == m:
            return i
        i = i + 1
    return -1


def rt_str_repeat(s: obj, times: i64) -> obj:
    """s * times (times >= 0)."""
    p: i32 = word_ptr(s)
    n: i32 = load_i32(p, STR_LEN)
    if times == 1:
        return s
    kind: i32 = load_u8(p, STR_KIND)
    if n > 0 and times > i32_to_i64(0x7FFFFFF // (n * kind)):
        rt_raise("MemoryError", NULL_WORD)
        return 1
    total: i32 = n * i64_to_i32(times)
    q: i32 = rt_str_alloc(total, kind, load_u8(p, STR_FLAGS) & STR_FLAG_ASCII)
    if total == 0:
        return ptr_word(q)
    # One copy, then doubling copies of what is filled (log(times) of them, not times).
    d: i32 = q + STR_DATA
    unit: i32 = n * kind
    rt_copy_bytes(d, p + STR_DATA, unit)
    if total * kind <= 64:
        i: i32 = unit
        while i < total * kind:
            store_u8(d + i, 0, load_u8(d + i - unit, 0))
            i = i + 1
    else:
        rt_mem_repeat_fill(d, unit, total * kind)
    return ptr_word(q)


def rt_str_concat_items(src: i32, n: i32) -> obj:
    """The concatenation of the n str objects whose words are at src."""
    total: i32 = 0
    kind: i32 = 1
    ascii: i32 = STR_FLAG_ASCII
    i: i32 = 0
    while i < n:
        p: i32 = word_ptr(load_obj(src + 8 * i, 0))
        total = total + load_i32(p, STR_LEN)
        if load_u8(p, STR_KIND) > kind:
            kind = load_u8(p, STR_KIND)
        ascii = ascii & load_u8(p, STR_FLAGS)
        i = i + 1
    q: i32 = rt_str_alloc(total, kind, ascii)
    at: i32 = 0
    i = 0
    while i < n:
        p2: i32 = word_ptr(load_obj(src + 8 * i, 0))
        rt_str_copy_into(q, kind, at, p2)
        at = at + load_i32(p2, STR_LEN)
        i = i + 1
    return ptr_word(q)


def rt_str_cat3(a: obj, b: obj, c: obj) -> obj:
    """a + b + c for three str objects in one allocation (an f-string of three parts,
    src/lower/strings.ts)."""
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    pc: i32 = word_ptr(c)
    na: i32 = load_i32(pa, STR_LEN)
    nb: i32 = load_i32(pb, STR_LEN)
    kind: i32 = load_u8(pa, STR_KIND)
    if load_u8(pb, STR_KIND) > kind:
        kind = load_u8(pb, STR_KIND)
    if load_u8(pc, STR_KIND) > kind:
        kind = load_u8(pc, STR_KIND)
    ascii: i32 = load_u8(pa, STR_FLAGS) & load_u8(pb, STR_FLAGS) & load_u8(pc, STR_FLAGS) & STR_FLAG_ASCII
    total: i32 = na + nb + load_i32(pc, STR_LEN)
    p: i32 = rt_str_alloc(total, kind, ascii)
    # a and b a word at a time where they fit; c, the last, exactly
    dend: i32 = p + STR_DATA + total * kind
    rt_str_part_into(p, kind, 0, pa, dend)
    rt_str_part_into(p, kind, na, pb, dend)
    rt_str_copy_into(p, kind, na + nb, pc)
    return ptr_word(p)


def rt_str_add3(a: obj, b: obj, c: obj) -> obj:
    """(a + b) + c for three str objects (src/passes/strcat.ts fuses the two concatenations):
    one allocation, with rt_str_concat's results when a part is empty (`a + ""` is a)."""
    if load_i32(word_ptr(a), STR_LEN) == 0:
        return rt_str_concat(b, c)
    if load_i32(word_ptr(b), STR_LEN) == 0:
        return rt_str_concat(a, c)
    if load_i32(word_ptr(c), STR_LEN) == 0:
        return rt_str_concat(a, b)
    return rt_str_cat3(a, b, c)


def rt_str_cat4(a: obj, b: obj, c: obj, d: obj) -> obj:
    """a + b + c + d for four str objects in one allocation (an f-string of four parts)."""
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    pc: i32 = word_ptr(c)
    pd: i32 = word_ptr(d)
    na: i32 = load_i32(pa, STR_LEN)
    nb: i32 = load_i32(pb, STR_LEN)
    nc: i32 = load_i32(pc, STR_LEN)
    kind: i32 = load_u8(pa, STR_KIND)
    if load_u8(pb, STR_KIND) > kind:
        kind = load_u8(pb, STR_KIND)
    if load_u8(pc, STR_KIND) > kind:
        kind = load_u8(pc, STR_KIND)
    if load_u8(pd, STR_KIND) > kind:
        kind = load_u8(pd, STR_KIND)
    ascii: i32 = load_u8(pa, STR_FLAGS) & load_u8(pb, STR_FLAGS) & load_u8(pc, STR_FLAGS) & load_u8(pd, STR_FLAGS) & STR_FLAG_ASCII
    total: i32 = na + nb + nc + load_i32(pd, STR_LEN)
    p: i32 = rt_str_alloc(total, kind, ascii)
    # a, b and c a word at a time where they fit; d, the last, exactly
    dend: i32 = p + STR_DATA + total * kind
    rt_str_part_into(p, kind, 0, pa, dend)
    rt_str_part_into(p, kind, na, pb, dend)
    rt_str_part_into(p, kind, na + nb, pc, dend)
    rt_str_copy_into(p, kind, na + nb + nc, pd)
    return ptr_word(p)


def rt_str_geti(s: obj, k: obj) -> obj:
    """s[k] for a str s and an int k: the -O2 fast path (specialize.ts, where inference proved
    both types): an index in range gives its character at once (a static one for Latin-1); a
    negative or big index and the errors go to rt_getitem."""
    if is_small(k):
        p: i32 = word_ptr(s)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, STR_LEN))):
            return rt_str_from_char(rt_str_char(p, load_u8(p, STR_KIND), i64_to_i32(i)))
    return rt_getitem(s, k)


def rt_str_ord_at(s: obj, k: obj) -> obj:
    """ord(s[k]) for a str s and an int k where s[k] is used for nothing else (specialize.ts):
    the code point read in place, no one-character str. Small, so the inliner splices it: an
    index in range of a one-byte str is a load; anything else goes to rt_str_ord_slow."""
    if is_small(k):
        p: i32 = word_ptr(s)
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, STR_LEN))):
            if load_u8(p, STR_KIND) == 1:
                return tag_int(i32_to_i64(load_u8(p + i64_to_i32(i), STR_DATA)))
    return rt_str_ord_slow(s, k)


def rt_str_ord_slow(s: obj, k: obj) -> obj:
    """rt_str_ord_at outside its inlined fast path: a wider kind, a negative or big index and the
    errors (through rt_str_geti)."""
    p: i32 = word_ptr(s)
    if is_small(k):
        i: i64 = untag_int(k)
        if i64_lt_u(i, i32_to_i64(load_i32(p, STR_LEN))):
            return tag_int(i32_to_i64(rt_str_char(p, load_u8(p, STR_KIND), i64_to_i32(i))))
    c: obj = rt_str_geti(s, k)
    if exc_get() is not 0:
        return 1
    q: i32 = word_ptr(c)
    return tag_int(i32_to_i64(rt_str_char(q, load_u8(q, STR_KIND), 0)))


# ---- str builder variables (src/lower/strings.ts) ------------------------------------------------

def rt_str_iadd(a: obj, b: obj) -> obj:
    """s += b for a builder variable s (always a str): appends in place when s is OWNED and has
    room, else makes a new OWNED str with twice the room needed, so a loop of += is linear."""
    if not rt_is_str(b):
        return rt_add(a, b)  # TypeError: can only concatenate str (not "int") to str
    pa: i32 = word_ptr(a)
    pb: i32 = word_ptr(b)
    na: i32 = load_i32(pa, STR_LEN)
    nb: i32 = load_i32(pb, STR_LEN)
    if nb == 0:
        return a
    ka: i32 = load_u8(pa, STR_KIND)
    kind: i32 = ka
    if load_u8(pb, STR_KIND) > kind:
        kind = load_u8(pb, STR_KIND)
    fa: i32 = load_u8(pa, STR_FLAGS)
    ascii: i32 = fa & load_u8(pb, STR_FLAGS) & STR_FLAG_ASCII
    if (fa & STR_FLAG_OWNED) and ka == kind and na + nb <= i64_to_i32(load_i64(pa, STR_HASH)):
        rt_str_copy_into(pa, kind, na, pb)
        store_i32(pa, STR_LEN, na + nb)
        store_u8(pa, STR_FLAGS, ascii | STR_FLAG_OWNED)
        return a
    cap: i32 = (na + nb) * 2
    if cap < 32:
        cap = 32
    p: i32 = rt_str_alloc(cap, kind, ascii | STR_FLAG_OWNED)
    store_i32(p, STR_LEN, na + nb)
    store_i64(p, STR_HASH, i32_to_i64(cap))
    rt_str_copy_into(p, kind, 0, pa)
    rt_str_copy_into(p, kind, na, pb)
    return ptr_word(p)


def rt_str_escape(s: obj) -> obj:
    """A read of a builder variable: its str may be seen elsewhere from now on, so it is never
    appended to in place again (the hash field, which held the capacity, is reset)."""
    if is_small(s):
        return s
    p: i32 = word_ptr(s)
    if load_i32(p, 0) == TYPE_STR and (load_u8(p, STR_FLAGS) & STR_FLAG_OWNED):
        store_u8(p, STR_FLAGS, load_u8(p, STR_FLAGS) & STR_FLAG_ASCII)
        store_i64(p, STR_HASH, 0)
    return s
