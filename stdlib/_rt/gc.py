# The garbage collector: a precise, non-moving mark-sweep over pages of size-classed cells
# (layout in src/runtime/layout.ts, "the garbage collector"; design in docs/object-model.md).
#
# Allocation never collects. rt_alloc only notes that a collection is due (RT_GC_DUE) once more
# has been allocated since the last collection than was live after it (growth factor 2, at least
# GC_MIN_THRESHOLD). Collections run at safe points of user code (function entries and loop
# headers, placed by src/passes/gcroots.ts), where every live reference is an obj value that the
# same pass has stored in the function's shadow-stack frame. So runtime code may hold raw i32
# addresses across its own allocations; only across calls that can reach user code must it hold
# references in obj variables (the pass roots those too).
#
# Roots: the shadow stack [GC_SHADOW, RT_GC_SP), the module globals (rt_gc_mark_globals, whose
# body the gcroots pass writes), the pending exception, the traceback entries, RT_REPR_LIST,
# RT_CLASS_TABLE, the built-in exception classes (RT_EXC_CLASSES), the exception being handled
# (RT_EXC_HANDLED), the I/O state's objects (GC_FIXED_ROOTS) and the words registered with
# rt_gc_add_root. The stdout buffer holds bytes, never references.
from __keel__ import (
    i32, obj,
    load_i32, store_i32, store_i64, load_u8, store_u8, load_u16, load_obj, mem_fill, mem_copy, mem_size, mem_grow,
    heap_base, i32_to_i64, exc_get, wasi_clock_time_get, wasi_poll_oneoff, store_u16, is_small, word_ptr, ptr_word,
    RT_HEAP_TOP, RT_HEAP_END, RT_GC_DUE, RT_GC_SP, RT_TB_COUNT, RT_REPR_LIST, RT_CLASS_TABLE, TB_BUF, TB_MAX,
    RT_EXC_CLASSES, RT_EXC_HANDLED, DK_LOG2, DK_NENTRIES, DK_INDEX, DKE_KEY, DKE_VALUE, DKE_SIZE,
    SET_TABLE, SET_MASK, SETTAB_SLOTS, SE_KEY, SE_SIZE, GC_FIELD_TABLE, GC_TABLE_DICT_KEYS,
    TYPE_GC_FREE, TYPE_COUNT, GC_VIEW, TYPE_TUPLE, TUPLE_LEN, TUPLE_ITEMS, TYPE_LIST_F64_ITEMS, TYPE_LIST_U8_ITEMS, GC_STATIC, GC_FIXED_ROOTS, GC_FIXED_ROOTS_END,
    GC_PAGE, GC_PAGE_SHIFT, GC_PAGE_HDR, GC_SMALL_MAX, GC_CLASS_COUNT, GC_MIN_THRESHOLD,
    GC_RESERVE, GC_RESERVE2, GC_MEM_ERROR, GC_RESERVE_PAGES, GC_INIT_PAGES, GC_YIELDS, GC_HOST_OK, GC_CLOCK, GC_YIELDS_AFTER_GROW, GC_NAP, GC_NAP_NS, GC_NAP_MIN_PAGES, NULL_WORD,
    GC_STATE, GC_HEAP_START, GC_ALLOCATED, GC_THRESHOLD, GC_LIVE, GC_FREE_RUNS, GC_COUNT,
    GC_STRESS, GC_MS_TOP, GC_MS_OVERFLOW, GC_MS_BASE, GC_MS_CAP, GC_ROOT_COUNT, GC_SIZE_MAP, GC_CLASSES, GC_ROOTS,
    GC_ROOTS_MAX, GC_SCAN, GC_SCAN_ROW, GC_MARK_STACK, GC_MARK_STACK_MAX, GC_SHADOW,
    GC_ROW_DESCRIBED, GC_FIELD_WORDS, GC_FIELD_COUNTED, GC_FIELD_BUFFER, GC_FIELD_REF, GC_TO_END,
    i64, load_i64, GC_FIELD_INSTANCE, INST_CLASS, INST_SLOTS, CLASS_RAW, TYPE_INSTANCE,
)


# ---- allocation ------------------------------------------------------------------------------

def rt_alloc(size: i32, type_id: i32) -> i32:
    """A new zeroed object of `size` bytes (header included) with its type id set. Never
    collects: at most it makes a collection due at the next safe point.

    The fast path pops its size class's free list or bumps through the class's current page;
    everything else (the first allocation, which sets the heap up, a fresh page, large objects,
    a memory reserve taken) is rt_alloc_slow's. A free cell was zeroed by the sweep that freed it
    (past its link word), fresh pages are zero: no zeroing here."""
    if size > GC_SMALL_MAX or size < 0:
        return rt_alloc_slow(0, size, type_id)
    # the size map has an entry per 8 bytes of size (sizes 0..16 are class 0's 16-byte cells)
    c: i32 = GC_STATE + GC_CLASSES + 16 * load_u8(GC_STATE + GC_SIZE_MAP + ((size + 7) >> 3), 0)
    p: i32 = load_i32(c, 0)
    cell: i32 = load_i32(c, 12)
    if p != 0:
        # a free cell is zero but for its type and its link (rt_gc_sweep_page)
        store_i32(c, 0, load_i32(p, 8))
        store_i64(p, 8, 0)
    else:
        # a class's bump limit is one past the start of its page's last cell (0, as before the
        # first allocation and after a sweep: no page), so one test finds the page used up
        p = load_i32(c, 4)
        if p >= load_i32(c, 8):
            return rt_alloc_slow(c, size, type_id)
        store_i32(c, 4, p + cell)
    n: i32 = load_i32(GC_STATE, GC_ALLOCATED) + cell
    store_i32(GC_STATE, GC_ALLOCATED, n)
    if n > load_i32(GC_STATE, GC_THRESHOLD):
        store_i32(RT_GC_DUE, 0, 1)
    store_i64(p, 0, i32_to_i64(type_id))  # the type id, and a clear GC word (unmarked)
    return p


