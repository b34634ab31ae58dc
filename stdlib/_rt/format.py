# format(x, spec) and the format-spec mini-language (CPython's Python/formatter_unicode.c):
#   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
# for int (and bool), float and str, with CPython's messages for every bad combination. f-strings
# (src/lower/strings.ts), str.format (str_format.py) and format() all end in rt_format.
#
# A parsed spec is a 48-byte record (a kind-1 str object used as a raw buffer, so it is a valid
# leaf object for the collector) of i32 fields (offsets are literals: intrinsic offsets must be
# compile-time constants, and runtime modules cannot define their own):
#   +0 fill (code point), +4 align (0 or the character), +8 sign (0, '+', '-', ' '), +12 z flag,
#   +16 alt (#), +20 width (-1: none), +24 grouping (0, ',' or '_'), +28 precision (-1: none),
#   +32 type (0 or the character). format_percent.py builds the same record.
# Output is built as a list of str parts and joined once (linear in the output size).
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_u8, store_u8, word_ptr, ptr_word, is_small, tag_int, untag_int,
    exc_get, i32_to_i64, i64_to_i32, f64_bits, i64_shr_u, i64_div_s, i64_rem_s,
    NULL_WORD, TYPE_STR, TYPE_INT, TYPE_BOOL, TYPE_FLOAT, STR_LEN, STR_KIND, STR_DATA, STR_FLAGS,
    TRUE_ADDR, INT_DIGITS, TYPE_INSTANCE, TYPE_EXC, SEL_FORMAT,
)



# ---- the builder: a list of parts, joined once -------------------------------------------------

def rt_sb_new() -> obj:
    return rt_list_new(0)


def rt_sb_add(sb: obj, s: obj) -> None:
    rt_list_append(sb, s)


def rt_sb_char(sb: obj, c: i32) -> None:
    rt_list_append(sb, rt_str_from_char(c))


def rt_sb_repeat(sb: obj, c: i32, n: i32) -> None:
    if n > 0:
        rt_list_append(sb, rt_str_repeat(rt_str_from_char(c), i32_to_i64(n)))


def rt_sb_done(sb: obj) -> obj:
    return rt_str_concat_items(rt_seq_items(sb), rt_seq_len(sb))


# ---- parsing a spec ------------------------------------------------------------------------------

def rt_fs_is_align(c: i32) -> i32:
    return c == 60 or c == 62 or c == 61 or c == 94


def rt_fs_invalid(spec: obj, x: obj) -> i32:
    m: obj = rt_str_concat(rt_str_concat("Invalid format specifier '", spec), "' for object of type '")
    rt_raise("ValueError", rt_str_concat(rt_str_concat(m, rt_type_name(x)), "'"))
    return 0


