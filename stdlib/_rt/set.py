# set and frozenset objects: CPython's setobject.c table (open addressing, LINEAR_PROBES 9 slots
# probed in a row, then PERTURB_SHIFT 5 perturbation; resize at 3/5 full to 4x the used count
# (2x past 50000)), so iteration order matches CPython's for ints, floats, tuples, None and bools.
# The operations (union, intersection, ...) follow CPython's algorithms, which fix the order of
# their results too. Layouts in src/runtime/layout.ts; an empty slot's key has all bits set.
from __keel__ import (
    i32, i64, obj,
    load_i32, store_i32, load_i64, store_i64, load_obj, store_obj, mem_fill, mem_copy, word_ptr,
    ptr_word, word_bits, bits_word, tag_int, is_small, exc_get, exc_set, i32_to_i64, i64_to_i32,
    i64_shr_u, box_bool,
    NULL_WORD, TYPE_SET, TYPE_FROZENSET, TYPE_SET_ITER, TYPE_SET_TABLE, TYPE_DICT, TYPE_TUPLE, TYPE_STR,
    TYPE_LIST, SET_FILL, SET_USED, SET_MASK, SET_TABLE, SET_FINGER, SET_HASH, SET_OBJ_SIZE,
    SETTAB_SLOTS, SE_KEY, SE_HASH, SE_SIZE, SET_EMPTY_BITS, SET_DUMMY_BITS, SET_MINSIZE,
    SI_SET, SI_POS, SI_USED, SI_LEN, SI_SIZE,
)


# ---- the table ---------------------------------------------------------------------------------

def rt_settab_new(size: i32) -> i32:
    """A table of `size` empty slots; returns the address of slot 0."""
    p: i32 = rt_alloc(SETTAB_SLOTS + SE_SIZE * size, TYPE_SET_TABLE)
    mem_fill(p + SETTAB_SLOTS, 255, SE_SIZE * size)
    return p + SETTAB_SLOTS


def rt_set_new(frozen: i32) -> obj:
    """A new empty set (frozen 0) or frozenset (1)."""
    t: i32 = TYPE_SET
    if frozen:
        t = TYPE_FROZENSET
    p: i32 = rt_alloc(SET_OBJ_SIZE, t)
    store_i32(p, SET_MASK, SET_MINSIZE - 1)
    store_i32(p, SET_TABLE, rt_settab_new(SET_MINSIZE))
    store_i64(p, SET_HASH, -1)
    return ptr_word(p)


def rt_set_len(s: obj) -> i32:
    return load_i32(word_ptr(s), SET_USED)


def rt_se_empty(e: i32) -> i32:
    return word_bits(load_obj(e, SE_KEY)) == SET_EMPTY_BITS


def rt_se_live(e: i32) -> i32:
    """1 for a slot holding a key (neither empty nor deleted)."""
    b: i64 = word_bits(load_obj(e, SE_KEY))
    return b != SET_EMPTY_BITS and b != SET_DUMMY_BITS


def rt_set_lookkey(s: obj, k: obj, h: i64) -> i32:
    """The slot holding key k (hash h), or the empty slot that ends its probe sequence; 0 when
    a comparison raised."""
    while True:
        p: i32 = word_ptr(s)
        table: i32 = load_i32(p, SET_TABLE)
        mask: i32 = load_i32(p, SET_MASK)
        perturb: i64 = h
        i: i32 = i64_to_i32(h) & mask
        restart: i32 = 0
        while True:
            e: i32 = table + SE_SIZE * i
            probes: i32 = 0
            if i + 9 <= mask:
                probes = 9
            while True:
                if rt_se_empty(e):
                    return e
                if load_i64(e, SE_HASH) == h:
                    sk: obj = load_obj(e, SE_KEY)
                    if sk is k:
                        return e
                    if not (is_small(sk) & is_small(k)):
                        eq: i32 = rt_equal(sk, k)
                        if exc_get() is not 0:
                            return 0
                        if load_i32(word_ptr(s), SET_TABLE) != table or load_obj(e, SE_KEY) is not sk:
                            restart = 1
                            break
                        if eq:
                            return e
                        mask = load_i32(word_ptr(s), SET_MASK)
                e = e + SE_SIZE
                if probes == 0:
                    break
                probes = probes - 1
            if restart:
                break
            perturb = i64_shr_u(perturb, 5)
            i = (i * 5 + 1 + i64_to_i32(perturb)) & mask


