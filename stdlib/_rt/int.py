# Big ints: the TYPE_INT objects of src/runtime/layout.ts (signed digit count at +8, 30-bit digits
# least significant first at +16) and Python's int arithmetic on them: normalisation (a value in
# the small-int range is always a small int), conversion from i64, add, sub, mul (schoolbook,
# Karatsuba above 70 digits), comparison, and floor division / modulo (Knuth's algorithm D).
# Bitwise ops, shifts, pow and hash are in int_bits.py; decimal conversion in int_str.py.
#
# Two levels:
#   rt_mag_*  magnitudes: `a` is the address of the first digit, `na` the digit count
#   rt_int_*  Python ints as words (small or big, never bool: ops.py turns bools into 0/1)
# A small int operand of a big operation is first copied into a temporary big object
# (rt_int_big); results go through rt_int_finish, which trims and normalises.
from __keel__ import (
    i32, i64, obj, load_i32, store_i32, is_small, tag_int, untag_int, ptr_word, word_ptr,
    load_obj, store_obj, i32_to_i64, i64_to_i32, i64_shr_u, i64_div_s, i32_clz, mem_copy,
    TYPE_INT, INT_SIZE, INT_DIGITS, SMALL_MIN, SMALL_MAX,
)

# ---- objects ---------------------------------------------------------------------------------

def rt_int_alloc(n: i32) -> i32:
    """A new zeroed big-int object with room for n digits (size field n)."""
    p: i32 = rt_alloc(INT_DIGITS + 4 * n, TYPE_INT)
    store_i32(p, INT_SIZE, n)
    return p


def rt_int_size(p: i32) -> i32:
    """The signed digit count of a big-int object."""
    return load_i32(p, INT_SIZE)


def rt_int_nd(p: i32) -> i32:
    n: i32 = load_i32(p, INT_SIZE)
    if n < 0:
        return 0 - n
    return n


def rt_mag_trim(a: i32, n: i32) -> i32:
    """The digit count without leading zero digits."""
    while n > 0 and load_i32(a + 4 * (n - 1), 0) == 0:
        n = n - 1
    return n


def rt_int_finish(p: i32, n: i32, neg: i32) -> obj:
    """The int whose magnitude is the first n digits of object p: a small int when it fits
    (p is then dropped), else p itself with its signed size set."""
    a: i32 = p + INT_DIGITS
    n = rt_mag_trim(a, n)
    if n <= 3:
        fits: i32 = 1
        if n == 3 and load_i32(a, 8) >= 8:
            fits = 0
        if fits:
            mag: i64 = 0
            i: i32 = n - 1
            while i >= 0:
                mag = (mag << 30) | i32_to_i64(load_i32(a + 4 * i, 0))
                i = i - 1
            if neg:
                if mag <= 4611686018427387904:
                    return tag_int(0 - mag)
            elif mag <= SMALL_MAX:
                return tag_int(mag)
    if neg:
        store_i32(p, INT_SIZE, 0 - n)
    else:
        store_i32(p, INT_SIZE, n)
    return ptr_word(p)


def rt_int_raw_i64(v: i64) -> i32:
    """A (not normalised) big-int object holding any i64."""
    mag: i64 = v
    if v < 0:
        mag = 0 - v  # wraps for the most negative i64: read unsigned below
    p: i32 = rt_int_alloc(3)
    store_i32(p + INT_DIGITS, 0, i64_to_i32(mag & 1073741823))
    store_i32(p + INT_DIGITS, 4, i64_to_i32(i64_shr_u(mag, 30) & 1073741823))
    store_i32(p + INT_DIGITS, 8, i64_to_i32(i64_shr_u(mag, 60)))
    n: i32 = rt_mag_trim(p + INT_DIGITS, 3)
    if v < 0:
        store_i32(p, INT_SIZE, 0 - n)
    else:
        store_i32(p, INT_SIZE, n)
    return p


