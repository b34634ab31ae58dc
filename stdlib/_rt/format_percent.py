# printf-style formatting, str % args (CPython's PyUnicode_Format): %[flags][width][.precision]
# [length]type with flags - + space # 0, * for width and precision, types s r a c d i u o x X e
# E f F g G %; args a tuple or a single value; CPython's TypeErrors and ValueErrors. Numbers are
# laid out by format.py's machinery (a spec record built from the flags), strings padded here.
# %(name)s takes its argument from a mapping argument (a dict, or anything CPython's
# PyMapping_Check accepts that is not a tuple or str) by key.
from __keel__ import (
    i32, i64, f64, obj,
    load_i32, store_i32, load_u8, word_ptr, is_small, untag_int, exc_get, i32_to_i64, i64_to_i32,
    NULL_WORD, TYPE_TUPLE, TYPE_LIST, TYPE_DICT, TYPE_STR, TYPE_FLOAT, TYPE_RANGE, STR_LEN, STR_KIND,
    SEL_GETITEM,
)


def rt_pf_char(s: obj, i: i32) -> i32:
    p: i32 = word_ptr(s)
    return rt_str_char(p, load_u8(p, STR_KIND), i)


def rt_pf_next(args: obj, st: i32) -> obj:
    """The next argument (state +0: index, +4: count, -1 for a single non-tuple argument)."""
    i: i32 = load_i32(st, 0)
    n: i32 = load_i32(st, 4)
    if n < 0:
        if i == 0:
            store_i32(st, 0, 1)
            return args
    elif i < n:
        store_i32(st, 0, i + 1)
        return rt_seq_item(args, i)
    rt_raise("TypeError", "not enough arguments for format string")
    return 1


def rt_pf_star(args: obj, st: i32) -> i32:
    """A * width or precision: the next argument, which must be an int (-1 with an error)."""
    v: obj = rt_pf_next(args, st)
    if exc_get() is not 0:
        return -1
    if rt_num_kind(v) != 1:
        rt_raise("TypeError", "* wants int")
        return -1
    return i64_to_i32(rt_index_value(v))


