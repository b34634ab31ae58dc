// The value representation and heap layout, bit by bit. The compiler (codegen, lowering) and the
// runtime core both read this file; nothing else may hard-code an offset or a tag.
//
// A universal word ("obj" in the IR) is an i64:
//   bit 0 = 0   small int: the value is word >> 1 (arithmetic), 63-bit two's complement range
//   bit 0 = 1   pointer: the low 32 bits hold (address | 1), the high 32 bits are zero;
//               addresses are 8-byte aligned, so address = (i32.wrap(word) & ~1)
// Address 0 is never an object: the word 1 (= null | 1) means "no value": an unbound variable,
// or "no result" from a function that raised.
//
// Linear memory:
//   [0, 8)                  unused (null)
//   [8, 32)                 the static singletons None (8), False (16), True (24)
//   [32, 64)                the runtime's state words (RT_* below)
//   [64, 128)               scratch bytes for the runtime (WASI iovecs, digit buffers)
//   [128, 128 + 8192)       the stdout buffer
//   [TB_BUF, +24 * TB_MAX)  traceback entries of the pending exception (file, function, line)
//   [IO_STATE, ..)          the I/O state, then the exception state (EXC_STATE)
//   [GC_AREA, STATIC_START) the collector's state, scan table, mark stack and shadow stack
//   [STATIC_START, ..)      the program's static constants (strings, big ints, floats)
//   [heap.base, ..)         the heap, growing upwards (heap.base is fixed by the code generator)
//
// Every heap object starts with an 8-byte header:
//   +0  i32  type id (TYPE_* below)
//   +4  i32  GC word: bit 0 = mark, bit 1 = static (never freed); the rest reserved
//
// Objects by type (offsets from the object's address):
//   NoneType, bool    header only; bool: False and True are the only two, at FALSE_ADDR/TRUE_ADDR
//   float             +8 f64 value                                         (16 bytes)
//   int (big)         +8 i32 signed digit count (sign = sign of the int, like CPython's ob_size)
//                     +12 pad, +16 digits: u32 each, 30 bits used, least significant first
//   str               +8 i32 length in code points, +12 u8 kind (1, 2 or 4 bytes per code
//                     point, PEP 393), +13 u8 flags (bit 0: all ASCII), +14 u16 pad,
//                     +16 i64 hash (0: not computed yet), +24 the code points
//   exception         see "classes, instances, exceptions" below (TYPE_EXC, EXC_*)
//   tuple             +8 i32 length, +12 pad, +16 the items: one obj word each
//   list              +8 i32 length, +12 i32 capacity, +16 i32 address of the items buffer
//                     (0 while the capacity is 0)
//   list items        the buffer of a list: +8 the items, one obj word each (capacity of them)
//   range             +8 obj start, +16 obj stop, +24 obj step (ints), +32 i64 length
//   sequence iterator +8 obj the tuple, list, str or range, +16 i64 the next index
export const NULL_WORD = 1n;

export const HEADER_SIZE = 8;
export const ALIGN = 8;

export const TYPE_NONE = 1;
export const TYPE_BOOL = 2;
export const TYPE_INT = 3;
export const TYPE_FLOAT = 4;
export const TYPE_STR = 5;
export const TYPE_EXC = 6;
export const TYPE_TUPLE = 7;
export const TYPE_LIST = 8;
export const TYPE_LIST_ITEMS = 9;
export const TYPE_RANGE = 10;
export const TYPE_SEQ_ITER = 11;

// ---- the object model (issue 5): type ids by owner, so parallel work never collides -------
// Each range belongs to one part of the runtime; a part defines its layouts in its own section
// below (offsets, sizes) and documents them in docs/object-model.md.
export const TYPE_DICT = 12; // 12..19: dict, set, frozenset and their views and iterators
export const TYPE_SET = 13;
export const TYPE_FROZENSET = 14;
export const TYPE_BYTES = 20; // 20..23: bytes, bytearray, str helpers
export const TYPE_BYTEARRAY = 21;
export const TYPE_FUNC = 24; // 24..29: function objects, cells, bound methods
export const TYPE_CELL = 25;
export const TYPE_BOUND_METHOD = 26;
export const TYPE_CLASS = 30; // 30..37: classes (type objects), instances, descriptors, modules, slices
export const TYPE_INSTANCE = 31;
export const TYPE_GENERATOR = 38; // 38..39: generators
export const TYPE_GC_FREE = 40; // 40..43: the collector's own blocks
export const TYPE_FILE = 44; // 44..47: files and I/O buffers (stdlib/_rt/io.py), float-list items (46), bool-list items (47)
export const TYPE_IO_BUF = 45;
/** One past the largest type id (tables indexed by type id have this many rows). */
export const TYPE_COUNT = 48;

export const GC_STATIC = 2;
/** (std) A GC word with this bit is the header of a view: a list whose front items were popped
 * (list.pop(0), stdlib/_rt/list.py) keeps its buffer and moves LIST_BUF forward past them, writing
 * a header there (the buffer's type id, then its real start | GC_VIEW). The collector marks the real
 * start; nothing else tells a view from a buffer. */
export const GC_VIEW = 4;

export const NONE_ADDR = 8;
export const FALSE_ADDR = 16;
export const TRUE_ADDR = 24;
/** Runtime state words (i32 each), read and written by stdlib/_rt through __keel__. */
export const RT_HEAP_TOP = 32; // next free heap address (0 until the first allocation)
export const RT_HEAP_END = 36; // end of the memory the heap may use without growing
export const RT_STDOUT_LEN = 40; // bytes pending in the stdout buffer
export const RT_TB_COUNT = 44; // traceback entries recorded for the pending exception
export const RT_DEPTH = 48; // current call depth (RecursionError past the limit)
export const RT_REPR_LIST = 52; // the list of lists whose repr is in progress (0: none), for [...]
export const RT_RECURSION_LIMIT = 60; // sys.setrecursionlimit's limit minus RECURSION_LIMIT (0: the default; stdlib/_rt/sys_rt.py)
export const SCRATCH = 64; // 64 bytes of scratch for the runtime (WASI iovecs, digit buffers)
export const STDOUT_BUF = 128;
export const STDOUT_BUF_SIZE = 8192;
export const TB_BUF = STDOUT_BUF + STDOUT_BUF_SIZE; // traceback entries: file, function, line words
export const TB_MAX = 64;
/** The I/O state (stdlib/_rt/io.py): obj words (0 until made; GC roots) and an i32. */
export const IO_STATE = TB_BUF + 24 * TB_MAX;
export const IO_STDIN = 0; // obj: sys.stdin
export const IO_STDOUT = 8; // obj: sys.stdout
export const IO_STDERR = 16; // obj: sys.stderr
export const IO_ARGV = 24; // obj: sys.argv (a list)
export const IO_PREOPENS = 32; // obj: the preopened directories, a list of (fd, name) tuples
export const IO_OUT_FD = 40; // i32: the fd the stdout buffer is being written for (0: stdout)
/** i32: sys.set_int_max_str_digits's limit minus INT_MAX_STR_DIGITS (0: the default), for int <-> str
 * conversions (stdlib/_rt/int_str.py). Not a root: the roots end at IO_OUT_FD. */