def rt_int_from_i64(v: i64) -> obj:
    """The int for any i64 (small when it fits in 63 bits)."""
    if v >= SMALL_MIN and v <= SMALL_MAX:
        return tag_int(v)
    p: i32 = rt_int_raw_i64(v)
    return ptr_word(p)


def rt_int_from_u64(v: i64) -> obj:
    """The int for an i64 read as unsigned."""
    if v >= 0:
        return rt_int_from_i64(v)
    p: i32 = rt_int_alloc(3)
    store_i32(p + INT_DIGITS, 0, i64_to_i32(v & 1073741823))
    store_i32(p + INT_DIGITS, 4, i64_to_i32(i64_shr_u(v, 30) & 1073741823))
    store_i32(p + INT_DIGITS, 8, i64_to_i32(i64_shr_u(v, 60)))
    return ptr_word(p)


def rt_int_big(x: obj) -> i32:
    """The address of a big-int object with x's value (a temporary copy for a small int)."""
    if is_small(x):
        return rt_int_raw_i64(untag_int(x))
    return word_ptr(x)


def rt_int_is_neg(x: obj) -> i32:
    if is_small(x):
        return untag_int(x) < 0
    return load_i32(word_ptr(x), INT_SIZE) < 0


def rt_int_is_zero(x: obj) -> i32:
    return x is 0


def rt_int_copy(p: i32, n: i32, extra: i32) -> i32:
    """A new object with the first n digits of object p and `extra` more zero digits."""
    r: i32 = rt_int_alloc(n + extra)
    mem_copy(r + INT_DIGITS, p + INT_DIGITS, 4 * n)
    return r


def rt_int_bit_length_mag(a: i32, n: i32) -> i64:
    """The number of bits of a trimmed magnitude."""
    if n == 0:
        return 0
    top: i32 = load_i32(a + 4 * (n - 1), 0)
    return i32_to_i64(n - 1) * 30 + i32_to_i64(32 - i32_clz(top))


# ---- magnitudes ------------------------------------------------------------------------------

def rt_mag_cmp(a: i32, na: i32, b: i32, nb: i32) -> i32:
    """-1, 0, 1 comparing two trimmed magnitudes."""
    if na != nb:
        if na < nb:
            return -1
        return 1
    i: i32 = na - 1
    while i >= 0:
        x: i32 = load_i32(a + 4 * i, 0)
        y: i32 = load_i32(b + 4 * i, 0)
        if x != y:
            if x < y:
                return -1
            return 1
        i = i - 1
    return 0


def rt_mag_add_into(r: i32, nr: i32, b: i32, nb: i32) -> None:
    """r += b in place; r (nr digits) must have room for the carry."""
    carry: i32 = 0
    i: i32 = 0
    while i < nb:
        t: i32 = load_i32(r + 4 * i, 0) + load_i32(b + 4 * i, 0) + carry
        store_i32(r + 4 * i, 0, t & 1073741823)
        carry = t >> 30
        i = i + 1
    while carry != 0 and i < nr:
        t2: i32 = load_i32(r + 4 * i, 0) + carry
        store_i32(r + 4 * i, 0, t2 & 1073741823)
        carry = t2 >> 30
        i = i + 1


def rt_mag_sub_into(r: i32, nr: i32, b: i32, nb: i32) -> None:
    """r -= b in place; r >= b."""
    borrow: i32 = 0
    i: i32 = 0
    while i < nb:
        t: i32 = load_i32(r + 4 * i, 0) - load_i32(b + 4 * i, 0) - borrow
        store_i32(r + 4 * i, 0, t & 1073741823)
        borrow = (t >> 30) & 1
        i = i + 1
    while borrow != 0 and i < nr:
        t2: i32 = load_i32(r + 4 * i, 0) - borrow
        store_i32(r + 4 * i, 0, t2 & 1073741823)
        borrow = (t2 >> 30) & 1
        i = i + 1