def rt_fs_parse(spec: obj, x: obj, default_align: i32, default_type: i32) -> i32:
    """The record of a parsed spec (0 with ValueError set for a malformed one); the type is
    default_type when the spec has none."""
    fs: i32 = fr_buffer(48)
    p: i32 = word_ptr(spec)
    n: i32 = load_i32(p, STR_LEN)
    kind: i32 = load_u8(p, STR_KIND)
    store_i32(fs, 0, 32)
    store_i32(fs, 20, -1)
    store_i32(fs, 28, -1)
    i: i32 = 0
    fill_given: i32 = 0
    align_given: i32 = 0
    if n >= 2 and rt_fs_is_align(rt_str_char(p, kind, 1)):
        store_i32(fs, 0, rt_str_char(p, kind, 0))
        store_i32(fs, 4, rt_str_char(p, kind, 1))
        fill_given = 1
        align_given = 1
        i = 2
    elif n >= 1 and rt_fs_is_align(rt_str_char(p, kind, 0)):
        store_i32(fs, 4, rt_str_char(p, kind, 0))
        align_given = 1
        i = 1
    if i < n:
        c: i32 = rt_str_char(p, kind, i)
        if c == 43 or c == 45 or c == 32:
            store_i32(fs, 8, c)
            i = i + 1
    if i < n and rt_str_char(p, kind, i) == 122:
        store_i32(fs, 12, 1)
        i = i + 1
    if i < n and rt_str_char(p, kind, i) == 35:
        store_i32(fs, 16, 1)
        i = i + 1
    if not fill_given and i < n and rt_str_char(p, kind, i) == 48:
        store_i32(fs, 0, 48)
        if not align_given and default_align == 62:
            store_i32(fs, 4, 61)
        i = i + 1
    w: i32 = 0
    start: i32 = i
    while i < n and rt_str_char(p, kind, i) >= 48 and rt_str_char(p, kind, i) <= 57:
        if w > 100000000:
            rt_raise("ValueError", "Too many decimal digits in format string")
            return 0
        w = w * 10 + rt_str_char(p, kind, i) - 48
        i = i + 1
    if i > start:
        store_i32(fs, 20, w)
    if i < n:
        g: i32 = rt_str_char(p, kind, i)
        if g == 44 or g == 95:
            store_i32(fs, 24, g)
            i = i + 1
            if i < n:
                g2: i32 = rt_str_char(p, kind, i)
                if g2 == 44 or g2 == 95:
                    if g2 == g:
                        rt_fs_bad_group(g, g2)
                    else:
                        rt_raise("ValueError", "Cannot specify both ',' and '_'.")
                    return 0
    if i < n and rt_str_char(p, kind, i) == 46:
        i = i + 1
        pr: i32 = 0
        start = i
        while i < n and rt_str_char(p, kind, i) >= 48 and rt_str_char(p, kind, i) <= 57:
            if pr > 100000000:
                rt_raise("ValueError", "Too many decimal digits in format string")
                return 0
            pr = pr * 10 + rt_str_char(p, kind, i) - 48
            i = i + 1
        if i == start:
            rt_raise("ValueError", "Format specifier missing precision")
            return 0
        store_i32(fs, 28, pr)
    if n - i > 1:
        rt_fs_invalid(spec, x)
        return 0
    store_i32(fs, 32, default_type)
    if i < n:
        store_i32(fs, 32, rt_str_char(p, kind, i))
    if load_i32(fs, 24) != 0:
        t: i32 = load_i32(fs, 32)
        ok: i32 = t == 0 or t == 100 or t == 101 or t == 69 or t == 102 or t == 70 or t == 103 or t == 71 or t == 37
        if load_i32(fs, 24) == 95 and (t == 98 or t == 111 or t == 120 or t == 88):
            ok = 1
        if not ok:
            rt_fs_bad_group(load_i32(fs, 24), t)
            return 0
    return fs


def rt_fs_bad_group(g: i32, t: i32) -> None:
    m: obj = rt_str_concat(rt_str_concat("Cannot specify '", rt_str_from_char(g)), "' with '")
    rt_raise("ValueError", rt_str_concat(rt_str_concat(m, rt_str_from_char(t)), "'."))


def rt_fs_unknown(t: i32, x: obj) -> obj:
    m: obj = rt_str_concat(rt_str_concat("Unknown format code '", rt_str_from_char(t)), "' for object of type '")
    rt_raise("ValueError", rt_str_concat(rt_str_concat(m, rt_type_name(x)), "'"))
    return 1


# ---- padding --------------------------------------------------------------------------------------

def rt_fs_pad(sb: obj, fs: i32, body: obj, default_align: i32) -> obj:
    """body aligned in the spec's width with its fill (the number paths handle '=' themselves)."""
    width: i32 = load_i32(fs, 20)
    n: i32 = rt_str_len(body)
    if width <= n:
        return body
    align: i32 = load_i32(fs, 4)
    if align == 0:
        align = default_align
    fill: i32 = load_i32(fs, 0)
    total: i32 = width - n
    left: i32 = 0
    if align == 62 or align == 61:
        left = total
    elif align == 94:
        left = total // 2
    rt_sb_repeat(sb, fill, left)
    rt_sb_add(sb, body)
    rt_sb_repeat(sb, fill, total - left)
    return rt_sb_done(sb)


# ---- str -------------------------------------------------------------------------------------------