export const IO_INT_DIGITS_LIMIT = 44;
/** CPython's default limit on the decimal digits of an int <-> str conversion (sys.int_info). */
export const INT_MAX_STR_DIGITS = 4300;
export const IO_STATE_SIZE = 48;
/** The exception state (stdlib/_rt/exc.py): two i32 words, see RT_EXC_CLASSES below. */
export const EXC_STATE = IO_STATE + IO_STATE_SIZE;
export const EXC_STATE_SIZE = 8;
/** The start of the collector's fixed area (its section at the end of this file). */
export const GC_AREA = EXC_STATE + EXC_STATE_SIZE;
/** The size of the collector's fixed area: state, roots, scan table, mark stack, shadow stack. */
export const GC_AREA_SIZE = 1024 + 256 + 48 * 32 + 32768 + 524288;
/** The first address after the runtime's fixed area; the program's constants start here. */
export const STATIC_START = GC_AREA + GC_AREA_SIZE;

export const FLOAT_VALUE = 8;
export const FLOAT_SIZE = 16;

export const INT_SIZE = 8;
export const INT_DIGITS = 16;
export const DIGIT_BITS = 30;

export const STR_LEN = 8;
export const STR_KIND = 12;
export const STR_FLAGS = 13;
export const STR_HASH = 16;
export const STR_DATA = 24;
export const STR_FLAG_ASCII = 1;
/** A str made by rt_str_iadd that only one builder variable can see (strings.ts): it may be
 * appended to in place, and its hash field holds its capacity in code points. */
export const STR_FLAG_OWNED = 2;

export const TUPLE_LEN = 8;
export const TUPLE_ITEMS = 16;

export const LIST_LEN = 8;
export const LIST_CAP = 12;
export const LIST_BUF = 16;
export const LIST_SIZE = 24;
export const LIST_BUF_ITEMS = 8;
/**
 * The items buffer of a float list (-O2, src/passes/floatlists.ts): the same layout as
 * TYPE_LIST_ITEMS, but each item is a raw f64, not an obj word, so it holds no references (the
 * collector must not scan it). Only lists whose every use the compiler knows have one.
 */
export const TYPE_LIST_F64_ITEMS = 46; // (in 44..47 beside the I/O types: 44 is TYPE_FILE)
/**
 * The items buffer of a bool list (-O2, src/passes/floatlists.ts): one byte per item, 0 for False
 * and 1 for True, after the usual 8-byte header (so `[True] * n` takes n bytes, not 8n). LIST_CAP
 * still counts items. No references inside; only lists whose every use the compiler knows (and
 * which never grow) have one.
 */
export const TYPE_LIST_U8_ITEMS = 47;

export const RANGE_START = 8;
export const RANGE_STOP = 16;
export const RANGE_STEP = 24;
export const RANGE_LEN = 32;
export const RANGE_SIZE = 40;

export const ITER_SEQ = 8;
export const ITER_INDEX = 16;
export const ITER_SIZE = 24;


/** The word for a pointer to `addr`. */
export function ptrWord(addr: number): bigint {
  return BigInt(addr) | 1n;
}

/** The word for a small int, or undefined when `n` does not fit in 63 bits. */
export function smallIntWord(n: bigint): bigint | undefined {
  if (n < -(1n << 62n) || n >= 1n << 62n) return undefined;
  return BigInt.asIntN(64, n << 1n);
}

export const SMALL_MIN = -(1n << 62n);
export const SMALL_MAX = (1n << 62n) - 1n;

// ---- classes, instances, exceptions, functions (docs/object-model.md) -------------------------
// A class (type object), TYPE_CLASS. Built-in types (int, str, ValueError, ...) are class objects
// too, made by the runtime on first use; user classes are made when their `class` statement runs.
export const CLASS_NAME = 8; // obj: __name__ (a str)
export const CLASS_BASES = 16; // obj: __bases__ (a tuple of classes)
export const CLASS_MRO = 24; // obj: __mro__ (a tuple of classes, the class itself first; C3)
export const CLASS_DICT = 32; // obj: the class namespace (a dict), or NULL_WORD while there is none
export const CLASS_INST_TYPE = 40; // i32: the type id of its instances (TYPE_INSTANCE, TYPE_EXC, or a built-in's)
export const CLASS_INST_SIZE = 44; // i32: the byte size of its instances (header and slots included)
export const CLASS_FLAGS = 48; // i32: CLASSF_* bits
export const CLASS_ID = 52; // i32: a number unique to the class (user classes: fixed at compile time)
export const CLASS_MODULE = 56; // obj: __module__ (a str)
export const CLASS_SLOT_NAMES = 64; // obj: a tuple of the attribute names of the instance slots (slot i at INST_SLOTS + 8 * i)
export const CLASS_DUNDERS = 72; // i64: bit SEL_* set when the class has that special method (a user def)
export const CLASS_ENVS = 80; // obj: a tuple of the function objects of the methods that close over variables (classes in functions), or NULL_WORD
export const CLASS_QUALNAME = 88; // obj: __qualname__ (a str), or NULL_WORD (then __name__)
/** i64: bit i set when instance slot i holds a raw f64 instead of an obj word (-O2 only, pobj:
 * src/passes/rawslots.ts). The collector skips those words (GC_TYPES[TYPE_INSTANCE]); the
 * runtime's reads and writes by name box and unbox them (stdlib/_rt/cls.py). Slots 64 and up are
 * never raw. */