def rt_str_percent(fmt: obj, args: obj) -> obj:
    """fmt % args for a str fmt."""
    st: i32 = fr_buffer(8)
    # An instance of a tuple subclass gives its items (PyTuple_Check); any other instance, an int
    # subclass's too, is the one argument, formatted through its own class (a dict subclass's
    # instance is a mapping, its lookups through the subclass).
    pl: obj = rt_payload(args)
    pt: i32 = -1
    if pl is not NULL_WORD:
        pt = rt_type_id(pl)
        if pt == TYPE_TUPLE:
            args = pl
    t: i32 = rt_type_id(args)
    store_i32(st, 4, -1)
    if t == TYPE_TUPLE:
        store_i32(st, 4, rt_seq_len(args))
    # A mapping-like argument (not a tuple or str) is never "not all converted" (CPython).
    mapping: i32 = t == TYPE_LIST or t == TYPE_RANGE or t == TYPE_DICT or t == 20 or t == 21 or pt == TYPE_LIST or pt == TYPE_DICT or rt_cls_has(args, SEL_GETITEM)
    d: obj = args
    sb: obj = rt_sb_new()
    n: i32 = rt_str_len(fmt)
    i: i32 = 0
    run: i32 = 0
    while i < n:
        if rt_pf_char(fmt, i) != 37:
            i = i + 1
            continue
        rt_sb_add(sb, rt_str_slice(fmt, run, 1, i - run))
        start: i32 = i
        i = i + 1
        if i >= n:
            rt_raise("ValueError", "incomplete format")
            return 1
        if rt_pf_char(fmt, i) == 40:
            if not mapping:
                rt_raise("TypeError", "format requires a mapping")
                return 1
            # %(key): the key runs to the matching ')'; its value is then the only argument
            # (a later conversion without a key finds no argument left: CPython).
            depth: i32 = 1
            k0: i32 = i + 1
            i = k0
            while depth > 0:
                if i >= n:
                    rt_raise("ValueError", "incomplete format key")
                    return 1
                kc: i32 = rt_pf_char(fmt, i)
                if kc == 41:
                    depth = depth - 1
                elif kc == 40:
                    depth = depth + 1
                i = i + 1
            args = rt_getitem(d, rt_str_slice(fmt, k0, 1, i - 1 - k0))
            if exc_get() is not 0:
                return 1
            store_i32(st, 0, 0)
            store_i32(st, 4, -1)
            if i >= n:
                rt_raise("ValueError", "incomplete format")
                return 1
        fs: i32 = fr_buffer(48)
        store_i32(fs, 0, 32)
        store_i32(fs, 20, -1)
        store_i32(fs, 28, -1)
        left: i32 = 0
        zero: i32 = 0
        while i < n:
            c: i32 = rt_pf_char(fmt, i)
            if c == 45:
                left = 1
            elif c == 43:
                store_i32(fs, 8, 43)
            elif c == 32:
                if load_i32(fs, 8) != 43:
                    store_i32(fs, 8, 32)
            elif c == 35:
                store_i32(fs, 16, 1)
            elif c == 48:
                zero = 1
            else:
                break
            i = i + 1
        if i < n and rt_pf_char(fmt, i) == 42:
            w: i32 = rt_pf_star(args, st)
            if exc_get() is not 0:
                return 1
            if w < 0:
                left = 1
                w = 0 - w
            store_i32(fs, 20, w)
            i = i + 1
        else:
            w2: i32 = -1
            while i < n and rt_pf_char(fmt, i) >= 48 and rt_pf_char(fmt, i) <= 57:
                if w2 < 0:
                    w2 = 0
                w2 = w2 * 10 + rt_pf_char(fmt, i) - 48
                i = i + 1
            store_i32(fs, 20, w2)
        if i < n and rt_pf_char(fmt, i) == 46:
            i = i + 1
            if i < n and rt_pf_char(fmt, i) == 42:
                pr: i32 = rt_pf_star(args, st)
                if exc_get() is not 0:
                    return 1
                if pr < 0:
                    pr = 0
                store_i32(fs, 28, pr)
                i = i + 1
            else:
                pr2: i32 = 0
                while i < n and rt_pf_char(fmt, i) >= 48 and rt_pf_char(fmt, i) <= 57:
                    pr2 = pr2 * 10 + rt_pf_char(fmt, i) - 48
                    i = i + 1
                store_i32(fs, 28, pr2)
        while i < n and (rt_pf_char(fmt, i) == 104 or rt_pf_char(fmt, i) == 108 or rt_pf_char(fmt, i) == 76):
            i = i + 1
        if i >= n:
            rt_raise("ValueError", "incomplete format")
            return 1
        ty: i32 = rt_pf_char(fmt, i)
        i = i + 1
        run = i
        if ty == 37 and i == start + 2:
            rt_sb_char(sb, 37)
            continue
        if left:
            store_i32(fs, 4, 60)
        elif zero:
            store_i32(fs, 0, 48)
            store_i32(fs, 4, 61)
        else:
            store_i32(fs, 4, 62)
        v: obj = rt_pf_next(args, st)
        if exc_get() is not 0:
            return 1
        piece: obj = rt_pf_one(v, ty, fs, i - 1)
        if exc_get() is not 0:
            return 1
        rt_sb_add(sb, piece)
    rt_sb_add(sb, rt_str_slice(fmt, run, 1, n - run))
    used: i32 = load_i32(st, 0)
    total: i32 = load_i32(st, 4)
    if not mapping and ((total < 0 and used == 0) or (total >= 0 and used < total)):
        rt_raise("TypeError", "not all arguments converted during string formatting")
        return 1
    return rt_sb_done(sb)


