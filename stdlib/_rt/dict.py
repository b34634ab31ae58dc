# dict objects: CPython's compact ordered dict (a sparse index of i32 slots over a dense array of
# (hash, key, value) entries kept in insertion order; layouts in src/runtime/layout.ts), the
# hashing of keys (rt_key_hash) and the runtime API other parts use (docs/object-model.md):
#   rt_dict_new() -> obj                      a new empty dict
#   rt_dict_get(d, k) -> obj                  the value, or NULL_WORD when absent (check exc_get)
#   rt_dict_set(d, k, v) -> None              d[k] = v (check exc_get: unhashable keys)
#   rt_dict_del(d, k) -> i32                  1 when k was there and is gone, 0 when absent
#   rt_dict_contains(d, k) -> i32             k in d (check exc_get)
#   rt_dict_len(d) -> i32
#   rt_dict_next(d, pos) -> i32               the first live entry index >= pos, -1 at the end;
#   rt_dict_key_at(d, i), rt_dict_value_at(d, i)   ... and its key and value
# Keys are hashed by rt_key_hash and compared by identity, then rt_equal, as CPython does; a
# comparison that mutates the dict restarts the lookup.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_u8, load_i64, store_i64, load_obj, store_obj, mem_copy, word_ptr, ptr_word,
    tag_int, untag_int, is_small, exc_get, exc_set, i64_to_i32, i32_to_i64, i64_shr_u, box_bool,
    NULL_WORD, TYPE_STR, TYPE_DICT, TYPE_DICT_KEYS, STR_HASH, STR_LEN, STR_KIND, STR_DATA,
    DICT_USED, DICT_KEYS, DICT_SIZE, DK_LOG2, DK_USABLE, DK_NENTRIES, DK_INDEX, DK_LAST,
    DKE_HASH, DKE_KEY, DKE_VALUE, DKE_SIZE,
)


# ---- hashing -----------------------------------------------------------------------------------

def rt_key_hash(k: obj) -> i64:
    """hash(k) as an i64 for dict and set lookups: never -1; -1 with TypeError pending for an
    unhashable key (rt_hash decides what is hashable)."""
    if is_small(k):
        v: i64 = untag_int(k)
        if v < 2305843009213693951 and v > -2305843009213693951:
            if v == -1:
                return -2
            return v
        return rt_int_hash(k)
    if load_i32(word_ptr(k), 0) == TYPE_STR:
        return rt_str_hash(k)
    h: obj = rt_hash(k)
    if exc_get() is not 0:
        return -1
    return rt_word_i64(h)


def rt_str_hash(s: obj) -> i64:
    """A str's hash (FNV-1a over the code points; CPython's is randomized per process, so any
    good hash matches it), cached in the object (0: not computed yet)."""
    p: i32 = word_ptr(s)
    h: i64 = load_i64(p, STR_HASH)
    if h != 0:
        return h
    h = -3750763034362895579
    n: i32 = load_i32(p, STR_LEN)
    kind: i32 = load_u8(p, STR_KIND)
    i: i32 = 0
    while i < n:
        h = (h ^ i32_to_i64(rt_str_char(p, kind, i))) * 1099511628211
        i = i + 1
    h = h ^ i64_shr_u(h, 29)
    if h == -1 or h == 0:
        h = -2
    store_i64(p, STR_HASH, h)
    return h


def rt_keys_equal(a: obj, b: obj) -> i32:
    """a == b for two keys with equal hashes (identity first, as CPython)."""
    if a is b:
        return 1
    if is_small(a) & is_small(b):
        return 0
    return rt_equal(a, b)


# ---- the table ----------------------------------------------------------------------------------

def rt_dk_new(log2: i32) -> i32:
    """A new empty table with 2**log2 index slots (and room for 2/3 of that in entries)."""
    size: i32 = 1 << log2
    usable: i32 = (size << 1) // 3
    p: i32 = rt_alloc(DK_INDEX + 4 * size + DKE_SIZE * usable, TYPE_DICT_KEYS)
    store_i32(p, DK_LOG2, log2)
    store_i32(p, DK_USABLE, usable)
    return p


def rt_dk_entries(dk: i32) -> i32:
    """The address of entry 0 of a table."""
    return dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2))


def rt_dict_new() -> obj:
    """A new empty dict (its table is made on the first insertion)."""
    return ptr_word(rt_alloc(DICT_SIZE, TYPE_DICT))


def rt_dict_is(x: obj) -> i32:
    if is_small(x):
        return 0
    return load_i32(word_ptr(x), 0) == TYPE_DICT