export const CLASS_RAW = 96;
export const CLASS_SIZE = 104;
export const CLASSF_BUILTIN = 1;
export const CLASSF_EXCEPTION = 2; // BaseException or a subclass: instances are TYPE_EXC
export const CLASSF_FROZEN = 16; // a frozen dataclass: rt_setattr/rt_delattr raise FrozenInstanceError (bits 4 and 8: cls.py's)
// An enum class (src/lower/enum.ts): the class object iterates, measures, subscripts and tests
// membership over its members (stdlib/_rt/enum_rt.py); _FLAG: a Flag (repr `<flag 'C'>`);
// _VALUE_FORMAT: format(member, spec) formats the value (IntEnum, IntFlag, StrEnum).
export const CLASSF_ENUM = 32;
export const CLASSF_ENUM_FLAG = 64;
export const CLASSF_ENUM_VALUE_FORMAT = 128;
// A subclass of a built-in type (lang part, stdlib/_rt/subclass.py): its instances are
// TYPE_INSTANCE objects whose slot 0 (INST_SLOTS) holds the built-in value (a list, dict, str,
// int...) that every built-in operation the class does not override works on.
export const CLASSF_PAYLOAD = 256;
// A class of collections.abc (its body binds `_keel_abc_`): isinstance()/issubclass() that fail
// on the MRO ask stdlib/_rt/abc_rt.py (built-in types CPython registers, one-method ABCs).
export const CLASSF_ABC = 512;
// A typing.Protocol class (its Protocol base dropped by the compiler: classes.ts): isinstance()
// and issubclass() with it raise as CPython's do for protocols (cls.py rt_protocol_check).
export const CLASSF_PROTOCOL = 1024;
// Its kinds (collections/abc.py binds the same numbers as `_keel_abc_`) and the methods the
// one-method ABCs look for, as bits (CPython's _check_methods).
export const ABC_ITERABLE = 1;
export const ABC_ITERATOR = 2;
export const ABC_REVERSIBLE = 3;
export const ABC_GENERATOR = 4;
export const ABC_SIZED = 5;
export const ABC_CONTAINER = 6;
export const ABC_CALLABLE = 7;
export const ABC_COLLECTION = 8;
export const ABC_SEQUENCE = 9;
export const ABC_MUTABLE_SEQUENCE = 10;
export const ABC_MAPPING = 11;
export const ABC_MUTABLE_MAPPING = 12;
export const ABC_SET = 13;
export const ABC_MUTABLE_SET = 14;
export const ABC_BYTE_STRING = 15;
export const ABC_MAPPING_VIEW = 16;
export const ABC_KEYS_VIEW = 17;
export const ABC_ITEMS_VIEW = 18;
export const ABC_VALUES_VIEW = 19;
export const ABC_HASHABLE = 20;
export const ABCM_ITER = 1;
export const ABCM_NEXT = 2;
export const ABCM_LEN = 4;
export const ABCM_CONTAINS = 8;
export const ABCM_CALL = 16;
export const ABCM_REVERSED = 32;
export const ABCM_GEN = 64;

// An instance of a user class (TYPE_INSTANCE) and an exception (TYPE_EXC) share a prefix:
export const INST_CLASS = 8; // obj: the class
export const INST_DICT = 16; // obj: the instance __dict__ (a dict), or NULL_WORD (slots only)
export const INST_SLOTS = 24; // TYPE_INSTANCE: the fixed attribute slots start here, one obj each
// An exception (TYPE_EXC): an instance of BaseException or of a subclass (user ones included);
// the slots of a user subclass follow EXC_OBJ_SIZE.
export const EXC_ARGS = 24; // obj: args (a tuple)
export const EXC_CAUSE = 32; // obj: __cause__ (None when unset)
export const EXC_CONTEXT = 40; // obj: __context__ (None when unset)
export const EXC_FLAGS = 48; // i32: bit 0 = __suppress_context__
export const EXC_TB = 56; // obj: __traceback__ as a tuple of (file, function, line) triples flattened, or NULL_WORD
export const EXC_OBJ_SIZE = 64;
export const EXCF_SUPPRESS = 1;

// ---- exceptions (stdlib/_rt/exc.py, src/lower/exceptions.ts) ---------------------------------
// The built-in exception classes are made on first use and kept in a table of EXC_CLASS_COUNT
// words whose address is at RT_EXC_CLASSES (their order: src/runtime/exceptions.ts). The
// exception being handled (sys.exc_info(), the __context__ of a new raise) is at RT_EXC_HANDLED
// (an address, 0 for none). Both are roots for the collector.
export const RT_EXC_CLASSES = EXC_STATE;
export const RT_EXC_HANDLED = EXC_STATE + 4;
export const EXC_CLASS_COUNT = 66; // rows of EXC_CLASSES in src/runtime/exceptions.ts
/** Rows of that table the runtime tests for (test/unit/exceptions.test.ts checks them). */
export const EXC_I_SYSTEM_EXIT = 4;
export const EXC_I_INDEX_ERROR = 16;
export const EXC_I_KEY_ERROR = 17;
export const EXC_I_OS_ERROR = 21;
export const EXC_I_RUNTIME_ERROR = 38;
export const EXC_I_STOP_ITERATION = 42;
/** The lowering's run-time dispatch key of a class object (rt_cls_key): its class id plus this; an
 * instance's key is its class's id (src/lower/classes.ts, stdlib/_rt/cls.py). */
export const CLASS_KEY = 0x10000;
export const EXC_CLASS_ID_BASE = 0x10000; // CLASS_ID of built-in exception class i: EXC_CLASS_ID_BASE + i
/** CPython's default recursion limit; RT_DEPTH counts the active user function calls. */
export const RECURSION_LIMIT = 1000;