def rt_set_insert_clean(table: i32, mask: i32, k: obj, h: i64) -> None:
    """Puts a key known to be absent into a table without deleted slots."""
    perturb: i64 = h
    i: i32 = i64_to_i32(h) & mask
    while True:
        e: i32 = table + SE_SIZE * i
        if rt_se_empty(e):
            store_obj(e, SE_KEY, k)
            store_i64(e, SE_HASH, h)
            return
        if i + 9 <= mask:
            j: i32 = 0
            while j < 9:
                e = e + SE_SIZE
                if rt_se_empty(e):
                    store_obj(e, SE_KEY, k)
                    store_i64(e, SE_HASH, h)
                    return
                j = j + 1
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + 1 + i64_to_i32(perturb)) & mask


def rt_set_resize(s: obj, minused: i32) -> None:
    """CPython's set_table_resize: a table of the smallest power of two > minused, the live
    keys reinserted in the old table's order."""
    newsize: i32 = SET_MINSIZE
    while newsize <= minused:
        newsize = newsize << 1
    p: i32 = word_ptr(s)
    old: i32 = load_i32(p, SET_TABLE)
    oldmask: i32 = load_i32(p, SET_MASK)
    if newsize == SET_MINSIZE and oldmask == SET_MINSIZE - 1 and load_i32(p, SET_FILL) == load_i32(p, SET_USED):
        return
    table: i32 = rt_settab_new(newsize)
    store_i32(p, SET_TABLE, table)
    store_i32(p, SET_MASK, newsize - 1)
    store_i32(p, SET_FILL, load_i32(p, SET_USED))
    j: i32 = 0
    while j <= oldmask:
        e: i32 = old + SE_SIZE * j
        if rt_se_live(e):
            rt_set_insert_clean(table, newsize - 1, load_obj(e, SE_KEY), load_i64(e, SE_HASH))
        j = j + 1


def rt_set_add_entry(s: obj, k: obj, h: i64) -> None:
    """CPython's set_add_entry: adds k (hash h) unless present (check exc_get).

    Like rt_dict_lookup, it compares only keys that run no user code (identity, exact strs,
    small ints) and keeps no shadow-stack frame; the first candidate with the same hash that
    needs rt_equal sends the whole add to rt_set_add_entry_eq."""
    p: i32 = word_ptr(s)
    table: i32 = load_i32(p, SET_TABLE)
    mask: i32 = load_i32(p, SET_MASK)
    kstr: i32 = 0
    if not is_small(k):
        if load_i32(word_ptr(k), 0) == TYPE_STR:
            kstr = 1
    perturb: i64 = h
    i: i32 = i64_to_i32(h) & mask
    freeslot: i32 = 0
    while True:
        e: i32 = table + SE_SIZE * i
        probes: i32 = 0
        if i + 9 <= mask:
            probes = 9
        while True:
            if rt_se_empty(e):
                rt_set_insert_at(s, e, freeslot, k, h)
                return
            eh: i64 = load_i64(e, SE_HASH)
            if eh == h:
                sk: obj = load_obj(e, SE_KEY)
                if sk is k:
                    return
                if is_small(sk) & is_small(k):
                    pass
                elif kstr and not is_small(sk) and load_i32(word_ptr(sk), 0) == TYPE_STR:
                    if rt_str_eq(sk, k):
                        return
                else:
                    rt_set_add_entry_eq(s, k, h)
                    return
            elif eh == -1:
                freeslot = e
            e = e + SE_SIZE
            if probes == 0:
                break
            probes = probes - 1
        perturb = i64_shr_u(perturb, 5)
        i = (i * 5 + 1 + i64_to_i32(perturb)) & mask