def rt_fmt_str(s: obj, spec: obj, x: obj) -> obj:
    fs: i32 = rt_fs_parse(spec, x, 60, 115)
    if fs == 0:
        return 1
    t: i32 = load_i32(fs, 32)
    if t != 115:
        return rt_fs_unknown(t, x)
    if load_i32(fs, 8) != 0:
        rt_raise("ValueError", "Sign not allowed in string format specifier")
        return 1
    if load_i32(fs, 16):
        rt_raise("ValueError", "Alternate form (#) not allowed in string format specifier")
        return 1
    if load_i32(fs, 12):
        rt_raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier")
        return 1
    if load_i32(fs, 4) == 61:
        rt_raise("ValueError", "'=' alignment not allowed in string format specifier")
        return 1
    prec: i32 = load_i32(fs, 28)
    if prec >= 0 and prec < rt_str_len(s):
        s = rt_str_slice(s, 0, 1, prec)
    return rt_fs_pad(rt_sb_new(), fs, s, 60)


# ---- numbers: sign, prefix, grouped digits, the rest, padded ------------------------------------

def rt_fs_group(sb: obj, digits: obj, sep: i32, every: i32, min_width: i32) -> None:
    """Appends digits with a separator every `every` digits from the right, zero-padded to at
    least min_width characters (CPython's _PyUnicode_InsertThousandsGrouping)."""
    p: i32 = word_ptr(digits)
    kind: i32 = load_u8(p, STR_KIND)
    remaining: i32 = load_i32(p, STR_LEN)
    # Groups are made right to left into a reversed list of parts, then appended in order.
    groups: obj = rt_list_new(0)
    use_sep: i32 = 0
    while True:
        ln: i32 = remaining
        if min_width > ln:
            ln = min_width
        if ln < 1:
            ln = 1
        if ln > every:
            ln = every
        n_zeros: i32 = ln - remaining
        if n_zeros < 0:
            n_zeros = 0
        n_chars: i32 = remaining
        if n_chars > ln:
            n_chars = ln
        if n_chars < 0:
            n_chars = 0
        part: obj = rt_str_slice(digits, remaining - n_chars, 1, n_chars)
        if n_zeros > 0:
            part = rt_str_concat(rt_str_repeat("0", i32_to_i64(n_zeros)), part)
        if use_sep:
            part = rt_str_concat(part, rt_str_from_char(sep))
        rt_list_append(groups, part)
        use_sep = 1
        remaining = remaining - n_chars
        min_width = min_width - ln
        if remaining <= 0 and min_width <= 0:
            break
        min_width = min_width - 1
    i: i32 = rt_seq_len(groups) - 1
    while i >= 0:
        rt_sb_add(sb, rt_seq_item(groups, i))
        i = i - 1