def rt_dict_len(d: obj) -> i32:
    return load_i32(word_ptr(d), DICT_USED)


def rt_dk_find(dk: i32, k: obj, h: i64) -> i32:
    """The entry index of key k (hash h) in table dk, -1 when absent, -3 when a candidate with
    the same hash needs rt_equal (which may call __eq__).

    It compares only keys that can run no user code (identity; exact strs by content; two small
    ints are equal only when identical), so it never collects: its callers keep no shadow-stack
    frame around it."""
    kstr: i32 = 0
    if not is_small(k):
        if load_i32(word_ptr(k), 0) == TYPE_STR:
            kstr = 1
    mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
    ents: i32 = rt_dk_entries(dk)
    perturb: i64 = h
    i: i64 = h & mask
    while True:
        ix: i32 = load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0)
        if ix == 0:
            return -1
        if ix > 0:
            e: i32 = ents + DKE_SIZE * (ix - 1)
            ek: obj = load_obj(e, DKE_KEY)
            if ek is k:
                store_i32(dk, DK_LAST, ix - 1)
                return ix - 1
            if load_i64(e, DKE_HASH) == h:
                if is_small(ek) & is_small(k):
                    pass
                elif kstr and not is_small(ek) and load_i32(word_ptr(ek), 0) == TYPE_STR:
                    if rt_str_eq(ek, k):
                        store_i32(dk, DK_LAST, ix - 1)
                        return ix - 1
                else:
                    return -3
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + perturb + 1) & mask


def rt_dict_lookup(d: obj, k: obj, h: i64) -> i32:
    """The entry index of key k (hash h) in d, -1 when absent, -2 when a comparison raised.

    rt_dk_find's fast comparisons first; the first candidate with the same hash that needs
    rt_equal sends the whole lookup to rt_dict_lookup_eq. (The comparisons the fast path made
    before are made again there, none of them by user code.)"""
    dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
    if dk == 0:
        return -1
    ix: i32 = rt_dk_find(dk, k, h)
    if ix == -3:
        return rt_dict_lookup_eq(d, k, h)
    return ix


def rt_dict_lookup_eq(d: obj, k: obj, h: i64) -> i32:
    """rt_dict_lookup when a key comparison may run user code: every candidate with the same hash
    is compared by rt_equal."""
    while True:
        dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
        if dk == 0:
            return -1
        mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
        ents: i32 = rt_dk_entries(dk)
        perturb: i64 = h
        i: i64 = h & mask
        restart: i32 = 0
        while True:
            ix: i32 = load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0)
            if ix == 0:
                return -1
            if ix > 0:
                e: i32 = ents + DKE_SIZE * (ix - 1)
                ek: obj = load_obj(e, DKE_KEY)
                if ek is k:
                    store_i32(dk, DK_LAST, ix - 1)
                    return ix - 1
                if load_i64(e, DKE_HASH) == h:
                    if is_small(ek) & is_small(k):
                        pass
                    else:
                        eq: i32 = rt_equal(ek, k)
                        if exc_get() is not 0:
                            return -2
                        # A comparison that changed the dict (user __eq__) restarts the lookup.
                        if load_i32(word_ptr(d), DICT_KEYS) != dk or load_obj(e, DKE_KEY) is not ek:
                            restart = 1
                            break
                        if eq:
                            store_i32(dk, DK_LAST, ix - 1)
                            return ix - 1
            perturb = i64_shr_u(perturb, 5)
            i = (i * 5 + perturb + 1) & mask
        if not restart:
            return -1


def rt_dk_insert_clean(dk: i32, h: i64, ix: i32) -> None:
    """Points a free index slot of table dk (no deleted slots) at entry ix for hash h."""
    mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
    perturb: i64 = h
    i: i64 = h & mask
    while load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0) != 0:
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + perturb + 1) & mask
    store_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0, ix + 1)


def rt_dict_resize(d: obj, minsize: i32) -> None:
    """Moves d's live entries, compacted and in order, to a new table of at least minsize index
    slots."""
    log2: i32 = 3
    while (1 << log2) < minsize:
        log2 = log2 + 1
    nk: i32 = rt_dk_new(log2)
    p: i32 = word_ptr(d)
    old: i32 = load_i32(p, DICT_KEYS)
    n: i32 = 0
    if old != 0:
        src: i32 = rt_dk_entries(old)
        dst: i32 = rt_dk_entries(nk)
        m: i32 = load_i32(old, DK_NENTRIES)
        j: i32 = 0
        while j < m:
            e: i32 = src + DKE_SIZE * j
            if load_obj(e, DKE_KEY) is not NULL_WORD:
                mem_copy(dst + DKE_SIZE * n, e, DKE_SIZE)
                rt_dk_insert_clean(nk, load_i64(e, DKE_HASH), n)
                n = n + 1
            j = j + 1
    store_i32(nk, DK_NENTRIES, n)
    store_i32(nk, DK_USABLE, load_i32(nk, DK_USABLE) - n)
    store_i32(p, DICT_KEYS, nk)