def rt_set_add_entry_eq(s: obj, k: obj, h: i64) -> None:
    """rt_set_add_entry when a key comparison may run user code: every candidate with the same
    hash is compared by rt_equal."""
    while True:
        p: i32 = word_ptr(s)
        table: i32 = load_i32(p, SET_TABLE)
        mask: i32 = load_i32(p, SET_MASK)
        perturb: i64 = h
        i: i32 = i64_to_i32(h) & mask
        freeslot: i32 = 0
        restart: i32 = 0
        found: i32 = 0
        while True:
            e: i32 = table + SE_SIZE * i
            probes: i32 = 0
            if i + 9 <= mask:
                probes = 9
            while True:
                if rt_se_empty(e):
                    found = e
                    break
                eh: i64 = load_i64(e, SE_HASH)
                if eh == h:
                    sk: obj = load_obj(e, SE_KEY)
                    if sk is k:
                        return
                    if not (is_small(sk) & is_small(k)):
                        eq: i32 = rt_equal(sk, k)
                        if exc_get() is not 0:
                            return
                        if eq:
                            return
                        if load_i32(word_ptr(s), SET_TABLE) != table or load_obj(e, SE_KEY) is not sk:
                            restart = 1
                            break
                        mask = load_i32(word_ptr(s), SET_MASK)
                elif eh == -1:
                    freeslot = e
                e = e + SE_SIZE
                if probes == 0:
                    break
                probes = probes - 1
            if restart or found != 0:
                break
            perturb = i64_shr_u(perturb, 5)
            i = (i * 5 + 1 + i64_to_i32(perturb)) & mask
        if restart:
            continue
        rt_set_insert_at(s, found, freeslot, k, h)
        return


def rt_set_insert_at(s: obj, found: i32, freeslot: i32, k: obj, h: i64) -> None:
    """Stores absent key k (hash h) in the first deleted slot of its probe sequence (freeslot),
    else in the empty slot that ended it (found); resizes the table when it is 3/5 full."""
    p: i32 = word_ptr(s)
    store_i32(p, SET_USED, load_i32(p, SET_USED) + 1)
    if freeslot != 0:
        store_obj(freeslot, SE_KEY, k)
        store_i64(freeslot, SE_HASH, h)
        return
    store_i32(p, SET_FILL, load_i32(p, SET_FILL) + 1)
    store_obj(found, SE_KEY, k)
    store_i64(found, SE_HASH, h)
    if load_i32(p, SET_FILL) * 5 < load_i32(p, SET_MASK) * 3:
        return
    used: i32 = load_i32(p, SET_USED)
    if used > 50000:
        rt_set_resize(s, used * 2)
    else:
        rt_set_resize(s, used * 4)


def rt_set_hash_key(k: obj) -> i64:
    """The hash of a key for lookups: an unhashable set is looked up as the frozenset with the
    same items (CPython's set_contains/remove/discard), else TypeError pending and -1."""
    h: i64 = rt_key_hash(k)
    if h == -1 and rt_type_id(k) == TYPE_SET:
        exc_set(0)
        return rt_frozenset_hash(k)
    return h


def rt_set_add(s: obj, k: obj) -> None:
    """s.add(k) (check exc_get: unhashable keys)."""
    h: i64 = rt_dict_key_hash(k)
    if h == -1:
        return
    rt_set_add_entry(s, k, h)


def rt_set_contains_entry(s: obj, k: obj, h: i64) -> i32:
    e: i32 = rt_set_lookkey(s, k, h)
    if e == 0:
        return 0
    return rt_se_empty(e) == 0


