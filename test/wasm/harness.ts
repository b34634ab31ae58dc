// Test harness for the wasm encoder: wabt loaded once per test file, a tiny binary section reader,
// and a paired builder/WAT writer so a test builds the same module both through ModuleBuilder and
// as WAT text assembled by wabt (the reference), then compares the code sections body by body.

import wabtInit from 'wabt';
import { decodeU32 } from '../../src/wasm/leb128.js';
import { ModuleBuilder, type FuncBuilder, type TypeRef, type ValType } from '../../src/wasm/index.js';

export type Wabt = Awaited<ReturnType<typeof wabtInit>>;

export const FEATURES = {
  mutable_globals: true,
  sat_float_to_int: true,
  sign_extension: true,
  multi_value: true,
  bulk_memory: true,
  reference_types: true,
} as const;

export async function loadWabt(): Promise<Wabt> {
  return wabtInit();
}

/** Validates with wabt; returns the module text (names read from the name section). */
export function validateAndPrint(wabt: Wabt, bytes: Uint8Array, simd = false): string {
  const m = wabt.readWasm(bytes, { readDebugNames: true, ...FEATURES, simd });
  try {
    m.validate();
    m.generateNames();
    m.applyNames();
    return m.toText({ foldExprs: false, inlineExport: false });
  } finally {
    m.destroy();
  }
}

/** Validates with wabt, without printing. */
export function validate(wabt: Wabt, bytes: Uint8Array, simd = false): void {
  const m = wabt.readWasm(bytes, { readDebugNames: true, ...FEATURES, simd });
  try {
    m.validate();
  } finally {
    m.destroy();
  }
}

/** Assembles WAT with wabt (the reference encoder). */
export function assemble(wabt: Wabt, wat: string, simd = false): Uint8Array {
  const m = wabt.parseWat('test.wat', wat, { ...FEATURES, simd });
  try {
    m.resolveNames();
    m.validate();
    return m.toBinary({}).buffer;
  } finally {
    m.destroy();
  }
}

export interface RawSection {
  id: number;
  /** For custom sections, the name; else ''. */
  name: string;
  payload: Uint8Array;
}

/** Splits a module into its sections (checks the header). */
export function readSections(bytes: Uint8Array): RawSection[] {
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  header.forEach((b, i) => {
    if (bytes[i] !== b) throw new Error('bad wasm header');
  });
  const out: RawSection[] = [];
  let pos = 8;
  while (pos < bytes.length) {
    const id = bytes[pos++]!;
    const size = decodeU32(bytes, pos);
    pos = size.next;
    let payload = bytes.subarray(pos, pos + size.value);
    let name = '';
    if (id === 0) {
      const n = decodeU32(payload, 0);
      name = new TextDecoder().decode(payload.subarray(n.next, n.next + n.value));
      payload = payload.subarray(n.next + n.value);
    }
    out.push({ id, name, payload });
    pos += size.value;
  }
  return out;
}

/** The function bodies of the code section (each without its size prefix). */
export function codeBodies(bytes: Uint8Array): Uint8Array[] {
  const code = readSections(bytes).find((s) => s.id === 10);
  if (!code) return [];
  const p = code.payload;
  const count = decodeU32(p, 0);
  let pos = count.next;
  const out: Uint8Array[] = [];
  for (let i = 0; i < count.value; i++) {
    const size = decodeU32(p, pos);
    out.push(p.subarray(size.next, size.next + size.value));
    pos = size.next + size.value;
  }
  return out;
}

export function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

/**
 * Builds one module twice: through ModuleBuilder and as WAT. `type()` registers a signature in
 * both (the WAT side keeps its own dedup, so a builder dedup bug shows as an index mismatch);
 * `func()` defines a function in both, with the WAT body given as text.
 */
export class Pair {
  readonly mb: ModuleBuilder;
  private readonly watTypes: string[] = [];
  private readonly watTypeIndex = new Map<string, number>();
  readonly head: string[] = [];
  readonly watFuncs: string[] = [];
  readonly funcs: FuncBuilder[] = [];

  constructor(simd = false) {
    this.mb = new ModuleBuilder({ features: { simd } });
  }

  /** The WAT type index for a signature (registering it in order). */
  watType(params: readonly ValType[], results: readonly ValType[]): number {
    const key = `${params.join(',')}>${results.join(',')}`;
    let i = this.watTypeIndex.get(key);
    if (i === undefined) {
      i = this.watTypes.length;
      this.watTypeIndex.set(key, i);
      const p = params.length ? ` (param ${params.join(' ')})` : '';
      const r = results.length ? ` (result ${results.join(' ')})` : '';
      this.watTypes.push(`(type $t${i} (func${p}${r}))`);
    }
    return i;
  }

  type(params: ValType[], results: ValType[]): { ref: TypeRef; wat: string } {
    const i = this.watType(params, results);
    return { ref: this.mb.type(params, results), wat: `$t${i}` };
  }

  func(name: string, params: ValType[], results: ValType[], locals: ValType[], watBody: string): FuncBuilder {
    const i = this.watType(params, results);
    const f = this.mb.func(name, params, results);
    for (const l of locals) f.local(l);
    const loc = locals.length ? ` (local ${locals.join(' ')})` : '';
    this.watFuncs.push(`(func $f${this.watFuncs.length} (type $t${i})${loc}\n    ${watBody})`);
    this.funcs.push(f);
    return f;
  }

  wat(): string {
    return `(module\n  ${[...this.watTypes, ...this.head, ...this.watFuncs].join('\n  ')}\n)`;
  }
}