// A function object (TYPE_FUNC). Its code is a wasm function in the module's table with the
// signature (env: obj, p1: obj, ..., pn: obj) -> obj, called by the IR op call.indirect; the
// rest of the layout (names, defaults, closure) is documented in docs/object-model.md.
export const FUNC_TABLE_INDEX = 8; // i32: the code's index in the function table
export const FUNC_ARITY = 12; // i32: n, the number of obj parameters after env
// The rest of the function object (the callables part, docs/object-model.md "Functions"). The
// code's n parameters are the function's slots in order: the positional parameters
// (positional-only first), the keyword-only ones, then *args (a tuple) and **kwargs (a dict)
// when the function has them; rt_call binds a call's arguments to these slots.
export const FUNC_NAME = 16; // obj: __name__ (a str)
export const FUNC_QUALNAME = 24; // obj: __qualname__ (a str); TypeError messages use it
export const FUNC_DEFAULTS = 32; // obj: __defaults__, a tuple for the last positional parameters, or NULL_WORD
export const FUNC_KWDEFAULTS = 40; // obj: a tuple with one item per keyword-only parameter, NULL_WORD where it has none; or NULL_WORD
export const FUNC_CLOSURE = 48; // obj: __closure__, a tuple of cells, or NULL_WORD
export const FUNC_VARNAMES = 56; // obj: a tuple of the slot names (str), in slot order
export const FUNC_POSONLY = 64; // i32: how many positional parameters are positional-only
export const FUNC_NPOS = 68; // i32: how many positional parameters (positional-only included)
export const FUNC_NKWONLY = 72; // i32: how many keyword-only parameters
export const FUNC_FLAGS = 76; // i32: FUNCF_* bits
export const FUNC_DICT = 80; // obj: __dict__ (a dict), or NULL_WORD until an attribute is set
export const FUNC_MODULE = 88; // obj: __module__ (a str, or whatever was assigned to it)
export const FUNC_DOC = 96; // obj: __doc__ (the docstring, None without one)
export const FUNC_SIZE = 104;
export const FUNCF_VARARGS = 1; // has *args (its slot follows the keyword-only ones)
export const FUNCF_VARKW = 2; // has **kwargs (the last slot)
export const FUNCF_PACKED = 4; // more than FUNC_MAX_ARITY slots: its code takes (env, the slots' tuple)
/** The largest number of slots a function's code takes one by one (rt_invoke's dispatch); with
 * more, the table code takes them in one tuple (FUNCF_PACKED, callables.ts tableCode). */
export const FUNC_MAX_ARITY = 12;
// A cell (TYPE_CELL): a variable shared between a function and the functions nested in it.
export const CELL_VALUE = 8; // obj: the value, NULL_WORD while unbound
export const CELL_SIZE = 16;
// A bound method (TYPE_BOUND_METHOD): calling it calls the function with self prepended.
export const BOUND_FUNC = 8; // obj: __func__ (any callable)
export const BOUND_SELF = 16; // obj: __self__
export const BOUND_SIZE = 24;
// A staticmethod or classmethod object (lang part): what a class attribute made by
// `@staticmethod`/`@classmethod` over user decorators, or by staticmethod(f), holds; attribute
// lookup through the class unwraps it (stdlib/_rt/func.py rt_descr_get). One layout, two ids
// (classmethod takes 36 of the class range: "descriptors").
export const TYPE_STATICMETHOD = 29;
export const TYPE_CLASSMETHOD = 36;
export const MDESCR_FUNC = 8; // obj: __func__
export const MDESCR_SIZE = 16;

// ---- files (stdlib/_rt/io.py) -------------------------------------------------------------------
// A file object (TYPE_FILE): +8 i32 fd, +12 i32 FILEF_* flags, +16 obj name (a str), +24 obj mode
// (a str), +32 i32 address of its read buffer (a TYPE_IO_BUF object; 0 until the first read;
// the collector must keep it), +36 i32 first unread byte, +40 i32 end of the buffered bytes.
export const FILE_FD = 8;
export const FILE_FLAGS = 12;
export const FILE_NAME = 16;
export const FILE_MODE = 24;
export const FILE_RBUF = 32;
export const FILE_RSTART = 36;
export const FILE_REND = 40;
export const FILE_SIZE = 48;
export const FILEF_READ = 1;
export const FILEF_WRITE = 2;
export const FILEF_BINARY = 4;
export const FILEF_CLOSED = 8;
export const FILEF_EOF = 16;
export const FILEF_APPEND = 32;
// An I/O buffer (TYPE_IO_BUF): raw bytes, no references: +12 i32 capacity (0: IOBUF_SIZE),
// +16 the bytes.
export const IOBUF_CAP = 12;
export const IOBUF_DATA = 16;
export const IOBUF_SIZE = 4096;
/** Where a bytes object's data starts (the str layout with kind 1: see the bytes section). */
export const IO_BYTES_DATA = 24;

// ---- classes (docs/object-model.md, "Classes: how they are built") ----------------------------
export const TYPE_NOTIMPL = 32; // the NotImplemented singleton (header only)
export const TYPE_ELLIPSIS = 33; // the Ellipsis singleton `...` (header only)
/** A word of the runtime's state: the address of the class table (0 until first use): one obj
 * word per type id (the built-in class objects, made on first use), then object, type,
 * NotImplemented and Ellipsis. */
export const RT_CLASS_TABLE = 56;
export const CT_OBJECT = TYPE_COUNT;
export const CT_TYPE = TYPE_COUNT + 1;
export const CT_NOTIMPL = TYPE_COUNT + 2;
export const CT_ELLIPSIS = TYPE_COUNT + 3;
export const CT_FROZEN_ERROR = TYPE_COUNT + 4; // dataclasses.FrozenInstanceError, made on first use
export const CT_DICT_KEYS_VIEW = TYPE_COUNT + 5; // the class of d.keys() (TYPE_DICT_VIEW's own entry is dict_items)
export const CT_DICT_VALUES_VIEW = TYPE_COUNT + 6; // the class of d.values()
export const CT_SIZE = TYPE_COUNT + 7;
/** The special methods the runtime dispatches to (bit numbers of CLASS_DUNDERS). Binary
 * operator k (0 add, 1 sub, 2 mul, 3 truediv, 4 floordiv, 5 mod, 6 pow, 7 lshift, 8 rshift,
 * 9 and, 10 or, 11 xor) is SEL_BINOP + 2k, its reflected form SEL_BINOP + 2k + 1, its in-place
 * form SEL_INPLACE + k. */
export const SEL_REPR = 0;
export const SEL_STR = 1;
export const SEL_EQ = 2;
export const SEL_NE = 3;
export const SEL_LT = 4;
export const SEL_LE = 5;
export const SEL_GT = 6;
export const SEL_GE = 7;
export const SEL_HASH = 8;
export const SEL_BOOL = 9;
export const SEL_LEN = 10;
export const SEL_GETITEM = 11;
export const SEL_SETITEM = 12;
export const SEL_DELITEM = 13;
export const SEL_ITER = 14;
export const SEL_NEXT = 15;
export const SEL_CONTAINS = 16;
export const SEL_BINOP = 17;
export const SEL_NEG = 41;
export const SEL_POS = 42;
export const SEL_INVERT = 43;
export const SEL_ABS = 44;
export const SEL_INPLACE = 45;
export const SEL_INDEX = 57;
export const SEL_FLOAT = 58;
export const SEL_INT = 59;
/** __getattr__ (lang part): rt_getattr's fallback for an instance lacking the attribute. */
export const SEL_GETATTR = 60;
/** __setattr__ / __delattr__ (lang part): rt_setattr / rt_delattr call them for every store and
 * deletion by name (the lowering sends such classes' stores there, not to their slots). */