def rt_set_contains_key(s: obj, k: obj) -> i32:
    """k in s (check exc_get)."""
    h: i64 = rt_set_hash_key(k)
    if h == -1:
        return 0
    return rt_set_contains_entry(s, k, h)


def rt_set_discard_entry(s: obj, k: obj, h: i64) -> i32:
    """Removes k: 1 when found, 0 when absent (or a comparison raised)."""
    e: i32 = rt_set_lookkey(s, k, h)
    if e == 0 or rt_se_empty(e):
        return 0
    store_obj(e, SE_KEY, bits_word(SET_DUMMY_BITS))
    store_i64(e, SE_HASH, -1)
    p: i32 = word_ptr(s)
    store_i32(p, SET_USED, load_i32(p, SET_USED) - 1)
    return 1


def rt_set_discard_key(s: obj, k: obj) -> i32:
    h: i64 = rt_set_hash_key(k)
    if h == -1:
        return 0
    return rt_set_discard_entry(s, k, h)


def rt_set_next(s: obj, pos: i32) -> i32:
    """The first slot index >= pos holding a key, or -1."""
    p: i32 = word_ptr(s)
    mask: i32 = load_i32(p, SET_MASK)
    table: i32 = load_i32(p, SET_TABLE)
    while pos <= mask:
        if rt_se_live(table + SE_SIZE * pos):
            return pos
        pos = pos + 1
    return -1


def rt_set_key_at(s: obj, i: i32) -> obj:
    return load_obj(load_i32(word_ptr(s), SET_TABLE) + SE_SIZE * i, SE_KEY)


def rt_set_hash_at(s: obj, i: i32) -> i64:
    return load_i64(load_i32(word_ptr(s), SET_TABLE) + SE_SIZE * i, SE_HASH)


def rt_set_clear(s: obj) -> None:
    p: i32 = word_ptr(s)
    store_i32(p, SET_MASK, SET_MINSIZE - 1)
    store_i32(p, SET_TABLE, rt_settab_new(SET_MINSIZE))
    store_i32(p, SET_FILL, 0)
    store_i32(p, SET_USED, 0)
    store_i64(p, SET_HASH, -1)


# ---- updating from other containers -------------------------------------------------------------

def rt_set_merge(s: obj, o: obj) -> None:
    """CPython's set_merge: adds the keys of the set or frozenset o."""
    if s is o or rt_set_len(o) == 0:
        return
    p: i32 = word_ptr(s)
    q: i32 = word_ptr(o)
    if (load_i32(p, SET_FILL) + load_i32(q, SET_USED)) * 5 >= load_i32(p, SET_MASK) * 3:
        rt_set_resize(s, (load_i32(p, SET_USED) + load_i32(q, SET_USED)) * 2)
    omask: i32 = load_i32(q, SET_MASK)
    otable: i32 = load_i32(q, SET_TABLE)
    if load_i32(p, SET_FILL) == 0:
        table: i32 = load_i32(p, SET_TABLE)
        mask: i32 = load_i32(p, SET_MASK)
        if mask == omask and load_i32(q, SET_FILL) == load_i32(q, SET_USED):
            # Same size, no deleted slots: the same layout.
            mem_copy(table, otable, SE_SIZE * (mask + 1))
            store_i32(p, SET_FILL, load_i32(q, SET_FILL))
            store_i32(p, SET_USED, load_i32(q, SET_USED))
            return
        store_i32(p, SET_FILL, load_i32(q, SET_USED))
        store_i32(p, SET_USED, load_i32(q, SET_USED))
        i: i32 = 0
        while i <= omask:
            e: i32 = otable + SE_SIZE * i
            if rt_se_live(e):
                rt_set_insert_clean(table, mask, load_obj(e, SE_KEY), load_i64(e, SE_HASH))
            i = i + 1
        return
    j: i32 = 0
    while j <= load_i32(word_ptr(o), SET_MASK):
        f: i32 = load_i32(word_ptr(o), SET_TABLE) + SE_SIZE * j
        if rt_se_live(f):
            rt_set_add_entry(s, load_obj(f, SE_KEY), load_i64(f, SE_HASH))
            if exc_get() is not 0:
                return
        j = j + 1


