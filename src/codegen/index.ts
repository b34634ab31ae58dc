// The code generator's entry: SSA IR module -> wasm module bytes. Owns the module-level work:
// which functions are reachable from the exports (only those are emitted), WASI imports (only the
// ones called), wasm globals for Python globals and the pending exception, static data and the
// memory. Each function is planned (plan.ts) and emitted (func.ts).
import { reversePostorder } from '../ir/analysis/cfg.js';
import type { Block, Func, FuncSig, InstData, IrModule } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import { NULL_WORD } from '../runtime/layout.js';
import { ModuleBuilder } from '../wasm/module.js';
import type { FuncRef, GlobalRef, TableRef, TypeRef } from '../wasm/types.js';
import { constOf, type WasmConst } from './consts.js';
import { FuncEmitter, runtimeFuncFor, type FuncCtx } from './func.js';
import { planFunc, wasmType } from './plan.js';
import { StaticData } from './statics.js';
import { gcSegments } from './gcdata.js';
import { GC_COLLECT } from '../passes/gcroots.js';
import { WASI_MODULE, WASI_PREFIX, wasiSig } from '../runtime/wasi.js';
import { constInst, encodeImm, RecordingCtx, replay, type ConstRef, type FrozenCode } from '../link/code.js';

export { wasiSig, WASI_FUNCS } from '../runtime/wasi.js';

export interface CodegenOptions {
  /** IR functions to export, with their export names (e.g. [{ func: '_start', as: '_start' }]). */
  exports: { func: string; as: string }[];
  moduleName?: string;
  /** Collect at every safe point after an allocation (tests: finds missing roots fast). */
  gcStress?: boolean;
  /** The memory's maximum in 64 KiB pages (none: wasm32's 4 GiB); growing past it is a MemoryError. */
  maxPages?: number;
  /** Record the code of the functions named here (the keys), in relocatable form (src/link). */
  record?: Map<string, FrozenCode | undefined>;
}

const PAGE = 65536;

/** Blocks reachable from the entry, in reverse postorder. */
function reachableBlocks(f: Func): Block[] {
  return reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
}

/** The functions and imports a function calls (explicit calls and runtime helpers of ops). */
function calleesOf(f: Func, blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op === 'call' || d.op === 'func.ref') out.push(d.imm as string);
      else {
        const rt = runtimeFuncFor(d.op);
        if (rt !== undefined) out.push(rt);
      }
    }
  }
  return out;
}

/** Checks that runtime function `name` fits the op that needs it. */
function checkRuntimeSig(op: string, name: string, fn: Func | undefined, where: string): void {
  if (!fn) throw new Error(`codegen: ${where} uses ${op}, which needs the runtime function @${name}, and the module has none`);
  const info = OPS[op as keyof typeof OPS];
  const want = { params: info.args as readonly string[], results: info.result === null ? [] : [info.result as string] };
  const ok = fn.params.length === want.params.length && fn.params.every((t, k) => t === want.params[k]) &&
    fn.results.length === want.results.length && fn.results.every((t, k) => t === want.results[k]);
  if (!ok) {
    throw new Error(`codegen: @${name} has type (${fn.params.join(', ')}) -> (${fn.results.join(', ')}), but ${op} needs (${want.params.join(', ')}) -> (${want.results.join(', ')})`);
  }
}