def rt_alloc_slow(c: i32, size: i32, type_id: i32) -> i32:
    """rt_alloc's slow path: c is the size class whose page is used up, 0 for a large object."""
    if load_i32(GC_STATE, GC_HEAP_START) == 0:
        rt_gc_init()
        rt_gc_take_reserve()
        # the size map was empty when rt_alloc chose c: choose again (no call of rt_alloc, so
        # that rt_alloc is on no cycle of the call graph and its small callers can be inlined)
        if c != 0:
            c = GC_STATE + GC_CLASSES + 16 * load_u8(GC_STATE + GC_SIZE_MAP + ((size + 7) >> 3), 0)
    p: i32 = 0
    cell: i32 = 0
    if c == 0:
        if size < 0:
            rt_fatal("MemoryError")
        p = rt_gc_alloc_large((size + 7) & -8)
        if p == 0:
            rt_fatal("MemoryError")
        cell = load_i32(p - GC_PAGE_HDR, 4) << GC_PAGE_SHIFT
    else:
        p = rt_gc_refill(c)
        if p == 0:
            rt_fatal("MemoryError")
        cell = load_i32(c, 12)
        store_i32(c, 4, p + cell)
    return rt_alloc_done(p, cell, type_id)


def rt_alloc_done(p: i32, cell: i32, type_id: i32) -> i32:
    """Counts a slow-path allocation of `cell` bytes at p and sets its type id; a reserve taken
    for it (rt_gc_release_reserve, only reached from here) raises MemoryError once it is made."""
    n: i32 = load_i32(GC_STATE, GC_ALLOCATED) + cell
    store_i32(GC_STATE, GC_ALLOCATED, n)
    if n > load_i32(GC_STATE, GC_THRESHOLD):
        store_i32(RT_GC_DUE, 0, 1)
    store_i32(p, 0, type_id)
    if load_i32(GC_STATE, GC_MEM_ERROR) != 0:
        rt_gc_memory_error()
    return p


def rt_alloc_try(size: i32, type_id: i32) -> i32:
    """rt_alloc for a big buffer whose caller copes with failure (list growth): 0 with
    MemoryError pending when the memory cannot be had, instead of ending the program."""
    if size < 0:
        rt_raise("MemoryError", NULL_WORD)
        return 0
    if size <= GC_SMALL_MAX:
        return rt_alloc(size, type_id)
    if load_i32(GC_STATE, GC_HEAP_START) == 0:
        rt_gc_init()
        rt_gc_take_reserve()
    p: i32 = rt_gc_alloc_large((size + 7) & -8)
    if p == 0:
        rt_raise("MemoryError", NULL_WORD)
        return 0
    return rt_alloc_done(p, load_i32(p - GC_PAGE_HDR, 4) << GC_PAGE_SHIFT, type_id)


def rt_gc_memory_error() -> None:
    """The allocation just made took the memory reserve: MemoryError is raised (pending), the
    object is good. The reserve is held back again after a collection leaves room for it."""
    store_i32(GC_STATE, GC_MEM_ERROR, 0)
    rt_raise("MemoryError", NULL_WORD)


def rt_gc_take_reserve() -> None:
    """Holds the reserves back (at the first allocation, and after collections once memory
    allows): pinned runs of pages that nothing else uses (layout.ts, GC_RESERVE_PAGES)."""
    rt_gc_take_reserve_at(GC_STATE + GC_RESERVE2)
    rt_gc_take_reserve_at(GC_STATE + GC_RESERVE)


def rt_gc_take_reserve_at(w: i32) -> None:
    if load_i32(w, 0) != 0:
        return
    p: i32 = rt_gc_alloc_large(GC_RESERVE_PAGES * GC_PAGE - GC_PAGE_HDR)
    if p == 0:
        return
    store_i32(p, 0, TYPE_GC_FREE)
    store_i32(p, 4, GC_STATIC)
    store_i32(w, 0, p - GC_PAGE_HDR)


