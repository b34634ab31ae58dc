// Shared helpers for codegen tests: read IR text, verify it, generate wasm, validate it with wabt
// and instantiate it with a fake WASI import object.
import { readModule } from '../../src/ir/read.js';
import { verifyModule } from '../../src/ir/verify.js';
import type { IrModule } from '../../src/ir/function.js';
import { generate, wasiSig, type CodegenOptions } from '../../src/codegen/index.js';

// tsconfig's lib has no DOM types, so declare the part of the WebAssembly global used here.
interface WasmMemory {
  buffer: ArrayBuffer;
}
declare const WebAssembly: {
  Module: { new (bytes: Uint8Array): object; imports(m: object): { module: string; name: string; kind: string }[] };
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
};

const { default: wabtInit } = await import('wabt');
const wabt = await wabtInit();

/** Validates with wabt (throws with wabt's message) and returns the disassembly. */
export function validate(bytes: Uint8Array): string {
  const m = wabt.readWasm(bytes, { readDebugNames: true });
  try {
    m.validate();
    m.generateNames();
    m.applyNames();
    return m.toText({ foldExprs: false, inlineExport: false });
  } finally {
    m.destroy();
  }
}

export interface Built {
  bytes: Uint8Array;
  wat: string;
  exports: Record<string, unknown>;
  memory: WasmMemory;
  /** Calls to the fake WASI imports: name and arguments. */
  wasiCalls: { name: string; args: (number | bigint)[] }[];
}

/** Verifies the IR, generates, validates and instantiates; every IR function is exported unless `exports` says otherwise. */
export async function build(ir: string | IrModule, exports?: string[], opts: Partial<CodegenOptions> = {}): Promise<Built> {
  const m = typeof ir === 'string' ? readModule(ir) : ir;
  verifyModule(m, wasiSig);
  const names = exports ?? m.funcs.map((f) => f.name);
  const bytes = generate(m, { exports: names.map((n) => ({ func: n, as: n })), ...opts });
  const wat = validate(bytes);
  const wasiCalls: Built['wasiCalls'] = [];
  const mod = new WebAssembly.Module(bytes);
  const imports: Record<string, Record<string, (...a: (number | bigint)[]) => number>> = { wasi_snapshot_preview1: {} };
  for (const imp of WebAssembly.Module.imports(mod)) {
    imports[imp.module][imp.name] = (...args) => {
      wasiCalls.push({ name: imp.name, args });
      return 0;
    };
  }
  const inst = new WebAssembly.Instance(mod, imports);
  return { bytes, wat, exports: inst.exports, memory: inst.exports.memory as WasmMemory, wasiCalls };
}

export function fn<T extends (...a: never[]) => unknown>(b: Built, name: string): T {
  const f = b.exports[name];
  if (typeof f !== 'function') throw new Error(`no exported function ${name}`);
  return f as T;
}
