# The clocks and sleep of the time module (stdlib/time.py calls these), over WASI's
# clock_time_get and poll_oneoff.
from __keel__ import (
    i32, i64, f64, obj,
    load_i64, store_i32, store_i64, store_u8, store_u16, i64_to_f64, f64_mul, f64_to_i64_sat,
    wasi_clock_time_get, wasi_poll_oneoff, wasi_random_get, load_i32, u32_to_i64,
    SCRATCH, NULL_WORD, IOBUF_DATA, TYPE_IO_BUF,
)

# WASI clock ids: 0 realtime, 1 monotonic, 2 process CPU time.


def rt_clock_ns(clock: i32) -> i64:
    """The clock's time in nanoseconds (0 when the runtime does not have that clock)."""
    if wasi_clock_time_get(clock, 1, SCRATCH) != 0:
        return 0
    return load_i64(SCRATCH, 0)


def rt_time_time() -> obj:
    return rt_box_float(i64_to_f64(rt_clock_ns(0)) / 1000000000.0)


def rt_time_time_ns() -> obj:
    return rt_int_from_i64(rt_clock_ns(0))


def rt_time_monotonic() -> obj:
    return rt_box_float(i64_to_f64(rt_clock_ns(1)) / 1000000000.0)


def rt_time_monotonic_ns() -> obj:
    return rt_int_from_i64(rt_clock_ns(1))


def rt_time_process_time() -> obj:
    ns: i64 = rt_clock_ns(2)
    if ns == 0:
        ns = rt_clock_ns(1)
    return rt_box_float(i64_to_f64(ns) / 1000000000.0)


def rt_time_sleep(secs: obj) -> obj:
    """time.sleep(secs): waits with one relative clock subscription of poll_oneoff."""
    k: i32 = rt_num_kind(secs)
    if k == 0:
        rt_raise("TypeError", rt_str_concat(rt_str_concat("'", rt_type_name(secs)), "' object cannot be interpreted as an integer"))
        return NULL_WORD
    s: f64 = rt_num_to_f64(secs)
    if s != s:
        rt_raise("ValueError", "Invalid value NaN (not a number)")
        return NULL_WORD
    if s < 0.0:
        rt_raise("ValueError", "sleep length must be non-negative")
        return NULL_WORD
    ns: i64 = f64_to_i64_sat(s * 1000000000.0)
    sub: i32 = rt_alloc(IOBUF_DATA + 96, TYPE_IO_BUF) + IOBUF_DATA
    # subscription: userdata u64 @0, tag u8 @8 (0: clock), clock id u32 @16, timeout u64 @24,
    # precision u64 @32, flags u16 @40 (0: relative); the event (32 bytes) goes after it.
    store_i64(sub, 0, 0)
    store_u8(sub, 8, 0)
    store_i32(sub, 16, 1)
    store_i64(sub, 24, ns)
    store_i64(sub, 32, 0)
    store_u16(sub, 40, 0)
    wasi_poll_oneoff(sub, sub + 48, 1, sub + 80)
    return None


def rt_random_seed_words() -> obj:
    """624 words of entropy from WASI random_get, as a list of ints (random.seed(None))."""
    buf: i32 = rt_alloc(IOBUF_DATA + 4 * 624, TYPE_IO_BUF) + IOBUF_DATA
    wasi_random_get(buf, 4 * 624)
    l: obj = rt_list_new(0)
    i: i32 = 0
    while i < 624:
        rt_list_append(l, rt_int_from_i64(u32_to_i64(load_i32(buf + 4 * i, 0))))
        i = i + 1
    return l
