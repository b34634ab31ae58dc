// The `__keel__` intrinsic module that only stdlib/ may import: raw types for annotations, the
// layout constants of src/runtime/layout.ts, and one function per IR op (dots become
// underscores: load_i32(addr, offset), i64_div_s(a, b), is_small(x), exc_get(), ...), plus
// WASI calls (wasi_fd_write(...) -> call @wasi.fd_write, signatures from src/runtime/wasi.ts).
import * as layout from '../runtime/layout.js';
import { isOpcode, type Opcode } from '../ir/ops.js';
import { isIrType, type IrType } from '../ir/types.js';
import { wasiSig, WASI_PREFIX } from '../runtime/wasi.js';

export const INTRINSIC_MODULE = '__keel__';

export type Intrinsic =
  | { kind: 'type'; type: IrType }
  | { kind: 'const'; type: IrType; value: bigint }
  | { kind: 'op'; op: Opcode }
  | { kind: 'wasi'; name: string; params: IrType[]; result: IrType | null };

/** Looks up a name imported from __keel__. */
export function intrinsic(name: string): Intrinsic | undefined {
  if (isIrType(name)) return { kind: 'type', type: name };
  if (name.startsWith('wasi_')) {
    const w = wasiSig(WASI_PREFIX + name.slice(5));
    return w ? { kind: 'wasi', name: name.slice(5), params: w.params, result: w.results[0] ?? null } : undefined;
  }
  const value = (layout as Record<string, unknown>)[name];
  if (typeof value === 'number') return { kind: 'const', type: 'i32', value: BigInt(value) };
  if (typeof value === 'bigint') {
    return name === 'NULL_WORD' ? { kind: 'const', type: 'obj', value } : { kind: 'const', type: 'i64', value };
  }
  const op = opForName(name);
  return op ? { kind: 'op', op } : undefined;
}

/** `load_i32` -> 'load.i32', `is_small` -> 'is.small', `word_ptr` -> 'word.ptr', ... */
function opForName(name: string): Opcode | undefined {
  // Try every way of turning underscores into dots (op names have at most two parts).
  const parts = name.split('_');
  for (let i = 1; i < parts.length; i++) {
    const cand = parts.slice(0, i).join('_') + '.' + parts.slice(i).join('_');
    if (isOpcode(cand)) return cand;
  }
  return isOpcode(name) ? name : undefined;
}