def rt_pf_one(v: obj, ty: i32, fs: i32, at: i32) -> obj:
    """One conversion of v with the spec record fs."""
    if ty == 115 or ty == 114 or ty == 97:
        s: obj = v
        if ty == 115:
            s = rt_str_call(v)
        elif ty == 114:
            s = rt_repr(v)
        else:
            s = rt_ascii(v)
        if exc_get() is not 0:
            return 1
        return rt_pf_text(s, fs)
    if ty == 99 or ty == 100 or ty == 105 or ty == 117 or ty == 111 or ty == 120 or ty == 88 or ty == 101 or ty == 69 or ty == 102 or ty == 70 or ty == 103 or ty == 71:
        v = rt_unwrap(v)  # the int or float value of an instance of an int or float subclass
    if ty == 99:
        c: i32 = -1
        if rt_is_str(v) and rt_str_len(v) == 1:
            c = rt_pf_char(v, 0)
        elif rt_num_kind(v) == 1:
            x: obj = rt_to_int(v)
            if not is_small(x) or untag_int(x) < 0 or untag_int(x) > 0x10FFFF:
                rt_raise("OverflowError", "%c arg not in range(0x110000)")
                return 1
            c = i64_to_i32(untag_int(x))
        else:
            rt_raise("TypeError", "%c requires int or char")
            return 1
        store_i32(fs, 28, -1)
        return rt_pf_text(rt_str_from_char(c), fs)
    if ty == 100 or ty == 105 or ty == 117 or ty == 111 or ty == 120 or ty == 88:
        k: i32 = rt_num_kind(v)
        if k == 0 or (k == 2 and ty != 100 and ty != 105 and ty != 117):
            m: obj = rt_str_concat(rt_str_concat("%", rt_str_from_char(ty)), " format: ")
            if ty == 100 or ty == 105 or ty == 117:
                m = rt_str_concat(m, "a real number is required, not ")
            else:
                m = rt_str_concat(m, "an integer is required, not ")
            rt_raise("TypeError", rt_str_concat(m, rt_type_name(v)))
            return 1
        x2: obj = v
        if k == 2:
            x2 = rt_int_call(v, None)
        else:
            x2 = rt_to_int(v)
        if exc_get() is not 0:
            return 1
        base: i32 = 10
        prefix: obj = ""
        if ty == 111:
            base = 8
            prefix = "0o"
        elif ty == 120:
            base = 16
            prefix = "0x"
        elif ty == 88:
            base = 16
            prefix = "0X"
        if not load_i32(fs, 16):
            prefix = ""
        digits: obj = rt_int_abs_digits(x2, base, ty == 88)
        prec: i32 = load_i32(fs, 28)
        if prec > rt_str_len(digits):
            digits = rt_str_concat(rt_str_repeat("0", i32_to_i64(prec - rt_str_len(digits))), digits)
        return rt_fs_number(fs, rt_int_sign(x2) < 0, prefix, digits, "", 3)
    if ty == 101 or ty == 69 or ty == 102 or ty == 70 or ty == 103 or ty == 71:
        if rt_num_kind(v) == 0:
            m2: obj = rt_str_concat(rt_str_concat("%", rt_str_from_char(ty)), " format: a real number is required, not ")
            rt_raise("TypeError", rt_str_concat(m2, rt_type_name(v)))
            return 1
        f: f64 = rt_num_to_f64(v)
        if exc_get() is not 0:
            return 1
        store_i32(fs, 32, ty)
        return rt_fmt_float_fs(f, fs)
    m3: obj = rt_str_concat("unsupported format character '", rt_str_from_char(ty))
    m3 = rt_str_concat(rt_str_concat(m3, "' (0x"), rt_int_abs_digits(rt_int_from_i64_w(ty), 16, 0))
    m3 = rt_str_concat(rt_str_concat(m3, ") at index "), rt_i64_to_str(i32_to_i64(at)))
    rt_raise("ValueError", m3)
    return 1


def rt_int_from_i64_w(v: i32) -> obj:
    return rt_int_from_i64(i32_to_i64(v))


def rt_pf_text(s: obj, fs: i32) -> obj:
    """A %s/%r/%a/%c piece: precision truncates, width pads (left with '-'), never with zeros."""
    prec: i32 = load_i32(fs, 28)
    if prec >= 0 and prec < rt_str_len(s):
        s = rt_str_slice(s, 0, 1, prec)
    store_i32(fs, 0, 32)
    if load_i32(fs, 4) != 60:
        store_i32(fs, 4, 62)
    return rt_fs_pad(rt_sb_new(), fs, s, 62)