export const SEL_SETATTR = 61;
export const SEL_DELATTR = 62;
/** __missing__ of a dict subclass (subclass.py rt_payload_missing): a selector rather than a
 * lookup by name (rt_cls_member), so the runtime's generic subscript reaches no method of a
 * program without such a class (rt_cls_member's function objects made every method's
 * parameters anything: raytrace 2.7 -> 4.0 G instructions). Bit 63: the last of the i64. */
export const SEL_MISSING = 63;
export const SEL_COUNT = 64;
/** Dispatch-only selectors, past the 64 bits of CLASS_DUNDERS: rt_cls_dunder calls the class's
 * method, or gives NULL_WORD when the class has none. Never pass them to rt_cls_has. */
export const SEL_FORMAT = 64;
export const SEL_MATMUL = 65;
export const SEL_RMATMUL = 66;
export const SEL_IMATMUL = 67;
export const SEL_REVERSED = 68; // reversed(x) (builtins.py rt_reversed)
export const SEL_CLASS_GETITEM = 69; // C[k] on a class reached at run time (cls.py rt_class_getitem; x is the class)
export const SEL_DIVMOD = 70; // divmod(a, b) (num_builtins.py rt_divmod, cls.py rt_dispatch_binop)
export const SEL_RDIVMOD = 71;
export const SEL_ROUND = 72; // round(x, n) (num_builtins.py rt_round): __round__(n)
export const SEL_ROUND0 = 73; // round(x): __round__() (classes.ts SELECTORS: "__round__/0")
export const SEL_FLOOR = 74; // math.floor, math.ceil, math.trunc of an instance (math.py)
export const SEL_CEIL = 75;
export const SEL_TRUNC = 76;

// ---- generators (docs/object-model.md, "Generators") ---------------------------------------------
// A generator object (TYPE_GENERATOR): the heap frame of one call of a generator function (or
// generator expression). Its code is a resume function `(gen: obj, sent: obj) -> obj` chosen by
// GEN_CODE; the frame slots hold every local of the function (and the hidden iterators of its
// loops) while it is suspended. All reference fields are obj words: GEN_VALUE, GEN_THROWN,
// GEN_NAME and the GEN_NSLOTS slots from GEN_SLOTS on.
export const GEN_CODE = 8; // i32: which resume function (1-based; the dispatcher rt_gen_call picks it)
export const GEN_STATE = 12; // i32: 0 not started, k > 0 suspended at resume point k, -1 finished
export const GEN_RUNNING = 16; // i32: 1 while its code runs ("generator already executing")
export const GEN_NSLOTS = 20; // i32: the number of frame slots
export const GEN_VALUE = 24; // obj: the value of the last `return` (StopIteration's value), or a yield from's result
export const GEN_THROWN = 32; // obj: an exception to raise at the resume point (throw/close), 0 when none
export const GEN_NAME = 40; // obj: the function's __name__ (a str)
export const GEN_SLOTS = 48; // obj each: the frame

/** The IR's name of a generator frame slot (the immediate of frame.load / frame.store):
 * "<resume function>:<slot>"; a name without ":<slot>" means slot 0. */
export function frameSlotName(resume: string, slot: number): string {
  return `${resume}:${slot}`;
}

/** The slot index of a frame slot name. */
export function frameSlot(name: string): number {
  const m = /:(\d+)$/.exec(name);
  return m ? Number(m[1]) : 0;
}

// The iterators of map() and filter() (stdlib/_rt/keyfunc.py).
export const TYPE_MAP_ITER = 27;
export const TYPE_FILTER_ITER = 28;
export const MAPIT_FUNC = 8; // obj: the function
export const MAPIT_ITERS = 16; // obj: a tuple of iterators, one per iterable
export const MAPIT_COUNT = 24; // obj: enumerate's next count (an int), NULL_WORD for map and zip
export const MAPIT_SIZE = 32;
export const FILTERIT_FUNC = 8; // obj: the predicate, or None
export const FILTERIT_ITER = 16; // obj: the iterator
export const FILTERIT_SIZE = 24;
// ---- dict, set, frozenset, their views and iterators (docs/object-model.md "Dicts and sets") ---
export const TYPE_DICT_VIEW = 15; // dict.keys() / values() / items()
export const TYPE_DICT_ITER = 16; // iterator over a dict or one of its views (forward or reversed)
export const TYPE_SET_ITER = 17;
export const TYPE_DICT_KEYS = 18; // a dict's table: the sparse index and the dense entries
export const TYPE_SET_TABLE = 19; // a set's table of (key, hash) slots