def rt_dict_insert_new(d: obj, k: obj, h: i64, v: obj) -> None:
    """Appends an entry for a key known to be absent."""
    p: i32 = word_ptr(d)
    dk: i32 = load_i32(p, DICT_KEYS)
    if dk == 0 or load_i32(dk, DK_USABLE) <= 0:
        rt_dict_resize(d, load_i32(p, DICT_USED) * 3)
        dk = load_i32(p, DICT_KEYS)
    n: i32 = load_i32(dk, DK_NENTRIES)
    e: i32 = rt_dk_entries(dk) + DKE_SIZE * n
    store_i64(e, DKE_HASH, h)
    store_obj(e, DKE_KEY, k)
    store_obj(e, DKE_VALUE, v)
    # The index slot: the first empty or deleted one on the probe sequence.
    mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
    perturb: i64 = h
    i: i64 = h & mask
    while load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0) > 0:
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + perturb + 1) & mask
    store_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0, n + 1)
    store_i32(dk, DK_NENTRIES, n + 1)
    store_i32(dk, DK_LAST, n)
    store_i32(dk, DK_USABLE, load_i32(dk, DK_USABLE) - 1)
    store_i32(p, DICT_USED, load_i32(p, DICT_USED) + 1)


def rt_dict_set_h(d: obj, k: obj, h: i64, v: obj) -> None:
    """d[k] = v for a key whose hash is h (an existing key keeps its key object)."""
    ix: i32 = rt_dict_lookup(d, k, h)
    if ix == -2:
        return
    if ix >= 0:
        store_obj(rt_dk_entries(load_i32(word_ptr(d), DICT_KEYS)) + DKE_SIZE * ix, DKE_VALUE, v)
        return
    rt_dict_insert_new(d, k, h, v)


def rt_dict_set(d: obj, k: obj, v: obj) -> None:
    """d[k] = v (TypeError pending for an unhashable key). The key last found or inserted
    (DK_LAST) is tried first, as in rt_dict_entry; the rest is rt_dict_set_slow (a tail call, so
    this hit keeps no shadow-stack frame)."""
    dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
    if dk != 0:
        e: i32 = rt_dk_entries(dk) + DKE_SIZE * load_i32(dk, DK_LAST)
        if load_obj(e, DKE_KEY) is k:
            store_obj(e, DKE_VALUE, v)
            return
    rt_dict_set_slow(d, k, v)


def rt_dict_set_slow(d: obj, k: obj, v: obj) -> None:
    h: i64 = rt_dict_key_hash(k)
    if h == -1:
        return
    rt_dict_set_h(d, k, h, v)


def rt_dict_key_hash(k: obj) -> i64:
    """rt_key_hash with its two common cases in line: a small int, a str whose hash is cached."""
    if is_small(k):
        v: i64 = untag_int(k)
        if v < 2305843009213693951 and v > -2305843009213693951 and v != -1:
            return v
    elif load_i32(word_ptr(k), 0) == TYPE_STR:
        h: i64 = load_i64(word_ptr(k), STR_HASH)
        if h != 0:
            return h
    return rt_key_hash(k)