def rt_mag_mul_school(a: i32, na: i32, b: i32, nb: i32, r: i32) -> None:
    """r += a * b, schoolbook; r has na + nb digits."""
    i: i32 = 0
    while i < na:
        ai: i64 = i32_to_i64(load_i32(a + 4 * i, 0))
        if ai != 0:
            carry: i64 = 0
            j: i32 = 0
            rp: i32 = r + 4 * i
            while j < nb:
                t: i64 = i32_to_i64(load_i32(rp + 4 * j, 0)) + ai * i32_to_i64(load_i32(b + 4 * j, 0)) + carry
                store_i32(rp + 4 * j, 0, i64_to_i32(t & 1073741823))
                carry = t >> 30
                j = j + 1
            while carry != 0:
                t2: i64 = i32_to_i64(load_i32(rp + 4 * j, 0)) + carry
                store_i32(rp + 4 * j, 0, i64_to_i32(t2 & 1073741823))
                carry = t2 >> 30
                j = j + 1
        i = i + 1


def rt_mag_mul_into(a: i32, na: i32, b: i32, nb: i32, r: i32) -> None:
    """r = a * b, where r is zeroed and has na + nb digits (Karatsuba for large operands)."""
    na = rt_mag_trim(a, na)
    nb = rt_mag_trim(b, nb)
    if na > nb:
        t: i32 = a
        a = b
        b = t
        tn: i32 = na
        na = nb
        nb = tn
    if na < 70:
        rt_mag_mul_school(a, na, b, nb, r)
    elif 2 * na <= nb:
        rt_mag_mul_lopsided(a, na, b, nb, r)
    else:
        rt_mag_karatsuba(a, na, b, nb, r)


def rt_mag_mul_lopsided(a: i32, na: i32, b: i32, nb: i32, r: i32) -> None:
    """r = a * b for nb >= 2 * na: b in slices of na digits, each multiplied by Karatsuba."""
    done: i32 = 0
    while done < nb:
        k: i32 = nb - done
        if k > na:
            k = na
        prod: i32 = rt_int_alloc(na + k) + INT_DIGITS
        rt_mag_mul_into(a, na, b + 4 * done, k, prod)
        rt_mag_add_into(r + 4 * done, na + nb - done, prod, na + k)
        done = done + k


def rt_mag_karatsuba(a: i32, na: i32, b: i32, nb: i32, r: i32) -> None:
    """r = a * b with na <= nb < 2 * na: (ah*B + al)(bh*B + bl) in three products."""
    s: i32 = nb >> 1
    nah: i32 = na - s
    nbh: i32 = nb - s
    # al*bl into r[0, 2s) and ah*bh into r[2s, ..): disjoint, both zeroed.
    rt_mag_mul_into(a, s, b, s, r)
    rt_mag_mul_into(a + 4 * s, nah, b + 4 * s, nbh, r + 8 * s)
    # (ah + al) * (bh + bl) - ah*bh - al*bl, added at r[s, ..).
    nsa: i32 = nah + 1
    if s >= nah:
        nsa = s + 1
    sa: i32 = rt_int_copy(a - INT_DIGITS + 4 * s, nah, nsa - nah) + INT_DIGITS
    rt_mag_add_into(sa, nsa, a, s)
    sb: i32 = rt_int_copy(b - INT_DIGITS + 4 * s, nbh, 1) + INT_DIGITS
    rt_mag_add_into(sb, nbh + 1, b, s)
    nt: i32 = nsa + nbh + 1
    t: i32 = rt_int_alloc(nt) + INT_DIGITS
    rt_mag_mul_into(sa, nsa, sb, nbh + 1, t)
    rt_mag_sub_into(t, nt, r, 2 * s)
    rt_mag_sub_into(t, nt, r + 8 * s, nah + nbh)
    rt_mag_add_into(r + 4 * s, na + nb - s, t, rt_mag_trim(t, nt))