// A dict (TYPE_DICT): CPython's compact ordered dict.
export const DICT_USED = 8; // i32: number of items
export const DICT_KEYS = 12; // i32: address of its TYPE_DICT_KEYS table (0 while the dict never held an item)
export const DICT_SIZE = 16;
// Its table (TYPE_DICT_KEYS): a sparse index of 2**log2 i32 slots (0 empty, -1 deleted, k + 1
// for entry k) then the entries in insertion order, DKE_SIZE bytes each.
export const DK_LOG2 = 8; // i32: log2 of the number of index slots
export const DK_USABLE = 12; // i32: entries that may still be appended before a resize
export const DK_NENTRIES = 16; // i32: entries used so far (deleted ones included)
// i32: the entry of the last key found or inserted (a hint only: a lookup of k first checks whether
// that entry's key word is k itself, which proves k is in the dict there; d[k] = d.get(k, 0) + 1,
// `k in d` then d[k] and d[k] += 1 find the key once). Entry 0 of a new table until then.
export const DK_LAST = 20;
export const DK_INDEX = 24; // the index slots start here; the entries follow them
export const DKE_HASH = 0; // i64: the key's hash
export const DKE_KEY = 8; // obj: the key (NULL_WORD once deleted)
export const DKE_VALUE = 16; // obj: the value (NULL_WORD once deleted)
export const DKE_SIZE = 24;
// A view (TYPE_DICT_VIEW) and an iterator (TYPE_DICT_ITER) over a dict.
export const DV_DICT = 8; // obj: the dict
export const DV_KIND = 16; // i32: DVK_* (iterators: plus DVK_REVERSED)
export const DV_SIZE = 24;
export const DVK_KEYS = 0;
export const DVK_VALUES = 1;
export const DVK_ITEMS = 2;
export const DVK_REVERSED = 4;
export const DI_POS = 20; // i32: the next entry to look at
export const DI_USED = 24; // i32: the dict's size when iteration started (-1: already failed)
export const DI_LEN = 28; // i32: items still to produce
export const DI_SIZE = 32;
// A set or frozenset (TYPE_SET, TYPE_FROZENSET): CPython's open-addressing table with linear
// probes; the iteration order is the table order, as in CPython.
export const SET_FILL = 8; // i32: active plus deleted slots
export const SET_USED = 12; // i32: active slots (the length)
export const SET_MASK = 16; // i32: table size - 1
export const SET_TABLE = 20; // i32: address of its TYPE_SET_TABLE
export const SET_FINGER = 24; // i32: where pop() searches next
export const SET_HASH = 32; // i64: a frozenset's cached hash (-1: not computed)
export const SET_OBJ_SIZE = 40;
// A set table (TYPE_SET_TABLE): from +8, slots of a key word and its hash. An empty slot's
// key has all bits set, a deleted slot's key is SET_DUMMY_BITS with hash -1; neither is ever a
// valid word (their high 32 bits are not zero), so the collector must skip them.
export const SETTAB_SLOTS = 8;
export const SE_KEY = 0;
export const SE_HASH = 8;
export const SE_SIZE = 16;
export const SET_EMPTY_BITS = -1n;
export const SET_DUMMY_BITS = -3n;
export const SET_MINSIZE = 8;
// A set iterator (TYPE_SET_ITER).
export const SI_SET = 8; // obj: the set
export const SI_POS = 16; // i32: the next slot to look at
export const SI_USED = 20; // i32: the set's size when iteration started (-1: already failed)
export const SI_LEN = 24; // i32: items still to produce
export const SI_SIZE = 32;
// ---- bytes and bytearray (docs/object-model.md, "Strings and bytes") ---------------------------
// bytes (TYPE_BYTES) has the str layout with kind 1: +8 i32 length, +12 u8 kind (always 1),
// +13 u8 flags (0), +16 i64 hash (0: not computed), +24 the bytes; so the str runtime's searching
// and slicing code reads it unchanged. A bytearray (TYPE_BYTEARRAY) is resizable like a list:
// +8 i32 length, +12 i32 capacity, +16 i32 address of its buffer, a bytes object whose length is
// the capacity (0 while the capacity is 0).
export const BYTES_LEN = 8;
export const BYTES_DATA = 24;
export const BYTEARRAY_LEN = 8;
export const BYTEARRAY_CAP = 12;
export const BYTEARRAY_BUF = 16;
export const BYTEARRAY_SIZE = 24;

// ---- modules as run-time values (stdlib/_rt/module.py, src/lower/modules.ts; docs/stdlib.md) ----
// A module object (TYPE_MODULE), made only for the modules a program uses as values (`s = sys`,
// `def use(m)`, `import a.b as m` then `print(m)`): its attributes are the module's globals,
// read and written through the program's dispatcher over them (the lowering's `<modules>.lookup`
// and `<modules>.store`, chosen by MODULE_INDEX), so `m.x = 1` writes the very global the
// module's own code reads.
export const TYPE_MODULE = 34;
export const MODULE_NAME = 8; // obj: __name__ (a str)
export const MODULE_DICT = 16; // obj: attributes set that are no global of the module (a dict), or NULL_WORD
export const MODULE_FILE = 24; // obj: the file for the repr (a str), or None for a built-in module
export const MODULE_INDEX = 32; // i32: the module's number in the program's dispatchers (1-based)
export const MODULE_SIZE = 40;

// ---- slice objects (stdlib/_rt/slice.py): `slice(a, b, c)`, and what `x[a:b]` hands to a
// user class's __getitem__/__setitem__/__delitem__. Absent parts are None, as CPython's.
export const TYPE_SLICE = 35;
export const SLICE_START = 8; // obj
export const SLICE_STOP = 16; // obj
export const SLICE_STEP = 24; // obj
export const SLICE_SIZE = 32;

// ---- the garbage collector (stdlib/_rt/gc.py, src/passes/gcroots.ts; docs/object-model.md) ----
// Precise, non-moving mark-sweep. The heap is made of GC_PAGE-byte pages from the page-aligned
// heap start up to RT_HEAP_TOP; each page (or run of pages) starts with a GC_PAGE_HDR header:
//   +0 i32  cell size of a small-object page; 0: the first page of a large object; -1: a free run
//   +4 i32  the number of pages in this run (1 for small-object pages)
//   +8 i32  (free runs) the next free run; (object pages) 1 once a cell was pinned (rt_gc_pin)
//   +12 i32 (object pages) 1 when the collection under way marked a cell of the page: the sweep
//           frees a small-object page with neither flag without reading its cells
// A small-object page holds cells of one size class after its header, each an object or a free
// cell (type TYPE_GC_FREE, +8 i32 the next free cell of its class). A large object (more than
// GC_SMALL_MAX bytes) sits at +GC_PAGE_HDR of its own run of pages.
export const GC_PAGE = 16384;
export const GC_PAGE_SHIFT = 14;
export const GC_PAGE_HDR = 16;
export const GC_SMALL_MAX = 2048;
export const GC_CLASS_COUNT = 31;
/** Collect once this much has been allocated since the last collection, or the live heap if more. */
export const GC_MIN_THRESHOLD = 4 << 20;
// The fixed area [GC_AREA, STATIC_START):
export const GC_STATE = GC_AREA; // 1024 bytes of state words:
export const GC_HEAP_START = 0; //   i32: the first heap page (0 until the first allocation)
export const GC_ALLOCATED = 4; //   i32: bytes allocated since the last collection
export const GC_THRESHOLD = 8; //   i32: collect when GC_ALLOCATED exceeds this
export const GC_LIVE = 12; //   i32: bytes live after the last collection
export const GC_FREE_RUNS = 16; //   i32: the first free run of pages (0: none)
export const GC_COUNT = 20; //   i32: collections so far
export const GC_STRESS = 24; //   i32: non-zero: every allocation makes a collection due (tests)
export const GC_MS_TOP = 28; //   i32: entries on the mark stack
export const GC_MS_OVERFLOW = 32; //   i32: the mark stack overflowed (a rescan of the heap follows)
export const GC_ROOT_COUNT = 36; //   i32: entries in GC_ROOTS
export const RT_GC_DUE = GC_STATE + 40; // i32: non-zero when a collection is due (safe points test it)
export const RT_GC_SP = GC_STATE + 44; // i32: the shadow stack's top (frames of obj slots grow upwards)
export const GC_RESERVE = 48; //   i32: the first memory reserve, a pinned run of GC_RESERVE_PAGES heap pages (0: none)
export const GC_MEM_ERROR = 52; //   i32: 1 when the allocation just made used the second reserve: MemoryError follows it
export const GC_RESERVE2 = 56; //   i32: the second memory reserve (0: none)
/** Heap pages held back in each of two reserves (lang part). An allocation failing at the memory
 * cap gets the first reserve (when it fits) and makes a collection due, which may free enough;
 * failing again before a collection took the first reserve back, it gets the second and raises
 * MemoryError, so the program can catch it. Collections take the reserves back when they can. */
