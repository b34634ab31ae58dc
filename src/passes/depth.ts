// depth: a user function that runs no user code while it is active (a leaf: no call of a program
// function, no indirect call, no runtime function that may call back into the program) keeps
// the RecursionError test of its entry but no longer stores the depth counter (RT_DEPTH) on
// entry and back on every return.
//
// The lowering (src/lower/function.ts enterDepth) counts every user function's frame:
//   d = load.i32 RT_DEPTH, 0;  n = i32.add d, 1;  store.i32 RT_DEPTH, 0, n;  br (i32.ge_s n, LIMIT) ...
// and `store.i32 RT_DEPTH, 0, d` before each `ret`. The count is read only by the entry test of
// a function called while this frame is active; in a leaf there is none, so only the test (at
// the limit, a leaf must still raise as CPython does) is needed. Functions with any other use
// of RT_DEPTH (a callee inlined with its own counting) are left alone.
import type { Block, Func, Inst, IrModule } from '../ir/function.js';
import { runtimeFuncFor } from '../codegen/func.js';
import { RT_DEPTH } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';

export function depth(m: IrModule, _ctx: PassContext): void {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const runsUser = runtimeThatRunsUserCode(m, byName);
  const callsOut = (f: Func, i: Inst): boolean => {
    const d = f.insts[i];
    if (d.op === 'call.indirect') return true;
    const callee = d.op === 'call' ? String(d.imm) : runtimeFuncFor(d.op);
    if (callee === undefined || callee.startsWith('wasi.')) return false;
    const g = byName.get(callee);
    return !g || isUserFunc(g) || runsUser.has(callee);
  };
  for (const f of m.funcs) {
    if (!isUserFunc(f) || f.calledFromRuntime || !f.blockOrder.length) continue;
    const loads: Inst[] = [];
    const stores: Inst[] = [];
    let leaf = true;
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if ((d.op === 'load.i32' || d.op === 'store.i32') && d.imm === BigInt(RT_DEPTH)) (d.op === 'load.i32' ? loads : stores).push(i);
        else if (callsOut(f, i)) leaf = false;
      }
    }
    if (!leaf || loads.length !== 1) {
      for (const l of loads) leafRegion(f, l, callsOut);
      continue;
    }
    const entry = f.insts[loads[0]];
    const saved = entry.result!;
    // The entry's store writes saved + 1; every other store writes back `saved`.
    const isZero = (v: number) => {
      const def = f.valueDefs[v];
      return def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' && f.insts[def.inst].imm === 0n;
    };
    const bump = stores.filter((s) => {
      const v = f.valueDefs[f.insts[s].args[1]];
      if (v.kind !== 'inst') return false;
      const a = f.insts[v.inst];
      return a.op === 'i32.add' && a.args[0] === saved;
    });
    const restores = stores.filter((s) => f.insts[s].args[1] === saved);
    if (bump.length !== 1 || bump.length + restores.length !== stores.length || !stores.every((s) => isZero(f.insts[s].args[0])) || !isZero(entry.args[0])) continue;
    const drop = new Set(stores);
    for (const b of f.blockOrder) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !drop.has(i));
  }
}

/**
 * The counting of one frame inside a function that is not a leaf as a whole: a callee inlined
 * with its own counting (`d = load RT_DEPTH; store RT_DEPTH, d + 1; ...; store RT_DEPTH, d`),
 * e.g. a small function called in a loop. When no path from the bump store reaches a call that
 * may run user code (or any other use of RT_DEPTH) before a store of `d` back, nothing reads
 * the bumped count: the bump and those restores go, the entry test on d + 1 stays.
 */
function leafRegion(f: Func, load: Inst, callsOut: (f: Func, i: Inst) => boolean): void {
  const zero = (x: number) => {
    const def = f.valueDefs[x];
    return def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' && f.insts[def.inst].imm === 0n;
  };
  // Any access at offset RT_DEPTH (of the counter, address 0 + RT_DEPTH, or maybe of an object).
  const depthOp = (i: Inst) => {
    const d = f.insts[i];
    return (d.op === 'load.i32' || d.op === 'store.i32') && d.imm === BigInt(RT_DEPTH);
  };
  if (!zero(f.insts[load].args[0])) return;
  const saved = f.insts[load].result!;
  const home = f.blockOrder.find((b) => f.blocks[b].insts.includes(load));
  if (home === undefined) return;
  const insts = f.blocks[home].insts;
  // The bump: the first RT_DEPTH op after the load, in its block, storing saved + 1.
  const at = insts.indexOf(load);
  const k = insts.findIndex((i, j) => j > at && depthOp(i));
  if (k < 0) return;
  const bump = f.insts[insts[k]];
  const v = f.valueDefs[bump.args[1] ?? -1];
  const add = v?.kind === 'inst' ? f.insts[v.inst] : undefined;
  const one = add && f.valueDefs[add.args[1]];
  if (bump.op !== 'store.i32' || !zero(bump.args[0]) || add?.op !== 'i32.add' || add.args[0] !== saved || one?.kind !== 'inst' || f.insts[one.inst].op !== 'const.i32' || f.insts[one.inst].imm !== 1n) return;
  const restores = new Set<Inst>();
  const seen = new Set<Block>();
  const work: { b: Block; from: number }[] = [{ b: home, from: k + 1 }];
  while (work.length) {
    const { b, from } = work.pop()!;
    const list = f.blocks[b].insts;
    let open = true;
    for (let j = from; j < list.length && open; j++) {
      const i = list[j];
      const d = f.insts[i];
      if (depthOp(i)) {
        if (d.op !== 'store.i32' || d.args[1] !== saved || !zero(d.args[0])) return;
        restores.add(i);
        open = false;
      } else if (callsOut(f, i) || d.op === 'ret') return;
    }
    if (!open) continue;
    for (const s of f.successors(b)) {
      if (seen.has(s)) continue;
      if (s === home) return; // back to the load without a restore: a loop through the frame
      seen.add(s);
      work.push({ b: s, from: 0 });
    }
  }
  const drop = new Set([insts[k], ...restores]);
  for (const b of f.blockOrder) if (f.blocks[b].insts.some((i) => drop.has(i))) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !drop.has(i));
}

/** The runtime functions that may call a program function: directly, through call.indirect, or
 * through another such runtime function (a worklist over the reverse call graph). A precompiled
 * runtime function (src/link) brings the answer it had when it was built. */
export function runtimeThatRunsUserCode(m: IrModule, byName: Map<string, Func>): Set<string> {
  const out = new Set<string>();
  const callers = new Map<string, string[]>();
  const work: string[] = [];
  for (const f of m.funcs) {
    if (isUserFunc(f)) continue;
    // a replaced stub (Func.opaque) is taken to run user code, whatever its body
    let direct = f.opaque || (f.frozen?.variant.runsUser ?? false);
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'call.indirect') {
          direct = true;
          continue;
        }
        const callee = d.op === 'call' ? String(d.imm) : runtimeFuncFor(d.op);
        if (callee === undefined || callee.startsWith('wasi.')) continue;
        const g = byName.get(callee);
        if (!g || isUserFunc(g)) direct = true;
        else {
          const cs = callers.get(callee);
          if (cs) cs.push(f.name);
          else callers.set(callee, [f.name]);
        }
      }
    }
    if (direct) {
      out.add(f.name);
      work.push(f.name);
    }
  }
  while (work.length) {
    for (const c of callers.get(work.pop()!) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        work.push(c);
      }
    }
  }
  return out;
}
