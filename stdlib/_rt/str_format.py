# str.format (CPython's Objects/stringlib/unicode_format.h): literal text with {{ and }},
# replacement fields {name!conv:spec} where name is empty (automatic numbering), a number or a
# keyword, followed by .attribute and [index] lookups; the spec may hold nested fields (two levels,
# as CPython). The lowering (strings.ts) passes the positional arguments as a tuple and the
# keyword ones as a tuple of names and a tuple of values, so no dict is needed.
#
# The numbering state (the next automatic index; whether automatic or manual numbering is in use)
# is shared by nested specs, in a small record: +0 next index, +4 mode (0 none yet, 1 auto, 2 manual).
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, word_ptr, tag_int, untag_int, is_small, exc_get, i32_to_i64,
    i64_to_i32,
    NULL_WORD, STR_LEN, STR_KIND,
)


def rt_sm_format(s: obj, args: obj, names: obj, vals: obj) -> obj:
    if not rt_sm_self(s, "format"):
        return 1
    st: i32 = fr_buffer(8)
    return rt_sf_render(s, 0, rt_str_len(s), args, names, vals, st, 2)


def rt_sm_format_map(s: obj, m: obj) -> obj:
    """s.format_map(m): named fields are m[name] (no positional arguments: args None, names None
    asks rt_sf_lookup to subscript the mapping)."""
    if not rt_sm_self(s, "format_map"):
        return 1
    st: i32 = fr_buffer(8)
    return rt_sf_render(s, 0, rt_str_len(s), None, None, m, st, 2)


def rt_sf_char(s: obj, i: i32) -> i32:
    p: i32 = word_ptr(s)
    return rt_str_char(p, load_u8(p, STR_KIND), i)


def rt_sf_render(s: obj, lo: i32, hi: i32, args: obj, names: obj, vals: obj, st: i32, depth: i32) -> obj:
    """The text of s[lo:hi] with its fields replaced."""
    if depth <= 0:
        rt_raise("ValueError", "Max string recursion exceeded")
        return 1
    sb: obj = rt_sb_new()
    i: i32 = lo
    run: i32 = lo
    while i < hi:
        c: i32 = rt_sf_char(s, i)
        if c == 123 or c == 125:
            rt_sb_add(sb, rt_str_slice(s, run, 1, i - run))
            if i + 1 < hi and rt_sf_char(s, i + 1) == c:
                rt_sb_char(sb, c)
                i = i + 2
                run = i
                continue
            if c == 125:
                rt_raise("ValueError", "Single '}' encountered in format string")
                return 1
            # Find the matching '}' (nested braces count).
            j: i32 = i + 1
            level: i32 = 1
            while j < hi:
                d: i32 = rt_sf_char(s, j)
                if d == 123:
                    level = level + 1
                elif d == 125:
                    level = level - 1
                    if level == 0:
                        break
                j = j + 1
            if j >= hi:
                if i + 1 >= hi:
                    rt_raise("ValueError", "Single '{' encountered in format string")
                else:
                    rt_raise("ValueError", "expected '}' before end of string")
                return 1
            v: obj = rt_sf_field(s, i + 1, j, args, names, vals, st, depth)
            if exc_get() is not 0:
                return 1
            rt_sb_add(sb, v)
            i = j + 1
            run = i
            continue
        i = i + 1
    rt_sb_add(sb, rt_str_slice(s, run, 1, hi - run))
    return rt_sb_done(sb)


def rt_sf_field(s: obj, a: i32, b: i32, args: obj, names: obj, vals: obj, st: i32, depth: i32) -> obj:
    """One replacement field s[a:b] (without its braces), formatted."""
    # The field name ends at '!' or ':' outside brackets.
    k: i32 = a
    inside: i32 = 0
    while k < b:
        c: i32 = rt_sf_char(s, k)
        if c == 91:
            inside = 1
        elif c == 93:
            inside = 0
        elif (c == 33 or c == 58) and not inside:
            break
        k = k + 1
    name_end: i32 = k
    conv: i32 = 0
    if k < b and rt_sf_char(s, k) == 33:
        if k + 1 >= b:
            rt_raise("ValueError", "end of string while looking for conversion specifier")
            return 1
        conv = rt_sf_char(s, k + 1)
        k = k + 2
        if k < b and rt_sf_char(s, k) != 58:
            rt_raise("ValueError", "expected ':' after conversion specifier")
            return 1
    v: obj = rt_sf_lookup(s, a, name_end, args, names, vals, st)
    if exc_get() is not 0:
        return 1
    spec: obj = ""
    if k < b:
        # after the field's own object, as CPython numbers automatic fields
        spec = rt_sf_render(s, k + 1, b, args, names, vals, st, depth - 1)
        if exc_get() is not 0:
            return 1
    if conv == 114:
        v = rt_repr(v)
    elif conv == 115:
        v = rt_str_call(v)
    elif conv == 97:
        v = rt_ascii(v)
    elif conv != 0:
        rt_raise("ValueError", rt_str_concat("Unknown conversion specifier ", rt_str_from_char(conv)))
        return 1
    if exc_get() is not 0:
        return 1
    return rt_format(v, spec)