def rt_mag_divrem1(a: i32, na: i32, d: i64, q: i32) -> i64:
    """q = a // d (q has na digits; q may be a), returns a % d; 0 < d < 2**30."""
    rem: i64 = 0
    i: i32 = na - 1
    while i >= 0:
        cur: i64 = (rem << 30) | i32_to_i64(load_i32(a + 4 * i, 0))
        qd: i64 = i64_div_s(cur, d)
        store_i32(q + 4 * i, 0, i64_to_i32(qd))
        rem = cur - qd * d
        i = i - 1
    return rem


def rt_mag_shl_into(a: i32, na: i32, s: i32, r: i32) -> None:
    """r[0, na] = a << s for 0 <= s < 30 (r has na + 1 digits; r may be a)."""
    if s == 0:
        mem_copy(r, a, 4 * na)
        store_i32(r + 4 * na, 0, 0)
        return
    hi: i32 = 0
    i: i32 = na - 1
    store_i32(r + 4 * na, 0, load_i32(a + 4 * (na - 1), 0) >> (30 - s))
    while i > 0:
        hi = ((load_i32(a + 4 * i, 0) << s) & 1073741823) | (load_i32(a + 4 * (i - 1), 0) >> (30 - s))
        store_i32(r + 4 * i, 0, hi)
        i = i - 1
    store_i32(r, 0, (load_i32(a, 0) << s) & 1073741823)


def rt_mag_divrem(a: i32, na: i32, b: i32, nb: i32, q: i32, r: i32) -> None:
    """Knuth's algorithm D: q = a // b (na - nb + 1 digits), r = a % b (nb digits), for trimmed
    magnitudes with na >= nb >= 2. q and r are zeroed objects' digit arrays."""
    s: i32 = i32_clz(load_i32(b + 4 * (nb - 1), 0)) - 2
    v: i32 = rt_int_alloc(nb + 1) + INT_DIGITS
    rt_mag_shl_into(b, nb, s, v)
    u: i32 = rt_int_alloc(na + 1) + INT_DIGITS
    rt_mag_shl_into(a, na, s, u)
    v1: i64 = i32_to_i64(load_i32(v + 4 * (nb - 1), 0))
    v2: i64 = i32_to_i64(load_i32(v + 4 * (nb - 2), 0))
    j: i32 = na - nb
    while j >= 0:
        uj: i32 = u + 4 * j
        num: i64 = (i32_to_i64(load_i32(uj + 4 * nb, 0)) << 30) | i32_to_i64(load_i32(uj + 4 * (nb - 1), 0))
        qhat: i64 = i64_div_s(num, v1)
        rhat: i64 = num - qhat * v1
        u2: i64 = i32_to_i64(load_i32(uj + 4 * (nb - 2), 0))
        while qhat >= 1073741824 or qhat * v2 > ((rhat << 30) | u2):
            qhat = qhat - 1
            rhat = rhat + v1
            if rhat >= 1073741824:
                break
        # u[j, j + nb] -= qhat * v
        carry: i64 = 0
        borrow: i64 = 0
        i: i32 = 0
        while i < nb:
            p: i64 = qhat * i32_to_i64(load_i32(v + 4 * i, 0)) + carry
            carry = p >> 30
            t: i64 = i32_to_i64(load_i32(uj + 4 * i, 0)) - (p & 1073741823) + borrow
            store_i32(uj + 4 * i, 0, i64_to_i32(t & 1073741823))
            borrow = t >> 30
            i = i + 1
        top: i64 = i32_to_i64(load_i32(uj + 4 * nb, 0)) - carry + borrow
        store_i32(uj + 4 * nb, 0, i64_to_i32(top & 1073741823))
        if top < 0:
            qhat = qhat - 1
            c: i32 = 0
            i = 0
            while i < nb:
                t3: i32 = load_i32(uj + 4 * i, 0) + load_i32(v + 4 * i, 0) + c
                store_i32(uj + 4 * i, 0, t3 & 1073741823)
                c = t3 >> 30
                i = i + 1
            store_i32(uj + 4 * nb, 0, (load_i32(uj + 4 * nb, 0) + c) & 1073741823)
        store_i32(q + 4 * j, 0, i64_to_i32(qhat))
        j = j - 1
    # r = u[0, nb) >> s
    k: i32 = 0
    while k < nb:
        lo: i32 = load_i32(u + 4 * k, 0) >> s
        hi: i32 = 0
        if s > 0:
            hi = (load_i32(u + 4 * (k + 1), 0) << (30 - s)) & 1073741823
        store_i32(r + 4 * k, 0, lo | hi)
        k = k + 1