def rt_set_update_dict(s: obj, d: obj) -> None:
    """Adds the keys of the dict d (their stored hashes reused)."""
    n: i32 = rt_dict_len(d)
    p: i32 = word_ptr(s)
    if (load_i32(p, SET_FILL) + n) * 5 >= load_i32(p, SET_MASK) * 3:
        rt_set_resize(s, (load_i32(p, SET_USED) + n) * 2)
    i: i32 = rt_dict_next(d, 0)
    while i >= 0:
        rt_set_add_entry(s, rt_dict_key_at(d, i), rt_dict_hash_at(d, i))
        if exc_get() is not 0:
            return
        i = rt_dict_next(d, i + 1)


def rt_set_update(s: obj, x: obj) -> None:
    """set_update_internal: adds every item of the iterable x (check exc_get)."""
    if rt_anyset_is(x):
        rt_set_merge(s, x)
        return
    if rt_type_id(x) == TYPE_DICT:
        rt_set_update_dict(s, x)
        return
    it: obj = rt_iter(x)
    if exc_get() is not 0:
        return
    while True:
        k: obj = rt_next(it)
        if k is NULL_WORD:
            return
        rt_set_add(s, k)
        if exc_get() is not 0:
            return


def rt_set_call(x: obj, frozen: i32) -> obj:
    """set(x) / frozenset(x) (x NULL_WORD: empty); frozenset(a frozenset) is the same object."""
    if frozen and x is not NULL_WORD and rt_type_id(x) == TYPE_FROZENSET:
        return x
    s: obj = rt_set_new(frozen)
    if x is not NULL_WORD:
        rt_set_update(s, x)
        if exc_get() is not 0:
            return 1
    return s


def rt_set_copy(s: obj) -> obj:
    """A new set of s's type with its keys (CPython's set_copy: a merge)."""
    out: obj = rt_set_new(rt_type_id(s) == TYPE_FROZENSET)
    rt_set_merge(out, s)
    return out


def rt_set_from_tuple(t: obj) -> obj:
    """A set display of three or more constants, as CPython 3.12 compiles it: a frozenset built
    from the items in order, rebuilt in its own iteration order (the compiler's constant
    merging), then merged into a new empty set."""
    f: obj = rt_set_new(1)
    n: i32 = rt_tuple_len(t)
    i: i32 = 0
    while i < n:
        rt_set_add(f, rt_tuple_item(t, i))
        if exc_get() is not 0:
            return 1
        i = i + 1
    g: obj = rt_set_new(1)
    j: i32 = rt_set_next(f, 0)
    while j >= 0:
        rt_set_add_entry(g, rt_set_key_at(f, j), rt_set_hash_at(f, j))
        j = rt_set_next(f, j + 1)
    s: obj = rt_set_new(0)
    rt_set_merge(s, g)
    return s


# ---- iteration, repr, hash ---------------------------------------------------------------------

def rt_set_iter(s: obj) -> obj:
    p: i32 = rt_alloc(SI_SIZE, TYPE_SET_ITER)
    store_obj(p, SI_SET, s)
    n: i32 = rt_set_len(s)
    store_i32(p, SI_USED, n)
    store_i32(p, SI_LEN, n)
    return ptr_word(p)