def rt_fs_number(fs: i32, neg: i32, prefix: obj, digits: obj, rest: obj, every: i32) -> obj:
    """Lays out a number: sign, prefix (0x...), the integer digits (grouped), the rest (fraction,
    exponent, %), aligned in the width ('=' pads between the prefix and the digits)."""
    sign: obj = ""
    sc: i32 = load_i32(fs, 8)
    if neg:
        sign = "-"
    elif sc == 43:
        sign = "+"
    elif sc == 32:
        sign = " "
    head: obj = rt_str_concat(sign, prefix)
    align: i32 = load_i32(fs, 4)
    if align == 0:
        align = 62
    width: i32 = load_i32(fs, 20)
    fill: i32 = load_i32(fs, 0)
    group: i32 = load_i32(fs, 24)
    min_width: i32 = 0
    if fill == 48 and align == 61:
        min_width = width - rt_str_len(head) - rt_str_len(rest)
    body: obj = digits
    if group != 0 and rt_str_len(digits) > 0:
        gsb: obj = rt_sb_new()
        rt_fs_group(gsb, digits, group, every, min_width)
        body = rt_sb_done(gsb)
    total: i32 = rt_str_len(head) + rt_str_len(body) + rt_str_len(rest)
    sb: obj = rt_sb_new()
    pad: i32 = width - total
    if pad < 0:
        pad = 0
    if align == 61:
        rt_sb_add(sb, head)
        rt_sb_repeat(sb, fill, pad)
    elif align == 62:
        rt_sb_repeat(sb, fill, pad)
        rt_sb_add(sb, head)
    elif align == 94:
        rt_sb_repeat(sb, fill, pad // 2)
        rt_sb_add(sb, head)
    else:
        rt_sb_add(sb, head)
    rt_sb_add(sb, body)
    rt_sb_add(sb, rest)
    if align == 60:
        rt_sb_repeat(sb, fill, pad)
    elif align == 94:
        rt_sb_repeat(sb, fill, pad - pad // 2)
    return rt_sb_done(sb)


# ---- int -------------------------------------------------------------------------------------------

def rt_fmt_int(x: obj, spec: obj, orig: obj) -> obj:
    fs: i32 = rt_fs_parse(spec, orig, 62, 100)
    if fs == 0:
        return 1
    t: i32 = load_i32(fs, 32)
    if t == 101 or t == 69 or t == 102 or t == 70 or t == 103 or t == 71 or t == 37:
        f: f64 = rt_num_to_f64(x)
        if exc_get() is not 0:
            return 1
        return rt_fmt_float_fs(f, fs)
    if t == 110:
        t = 100
    if t != 100 and t != 98 and t != 111 and t != 120 and t != 88 and t != 99:
        return rt_fs_unknown(t, orig)
    if load_i32(fs, 28) >= 0:
        rt_raise("ValueError", "Precision not allowed in integer format specifier")
        return 1
    if load_i32(fs, 12):
        rt_raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier")
        return 1
    if t == 99:
        if load_i32(fs, 8) != 0:
            rt_raise("ValueError", "Sign not allowed with integer format specifier 'c'")
            return 1
        if load_i32(fs, 16):
            rt_raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'")
            return 1
        if not is_small(x) or untag_int(x) < 0 or untag_int(x) > 0x10FFFF:
            rt_raise("OverflowError", "%c arg not in range(0x110000)")
            return 1
        return rt_fs_pad(rt_sb_new(), fs, rt_str_from_char(i64_to_i32(untag_int(x))), 62)
    if t == 100 and load_i32(fs, 20) < 0 and load_i32(fs, 24) == 0 and load_i32(fs, 8) == 0:
        return rt_int_to_str(x)  # f"{n:d}" and the like: plain decimal
    neg: i32 = rt_int_sign(x) < 0
    base: i32 = 10
    prefix: obj = ""
    if t == 98:
        base = 2
        prefix = "0b"
    elif t == 111:
        base = 8
        prefix = "0o"
    elif t == 120:
        base = 16
        prefix = "0x"
    elif t == 88:
        base = 16
        prefix = "0X"
    if not load_i32(fs, 16):
        prefix = ""
    digits: obj = rt_int_abs_digits(x, base, t == 88)
    if exc_get() is not 0:
        return 1
    every: i32 = 3
    if base != 10:
        every = 4
    return rt_fs_number(fs, neg, prefix, digits, "", every)


def rt_int_abs_digits(x: obj, base: i32, upper: i32) -> obj:
    """The digits of abs(x) in base 2, 8, 10 or 16."""
    if base == 10:
        s: obj = rt_int_to_str(x)
        if exc_get() is not 0:
            return 1
        if rt_int_sign(x) < 0:
            return rt_str_slice(s, 1, 1, rt_str_len(s) - 1)
        return s
    bits: i32 = 1
    if base == 8:
        bits = 3
    elif base == 16:
        bits = 4
    if is_small(x):
        v: i64 = untag_int(x)
        if v < 0:
            v = 0 - v
        buf: i32 = fr_buffer(72)
        pos: i32 = buf + 72
        while True:
            pos = pos - 1
            store_u8(pos, 0, rt_digit_char(i64_to_i32(v & i32_to_i64(base - 1)), upper))
            v = i64_shr_u(v, i32_to_i64(bits))
            if v == 0:
                break
        return rt_str_from_bytes(pos, buf + 72 - pos)
    # A big int: read the 30-bit digits as one bit stream, `bits` at a time from the bottom.
    p: i32 = word_ptr(x)
    nd: i32 = load_i32(p, 8)
    if nd < 0:
        nd = 0 - nd
    total: i32 = nd * 30
    count: i32 = (total + bits - 1) // bits
    out: i32 = fr_buffer(count)
    k: i32 = 0
    while k < count:
        bit: i32 = k * bits
        val: i32 = 0
        j: i32 = 0
        while j < bits:
            b: i32 = bit + j
            if b < total:
                dg: i32 = load_i32(p + INT_DIGITS + 4 * (b // 30), 0)
                val = val | (((dg >> (b % 30)) & 1) << j)
            j = j + 1
        store_u8(out + count - 1 - k, 0, rt_digit_char(val, upper))
        k = k + 1
    start: i32 = 0
    while start < count - 1 and load_u8(out + start, 0) == 48:
        start = start + 1
    return rt_str_from_bytes(out + start, count - start)


def rt_digit_char(d: i32, upper: i32) -> i32:
    if d < 10:
        return 48 + d
    if upper:
        return 55 + d
    return 87 + d


# ---- float -----------------------------------------------------------------------------------------

def rt_fmt_float(x: f64, spec: obj, orig: obj) -> obj:
    fs: i32 = rt_fs_parse(spec, orig, 62, 0)
    if fs == 0:
        return 1
    t: i32 = load_i32(fs, 32)
    if t != 0 and t != 101 and t != 69 and t != 102 and t != 70 and t != 103 and t != 71 and t != 110 and t != 37:
        return rt_fs_unknown(t, orig)
    return rt_fmt_float_fs(x, fs)


def rt_fmt_float_fs(x: f64, fs: i32) -> obj:
    t: i32 = load_i32(fs, 32)
    prec: i32 = load_i32(fs, 28)
    alt: i32 = load_i32(fs, 16)
    upper: i32 = t == 69 or t == 70 or t == 71
    bits: i64 = f64_bits(x)
    neg: i32 = bits < 0
    mag: i64 = bits & 0x7FFFFFFFFFFFFFFF
    if mag > 0x7FF0000000000000:
        neg = 0
    if neg:
        x = 0.0 - x
    pct: i32 = t == 37
    if pct:
        x = x * 100.0
    text: obj = ""
    if mag >= 0x7FF0000000000000:
        if mag > 0x7FF0000000000000:
            text = "nan"
        else:
            text = "inf"
        if upper:
            text = rt_str_upper(text)
        if pct:
            text = rt_str_concat(text, "%")
        return rt_fs_number(fs, neg, "", "", text, 3)
    if t == 0 and prec < 0:
        text = rt_float_repr(x)
    elif t == 101 or t == 69:
        if prec < 0:
            prec = 6
        text = rt_float_format_exp(x, prec)
        if alt and prec == 0:
            text = rt_str_concat(rt_str_slice(text, 0, 1, 1), rt_str_concat(".", rt_str_slice(text, 1, 1, rt_str_len(text) - 1)))
    elif t == 102 or t == 70 or t == 37:
        if prec < 0:
            prec = 6
        text = rt_fmt_fixed_fast(x, prec)
        if text is NULL_WORD:
            text = rt_float_format_fixed(x, prec)
        if alt and prec == 0:
            text = rt_str_concat(text, ".")
    else:
        # g, G, n, or no type with a precision: p significant digits, fixed notation when the
        # exponent is in [-4, p), trailing zeros trimmed unless '#'; no type adds '.0' to an
        # integral fixed result.
        if prec < 0:
            prec = 6
        if prec == 0:
            prec = 1
        e: obj = rt_float_format_exp(x, prec - 1)
        ep: i32 = rt_str_find(e, "e", 0)
        ex: i64 = untag_int(rt_int_from_str(rt_str_slice(e, ep + 1, 1, rt_str_len(e) - ep - 1), 10))
        limit: i32 = prec
        if t == 0:
            limit = prec - 1  # CPython's Py_DTSF_ADD_DOT_0 moves the switch one digit earlier
        if ex >= -4 and ex < i32_to_i64(limit):
            text = rt_float_format_fixed(x, prec - 1 - i64_to_i32(ex))
        else:
            text = e
        if not alt:
            text = rt_fmt_trim_zeros(text)
        elif rt_str_find(text, ".", 0) < 0:
            ep2: i32 = rt_str_find(text, "e", 0)
            if ep2 < 0:
                text = rt_str_concat(text, ".")
            else:
                text = rt_str_concat(rt_str_concat(rt_str_slice(text, 0, 1, ep2), "."), rt_str_slice(text, ep2, 1, rt_str_len(text) - ep2))
        if t == 0 and rt_str_find(text, ".", 0) < 0 and rt_str_find(text, "e", 0) < 0:
            text = rt_str_concat(text, ".0")
    if upper:
        text = rt_str_upper(text)
    if neg and load_i32(fs, 12) and rt_fmt_all_zero(text):
        neg = 0
    if pct:
        text = rt_str_concat(text, "%")
    if load_i32(fs, 20) < 0 and load_i32(fs, 24) == 0:
        # No width, no grouping (f"{x:.2f}"): the text and its sign are the result.
        sc: i32 = load_i32(fs, 8)
        if neg:
            return rt_str_concat("-", text)
        if sc == 43:
            return rt_str_concat("+", text)
        if sc == 32:
            return rt_str_concat(" ", text)
        return text
    # Split into the integer digits (grouped, zero-padded) and the rest.
    n: i32 = rt_str_len(text)
    q: i32 = word_ptr(text)
    k: i32 = 0
    while k < n and rt_str_char(q, 1, k) >= 48 and rt_str_char(q, 1, k) <= 57:
        k = k + 1
    return rt_fs_number(fs, neg, "", rt_str_slice(text, 0, 1, k), rt_str_slice(text, k, 1, n - k), 3)


def rt_fmt_fixed_fast(x: f64, prec: i32) -> obj:
    """'%.*f' of a finite x >= 0 from its shortest repr when that is exact enough: the repr has
    at most prec decimals and an ulp of x is below 10**-prec, so x is within half a unit of the
    last kept place of the padded repr, which is then the correctly rounded result. NULL_WORD
    when it does not apply (the exact expansion of float_repr.py is needed)."""
    if x == 0.0 or prec > 17:
        return NULL_WORD
    e: i32 = i64_to_i32(i64_shr_u(f64_bits(x), 52)) - 1023
    if (52 - e) * 30103 <= prec * 100000:
        return NULL_WORD
    r: obj = rt_float_repr(x)
    p: i32 = word_ptr(r)
    n: i32 = load_i32(p, STR_LEN)
    dot: i32 = rt_str_find(r, ".", 0)
    if dot < 0 or rt_str_find(r, "e", 0) >= 0:
        return NULL_WORD
    k: i32 = n - dot - 1
    if k == 1 and load_u8(p + STR_DATA + n - 1, 0) == 48:
        k = 0
    if k > prec:
        return NULL_WORD
    if prec == 0:
        return rt_str_slice(r, 0, 1, dot)
    if k == 0:
        return rt_str_concat(rt_str_slice(r, 0, 1, dot + 1), rt_str_repeat("0", i32_to_i64(prec)))
    if k == prec:
        return r
    return rt_str_concat(r, rt_str_repeat("0", i32_to_i64(prec - k)))


def rt_fmt_all_zero(text: obj) -> i32:
    """Whether a formatted magnitude is zero (digits before any exponent are all 0)."""
    q: i32 = word_ptr(text)
    n: i32 = load_i32(q, STR_LEN)
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(q, 1, i)
        if c == 101 or c == 69:
            return 1
        if c >= 49 and c <= 57:
            return 0
        i = i + 1
    return 1


def rt_fmt_trim_zeros(text: obj) -> obj:
    """Drops trailing zeros of the fraction (and a bare '.') before any exponent."""
    if rt_str_find(text, ".", 0) < 0:
        return text
    ep: i32 = rt_str_find(text, "e", 0)
    n: i32 = rt_str_len(text)
    end: i32 = n
    if ep >= 0:
        end = ep
    q: i32 = word_ptr(text)
    k: i32 = end
    while rt_str_char(q, 1, k - 1) == 48:
        k = k - 1
    if rt_str_char(q, 1, k - 1) == 46:
        k = k - 1
    return rt_str_concat(rt_str_slice(text, 0, 1, k), rt_str_slice(text, end, 1, n - end))


# ---- constant specs the specializer recognizes (src/passes/specialize.ts) ------------------------

def rt_fmt_fixed_p(x: f64, prec: i32, spec: obj) -> obj:
    """f"{x:.<prec>f}" for 0 <= prec <= 3 (spec is that constant spec): x's exact binary value
    times 10**prec (an i64: the 53-bit significand times at most 1000) shifted down with ties to
    even, which is the correctly rounded result CPython's dtoa gives; made straight into one str.
    Other magnitudes (|x| >= 2**52, below 2**-11, inf, nan, subnormal) take rt_fmt_float."""
    bits: i64 = f64_bits(x)
    neg: i32 = bits < 0
    mag: i64 = bits & 0x7FFFFFFFFFFFFFFF
    q: i64 = 0
    if mag != 0:
        e: i32 = i64_to_i32(i64_shr_u(mag, 52)) - 1023
        if e < -11 or e > 51:
            return rt_fmt_float(x, spec, spec)
        m: i64 = (mag & 0xFFFFFFFFFFFFF) | 0x10000000000000
        k: i32 = 0
        while k < prec:
            m = m * 10
            k = k + 1
        sh: i64 = i32_to_i64(52 - e)
        q = i64_shr_u(m, sh)
        r: i64 = m & ((1 << sh) - 1)
        half: i64 = 1 << (sh - 1)
        if r > half or (r == half and (q & 1) != 0):
            q = q + 1
    scale: i64 = 1
    k2: i32 = 0
    while k2 < prec:
        scale = scale * 10
        k2 = k2 + 1
    ip: i64 = i64_div_s(q, scale)
    n: i32 = neg + rt_i64_ndigits(ip)
    if prec > 0:
        n = n + 1 + prec
    p: i32 = rt_str_alloc(n, 1, 1)
    d: i32 = p + STR_DATA
    if neg:
        store_u8(d, 0, 45)
    pos: i32 = d + n
    if prec > 0:
        fr: i64 = i64_rem_s(q, scale)
        j: i32 = 0
        while j < prec:
            pos = pos - 1
            store_u8(pos, 0, 48 + i64_to_i32(i64_rem_s(fr, 10)))
            fr = i64_div_s(fr, 10)
            j = j + 1
        pos = pos - 1
        store_u8(pos, 0, 46)
    while True:
        pos = pos - 1
        store_u8(pos, 0, 48 + i64_to_i32(i64_rem_s(ip, 10)))
        ip = i64_div_s(ip, 10)
        if ip == 0:
            break
    return ptr_word(p)


def rt_fmt_int_w(x: obj, width: i32, zero: i32, spec: obj) -> obj:
    """f"{x:<width>d}" (zero 0: right-aligned in spaces) or f"{x:0<width>d}" (zero 1: zeros
    after the sign) of an int, spec being that constant spec; width 0: none. A small int is made
    straight into one str; a big one takes rt_fmt_int."""
    if not is_small(x):
        return rt_fmt_int(x, spec, x)
    v: i64 = untag_int(x)
    neg: i32 = v < 0
    if not neg:
        v = 0 - v  # v <= 0 from here, as in rt_i64_to_str
    nd: i32 = rt_i64_ndigits(v)
    n: i32 = nd + neg
    if width > n:
        n = width
    p: i32 = rt_str_alloc(n, 1, 1)
    d: i32 = p + STR_DATA
    pos: i32 = d + n
    stop: i32 = pos - nd
    while pos > stop:
        q: i64 = i64_div_s(v, 10)
        pos = pos - 1
        store_u8(pos, 0, 48 + i64_to_i32(q * 10 - v))
        v = q
    fill: i32 = 32
    if zero:
        fill = 48
    if neg and not zero:
        pos = pos - 1
        store_u8(pos, 0, 45)
    while pos > d:
        pos = pos - 1
        store_u8(pos, 0, fill)
    if neg and zero:
        store_u8(d, 0, 45)
    return ptr_word(p)


# ---- format(x, spec) --------------------------------------------------------------------------

def rt_format(x: obj, spec: obj) -> obj:
    """format(x, spec): a class's __format__, else the built-in types'."""
    if not rt_is_str(spec):
        m: obj = rt_str_concat("format() argument 2 must be str, not ", rt_type_name(spec))
        rt_raise("TypeError", m)
        return 1
    u: obj = rt_inst_format(x, spec)
    if u is not NULL_WORD:
        return u
    if rt_str_len(spec) == 0:
        return rt_str_call(x)
    if is_small(x):
        return rt_fmt_int(x, spec, x)
    t: i32 = load_i32(word_ptr(x), 0)
    if t == TYPE_STR:
        return rt_fmt_str(x, spec, x)
    if t == TYPE_INT:
        return rt_fmt_int(x, spec, x)
    if t == TYPE_BOOL:
        return rt_fmt_int(rt_to_int(x), spec, x)
    if t == TYPE_FLOAT:
        return rt_fmt_float(rt_float_value(x), spec, x)
    r: obj = rt_enum_format(x, spec)
    if r is not NULL_WORD:
        return r
    pl: obj = rt_payload(x)
    if pl is not NULL_WORD:
        return rt_format(pl, spec)  # a subclass of a built-in type (subclass.py)
    m2: obj = rt_str_concat("unsupported format string passed to ", rt_type_name(x))
    rt_raise("TypeError", rt_str_concat(m2, ".__format__"))
    return 1


def rt_format_value(x: obj, conv: i32, spec: obj) -> obj:
    """One f-string replacement field: the conversion (0, 's', 'r', 'a'), then format() with the
    spec (NULL_WORD: none). Small, so the inliner splices it: a str with neither is itself (the
    lowering passes conv and spec as constants, so only the type test is left); the rest is
    rt_format_value_slow."""
    if conv == 0:
        if spec is NULL_WORD:
            if not is_small(x):
                if load_i32(word_ptr(x), 0) == TYPE_STR:
                    return x
    return rt_format_value_slow(x, conv, spec)


def rt_format_value_slow(x: obj, conv: i32, spec: obj) -> obj:
    """rt_format_value past its inlined str case."""
    if conv == 115:
        x = rt_str_call(x)
    elif conv == 114:
        x = rt_repr(x)
    elif conv == 97:
        x = rt_ascii(x)
    if exc_get() is not 0:
        return 1
    if spec is NULL_WORD:
        if rt_is_str(x):
            return x
        u: obj = rt_inst_format(x, "")
        if u is not NULL_WORD:
            return u
        return rt_str_call(x)
    return rt_format(x, spec)


def rt_inst_format(x: obj, spec: obj) -> obj:
    """x.__format__(spec) when x is an instance whose class defines it (checked to be a str);
    NULL_WORD otherwise (then format() is str() or the built-in value's)."""
    if is_small(x):
        return NULL_WORD
    t: i32 = load_i32(word_ptr(x), 0)
    if t != TYPE_INSTANCE and t != TYPE_EXC:
        return NULL_WORD
    r: obj = rt_cls_dunder(SEL_FORMAT, x, spec, NULL_WORD)
    if exc_get() is not 0:
        return 1
    if r is not NULL_WORD and not rt_is_str(r):
        rt_type_error3("__format__ must return a str, not ", rt_type_name(r), "")
        return 1
    return r


def rt_str_join_parts(t: obj) -> obj:
    """The concatenation of the strs of a tuple (an f-string's parts), in one allocation."""
    return rt_str_concat_items(rt_seq_items(t), rt_seq_len(t))


def rt_ascii(x: obj) -> obj:
    """ascii(x): repr(x) with every non-ASCII character escaped (\\xhh, \\uhhhh, \\Uhhhhhhhh)."""
    r: obj = rt_repr(x)
    if exc_get() is not 0:
        return 1
    p: i32 = word_ptr(r)
    if load_u8(p, STR_FLAGS) & 1:
        return r
    kind: i32 = load_u8(p, STR_KIND)
    n: i32 = load_i32(p, STR_LEN)
    buf: i32 = fr_buffer(n * 10)
    pos: i32 = buf
    i: i32 = 0
    while i < n:
        c: i32 = rt_str_char(p, kind, i)
        if c < 128:
            store_u8(pos, 0, c)
            pos = pos + 1
        else:
            digits: i32 = 2
            store_u8(pos, 0, 92)
            if c < 0x100:
                store_u8(pos, 1, 120)
            elif c < 0x10000:
                store_u8(pos, 1, 117)
                digits = 4
            else:
                store_u8(pos, 1, 85)
                digits = 8
            pos = pos + 2
            k: i32 = digits - 1
            while k >= 0:
                store_u8(pos + k, 0, rt_hex_digit(c & 15))
                c = c >> 4
                k = k - 1
            pos = pos + digits
        i = i + 1
    return rt_str_from_bytes(buf, pos - buf)