# ---- Python ints -----------------------------------------------------------------------------

def rt_int_addsub(x: obj, y: obj, negate_y: i32) -> obj:
    """x + y, or x - y when negate_y."""
    pa: i32 = rt_int_big(x)
    pb: i32 = rt_int_big(y)
    sa: i32 = rt_int_size(pa)
    sb: i32 = rt_int_size(pb)
    nega: i32 = sa < 0
    negb: i32 = (sb < 0) ^ negate_y
    na: i32 = rt_int_nd(pa)
    nb: i32 = rt_int_nd(pb)
    a: i32 = pa + INT_DIGITS
    b: i32 = pb + INT_DIGITS
    if nega == negb:
        if na < nb:
            t: i32 = a
            a = b
            b = t
            tn: i32 = na
            na = nb
            nb = tn
        r: i32 = rt_int_copy(a - INT_DIGITS, na, 1)
        rt_mag_add_into(r + INT_DIGITS, na + 1, b, nb)
        return rt_int_finish(r, na + 1, nega)
    c: i32 = rt_mag_cmp(a, na, b, nb)
    if c == 0:
        return 0
    if c > 0:
        r1: i32 = rt_int_copy(a - INT_DIGITS, na, 0)
        rt_mag_sub_into(r1 + INT_DIGITS, na, b, nb)
        return rt_int_finish(r1, na, nega)
    r2: i32 = rt_int_copy(b - INT_DIGITS, nb, 0)
    rt_mag_sub_into(r2 + INT_DIGITS, nb, a, na)
    return rt_int_finish(r2, nb, negb)


def rt_int_add(x: obj, y: obj) -> obj:
    if is_small(x) & is_small(y):
        return rt_int_from_i64(untag_int(x) + untag_int(y))
    return rt_int_addsub(x, y, 0)


def rt_int_sub(x: obj, y: obj) -> obj:
    if is_small(x) & is_small(y):
        return rt_int_from_i64(untag_int(x) - untag_int(y))
    return rt_int_addsub(x, y, 1)


def rt_int_mul(x: obj, y: obj) -> obj:
    if is_small(x) & is_small(y):
        a: i64 = untag_int(x)
        b: i64 = untag_int(y)
        if a >= -2147483648 and a <= 2147483647 and b >= -2147483648 and b <= 2147483647:
            return rt_int_from_i64(a * b)
        if a == 0:
            return 0
        r: i64 = a * b
        if i64_div_s(r, a) == b:
            return rt_int_from_i64(r)
    pa: i32 = rt_int_big(x)
    pb: i32 = rt_int_big(y)
    na: i32 = rt_int_nd(pa)
    nb: i32 = rt_int_nd(pb)
    p: i32 = rt_int_alloc(na + nb)
    rt_mag_mul_into(pa + INT_DIGITS, na, pb + INT_DIGITS, nb, p + INT_DIGITS)
    return rt_int_finish(p, na + nb, (rt_int_size(pa) < 0) ^ (rt_int_size(pb) < 0))


def rt_int_neg(x: obj) -> obj:
    if is_small(x):
        return rt_int_from_i64(0 - untag_int(x))
    p: i32 = word_ptr(x)
    n: i32 = rt_int_nd(p)
    r: i32 = rt_int_copy(p, n, 0)
    return rt_int_finish(r, n, rt_int_size(p) > 0)