def rt_set_iter_next(it: obj) -> obj:
    """The next key of a set iterator or NULL_WORD (RuntimeError pending when the set changed
    size during iteration)."""
    p: i32 = word_ptr(it)
    s: obj = load_obj(p, SI_SET)
    used: i32 = load_i32(p, SI_USED)
    if used == -1:
        return NULL_WORD
    if used != rt_set_len(s):
        store_i32(p, SI_USED, -1)
        rt_raise("RuntimeError", "Set changed size during iteration")
        return NULL_WORD
    i: i32 = rt_set_next(s, load_i32(p, SI_POS))
    if i < 0:
        store_i32(p, SI_USED, -1)
        return NULL_WORD
    store_i32(p, SI_POS, i + 1)
    store_i32(p, SI_LEN, load_i32(p, SI_LEN) - 1)
    return rt_set_key_at(s, i)


def rt_set_repr_to(s: obj, sink: obj) -> None:
    """{1, 2}, set(), frozenset({1}), frozenset()."""
    frozen: i32 = rt_type_id(s) == TYPE_FROZENSET
    if rt_set_len(s) == 0:
        if frozen:
            rt_emit("frozenset()", sink)
        else:
            rt_emit("set()", sink)
        return
    if rt_repr_enter(s):
        if frozen:
            rt_emit("frozenset(...)", sink)
        else:
            rt_emit("set(...)", sink)
        return
    if frozen:
        rt_emit("frozenset(", sink)
    rt_emit("{", sink)
    first: i32 = 1
    i: i32 = rt_set_next(s, 0)
    while i >= 0:
        if not first:
            rt_emit(", ", sink)
        first = 0
        rt_repr_to(rt_set_key_at(s, i), sink)
        if exc_get() is not 0:
            rt_repr_leave()
            return
        i = rt_set_next(s, i + 1)
    rt_emit("}", sink)
    if frozen:
        rt_emit(")", sink)
    rt_repr_leave()


def rt_shuffle_bits(h: i64) -> i64:
    return ((h ^ 89869747) ^ (h << 16)) * 3644798167


def rt_frozenset_hash(s: obj) -> i64:
    """CPython's frozenset_hash_impl (also used for sets looked up as keys)."""
    p: i32 = word_ptr(s)
    mask: i32 = load_i32(p, SET_MASK)
    table: i32 = load_i32(p, SET_TABLE)
    h: i64 = 0
    i: i32 = 0
    while i <= mask:
        e: i32 = table + SE_SIZE * i
        eh: i64 = 0
        if rt_se_empty(e) == 0:
            eh = load_i64(e, SE_HASH)
        h = h ^ rt_shuffle_bits(eh)
        i = i + 1
    if (mask + 1 - load_i32(p, SET_FILL)) & 1:
        h = h ^ rt_shuffle_bits(0)
    if (load_i32(p, SET_FILL) - load_i32(p, SET_USED)) & 1:
        h = h ^ rt_shuffle_bits(-1)
    h = h ^ ((i32_to_i64(load_i32(p, SET_USED)) + 1) * 1927868237)
    h = h ^ (i64_shr_u(h, 11) ^ i64_shr_u(h, 25))
    h = h * 69069 + 907133923
    if h == -1:
        h = 590923713
    return h


def rt_frozenset_hash_cached(s: obj) -> i64:
    p: i32 = word_ptr(s)
    h: i64 = load_i64(p, SET_HASH)
    if h == -1:
        h = rt_frozenset_hash(s)
        store_i64(p, SET_HASH, h)
    return h


# ---- comparisons and operators --------------------------------------------------------------------

def rt_set_issubset_set(a: obj, b: obj) -> i32:
    """Every key of the set a is in the set b (check exc_get)."""
    if rt_set_len(a) > rt_set_len(b):
        return 0
    i: i32 = rt_set_next(a, 0)
    while i >= 0:
        if not rt_set_contains_entry(b, rt_set_key_at(a, i), rt_set_hash_at(a, i)):
            return 0
        i = rt_set_next(a, i + 1)
    return 1


def rt_set_equal(a: obj, b: obj) -> i32:
    if rt_set_len(a) != rt_set_len(b):
        return 0
    ha: i64 = load_i64(word_ptr(a), SET_HASH)
    hb: i64 = load_i64(word_ptr(b), SET_HASH)
    if ha != -1 and hb != -1 and ha != hb:
        return 0
    return rt_set_issubset_set(a, b)