def rt_gc_release_reserve(n: i32) -> i32:
    """Memory is exhausted: when a request of n pages fits a reserve, the reserve becomes a free
    run (the caller retries): the first makes a collection due, the second a MemoryError after
    the allocation. 0 when neither can serve."""
    w: i32 = GC_STATE + GC_RESERVE
    page: i32 = load_i32(w, 0)
    if page == 0 or n > load_i32(page, 4):
        w = GC_STATE + GC_RESERVE2
        page = load_i32(w, 0)
        if page == 0 or n > load_i32(page, 4):
            return 0
    store_i32(w, 0, 0)
    store_i32(page, 0, -1)
    store_i32(page, 8, load_i32(GC_STATE, GC_FREE_RUNS))
    store_i32(GC_STATE, GC_FREE_RUNS, page)
    if w == GC_STATE + GC_RESERVE:
        store_i32(RT_GC_DUE, 0, 1)
    else:
        store_i32(GC_STATE, GC_MEM_ERROR, 1)
    return 1


def rt_gc_init() -> None:
    """Sets up the heap at the first allocation: page-aligned start, size classes."""
    start: i32 = (heap_base() + GC_PAGE - 1) & -GC_PAGE
    store_i32(GC_STATE, GC_HEAP_START, start)
    store_i32(RT_HEAP_TOP, 0, start)
    store_i32(RT_HEAP_END, 0, mem_size() * 65536)
    store_i32(GC_STATE, GC_THRESHOLD, GC_MIN_THRESHOLD)
    # One memory.grow for the reserves and a first GC_INIT_PAGES heap pages, not one per reserve
    # and page run: under wazero each grow allocates a new Go buffer, and a few early ones push
    # Go's heap past its first GC goal (4 MB) in a program that allocates next to nothing; that
    # GC cycle cannot finish while the wasm code runs without host calls, and its workers spin
    # until the program ends (docs/architecture.md, "Linear memory").
    if load_i32(RT_HEAP_END, 0) < start + (2 * GC_RESERVE_PAGES + GC_INIT_PAGES) * GC_PAGE:
        rt_gc_grow(start + (2 * GC_RESERVE_PAGES + GC_INIT_PAGES) * GC_PAGE)
    if load_i32(GC_STATE, GC_STRESS) != 0:
        store_i32(GC_STATE, GC_THRESHOLD, 0)
    # Size classes: 16..128 by 8, then four per power of two up to GC_SMALL_MAX.
    k: i32 = 0
    cell: i32 = 16
    prev: i32 = 0
    while k < GC_CLASS_COUNT:
        store_i32(GC_STATE + GC_CLASSES + 16 * k, 12, cell)
        s: i32 = prev + 1
        while s <= (cell >> 3):
            store_u8(GC_STATE + GC_SIZE_MAP + s, 0, k)
            s = s + 1
        prev = cell >> 3
        k = k + 1
        if cell < 128:
            cell = cell + 8
        else:
            step: i32 = 32
            while step * 8 <= cell:
                step = step * 2
            cell = cell + step