export const GC_RESERVE_PAGES = 16;
/** Heap pages the first allocation makes room for besides the reserves, in the same memory.grow
 * (rt_gc_init): a small program's memory then grows once. */
export const GC_INIT_PAGES = 16;
export const GC_SIZE_MAP = 64; //   u8 per 8 bytes of size up to GC_SMALL_MAX: the size class (257 bytes)
export const GC_CLASSES = 384; //   16 bytes per size class: +0 free list, +4 bump, +8 bump end, +12 cell size
export const GC_YIELDS = 880; //   i32: host calls still to make on the page path after a memory.grow (rt_gc_host_call)
export const GC_HOST_OK = 884; //   i32: 1 once _start runs (rt_gc_host_calls_on): the collector may make host calls of its own
export const GC_CLOCK = 888; //   i64: where those host calls (clock_time_get) write the time, never read
export const GC_NAP = 896; //   84 bytes: rt_gc_nap's poll_oneoff subscription (48), event (32) and count (4)
/** rt_gc_nap's sleep after a memory.grow to at least GC_NAP_MIN_PAGES wasm pages (ns). */
export const GC_NAP_NS = 1000000;
export const GC_NAP_MIN_PAGES = 64;
/** Host calls rt_gc_grow allows on the page path after it grew memory (rt_gc_host_call). */
export const GC_YIELDS_AFTER_GROW = 256;
// (pobj) The mark stack grows during a collection: past GC_MARK_STACK_MAX entries it moves to a
// large heap object of twice the entries (never marked, so the same collection's sweep frees it).
export const GC_MS_BASE = 1016; //   i32: the mark stack's entries (GC_MARK_STACK, or the grown copy)
export const GC_MS_CAP = 1020; //   i32: entries it has room for (0 before the first collection: GC_MARK_STACK_MAX)
export const GC_ROOTS = GC_STATE + 1024; // 64 i32 addresses of obj words that are roots (rt_gc_add_root)
export const GC_ROOTS_MAX = 64;
export const GC_SCAN = GC_ROOTS + 256; // the scan table: 32 bytes per type id (gcScanTable below)
export const GC_SCAN_ROW = 32;
export const GC_MARK_STACK = GC_SCAN + 48 * GC_SCAN_ROW; // i32 addresses of marked objects to scan
export const GC_MARK_STACK_MAX = 8192;
export const GC_SHADOW = GC_MARK_STACK + 4 * GC_MARK_STACK_MAX; // the shadow stack: obj slots
/** Frame pushes stay below this; the guard above it takes a frameless function's poll stores. */
export const GC_SHADOW_END = GC_SHADOW + 524288 - 16384;
export const GC_SHADOW_GUARD = 16384;

// Where the references are, per type id: the collector's scan table. Registering a heap type is
// one line in GC_TYPES (docs/object-model.md, "registering a heap type with the collector"); a
// unit test fails when a TYPE_* above has no line. Every word a field covers must be an obj word
// (a small int, a pointer word, or zero); raw data inside a covered range is a bug.
export type GcField =
  /** obj words at [from, to); 'end': up to the end of the object's allocation (cells are zeroed). */
  | { kind: 'words'; from: number; to: number | 'end' }
  /** an i32 count at `count`, then that many obj words from `items` (a tuple). */
  | { kind: 'counted'; count: number; items: number }
  /** a raw i32 address at `ptr` (0: none) of a buffer object, kept alive with its owner; the
   * owner's i32 at `count` says how many obj words it holds from its `items` (a list). */
  | { kind: 'buffer'; ptr: number; count: number; items: number }
  /** a raw i32 address at `ptr` (0: none) of another object, scanned by its own row. */
  | { kind: 'ref'; ptr: number }
  /** (pobj) an instance: obj words from `from` to the end of the allocation, except the raw f64
   * slots its class's CLASS_RAW mask names (slot i at INST_SLOTS + 8 * i). */
  | { kind: 'instance'; from: number }
  /** a table whose words mix raw and obj data, scanned by its own routine in gc.py
   * (rt_gc_scan_dict_keys, rt_gc_scan_set): 'dictKeys' (the table object) or 'set' (a set or
   * frozenset, whose SET_TABLE word is the address of the table's slot 0). */
  | { kind: 'table'; table: 'dictKeys' | 'set' };
export type GcScan = readonly GcField[] | 'pending';

export const gcWords = (from: number, to: number | 'end'): GcField => ({ kind: 'words', from, to });
export const gcCounted = (count: number, items: number): GcField => ({ kind: 'counted', count, items });
export const gcBuffer = (ptr: number, count: number, items: number): GcField => ({ kind: 'buffer', ptr, count, items });
export const gcRef = (ptr: number): GcField => ({ kind: 'ref', ptr });
export const gcInstance = (from: number): GcField => ({ kind: 'instance', from });
export const gcTable = (table: 'dictKeys' | 'set'): GcField => ({ kind: 'table', table });
/** No references (numbers, strings, buffers scanned through their owner). */
export const GC_LEAF: GcScan = [];
/** A type whose layout is not on main yet: the collector stops with an error if it meets one. */
export const GC_PENDING: GcScan = 'pending';