def rt_set_intersection(s: obj, o: obj) -> obj:
    """CPython's set_intersection: a new set of s's type (o any iterable)."""
    if s is o:
        return rt_set_copy(s)
    result: obj = rt_set_new(rt_type_id(s) == TYPE_FROZENSET)
    if rt_anyset_is(o):
        big: obj = s
        small: obj = o
        if rt_set_len(o) > rt_set_len(s):
            big = o
            small = s
        i: i32 = rt_set_next(small, 0)
        while i >= 0:
            k: obj = rt_set_key_at(small, i)
            h: i64 = rt_set_hash_at(small, i)
            if rt_set_contains_entry(big, k, h):
                rt_set_add_entry(result, k, h)
            if exc_get() is not 0:
                return 1
            i = rt_set_next(small, i + 1)
        return result
    it: obj = rt_iter(o)
    if exc_get() is not 0:
        return 1
    while True:
        x: obj = rt_next(it)
        if x is NULL_WORD:
            break
        hx: i64 = rt_key_hash(x)
        if hx == -1:
            return 1
        if rt_set_contains_entry(s, x, hx):
            rt_set_add_entry(result, x, hx)
            if rt_set_len(result) >= rt_set_len(s):
                break
        if exc_get() is not 0:
            return 1
    if exc_get() is not 0:
        return 1
    return result


def rt_set_difference_update(s: obj, o: obj) -> None:
    """CPython's set_difference_update_internal (check exc_get)."""
    if s is o:
        rt_set_clear(s)
        return
    if rt_anyset_is(o):
        if (rt_set_len(o) >> 3) > rt_set_len(s):
            o = rt_set_intersection(s, o)
            if exc_get() is not 0:
                return
        i: i32 = rt_set_next(o, 0)
        while i >= 0:
            rt_set_discard_entry(s, rt_set_key_at(o, i), rt_set_hash_at(o, i))
            if exc_get() is not 0:
                return
            i = rt_set_next(o, i + 1)
    else:
        it: obj = rt_iter(o)
        if exc_get() is not 0:
            return
        while True:
            x: obj = rt_next(it)
            if x is NULL_WORD:
                break
            rt_set_discard_key(s, x)
            if exc_get() is not 0:
                return
        if exc_get() is not 0:
            return
    p: i32 = word_ptr(s)
    if load_i32(p, SET_FILL) - load_i32(p, SET_USED) <= load_i32(p, SET_MASK) // 4:
        return
    used: i32 = load_i32(p, SET_USED)
    if used > 50000:
        rt_set_resize(s, used * 2)
    else:
        rt_set_resize(s, used * 4)


def rt_set_difference(s: obj, o: obj) -> obj:
    """CPython's set_difference: s - o as a new set of s's type."""
    other_size: i32 = 0
    t: i32 = rt_type_id(o)
    if rt_anyset_is(o):
        other_size = rt_set_len(o)
    elif t == TYPE_DICT:
        other_size = rt_dict_len(o)
    else:
        other_size = -1
    if other_size < 0 or (rt_set_len(s) >> 2) > other_size:
        r: obj = rt_set_copy(s)
        rt_set_difference_update(r, o)
        if exc_get() is not 0:
            return 1
        return r
    result: obj = rt_set_new(rt_type_id(s) == TYPE_FROZENSET)
    i: i32 = rt_set_next(s, 0)
    while i >= 0:
        k: obj = rt_set_key_at(s, i)
        h: i64 = rt_set_hash_at(s, i)
        found: i32 = 0
        if t == TYPE_DICT:
            found = rt_dict_lookup(o, k, h) >= 0
        else:
            found = rt_set_contains_entry(o, k, h)
        if exc_get() is not 0:
            return 1
        if not found:
            rt_set_add_entry(result, k, h)
        i = rt_set_next(s, i + 1)
    return result