def rt_sf_is_digits(s: obj, a: i32, b: i32) -> i32:
    if a >= b:
        return 0
    i: i32 = a
    while i < b:
        c: i32 = rt_sf_char(s, i)
        if c < 48 or c > 57:
            return 0
        i = i + 1
    return 1


def rt_sf_lookup(s: obj, a: i32, b: i32, args: obj, names: obj, vals: obj, st: i32) -> obj:
    """The object a field name s[a:b] stands for: first part, then .attr and [key] parts."""
    k: i32 = a
    while k < b and rt_sf_char(s, k) != 46 and rt_sf_char(s, k) != 91:
        k = k + 1
    v: obj = 1
    if k == a:
        if load_i32(st, 4) == 2:
            rt_raise("ValueError", "cannot switch from manual field specification to automatic field numbering")
            return 1
        store_i32(st, 4, 1)
        idx: i32 = load_i32(st, 0)
        store_i32(st, 0, idx + 1)
        v = rt_sf_positional(args, idx)
    elif rt_sf_is_digits(s, a, k):
        if load_i32(st, 4) == 1:
            rt_raise("ValueError", "cannot switch from automatic field numbering to manual field specification")
            return 1
        store_i32(st, 4, 2)
        n: obj = rt_int_from_str(rt_str_slice(s, a, 1, k - a), 10)
        if not is_small_index(n):
            rt_raise("ValueError", "Too many decimal digits in format string")
            return 1
        v = rt_sf_positional(args, i64_to_i32_x(n))
    else:
        key: obj = rt_str_slice(s, a, 1, k - a)
        if names is None:
            v = rt_getitem(vals, key)
        else:
            v = NULL_WORD
            i: i32 = 0
            while i < rt_seq_len(names):
                if rt_str_eq(rt_seq_item(names, i), key):
                    v = rt_seq_item(vals, i)
                i = i + 1
            if v is NULL_WORD:
                rt_raise("KeyError", key)
                return 1
    if exc_get() is not 0:
        return 1
    while k < b:
        c: i32 = rt_sf_char(s, k)
        if c == 46:
            e: i32 = k + 1
            while e < b and rt_sf_char(s, e) != 46 and rt_sf_char(s, e) != 91:
                e = e + 1
            if e == k + 1:
                rt_raise("ValueError", "Empty attribute in format string")
                return 1
            v = rt_getattr_call(v, rt_str_slice(s, k + 1, 1, e - k - 1), NULL_WORD)
            if exc_get() is not 0:
                return 1
            k = e
        elif c == 91:
            e2: i32 = k + 1
            while e2 < b and rt_sf_char(s, e2) != 93:
                e2 = e2 + 1
            if e2 >= b:
                rt_raise("ValueError", "Missing ']' in format string")
                return 1
            if e2 == k + 1:
                rt_raise("ValueError", "Empty attribute in format string")
                return 1
            key2: obj = rt_str_slice(s, k + 1, 1, e2 - k - 1)
            if rt_sf_is_digits(s, k + 1, e2):
                key2 = rt_int_from_str(key2, 10)
            v = rt_getitem(v, key2)
            k = e2 + 1
            if k < b and rt_sf_char(s, k) != 46 and rt_sf_char(s, k) != 91:
                rt_raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
                return 1
        else:
            rt_raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier")
            return 1
        if exc_get() is not 0:
            return 1
    return v


def is_small_index(n: obj) -> i32:
    return is_small(n) and untag_int(n) < 1000000000


def i64_to_i32_x(n: obj) -> i32:
    return i64_to_i32(untag_int(n))


def rt_sf_positional(args: obj, idx: i32) -> obj:
    if args is None:
        rt_raise("ValueError", "Format string contains positional fields")
        return 1
    if idx >= rt_seq_len(args):
        m: obj = rt_str_concat("Replacement index ", rt_i64_to_str(i32_to_i64(idx)))
        rt_raise("IndexError", rt_str_concat(m, " out of range for positional args tuple"))
        return 1
    return rt_seq_item(args, idx)


