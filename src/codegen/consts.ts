// Constants: what each constant-like IR op (const.*, heap.base) becomes as one wasm `*.const`
// instruction, and its encoded size (the code generator rematerialises cheap constants at each
// use instead of keeping them in locals).
import type { InstData } from '../ir/function.js';
import { FALSE_ADDR, NONE_ADDR, TRUE_ADDR, ptrWord, smallIntWord } from '../runtime/layout.js';
import type { StaticData } from './statics.js';

export type WasmConst = { op: 'i32.const'; value: number } | { op: 'i64.const'; value: bigint } | { op: 'f64.const'; value: number };

const CONST_OPS = new Set(['const.i64', 'const.i32', 'const.f64', 'const.int', 'const.float', 'const.str', 'const.none', 'const.bool', 'heap.base']);

export function isConstOp(op: string): boolean {
  return CONST_OPS.has(op);
}

/** The wasm constant for a constant-like instruction; static objects are laid out in `statics`. */
export function constOf(d: InstData, statics: StaticData): WasmConst {
  switch (d.op) {
    case 'const.i64':
      return { op: 'i64.const', value: BigInt.asIntN(64, d.imm as bigint) };
    case 'const.i32':
      return { op: 'i32.const', value: Number(BigInt.asIntN(32, d.imm as bigint)) };
    case 'const.f64':
      return { op: 'f64.const', value: d.imm as number };
    case 'const.int': {
      const n = d.imm as bigint;
      return { op: 'i64.const', value: smallIntWord(n) ?? ptrWord(statics.int(n)) };
    }
    case 'const.float':
      return { op: 'i64.const', value: ptrWord(statics.float(d.imm as number)) };
    case 'const.str':
      return { op: 'i64.const', value: ptrWord(statics.str(d.imm as string)) };
    case 'const.none':
      return { op: 'i64.const', value: ptrWord(NONE_ADDR) };
    case 'const.bool':
      return { op: 'i64.const', value: ptrWord((d.imm as bigint) !== 0n ? TRUE_ADDR : FALSE_ADDR) };
    case 'heap.base':
      return { op: 'i32.const', value: statics.heapBase };
    default:
      throw new Error(`codegen: ${d.op} is not a constant`);
  }
}

/** Bytes of a signed LEB128 encoding. */
function slebSize(v: bigint): number {
  let n = 1;
  while (v >= 64n || v < -64n) {
    v >>= 7n;
    n++;
  }
  return n;
}

/** Encoded size of the constant instruction in bytes. */
export function constSize(c: WasmConst): number {
  return c.op === 'f64.const' ? 9 : 1 + slebSize(BigInt(c.value));
}
