// modconsts: a module global bound once, to a constant, before any code that can run the
// program's functions, and never bound again, is that constant wherever it is read.
//
// `FORWARD = 1` at the top of a module is read in methods as `global.get %FORWARD`, a test for
// the unbound word (NameError) and a generic `==` on a value inference types as anything. When
// the program stores the global nowhere else (no `global` statement in a def, no `del`, no
// module attribute dispatcher: each would be another global.set) and every instruction of the
// module body that is not dominated by the store only computes constants, stores other globals,
// polls for the collector or records a traceback entry, no function can run before the global
// is bound: each read is the constant itself (inference types it, constfold folds it) and its
// NameError test is false. Runs before specialize (inference).
//
// A global bound once to any other value (a `def`: rt_func_new), with the same rule, is never
// unbound where it is read: its reads stay, their NameError tests are false (spectral_norm's
// loop called `eval_a` testing the global on each iteration). Here the instructions before the
// store may also call runtime functions that run no program code (making the function object).
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { DomTree } from '../ir/analysis/dominators.js';
import type { PassContext } from './context.js';
import { runtimeThatRunsUserCode } from './depth.js';
import { isUserFunc } from './infer.js';

/** Constants a read can be (the op is copied with its immediate). */
const CONST_OPS = new Set(['const.int', 'const.str', 'const.none', 'const.bool', 'const.float']);
/** Calls that run none of the program's code (the collector's poll, a traceback entry). */
const SAFE_CALLS = new Set(['rt_gc_collect', 'rt_gc_overflow', 'rt_tb_add']);

export function modconsts(m: IrModule, _ctx: PassContext): void {
  const stores = new Map<string, { f: Func; block: Block; inst: Inst }[]>();
  for (const f of m.funcs) {
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op !== 'global.set') continue;
      const g = String(d.imm);
      if (!stores.has(g)) stores.set(g, []);
      stores.get(g)!.push({ f, block: b, inst: i });
    }
  }
  const consts = new Map<string, { op: string; imm: unknown }>();
  /** Globals bound first to a value that is no constant: their reads are never unbound. */
  const bound = new Set<string>();
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  let runsUser: Set<string> | undefined;
  /** A call of a runtime function that runs no program code (so reads no program global). */
  const safeCall = (name: string): boolean => {
    if (SAFE_CALLS.has(name)) return true;
    const g = byName.get(name);
    if (!g || isUserFunc(g) || g.opaque) return false;
    runsUser ??= runtimeThatRunsUserCode(m, byName);
    return !runsUser.has(name);
  };
  for (const [g, ss] of stores) {
    if (ss.length !== 1) continue;
    const { f, block, inst } = ss[0];
    if (!f.name.endsWith('.<module>') || f.opaque || f.frozen || f.calledFromRuntime) continue;
    const def = f.valueDefs[f.insts[inst].args[0]];
    if (def.kind !== 'inst' || !CONST_OPS.has(f.insts[def.inst].op)) {
      if (def.kind === 'inst' && !isUnbound(f, f.insts[inst].args[0]) && boundFirst(f, g, block, inst, safeCall)) bound.add(g);
      continue;
    }
    if (!boundFirst(f, g, block, inst, (name) => SAFE_CALLS.has(name))) continue;
    consts.set(g, { op: f.insts[def.inst].op, imm: f.insts[def.inst].imm });
  }
  if (!consts.size && !bound.size) return;
  for (const f of m.funcs) {
    if (f.frozen) continue;
    const reads = new Set<Value>();
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op !== 'global.get') continue;
      const g = String(d.imm);
      const c = consts.get(g);
      if ((!c && !bound.has(g)) || (f.name.endsWith('.<module>') && !dominatedRead(f, g, b, i))) continue;
      if (c) {
        d.op = c.op as typeof d.op;
        d.imm = c.imm as typeof d.imm;
      }
      reads.add(d.result!);
    }
    if (!reads.size) continue;
    // the NameError tests of the reads: `py.is read, ptr.word 0` is false
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op !== 'py.is' || !d.args.some((a) => reads.has(a)) || !d.args.some((a) => isUnbound(f, a))) continue;
      d.op = 'const.i32';
      d.args = [];
      d.imm = 0n;
    }
  }
}

/** Whether the store `inst` of g in block `block` of the module body f runs before anything that
 * can run the program's code: every instruction not dominated by it is safe (no call but those
 * safeCall allows, no indirect call, no py.* or attribute op, no read of g). */
function boundFirst(f: Func, g: string, block: Block, inst: Inst, safeCall: (name: string) => boolean): boolean {
  const dom = domOf(f);
  for (const b of f.blockOrder) {
    if (b !== block && dom.dominates(block, b)) continue;
    for (const i of f.blocks[b].insts) {
      if (b === block && i === inst) break;
      const d = f.insts[i];
      if (d.op === 'global.get' && String(d.imm) === g) return false;
      if (d.op === 'call' ? !safeCall(String(d.imm)) : d.op === 'call.indirect' || d.op.startsWith('py.') || d.op.startsWith('attr.')) return false;
    }
  }
  return true;
}

/** A read of g in the module body is after its store (which then dominates it). */
function dominatedRead(f: Func, g: string, block: Block, inst: Inst): boolean {
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    if (d.op !== 'global.set' || String(d.imm) !== g) continue;
    if (b === block) return f.blocks[b].insts.indexOf(i) < f.blocks[b].insts.indexOf(inst);
    return domOf(f).dominates(b, block);
  }
  return false;
}

const doms = new WeakMap<Func, DomTree>();
function domOf(f: Func): DomTree {
  let d = doms.get(f);
  if (!d) doms.set(f, (d = DomTree.compute({ entry: f.entry, succs: (x) => f.successors(x as Block) })));
  return d;
}

/** v is the unbound word (ptr.word of the i32 constant 0). */
function isUnbound(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst' || f.insts[def.inst].op !== 'ptr.word') return false;
  const c = f.valueDefs[f.insts[def.inst].args[0]];
  return c.kind === 'inst' && f.insts[c.inst].op === 'const.i32' && f.insts[c.inst].imm === 0n;
}