def rt_dict_entry(d: obj, k: obj) -> i32:
    """The address of k's entry in d; 0 when k is absent, or when hashing or comparing raised
    (check exc_get). The key last found or inserted (DK_LAST) is tried first, with no hashing and
    no comparison: the entry's key word being k itself proves k is there (keys are unique, a
    deleted entry's key is NULL_WORD, unused entries are zero). Then a key whose hash needs no
    call (a small int, a str with its hash cached) is probed for here, comparing by identity only
    (two small ints with the same hash are different keys): this path makes no call, so it keeps
    no shadow-stack frame and Cranelift saves no callee-saved register. The first candidate with
    the same hash that is not k itself (an equal str made elsewhere, a float equal to an int),
    and every other key, go to rt_dict_entry_slow, which starts over with rt_dk_find."""
    dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
    if dk != 0:
        ents: i32 = dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2))
        e: i32 = ents + DKE_SIZE * load_i32(dk, DK_LAST)
        if load_obj(e, DKE_KEY) is k:
            return e
        h: i64 = -1
        ksmall: i32 = is_small(k)
        if ksmall:
            v: i64 = untag_int(k)
            if v < 2305843009213693951 and v > -2305843009213693951:
                h = v
        elif load_i32(word_ptr(k), 0) == TYPE_STR:
            h = load_i64(word_ptr(k), STR_HASH)
            if h == 0:
                h = -1
        if h != -1:
            mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
            perturb: i64 = h
            i: i64 = h & mask
            while True:
                ix: i32 = load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0)
                if ix == 0:
                    return 0
                if ix > 0:
                    e = ents + DKE_SIZE * (ix - 1)
                    ek: obj = load_obj(e, DKE_KEY)
                    if ek is k:
                        store_i32(dk, DK_LAST, ix - 1)
                        return e
                    if load_i64(e, DKE_HASH) == h:
                        if not (is_small(ek) & ksmall):
                            break
                perturb = i64_shr_u(perturb, 5)
                i = (i * 5 + perturb + 1) & mask
    return rt_dict_entry_slow(d, k)


def rt_dict_entry_slow(d: obj, k: obj) -> i32:
    """rt_dict_entry past its fast paths: any key, hashed by rt_dict_key_hash."""
    h: i64 = rt_dict_key_hash(k)
    if h == -1:
        return 0
    ix: i32 = rt_dict_lookup(d, k, h)
    if ix < 0:
        return 0
    return rt_dk_entries(load_i32(word_ptr(d), DICT_KEYS)) + DKE_SIZE * ix


def rt_dict_get(d: obj, k: obj) -> obj:
    """d[k], or NULL_WORD when k is absent (or when hashing or comparing raised: check exc_get)."""
    e: i32 = rt_dict_entry(d, k)
    if e == 0:
        return NULL_WORD
    return load_obj(e, DKE_VALUE)


def rt_dict_contains(d: obj, k: obj) -> i32:
    return rt_dict_entry(d, k) != 0


def rt_dict_del_at(d: obj, ix: i32) -> None:
    """Deletes entry ix (live) of d: its index slot becomes a deleted slot."""
    p: i32 = word_ptr(d)
    dk: i32 = load_i32(p, DICT_KEYS)
    e: i32 = rt_dk_entries(dk) + DKE_SIZE * ix
    h: i64 = load_i64(e, DKE_HASH)
    mask: i64 = i32_to_i64((1 << load_i32(dk, DK_LOG2)) - 1)
    perturb: i64 = h
    i: i64 = h & mask
    while load_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0) != ix + 1:
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + perturb + 1) & mask
    store_i32(dk + DK_INDEX + 4 * i64_to_i32(i), 0, -1)
    store_obj(e, DKE_KEY, NULL_WORD)
    store_obj(e, DKE_VALUE, NULL_WORD)
    store_i32(p, DICT_USED, load_i32(p, DICT_USED) - 1)


def rt_dict_del(d: obj, k: obj) -> i32:
    """Removes k from d: 1 when it was there, 0 when absent (or an error is pending)."""
    h: i64 = rt_key_hash(k)
    if h == -1:
        return 0
    ix: i32 = rt_dict_lookup(d, k, h)
    if ix < 0:
        return 0
    rt_dict_del_at(d, ix)
    return 1


def rt_dict_next(d: obj, pos: i32) -> i32:
    """The index of the first live entry at or after pos, or -1."""
    dk: i32 = load_i32(word_ptr(d), DICT_KEYS)
    if dk == 0:
        return -1
    n: i32 = load_i32(dk, DK_NENTRIES)
    ents: i32 = rt_dk_entries(dk)
    while pos < n:
        if load_obj(ents + DKE_SIZE * pos, DKE_KEY) is not NULL_WORD:
            return pos
        pos = pos + 1
    return -1


def rt_dict_key_at(d: obj, i: i32) -> obj:
    return load_obj(rt_dk_entries(load_i32(word_ptr(d), DICT_KEYS)) + DKE_SIZE * i, DKE_KEY)


def rt_dict_value_at(d: obj, i: i32) -> obj:
    return load_obj(rt_dk_entries(load_i32(word_ptr(d), DICT_KEYS)) + DKE_SIZE * i, DKE_VALUE)


def rt_dict_hash_at(d: obj, i: i32) -> i64:
    return load_i64(rt_dk_entries(load_i32(word_ptr(d), DICT_KEYS)) + DKE_SIZE * i, DKE_HASH)