def rt_set_symdiff_update(s: obj, o: obj) -> None:
    """CPython's set_symmetric_difference_update (check exc_get)."""
    if s is o:
        rt_set_clear(s)
        return
    if rt_type_id(o) == TYPE_DICT:
        i: i32 = rt_dict_next(o, 0)
        while i >= 0:
            k: obj = rt_dict_key_at(o, i)
            h: i64 = rt_dict_hash_at(o, i)
            if not rt_set_discard_entry(s, k, h):
                if exc_get() is not 0:
                    return
                rt_set_add_entry(s, k, h)
            if exc_get() is not 0:
                return
            i = rt_dict_next(o, i + 1)
        return
    if not rt_anyset_is(o):
        o = rt_set_call(o, rt_type_id(s) == TYPE_FROZENSET)
        if exc_get() is not 0:
            return
    j: i32 = rt_set_next(o, 0)
    while j >= 0:
        k2: obj = rt_set_key_at(o, j)
        h2: i64 = rt_set_hash_at(o, j)
        if not rt_set_discard_entry(s, k2, h2):
            if exc_get() is not 0:
                return
            rt_set_add_entry(s, k2, h2)
        if exc_get() is not 0:
            return
        j = rt_set_next(o, j + 1)


def rt_set_symdiff(s: obj, o: obj) -> obj:
    """s ^ o: a new set made from o, updated with s (CPython's order)."""
    r: obj = rt_set_new(rt_type_id(s) == TYPE_FROZENSET)
    rt_set_update(r, o)
    if exc_get() is not 0:
        return 1
    rt_set_symdiff_update(r, s)
    if exc_get() is not 0:
        return 1
    return r


def rt_set_union(s: obj, o: obj) -> obj:
    r: obj = rt_set_copy(s)
    if o is not s:
        rt_set_update(r, o)
        if exc_get() is not 0:
            return 1
    return r


def rt_set_binop(a: obj, b: obj, op: i32) -> obj:
    """a & b (0), a | b (1), a ^ b (2), a - b (3) for two sets or frozensets."""
    if op == 0:
        return rt_set_intersection(a, b)
    if op == 1:
        return rt_set_union(a, b)
    if op == 2:
        return rt_set_symdiff(a, b)
    return rt_set_difference(a, b)


def rt_set_binop_iter(a: obj, b: obj, op: i32) -> obj:
    """The same with b any iterable (dict views: CPython makes a set of b first)."""
    if exc_get() is not 0:
        return 1
    if rt_anyset_is(b):
        return rt_set_binop(a, b, op)
    sb: obj = rt_set_call(b, 0)
    if exc_get() is not 0:
        return 1
    return rt_set_binop(a, sb, op)


def rt_set_swap_in(s: obj, r: obj) -> None:
    """Gives the set s the contents of the set r (CPython's set_swap_bodies, one way)."""
    p: i32 = word_ptr(s)
    q: i32 = word_ptr(r)
    store_i32(p, SET_FILL, load_i32(q, SET_FILL))
    store_i32(p, SET_USED, load_i32(q, SET_USED))
    store_i32(p, SET_MASK, load_i32(q, SET_MASK))
    store_i32(p, SET_TABLE, load_i32(q, SET_TABLE))
    store_i64(p, SET_HASH, -1)


def rt_set_inplace(s: obj, o: obj, op: i32) -> obj:
    """s &= o, |=, ^=, -= for a set s and a set or frozenset o: s changed, s the result."""
    if op == 0:
        r: obj = rt_set_intersection(s, o)
        if exc_get() is not 0:
            return 1
        rt_set_swap_in(s, r)
    elif op == 1:
        rt_set_update(s, o)
    elif op == 2:
        rt_set_symdiff_update(s, o)
    else:
        rt_set_difference_update(s, o)
    if exc_get() is not 0:
        return 1
    return s
