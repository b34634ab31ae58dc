// The `__keel__` intrinsic module that only stdlib/ may import: raw types for annotations, the
// layout constants of src/runtime/layout.ts, and one function per IR op (dots become
// underscores: load_i32(addr, offset), i64_div_s(a, b), is_small(x), exc_get(), ...), plus
// WASI calls (wasi_fd_write(...) -> call @wasi.fd_write).
import * as layout from '../runtime/layout.js';
import { isOpcode, OPS, type Opcode } from '../ir/ops.js';
import { isIrType, type IrType } from '../ir/types.js';

export const INTRINSIC_MODULE = '__keel__';

export type Intrinsic =
  | { kind: 'type'; type: IrType }
  | { kind: 'const'; type: IrType; value: bigint }
  | { kind: 'op'; op: Opcode }
  | { kind: 'wasi'; name: string; params: IrType[]; result: IrType | null };

/** WASI preview-1 functions the runtime calls: all params i32 except where noted; errno i32. */
const WASI: Record<string, { params: IrType[]; result: IrType | null }> = {
  fd_write: { params: ['i32', 'i32', 'i32', 'i32'], result: 'i32' },
  fd_read: { params: ['i32', 'i32', 'i32', 'i32'], result: 'i32' },
  fd_close: { params: ['i32'], result: 'i32' },
  fd_seek: { params: ['i32', 'i64', 'i32', 'i32'], result: 'i32' },
  fd_fdstat_get: { params: ['i32', 'i32'], result: 'i32' },
  fd_prestat_get: { params: ['i32', 'i32'], result: 'i32' },
  fd_prestat_dir_name: { params: ['i32', 'i32', 'i32'], result: 'i32' },
  path_open: { params: ['i32', 'i32', 'i32', 'i32', 'i32', 'i64', 'i64', 'i32', 'i32'], result: 'i32' },
  args_sizes_get: { params: ['i32', 'i32'], result: 'i32' },
  args_get: { params: ['i32', 'i32'], result: 'i32' },
  environ_sizes_get: { params: ['i32', 'i32'], result: 'i32' },
  environ_get: { params: ['i32', 'i32'], result: 'i32' },
  clock_time_get: { params: ['i32', 'i64', 'i32'], result: 'i32' },
  random_get: { params: ['i32', 'i32'], result: 'i32' },
  poll_oneoff: { params: ['i32', 'i32', 'i32', 'i32'], result: 'i32' },
  proc_exit: { params: ['i32'], result: null },
};

/** Looks up a name imported from __keel__. */
export function intrinsic(name: string): Intrinsic | undefined {
  if (isIrType(name)) return { kind: 'type', type: name };
  if (name.startsWith('wasi_')) {
    const w = WASI[name.slice(5)];
    return w ? { kind: 'wasi', name: name.slice(5), ...w } : undefined;
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

export function wasiSig(name: string): { params: IrType[]; results: IrType[] } | undefined {
  const w = WASI[name];
  return w ? { params: w.params, results: w.result ? [w.result] : [] } : undefined;
}

export { OPS };
