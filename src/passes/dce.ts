// dce: removes unreachable blocks, instructions whose results are unused and whose op is `pure`
// in the op table or only reads (a load, global.get: a program never relies on a load's trap;
// an op that may raise or writes is never removed), calls of the runtime's
// class-key functions whose results are unused (they neither raise nor write: purecalls.ts
// KEY_CALLS, and rt_exc_user_id, which rt_inst_key calls once inlined), and block parameters
// no live instruction reads, with the arguments passed to them. (A class switch whose every
// case went to one method after inlining leaves such a key: its loads and the parameter that
// joined them.) Nothing else.
import type { Block, Func, Inst, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';
import { KEY_CALLS } from './purecalls.js';
import { incomingEdges, reachableBlocks } from './util.js';

/** Runtime calls with no effect but their result. */
const PURE_CALLS: ReadonlySet<string> = new Set([...KEY_CALLS, 'rt_exc_user_id']);

export function dce(f: Func, _ctx: PassContext): void {
  const reachable = reachableBlocks(f);
  f.blockOrder = f.blockOrder.filter((b) => reachable.has(b));
  if (!f.blockOrder.length) return;
  const into = incomingEdges(f);

  // Mark: roots are the instructions that must stay (not pure, or terminators); an instruction
  // is live when a live instruction uses its result. A block parameter is live when a live
  // instruction uses it (the entry's always are); an argument a terminator passes is live
  // when the parameter it goes to is.
  const live = new Uint8Array(f.insts.length);
  const liveParam = new Uint8Array(f.valueTypes.length);
  const work: Inst[] = [];
  const params: Value[] = [];
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const insts = f.blocks[order[bo]].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const i = insts[ii];
      const d = f.insts[i];
      const info = OPS[d.op];
      const pure = info.pure || (info.reads && !info.writes && !info.raises) || (d.op === 'call' && PURE_CALLS.has(d.imm as string));
      if (!pure || info.terminator || d.result === undefined) {
        live[i] = 1;
        work.push(i);
      }
    }
  }
  const markValue = (v: Value) => {
    const def = f.valueDefs[v];
    if (def.kind === 'inst') {
      if (!live[def.inst]) {
        live[def.inst] = 1;
        work.push(def.inst);
      }
    } else if (def.kind === 'param' && !liveParam[v]) {
      liveParam[v] = 1;
      params.push(v);
    }
  };
  const entryParams = f.blocks[f.entry].params;
  for (let k = 0; k < entryParams.length; k++) markValue(entryParams[k]);
  while (work.length || params.length) {
    if (work.length) {
      const d = f.insts[work.pop()!];
      const args = d.args;
      for (let k = 0; k < args.length; k++) markValue(args[k]);
      const ts = d.targets;
      for (let ti = 0; ti < ts.length; ti++) {
        const t = ts[ti];
        const ps = f.blocks[t.block].params;
        const ta = t.args;
        for (let k = 0; k < ta.length; k++) if (liveParam[ps[k]]) markValue(ta[k]);
      }
      continue;
    }
    // A parameter became live: the arguments passed to it by live terminators.
    const p = params.pop()!;
    const def = f.valueDefs[p];
    if (def.kind !== 'param' || def.block === f.entry) continue;
    const edges = into.get(def.block as Block);
    if (edges === undefined) continue;
    for (let k = 0; k < edges.length; k++) {
      const e = edges[k];
      if (live[e.inst]) markValue(f.insts[e.inst].targets[e.index].args[def.index]);
    }
  }
  // Sweep.
  for (let bo = 0; bo < order.length; bo++) {
    const b = order[bo];
    const bd = f.blocks[b];
    if (!allSet(bd.insts, live)) bd.insts = bd.insts.filter((i) => live[i]);
    if (b === f.entry || allSet(bd.params, liveParam)) continue;
    const keep = bd.params.map((p) => liveParam[p] === 1);
    bd.params = bd.params.filter((_, k) => keep[k]);
    for (const e of into.get(b) ?? []) {
      const t = f.insts[e.inst].targets[e.index];
      t.args = t.args.filter((_, k) => keep[k]);
    }
    bd.params.forEach((p, k) => (f.valueDefs[p] = { kind: 'param', block: b, index: k }));
  }
}

/** Is flags[x] set for every x of xs? */
function allSet(xs: readonly number[], flags: Uint8Array): boolean {
  for (let k = 0; k < xs.length; k++) if (!flags[xs[k]]) return false;
  return true;
}
