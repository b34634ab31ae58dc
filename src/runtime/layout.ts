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
//   [8, STATIC_END)         static objects: None, False, True, then the program's constants
//   [.., heap)              the stdout buffer, then the heap, growing upwards
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
export const NULL_WORD = 1n;

export const HEADER_SIZE = 8;
export const ALIGN = 8;

export const TYPE_NONE = 1;
export const TYPE_BOOL = 2;
export const TYPE_INT = 3;
export const TYPE_FLOAT = 4;
export const TYPE_STR = 5;

export const GC_STATIC = 2;

export const NONE_ADDR = 8;
export const FALSE_ADDR = 16;
export const TRUE_ADDR = 24;
/** The first address after the fixed singletons; program constants follow. */
export const STATIC_START = 32;

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

export const STDOUT_BUF_SIZE = 8192;

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
