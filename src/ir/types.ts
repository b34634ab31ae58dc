// IR value types. Every SSA value has exactly one of these.
//   obj  the universal word (i64): small int when bit 0 is clear (value << 1), else a pointer
//        to a heap object (see src/runtime/layout.ts for the layout, bit by bit)
//   i64  a raw machine integer (wrapping arithmetic), e.g. an int proven small
//   i32  a raw 32-bit integer: booleans (0/1), addresses, lengths
//   f64  a raw float
export type IrType = 'obj' | 'i64' | 'i32' | 'f64';

export const IR_TYPES: readonly IrType[] = ['obj', 'i64', 'i32', 'f64'];

export function isIrType(s: string): s is IrType {
  return (IR_TYPES as readonly string[]).includes(s);
}