export function generate(m: IrModule, opts: CodegenOptions): Uint8Array {
  const byName = new Map<string, Func>();
  for (const f of m.funcs) byName.set(f.name, f);

  // Reachable functions, walking calls from the exports.
  const reach = new Set<string>();
  const blocksOf = new Map<string, Block[]>();
  const work: string[] = [];
  for (const e of opts.exports) {
    if (!byName.has(e.func)) throw new Error(`codegen: export '${e.as}' names @${e.func}, which is not in the module`);
    if (!reach.has(e.func)) {
      reach.add(e.func);
      work.push(e.func);
    }
  }
  while (work.length) {
    const f = byName.get(work.pop()!)!;
    // A precompiled runtime function (src/link) brings its callees; its code was checked when built.
    const blocks = f.frozen ? [] : reachableBlocks(f);
    blocksOf.set(f.name, blocks);
    for (const b of blocks) {
      for (const i of f.blocks[b].insts) {
        const op = f.insts[i].op;
        const rt = runtimeFuncFor(op);
        if (rt !== undefined) checkRuntimeSig(op, rt, byName.get(rt), `@${f.name}`);
      }
    }
    for (const c of f.frozen ? f.frozen.code.calls : calleesOf(f, blocks)) {
      if (c.startsWith(WASI_PREFIX)) {
        if (!wasiSig(c)) throw new Error(`codegen: @${f.name} calls @${c}, which is not a WASI preview-1 function`);
        continue;
      }
      if (!byName.has(c)) throw new Error(`codegen: @${f.name} calls @${c}, which is not in the module`);
      if (!reach.has(c)) {
        reach.add(c);
        work.push(c);
      }
    }
  }
  const funcs = m.funcs.filter((f) => reach.has(f.name));

  // Static data first, so heap.base is final before any code is emitted.
  const statics = new StaticData();
  const recording = opts.record ? new Map<string, { consts: ConstRef[]; funcRefs: string[] }>() : undefined;
  for (const f of funcs) {
    if (f.frozen) {
      for (const [op, imm] of f.frozen.code.consts) constOf(constInst(op, imm), statics);
      continue;
    }
    const rec = recording && opts.record!.has(f.name) ? { consts: [] as ConstRef[], funcRefs: [] as string[] } : undefined;
    if (rec) recording!.set(f.name, rec);
    for (const b of blocksOf.get(f.name)!) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'const.int' || d.op === 'const.float' || d.op === 'const.str') {
          constOf(d, statics);
          rec?.consts.push([d.op, encodeImm(d.imm)]);
        }
      }
    }
  }

  // The function table: one slot per func.ref target (slot 0 first), in module order, so the
  // indices are fixed before any code is emitted.
  const tableSlots = new Map<string, number>();
  for (const f of funcs) {
    if (f.frozen) {
      for (const n of f.frozen.code.funcRefs) if (!tableSlots.has(n)) tableSlots.set(n, tableSlots.size);
      continue;
    }
    for (const b of blocksOf.get(f.name)!) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'func.ref') {
          recording?.get(f.name)?.funcRefs.push(d.imm as string);
          if (!tableSlots.has(d.imm as string)) tableSlots.set(d.imm as string, tableSlots.size);
        }
      }
    }
  }

  const mb = new ModuleBuilder();
  const minPages = Math.ceil(statics.heapBase / PAGE) + 1;
  const memory = mb.memory(opts.maxPages === undefined ? { min: minPages } : { min: minPages, max: Math.max(minPages, opts.maxPages) });
  for (const s of statics.segments()) mb.data(s.bytes, { offset: s.offset });
  if (reach.has(GC_COLLECT)) for (const s of gcSegments(opts.gcStress ?? false)) mb.data(s.bytes, { offset: s.offset });

  const builders = funcs.map((f) => mb.func(f.name, f.params.map(wasmType), f.results.map(wasmType)));
  const refs = new Map<string, FuncRef>();
  funcs.forEach((f, k) => refs.set(f.name, builders[k].ref));
  const globals = new Map<string, GlobalRef>();
  let exc: GlobalRef | undefined;
  let table: TableRef | undefined;
  if (tableSlots.size) {
    table = mb.table({ min: tableSlots.size, max: tableSlots.size });
    mb.elem([...tableSlots.keys()].map((n) => refs.get(n)!), { table, offset: 0 });
  }

  const ctx: FuncCtx = {
    constOf: (d: InstData): WasmConst => constOf(d, statics),
    callee(name: string): { ref: FuncRef; sig: FuncSig } {
      const w = wasiSig(name);
      if (w) {
        let ref = refs.get(name);
        if (!ref) {
          ref = mb.importFunc(WASI_MODULE, name.slice(WASI_PREFIX.length), w.params.map(wasmType), w.results.map(wasmType));
          refs.set(name, ref);
        }
        return { ref, sig: w };
      }
      const f = byName.get(name);
      const ref = refs.get(name);
      if (!f || !ref) throw new Error(`codegen: no function @${name}`);
      return { ref, sig: { params: f.params, results: f.results } };
    },
    global(name: string): GlobalRef {
      let g = globals.get(name);
      if (!g) {
        if (!m.globals.includes(name)) throw new Error(`codegen: %${name} is not a global of the module`);
        globals.set(name, (g = mb.global('i64', { mutable: true, name }, NULL_WORD)));
      }
      return g;
    },
    exc(): GlobalRef {
      return (exc ??= mb.global('i64', { mutable: true, name: 'exc' }, 0n));
    },
    tableIndex(name: string): number {
      const k = tableSlots.get(name);
      if (k === undefined) throw new Error(`codegen: @${name} has no table slot`);
      return k;
    },
    indirect(nparams: number): { table: TableRef; type: TypeRef } {
      // A call.indirect in a module with no func.ref still needs a table to validate.
      table ??= mb.table({ min: 0, max: 0 });
      return { table, type: mb.type(Array(nparams).fill('i64'), ['i64']) };
    },
  };

  funcs.forEach((f, k) => {
    if (f.frozen) return replay(f.frozen.code, ctx, builders[k]);
    const plan = planFunc(f, (i) => constOf(f.insts[i], statics));
    const rec = recording?.get(f.name);
    if (!rec) return new FuncEmitter(ctx, plan, builders[k]).emit();
    const rctx = new RecordingCtx(ctx);
    new FuncEmitter(rctx, plan, builders[k]).emit();
    opts.record!.set(f.name, rctx.finish(builders[k], rec.consts, rec.funcRefs, calleesOf(f, blocksOf.get(f.name)!)));
  });

  mb.export('memory', memory);
  for (const e of opts.exports) mb.export(e.as, refs.get(e.func)!);
  if (opts.moduleName !== undefined) mb.moduleName(opts.moduleName);
  return mb.encode();
}