def rt_int_abs(x: obj) -> obj:
    if rt_int_is_neg(x):
        return rt_int_neg(x)
    return x


def rt_int_cmp(x: obj, y: obj) -> i32:
    """-1, 0 or 1 for x < y, x == y, x > y."""
    if is_small(x) & is_small(y):
        a: i64 = untag_int(x)
        b: i64 = untag_int(y)
        if a < b:
            return -1
        if a > b:
            return 1
        return 0
    pa: i32 = rt_int_big(x)
    pb: i32 = rt_int_big(y)
    sa: i32 = rt_int_size(pa)
    sb: i32 = rt_int_size(pb)
    if sa != sb:
        if sa < sb:
            return -1
        return 1
    c: i32 = rt_mag_cmp(pa + INT_DIGITS, rt_int_nd(pa), pb + INT_DIGITS, rt_int_nd(pb))
    if sa < 0:
        return 0 - c
    return c


def rt_int_sign(x: obj) -> i32:
    if is_small(x):
        v: i64 = untag_int(x)
        if v < 0:
            return -1
        return v > 0
    if load_i32(word_ptr(x), INT_SIZE) < 0:
        return -1
    return 1


def rt_int_divmod_cell(x: obj, y: obj) -> i32:
    """Floor division and modulo of ints, y != 0: the address of a cell holding the quotient
    (+0) and the remainder (+8)."""
    cell: i32 = rt_alloc(16, 0)
    if is_small(x) & is_small(y):
        a: i64 = untag_int(x)
        b: i64 = untag_int(y)
        q: i64 = i64_div_s(a, b)
        m: i64 = a - q * b
        if m != 0 and ((m < 0) != (b < 0)):
            q = q - 1
            m = m + b
        store_obj(cell, 0, rt_int_from_i64(q))
        store_obj(cell, 8, tag_int(m))
        return cell
    pa: i32 = rt_int_big(x)
    pb: i32 = rt_int_big(y)
    na: i32 = rt_int_nd(pa)
    nb: i32 = rt_int_nd(pb)
    nega: i32 = rt_int_size(pa) < 0
    negb: i32 = rt_int_size(pb) < 0
    qo: obj = 0
    ro: obj = x
    if rt_mag_cmp(pa + INT_DIGITS, na, pb + INT_DIGITS, nb) >= 0:
        qp: i32 = rt_int_alloc(na - nb + 1)
        rp: i32 = rt_int_alloc(nb)
        if nb == 1:
            rem: i64 = rt_mag_divrem1(pa + INT_DIGITS, na, i32_to_i64(load_i32(pb, INT_DIGITS)), qp + INT_DIGITS)
            store_i32(rp, INT_DIGITS, i64_to_i32(rem))
        else:
            rt_mag_divrem(pa + INT_DIGITS, na, pb + INT_DIGITS, nb, qp + INT_DIGITS, rp + INT_DIGITS)
        qo = rt_int_finish(qp, na - nb + 1, nega ^ negb)
        ro = rt_int_finish(rp, nb, nega)
    # Truncated to floored: when the remainder is non-zero and the signs differ.
    if (ro is not 0) and (nega != negb):
        qo = rt_int_sub(qo, 1)
        ro = rt_int_add(ro, y)
    store_obj(cell, 0, qo)
    store_obj(cell, 8, ro)
    return cell


def rt_int_floordiv(x: obj, y: obj) -> obj:
    if y is 0:
        rt_raise("ZeroDivisionError", "integer division or modulo by zero")
        return 1
    return load_obj(rt_int_divmod_cell(x, y), 0)


def rt_int_mod(x: obj, y: obj) -> obj:
    if y is 0:
        rt_raise("ZeroDivisionError", "integer modulo by zero")
        return 1
    return load_obj(rt_int_divmod_cell(x, y), 8)