export const GC_TYPES: Record<number, GcScan> = {
  [TYPE_NONE]: GC_LEAF,
  [TYPE_BOOL]: GC_LEAF,
  [TYPE_INT]: GC_LEAF,
  [TYPE_FLOAT]: GC_LEAF,
  [TYPE_STR]: GC_LEAF,
  // class, __dict__, args, cause, context; the flags word is raw; the traceback, then the slots
  // of a user subclass (up to the end of the allocation).
  [TYPE_EXC]: [gcWords(INST_CLASS, EXC_FLAGS), gcWords(EXC_TB, 'end')],
  [TYPE_TUPLE]: [gcCounted(TUPLE_LEN, TUPLE_ITEMS)],
  [TYPE_LIST]: [gcBuffer(LIST_BUF, LIST_LEN, LIST_BUF_ITEMS)],
  [TYPE_LIST_ITEMS]: GC_LEAF, // scanned through its list (only the first len items are live)
  [TYPE_LIST_F64_ITEMS]: GC_LEAF, // raw f64 items (a float list's buffer, marked through its list)
  [TYPE_LIST_U8_ITEMS]: GC_LEAF, // one byte per bool (a bool list's buffer, marked through its list)
  [TYPE_RANGE]: [gcWords(RANGE_START, RANGE_LEN)],
  [TYPE_SEQ_ITER]: [gcWords(ITER_SEQ, ITER_INDEX)],
  [TYPE_DICT]: [gcRef(DICT_KEYS)],
  [TYPE_SET]: [gcTable('set')], // its table's slots, SET_MASK + 1 of them (SET_TABLE: slot 0)
  [TYPE_FROZENSET]: [gcTable('set')],
  [TYPE_DICT_VIEW]: [gcWords(DV_DICT, DV_KIND)],
  [TYPE_DICT_ITER]: [gcWords(DV_DICT, DV_KIND)],
  [TYPE_SET_ITER]: [gcWords(SI_SET, SI_POS)],
  [TYPE_DICT_KEYS]: [gcTable('dictKeys')], // raw index and hashes, then key and value words
  [TYPE_SET_TABLE]: GC_LEAF, // marked and scanned through its set (key words with raw hashes)
  [TYPE_BYTES]: GC_LEAF,
  [TYPE_BYTEARRAY]: [gcRef(BYTEARRAY_BUF)], // its buffer is a bytes object
  // name, qualname, defaults, kw-defaults, closure, varnames; four raw i32 words; dict, module
  [TYPE_FUNC]: [gcWords(FUNC_NAME, FUNC_POSONLY), gcWords(FUNC_DICT, FUNC_SIZE)],
  [TYPE_CELL]: [gcWords(CELL_VALUE, CELL_SIZE)],
  [TYPE_BOUND_METHOD]: [gcWords(BOUND_FUNC, BOUND_SIZE)],
  [TYPE_STATICMETHOD]: [gcWords(MDESCR_FUNC, MDESCR_SIZE)],
  [TYPE_CLASSMETHOD]: [gcWords(MDESCR_FUNC, MDESCR_SIZE)],
  [TYPE_MAP_ITER]: [gcWords(MAPIT_FUNC, MAPIT_SIZE)],
  [TYPE_FILTER_ITER]: [gcWords(FILTERIT_FUNC, FILTERIT_SIZE)],
  // name, bases, mro, dict; raw inst type, size, flags, id; module, slot names; raw dunder bits
  // CLASS_INST_TYPE..CLASS_ID and CLASS_DUNDERS are raw i32/i64 fields, kept outside the ranges.
  // CLASS_RAW is a raw i64 mask at the end.
  [TYPE_CLASS]: [gcWords(CLASS_NAME, CLASS_INST_TYPE), gcWords(CLASS_MODULE, CLASS_DUNDERS), gcWords(CLASS_ENVS, CLASS_RAW)],
  [TYPE_NOTIMPL]: GC_LEAF,
  [TYPE_ELLIPSIS]: GC_LEAF,
  [TYPE_INSTANCE]: [gcInstance(INST_CLASS)], // class, __dict__, then the slots (less the raw ones)
  [TYPE_GENERATOR]: [gcWords(GEN_VALUE, 'end')], // value, thrown, name, then the frame slots
  [TYPE_GC_FREE]: GC_LEAF,
  [TYPE_FILE]: [gcWords(FILE_NAME, FILE_RBUF), gcRef(FILE_RBUF)],
  [TYPE_IO_BUF]: GC_LEAF,
  [TYPE_MODULE]: [gcWords(MODULE_NAME, MODULE_INDEX)], // name, extra attributes, file; the raw index
  [TYPE_SLICE]: [gcWords(SLICE_START, SLICE_SIZE)],
};
/** Fixed-area obj words that are roots: [start, end) (sys.stdin, stdout, stderr, argv, preopens). */
export const GC_FIXED_ROOTS = IO_STATE + IO_STDIN;
export const GC_FIXED_ROOTS_END = IO_STATE + IO_OUT_FD;

const GC_KIND = { words: 1, counted: 2, buffer: 3, ref: 4, table: 5, instance: 6 } as const;
/** The status word of a scan-table row. */
export const GC_ROW_DESCRIBED = 1;
export const GC_FIELD_WORDS = 1;
export const GC_FIELD_COUNTED = 2;
export const GC_FIELD_BUFFER = 3;
export const GC_FIELD_REF = 4;
export const GC_FIELD_TABLE = 5;
export const GC_FIELD_INSTANCE = 6;
export const GC_TABLE_DICT_KEYS = 1;
export const GC_TABLE_SET = 2;
export const GC_TO_END = 0xffff;

/** The scan table as bytes (placed at GC_SCAN by the code generator): per type id, a 32-byte
 * row: +0 i32 status (1: described; 0: not, or pending), then up to three fields of four u16
 * each at +8: kind (0: none), then the field's offsets (words: from, to or 0xffff; counted:
 * count, items; buffer: ptr, count, items; ref: ptr; table: GC_TABLE_*). */
export function gcScanTable(): Uint8Array {
  const out = new Uint8Array(TYPE_COUNT * GC_SCAN_ROW);
  const v = new DataView(out.buffer);
  for (const [id, scan] of Object.entries(GC_TYPES)) {
    if (scan === 'pending') continue;
    const row = Number(id) * GC_SCAN_ROW;
    if (scan.length > 3) throw new Error(`gc scan table: type ${id} has more than three fields`);
    v.setInt32(row, GC_ROW_DESCRIBED, true);
    scan.forEach((f, k) => {
      const at = row + 8 + 8 * k;
      const vals = f.kind === 'words' ? [f.from, f.to === 'end' ? GC_TO_END : f.to, 0]
        : f.kind === 'counted' ? [f.count, f.items, 0]
        : f.kind === 'buffer' ? [f.ptr, f.count, f.items]
        : f.kind === 'table' ? [f.table === 'dictKeys' ? GC_TABLE_DICT_KEYS : GC_TABLE_SET, 0, 0]
        : f.kind === 'instance' ? [f.from, 0, 0]
        : [f.ptr, 0, 0];
      v.setUint16(at, GC_KIND[f.kind], true);
      vals.forEach((x, j) => v.setUint16(at + 2 + 2 * j, x, true));
    });
  }
  return out;
}