def rt_gc_refill(c: i32) -> i32:
    """A fresh page for size class c; returns its first cell, the rest is the class's bump."""
    cell: i32 = load_i32(c, 12)
    page: i32 = rt_gc_take_pages(1)
    if page == 0:
        return 0
    store_i32(page, 0, cell)
    store_i32(page, 4, 1)
    first: i32 = page + GC_PAGE_HDR
    # the bump limit: one past the start of the page's last cell (rt_alloc)
    store_i32(c, 8, first + ((GC_PAGE - GC_PAGE_HDR) // cell - 1) * cell + 1)
    return first


def rt_gc_alloc_large(size: i32) -> i32:
    n: i32 = (size + GC_PAGE_HDR + GC_PAGE - 1) >> GC_PAGE_SHIFT
    page: i32 = rt_gc_take_pages(n)
    if page == 0:
        return 0
    store_i32(page, 0, 0)
    store_i32(page, 4, n)
    return page + GC_PAGE_HDR


def rt_gc_take_pages(n: i32) -> i32:
    """n zeroed contiguous pages: the first free run that is big enough, else the heap's top."""
    if load_i32(GC_STATE, GC_YIELDS) > 0:
        rt_gc_host_call()
    prev: i32 = 0
    run: i32 = load_i32(GC_STATE, GC_FREE_RUNS)
    while run != 0:
        have: i32 = load_i32(run, 4)
        if have >= n:
            rest: i32 = load_i32(run, 8)
            if have > n:
                # keep the tail as a smaller free run in the same place of the list
                tail: i32 = run + (n << GC_PAGE_SHIFT)
                store_i32(tail, 0, -1)
                store_i32(tail, 4, have - n)
                store_i32(tail, 8, rest)
                rest = tail
            if prev == 0:
                store_i32(GC_STATE, GC_FREE_RUNS, rest)
            else:
                store_i32(prev, 8, rest)
            mem_fill(run, 0, n << GC_PAGE_SHIFT)
            return run
        prev = run
        run = load_i32(run, 8)
    top: i32 = load_i32(RT_HEAP_TOP, 0)
    end: i32 = top + (n << GC_PAGE_SHIFT)
    if end < top or end > load_i32(RT_HEAP_END, 0):
        if not rt_gc_grow(end):
            if rt_gc_release_reserve(n):
                return rt_gc_take_pages(n)
            return 0
    store_i32(RT_HEAP_TOP, 0, end)
    return top


def rt_gc_grow(end: i32) -> i32:
    """Grows memory to hold [.., end): by what is needed, but at least by a quarter of the current
    size (at most 16 MiB), since memory.grow is slow (a quarter, not a half: memory stays closer
    to what the program keeps, at no measured cost in time). 0 when memory cannot grow (the
    caller may then use the reserve)."""
    have: i32 = load_i32(RT_HEAP_END, 0)
    if end < have:
        return 0  # wrapped around 4 GiB
    pages: i32 = (end - have + 65535) // 65536
    least: i32 = mem_size() // 4
    if least > 256:
        least = 256
    if pages < least and mem_grow(least) != -1:
        rt_gc_grown()
        return 1
    if mem_grow(pages) == -1:
        return 0
    rt_gc_grown()
    return 1


def rt_gc_grown() -> None:
    store_i32(RT_HEAP_END, 0, mem_size() * 65536)
    store_i32(GC_STATE, GC_YIELDS, GC_YIELDS_AFTER_GROW)
    if mem_size() >= GC_NAP_MIN_PAGES:
        rt_gc_nap()


def rt_gc_nap() -> None:
    """Sleeps GC_NAP_NS (poll_oneoff, one relative clock subscription) after memory grew past
    4 MiB. Under wazero a memory.grow allocates a new Go buffer, which starts a Go GC cycle once
    Go's heap passes its goal; the cycle needs the goroutine that runs the wasm code at a safe
    point (stack scan, then mark termination), and compiled wasm code has none: until a host call
    its worker spins on the other core and signals the wasm thread (docs/architecture.md,
    "Memory"). A program that computes without host calls after its last grow (wordcount's
    counting loop, sieve's) kept a cycle spinning to its end. Asleep, the goroutine is parked: the
    whole cycle (~0.5 ms on an idle core) runs. Only in a program (GC_HOST_OK), as
    rt_gc_host_call."""
    if load_i32(GC_STATE, GC_HOST_OK) == 0:
        return
    sub: i32 = GC_STATE + GC_NAP
    # subscription: userdata u64 @0, tag u8 @8 (0: clock), clock id u32 @16 (1: monotonic),
    # timeout u64 @24, precision u64 @32, flags u16 @40 (0: relative); the event after it
    store_i64(sub, 0, 0)
    store_u8(sub, 8, 0)
    store_i32(sub, 16, 1)
    store_i64(sub, 24, i32_to_i64(GC_NAP_NS))
    store_i64(sub, 32, 0)
    store_u16(sub, 40, 0)
    wasi_poll_oneoff(sub, sub + 48, 1, sub + 80)


def rt_gc_host_call() -> None:
    """A cheap host call (the monotonic clock): on the page path for a while after memory grew,
    and around each collection.
    Under wazero a memory.grow can start a Go GC cycle, which can only finish when the goroutine
    running the wasm code reaches Go code (a host call) twice; until then its worker spins
    (docs/architecture.md, "Memory"). One call per 16 KiB page is free next to filling it.
    Only in a program (GC_HOST_OK, set by _start): a library module's embedder sees no WASI
    call it did not ask for (node's WASI refuses any before wasi.start())."""
    if load_i32(GC_STATE, GC_HOST_OK) == 0:
        return
    y: i32 = load_i32(GC_STATE, GC_YIELDS)
    if y > 0:
        store_i32(GC_STATE, GC_YIELDS, y - 1)
    wasi_clock_time_get(1, 1, GC_STATE + GC_CLOCK)


def rt_gc_host_calls_on() -> None:
    """Called first by _start (a program, not a library module): rt_gc_host_call may call the host."""
    store_i32(GC_STATE, GC_HOST_OK, 1)


def rt_gc_add_root(addr: i32) -> None:
    """Registers the obj word at addr (in static or fixed memory) as a root for good."""
    n: i32 = load_i32(GC_STATE, GC_ROOT_COUNT)
    if n >= GC_ROOTS_MAX:
        rt_fatal("gc: too many registered roots")
    store_i32(GC_ROOTS + 4 * n, 0, addr)
    store_i32(GC_STATE, GC_ROOT_COUNT, n + 1)


def rt_gc_pin(p: i32) -> None:
    """Makes the heap object at p permanent (the GC word's static bit): for runtime caches that
    live in raw words no scan reaches. It must refer to nothing (or only to pinned objects)."""
    store_i32(p, 4, load_i32(p, 4) | GC_STATIC)
    store_i32(p & -GC_PAGE, 8, 1)  # the sweep reads this page's cells (GC_PAGE_PINNED)


def rt_gc_unpin(p: i32) -> None:
    """Ends rt_gc_pin: the object is freed by the first collection that finds it unreachable.
    (Pin/unpin also keeps a temporary that runtime code holds as a raw address alive across calls
    that may run user code.)"""
    store_i32(p, 4, load_i32(p, 4) & -3)


def rt_gc_overflow() -> None:
    """The shadow stack is full (the frame push of gcroots.ts calls this)."""
    rt_fatal("RecursionError: maximum recursion depth exceeded")


# ---- collection ------------------------------------------------------------------------------

def rt_gc_collect(extra: i32) -> None:
    """A full collection. Only called at safe points (gcroots.ts), where every live reference is
    in a shadow-stack slot, a global or one of the runtime's root words. A function without a
    frame stores its live values just above RT_GC_SP: `extra` bytes of them."""
    store_i32(RT_GC_DUE, 0, 0)
    if load_i32(GC_STATE, GC_HEAP_START) == 0:
        return
    # a host call before and after: two chances for a Go GC cycle under wazero (rt_gc_host_call)
    rt_gc_host_call()
    store_i32(GC_STATE, GC_MS_TOP, 0)
    store_i32(GC_STATE, GC_MS_OVERFLOW, 0)
    store_i32(GC_STATE, GC_MS_BASE, GC_MARK_STACK)
    store_i32(GC_STATE, GC_MS_CAP, GC_MARK_STACK_MAX)
    p: i32 = GC_SHADOW
    sp: i32 = load_i32(RT_GC_SP, 0) + extra
    while p < sp:
        rt_gc_mark(load_obj(p, 0))
        p = p + 8
    rt_gc_mark_globals()
    rt_gc_mark(exc_get())
    n: i32 = load_i32(RT_TB_COUNT, 0)
    if n > TB_MAX:
        n = TB_MAX
    i: i32 = 0
    while i < 3 * n:
        rt_gc_mark(load_obj(TB_BUF + 8 * i, 0))
        i = i + 1
    rt_gc_mark_addr(load_i32(RT_REPR_LIST, 0))
    rt_gc_mark_addr(load_i32(RT_CLASS_TABLE, 0))
    rt_gc_mark_addr(load_i32(RT_EXC_CLASSES, 0))
    rt_gc_mark_addr(load_i32(RT_EXC_HANDLED, 0))
    p = GC_FIXED_ROOTS
    while p < GC_FIXED_ROOTS_END:
        rt_gc_mark(load_obj(p, 0))
        p = p + 8
    i = 0
    while i < load_i32(GC_STATE, GC_ROOT_COUNT):
        rt_gc_mark(load_obj(load_i32(GC_ROOTS + 4 * i, 0), 0))
        i = i + 1
    rt_gc_drain()
    while load_i32(GC_STATE, GC_MS_OVERFLOW) != 0:
        store_i32(GC_STATE, GC_MS_OVERFLOW, 0)
        rt_gc_rescan()
        rt_gc_drain()
    rt_gc_sweep()
    rt_gc_take_reserve()
    store_i32(GC_STATE, GC_COUNT, load_i32(GC_STATE, GC_COUNT) + 1)
    store_i32(GC_STATE, GC_ALLOCATED, 0)
    live: i32 = load_i32(GC_STATE, GC_LIVE)
    if live < GC_MIN_THRESHOLD:
        live = GC_MIN_THRESHOLD
    if load_i32(GC_STATE, GC_STRESS) != 0:
        live = 0
    store_i32(GC_STATE, GC_THRESHOLD, live)
    rt_gc_host_call()


def rt_gc_mark_globals() -> None:
    """Marks every module global. The body is written by the gcroots pass, which knows them."""
    return


def rt_gc_mark(w: obj) -> None:
    if is_small(w):
        return
    rt_gc_mark_addr(word_ptr(w))


# Marking. The mark stack holds candidates: addresses of heap objects that something marked
# refers to, pushed without being looked at. rt_gc_drain pops one, and if it is not marked yet
# marks it and pushes what it refers to. So each object's header is read once, when its
# children are read too (the same cache line for small objects), not once when it is pushed and
# again, long after (a depth-first walk leaves the left subtree waiting), when it is scanned.

def rt_gc_mark_addr(p: i32) -> None:
    """Pushes the object at p for marking (statics and address 0 are below the heap: nothing
    to do)."""
    if p < load_i32(GC_STATE, GC_HEAP_START) or p >= load_i32(RT_HEAP_TOP, 0):
        return
    top: i32 = load_i32(GC_STATE, GC_MS_TOP)
    if top >= load_i32(GC_STATE, GC_MS_CAP):
        if not rt_gc_grow_mark_stack():
            rt_gc_mark_overflow(p)
            return
    store_i32(load_i32(GC_STATE, GC_MS_BASE) + 4 * top, 0, p)
    store_i32(GC_STATE, GC_MS_TOP, top + 1)


def rt_gc_mark_overflow(p: i32) -> None:
    """No room to push the object at p: it is marked now and rt_gc_rescan, which scans every
    marked object again, pushes what it refers to later."""
    g: i32 = load_i32(p, 4)
    if g & 3:
        return
    rt_gc_check_type(load_i32(p, 0))
    store_i32(p, 4, g | 1)
    store_i32(p & -GC_PAGE, 12, 1)
    store_i32(GC_STATE, GC_MS_OVERFLOW, 1)


def rt_gc_check_type(t: i32) -> None:
    if t == TYPE_GC_FREE or t <= 0 or t >= TYPE_COUNT:
        rt_fatal("gc: a reference to a freed object (a missing root)")


def rt_gc_grow_mark_stack() -> i32:
    """Moves the full mark stack to a large heap object of twice its entries, so marking a long
    list or a deep structure stays linear instead of overflowing into heap rescans. The object is
    never marked: the sweep ending this collection frees it. 0 when no memory is left for it
    (then the mark stack overflows, as before)."""
    cap: i32 = load_i32(GC_STATE, GC_MS_CAP)
    if cap >= 1 << 26:
        return 0
    q: i32 = rt_gc_alloc_large(8 * cap)
    if q == 0:
        return 0
    store_i32(q, 0, TYPE_LIST_F64_ITEMS)  # raw words: a leaf, were it ever scanned
    mem_copy(q + 8, load_i32(GC_STATE, GC_MS_BASE), 4 * cap)
    store_i32(GC_STATE, GC_MS_BASE, q + 8)
    store_i32(GC_STATE, GC_MS_CAP, 2 * cap - 2)
    return 1


def rt_gc_drain() -> None:
    """Marks the candidates on the mark stack until it is empty: an unmarked one is marked and
    what it refers to pushed (a tuple's and most instances' words here, other types by
    rt_gc_scan; a type whose scan row has no field, like str or float, refers to nothing)."""
    base: i32 = load_i32(GC_STATE, GC_MS_BASE)
    top: i32 = load_i32(GC_STATE, GC_MS_TOP)
    while top > 0:
        top = top - 1
        p: i32 = load_i32(base + 4 * top, 0)
        g: i32 = load_i32(p, 4)
        if g & 3:
            continue  # marked already, or pinned (rt_gc_pin)
        t: i32 = load_i32(p, 0)
        store_i32(p, 4, g | 1)
        store_i32(p & -GC_PAGE, 12, 1)  # the page has a live cell (GC_PAGE_MARKED)
        if t == TYPE_TUPLE:
            q: i32 = p + TUPLE_ITEMS
            end: i32 = q + 8 * load_i32(p, TUPLE_LEN)
            if top + 16 > load_i32(GC_STATE, GC_MS_CAP) or end - q > 128:
                store_i32(GC_STATE, GC_MS_TOP, top)
                rt_gc_mark_range(q, end)
                base = load_i32(GC_STATE, GC_MS_BASE)
                top = load_i32(GC_STATE, GC_MS_TOP)
                continue
            lo: i32 = load_i32(GC_STATE, GC_HEAP_START)
            hi: i32 = load_i32(RT_HEAP_TOP, 0)
            while q < end:
                # room for at most 16 items was checked above
                w: obj = load_obj(q, 0)
                q = q + 8
                if not is_small(w):
                    r: i32 = word_ptr(w)
                    if r >= lo and r < hi:
                        store_i32(base + 4 * top, 0, r)
                        top = top + 1
            continue
        if t == TYPE_INSTANCE:
            # the commonest objects: a small instance whose class has no raw slots has its words
            # from INST_CLASS to the end of its cell pushed here, like a tuple's items
            # (rt_gc_scan_instance does the other instances)
            c: obj = load_obj(p, INST_CLASS)
            cell: i32 = load_i32(p & -GC_PAGE, 0)
            if cell > 0 and cell <= 136 and top + 16 <= load_i32(GC_STATE, GC_MS_CAP) and not is_small(c):
                if load_i64(word_ptr(c), CLASS_RAW) == 0:
                    qi: i32 = p + INST_CLASS
                    endi: i32 = p + cell
                    loi: i32 = load_i32(GC_STATE, GC_HEAP_START)
                    hii: i32 = load_i32(RT_HEAP_TOP, 0)
                    while qi < endi:
                        wi: obj = load_obj(qi, 0)
                        qi = qi + 8
                        if not is_small(wi):
                            ri: i32 = word_ptr(wi)
                            if ri >= loi and ri < hii:
                                store_i32(base + 4 * top, 0, ri)
                                top = top + 1
                    continue
        rt_gc_check_type(t)
        row: i32 = GC_SCAN + t * GC_SCAN_ROW
        if load_u16(row, 8) == 0 and load_i32(row, 0) == GC_ROW_DESCRIBED:
            continue  # refers to nothing
        store_i32(GC_STATE, GC_MS_TOP, top)
        rt_gc_scan(p)
        base = load_i32(GC_STATE, GC_MS_BASE)
        top = load_i32(GC_STATE, GC_MS_TOP)
    store_i32(GC_STATE, GC_MS_TOP, 0)


def rt_gc_mark_range(q: i32, end: i32) -> None:
    """Pushes the heap objects the obj words at [q, end) refer to (rt_gc_mark in line, with the
    heap bounds and the mark stack in locals)."""
    lo: i32 = load_i32(GC_STATE, GC_HEAP_START)
    hi: i32 = load_i32(RT_HEAP_TOP, 0)
    base: i32 = load_i32(GC_STATE, GC_MS_BASE)
    top: i32 = load_i32(GC_STATE, GC_MS_TOP)
    cap: i32 = load_i32(GC_STATE, GC_MS_CAP)
    while q < end:
        w: obj = load_obj(q, 0)
        q = q + 8
        if is_small(w):
            continue
        r: i32 = word_ptr(w)
        if r < lo or r >= hi:
            continue
        if top < cap:
            store_i32(base + 4 * top, 0, r)
            top = top + 1
        else:
            store_i32(GC_STATE, GC_MS_TOP, top)
            rt_gc_mark_addr(r)  # grows the mark stack (or marks r and notes the overflow)
            base = load_i32(GC_STATE, GC_MS_BASE)
            top = load_i32(GC_STATE, GC_MS_TOP)
            cap = load_i32(GC_STATE, GC_MS_CAP)
    store_i32(GC_STATE, GC_MS_TOP, top)


def rt_gc_size(p: i32) -> i32:
    """The bytes of the allocation holding the object at p (its cell, or its pages)."""
    page: i32 = p & -GC_PAGE
    cell: i32 = load_i32(page, 0)
    if cell > 0:
        return cell
    return (load_i32(page, 4) << GC_PAGE_SHIFT) - GC_PAGE_HDR


def rt_gc_scan(p: i32) -> None:
    """Marks what the object at p refers to, as its type's row of the scan table says."""
    t: i32 = load_i32(p, 0)
    row: i32 = GC_SCAN + t * GC_SCAN_ROW
    if load_i32(row, 0) != GC_ROW_DESCRIBED:
        rt_fatal("gc: a heap type the collector does not describe (register it in layout.ts GC_TYPES)")
    f: i32 = row + 8
    while f < row + GC_SCAN_ROW:
        kind: i32 = load_u16(f, 0)
        a: i32 = load_u16(f, 2)
        b: i32 = load_u16(f, 4)
        if kind == 0:
            return
        if kind == GC_FIELD_WORDS:
            size: i32 = rt_gc_size(p)
            if b == GC_TO_END or b > size:
                b = size
            rt_gc_mark_range(p + a, p + b)
        elif kind == GC_FIELD_COUNTED:
            rt_gc_mark_range(p + b, p + b + 8 * load_i32(p + a, 0))
        elif kind == GC_FIELD_BUFFER:
            buf: i32 = load_i32(p + a, 0)
            if buf != 0:
                base: i32 = buf
                g: i32 = load_i32(buf, 4)
                if g & GC_VIEW:
                    base = g & -8  # a list's buffer after pop(0): the allocation starts there
                store_i32(base, 4, load_i32(base, 4) | 1)
                if base >= load_i32(GC_STATE, GC_HEAP_START):
                    store_i32(base & -GC_PAGE, 12, 1)  # (the page flag of heap objects only)
                bt: i32 = load_i32(buf, 0)
                if bt != TYPE_LIST_F64_ITEMS and bt != TYPE_LIST_U8_ITEMS:  # raw f64 or bool-byte items hold no words
                    q: i32 = buf + load_u16(f, 6)
                    rt_gc_mark_range(q, q + 8 * load_i32(p + b, 0))
        elif kind == GC_FIELD_REF:
            rt_gc_mark_addr(load_i32(p + a, 0))
        elif kind == GC_FIELD_INSTANCE:
            rt_gc_scan_instance(p, a)
        elif kind == GC_FIELD_TABLE:
            if a == GC_TABLE_DICT_KEYS:
                rt_gc_scan_dict_keys(p)
            else:
                rt_gc_scan_set(p)
        f = f + 8


def rt_gc_scan_instance(p: i32, a: i32) -> None:
    """(pobj) An instance: its words from offset a to the end of its allocation, less the raw f64
    slots its class's CLASS_RAW mask names (src/passes/rawslots.ts; slot i at INST_SLOTS + 8 * i)."""
    end: i32 = p + rt_gc_size(p)
    c: obj = load_obj(p, INST_CLASS)
    mask: i64 = 0
    if not is_small(c):
        mask = load_i64(word_ptr(c), CLASS_RAW)
    if mask == 0:
        rt_gc_mark_range(p + a, end)
        return
    rt_gc_mark_range(p + a, p + INST_SLOTS)
    q: i32 = p + INST_SLOTS
    while q < end:
        if (mask & 1) == 0:
            rt_gc_mark_range(q, q + 8)
        mask = mask >> 1
        q = q + 8


def rt_gc_scan_dict_keys(dk: i32) -> None:
    """A dict's table (TYPE_DICT_KEYS): the raw i32 index, then entries of a raw i64 hash, a key
    word and a value word (NULL_WORD once deleted); the first DK_NENTRIES entries are in use."""
    q: i32 = dk + DK_INDEX + (4 << load_i32(dk, DK_LOG2))
    end: i32 = q + DKE_SIZE * load_i32(dk, DK_NENTRIES)
    while q < end:
        rt_gc_mark_range(q + DKE_KEY, q + DKE_VALUE + 8)  # the key and value words
        q = q + DKE_SIZE


def rt_gc_scan_set(p: i32) -> None:
    """A set or frozenset: its table (SET_TABLE is the address of slot 0, SETTAB_SLOTS into the
    TYPE_SET_TABLE object) is kept with it, and its SET_MASK + 1 slots of a key word and a raw
    hash scanned. Empty and deleted slots hold markers whose high 32 bits are set: not words."""
    q: i32 = load_i32(p, SET_TABLE)
    if q == 0:
        return
    t: i32 = q - SETTAB_SLOTS
    store_i32(t, 4, load_i32(t, 4) | 1)
    if t >= load_i32(GC_STATE, GC_HEAP_START):
        store_i32(t & -GC_PAGE, 12, 1)
    end: i32 = q + SE_SIZE * (load_i32(p, SET_MASK) + 1)
    while q < end:
        if load_i32(q + 4, SE_KEY) == 0:
            rt_gc_mark(load_obj(q, SE_KEY))
        q = q + SE_SIZE


def rt_gc_rescan() -> None:
    """After the mark stack overflowed: scans every marked object again (what it refers to that
    is still unmarked gets marked and pushed)."""
    page: i32 = load_i32(GC_STATE, GC_HEAP_START)
    top: i32 = load_i32(RT_HEAP_TOP, 0)
    while page < top:
        cell: i32 = load_i32(page, 0)
        n: i32 = load_i32(page, 4)
        if cell == 0:
            if load_i32(page + GC_PAGE_HDR, 4) & 1:
                rt_gc_scan(page + GC_PAGE_HDR)
        elif cell > 0:
            q: i32 = page + GC_PAGE_HDR
            end: i32 = page + GC_PAGE
            while q + cell <= end:
                t: i32 = load_i32(q, 0)
                if t != 0 and t != TYPE_GC_FREE and (load_i32(q, 4) & 1):
                    rt_gc_scan(q)
                q = q + cell
        page = page + (n << GC_PAGE_SHIFT)


def rt_gc_sweep() -> None:
    """Frees what is unmarked and unmarks the rest: cells go to their class's free list, pages
    with no live cell and dead large objects join the free runs (adjacent runs merged)."""
    k: i32 = 0
    while k < GC_CLASS_COUNT:
        c: i32 = GC_STATE + GC_CLASSES + 16 * k
        store_i32(c, 0, 0)
        store_i32(c, 4, 0)
        store_i32(c, 8, 0)
        k = k + 1
    store_i32(GC_STATE, GC_FREE_RUNS, 0)
    live: i32 = 0
    run: i32 = 0  # the free run that ends where the current page starts (0: none)
    page: i32 = load_i32(GC_STATE, GC_HEAP_START)
    top: i32 = load_i32(RT_HEAP_TOP, 0)
    while page < top:
        cell: i32 = load_i32(page, 0)
        n: i32 = load_i32(page, 4)
        free: i32 = 1
        if cell == 0:
            g: i32 = load_i32(page + GC_PAGE_HDR, 4)
            if g & 3:
                store_i32(page + GC_PAGE_HDR, 4, g & -2)
                live = live + (n << GC_PAGE_SHIFT)
                free = 0
        elif cell > 0:
            # a small-object page where marking marked a cell (or that holds a pinned one) is
            # swept cell by cell (and kept, its dead cells on the free list); one no cell of
            # which was marked is freed without a read of its cells
            if load_i32(page, 12) | load_i32(page, 8):
                store_i32(page, 12, 0)
                used: i32 = rt_gc_sweep_page(page, cell)
                live = live + used * cell
                free = 0
        if free:
            if run != 0:
                store_i32(run, 4, load_i32(run, 4) + n)
            else:
                run = page
                store_i32(run, 0, -1)
                store_i32(run, 4, n)
                store_i32(run, 8, load_i32(GC_STATE, GC_FREE_RUNS))
                store_i32(GC_STATE, GC_FREE_RUNS, run)
        else:
            run = 0
        page = page + (n << GC_PAGE_SHIFT)
    store_i32(GC_STATE, GC_LIVE, live)


def rt_gc_sweep_page(page: i32, cell: i32) -> i32:
    """Sweeps one small-object page that has a marked (or pinned) cell; returns its live cells.
    (A page none of whose cells was marked is freed by rt_gc_sweep without a read of its cells:
    binary_trees' dead trees.) Live cells are unmarked and the others go to the class's free
    list, each zeroed past its free-list link here, once, when its object dies: rt_alloc then
    clears only the link word."""
    used: i32 = 0
    q: i32 = page + GC_PAGE_HDR
    end: i32 = page + GC_PAGE
    head: i32 = 0
    tail: i32 = 0
    while q + cell <= end:
        t2: i32 = load_i32(q, 0)
        g: i32 = load_i32(q, 4)
        if t2 != 0 and t2 != TYPE_GC_FREE and (g & 3):
            store_i32(q, 4, g & -2)
            used = used + 1
        else:
            if t2 != TYPE_GC_FREE:
                # an object that died (or a temporary block of type 0, or a cell never used,
                # which is zero already): zero it; a free cell is zero already
                if cell > 256:
                    mem_fill(q + 16, 0, cell - 16)
                else:
                    z: i32 = q + 16
                    zend: i32 = q + cell
                    while z < zend:
                        store_i64(z, 0, 0)
                        z = z + 8
            store_i64(q, 0, i32_to_i64(TYPE_GC_FREE))  # the type, and a clear GC word
            store_i64(q, 8, i32_to_i64(head))
            if head == 0:
                tail = q
            head = q
        q = q + cell
    if head != 0:
        c: i32 = GC_STATE + GC_CLASSES + 16 * load_u8(GC_STATE + GC_SIZE_MAP + (cell >> 3), 0)
        store_i32(tail, 8, load_i32(c, 0))
        store_i32(c, 0, head)
    return used