def rt_dict_clear(d: obj) -> None:
    p: i32 = word_ptr(d)
    store_i32(p, DICT_KEYS, 0)
    store_i32(p, DICT_USED, 0)


def rt_dict_update_from_dict(d: obj, src: obj) -> None:
    """d.update(src) for a dict src (its hashes are reused)."""
    if d is src:
        return
    i: i32 = rt_dict_next(src, 0)
    while i >= 0:
        rt_dict_set_h(d, rt_dict_key_at(src, i), rt_dict_hash_at(src, i), rt_dict_value_at(src, i))
        if exc_get() is not 0:
            return
        i = rt_dict_next(src, i + 1)


def rt_dict_copy(d: obj) -> obj:
    out: obj = rt_dict_new()
    rt_dict_update_from_dict(out, d)
    return out


# ---- generic operations on dicts (hooks in seq.py, ops.py, builtins.py) ------------------------

def rt_key_error(k: obj) -> None:
    """KeyError(k): the exception holds the key (its str is repr(k), exc.py)."""
    rt_raise("KeyError", k)


def rt_dict_getitem(d: obj, k: obj) -> obj:
    """d[k] (KeyError when absent)."""
    e: i32 = rt_dict_entry(d, k)
    if e == 0:
        if exc_get() is 0:
            rt_key_error(k)
        return 1
    return load_obj(e, DKE_VALUE)


# ---- d[k], d[k] = v and k in d where inference proved d a dict (specialize.ts) ------------------
# Small, so the inliner splices them into user code: a type test and the key last found or
# inserted (DK_LAST, as in rt_dict_entry) in line, so `if k in d: d[k] += 1` and `d[k] = v` after
# `d.get(k)` make no call (k in d: rt_dict_entry's own test); the rest goes to the dict functions, and a value that is not a dict (an
# iterator over one shares its sites in inference) to the generic operation.

def rt_dict_getx(d: obj, k: obj) -> obj:
    """d[k] (rt_getitem) for a d inference proved a dict the program made."""
    if not is_small(d):
        p: i32 = word_ptr(d)
        if load_i32(p, 0) == TYPE_DICT:
            dk: i32 = load_i32(p, DICT_KEYS)
            if dk != 0:
                e: i32 = dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2)) + DKE_SIZE * load_i32(dk, DK_LAST)
                if load_obj(e, DKE_KEY) is k:
                    return load_obj(e, DKE_VALUE)
            return rt_dict_getitem(d, k)
    return rt_getitem(d, k)


def rt_dict_setx(d: obj, k: obj, v: obj) -> None:
    """d[k] = v (rt_setitem) for a d inference proved a dict the program made."""
    if not is_small(d):
        p: i32 = word_ptr(d)
        if load_i32(p, 0) == TYPE_DICT:
            dk: i32 = load_i32(p, DICT_KEYS)
            if dk != 0:
                e: i32 = dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2)) + DKE_SIZE * load_i32(dk, DK_LAST)
                if load_obj(e, DKE_KEY) is k:
                    store_obj(e, DKE_VALUE, v)
                    return
            rt_dict_set_slow(d, k, v)
            return
    rt_setitem(d, k, v)


def rt_dict_inx(k: obj, d: obj) -> obj:
    """k in d (rt_in) for a d inference proved a dict the program made."""
    if not is_small(d):
        if load_i32(word_ptr(d), 0) == TYPE_DICT:
            return box_bool(rt_dict_entry(d, k) != 0)
    return box_bool(rt_contains(d, k))  # rt_in's body (a call of rt_in, inlined here, would end in a join block the inliner cannot route)


def rt_dict_delitem(d: obj, k: obj) -> None:
    """del d[k] (KeyError when absent)."""
    if not rt_dict_del(d, k):
        if exc_get() is 0:
            rt_key_error(k)


def rt_dict_equal(a: obj, b: obj) -> i32:
    """a == b for two dicts: the same keys with equal values (order does not matter)."""
    if a is b:
        return 1
    if rt_dict_len(a) != rt_dict_len(b):
        return 0
    i: i32 = rt_dict_next(a, 0)
    while i >= 0:
        k: obj = rt_dict_key_at(a, i)
        v: obj = rt_dict_value_at(a, i)
        j: i32 = rt_dict_lookup(b, k, rt_dict_hash_at(a, i))
        if j < 0:
            return 0
        w: obj = rt_dict_value_at(b, j)
        if v is not w:
            eq: i32 = rt_equal(v, w)
            if exc_get() is not 0:
                return 0
            if not eq:
                return 0
        i = rt_dict_next(a, i + 1)
    return 1
