// dce: removes unreachable blocks, and instructions whose results are unused and whose op is
// `pure` in the op table (an op that may raise or writes is never removed). Nothing else.
import type { Func, Inst } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';
import { reachableBlocks } from './util.js';

export function dce(f: Func, _ctx: PassContext): void {
  const reachable = reachableBlocks(f);
  f.blockOrder = f.blockOrder.filter((b) => reachable.has(b));

  // Mark: roots are the instructions that must stay (not pure, or terminators); an instruction
  // is live when a live instruction uses its result. Block parameters are kept, so the
  // arguments passed to them stay live through the terminators that pass them.
  const live = new Uint8Array(f.insts.length);
  const work: Inst[] = [];
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const info = OPS[f.insts[i].op];
      if (!info.pure || info.terminator || f.insts[i].result === undefined) {
        live[i] = 1;
        work.push(i);
      }
    }
  }
  const markDef = (v: number) => {
    const def = f.valueDefs[v];
    if (def.kind === 'inst' && !live[def.inst]) {
      live[def.inst] = 1;
      work.push(def.inst);
    }
  };
  while (work.length) {
    const d = f.insts[work.pop()!];
    for (const a of d.args) markDef(a);
    for (const t of d.targets) for (const a of t.args) markDef(a);
  }
  // Sweep.
  for (const b of f.blockOrder) {
    const bd = f.blocks[b];
    if (bd.insts.some((i) => !live[i])) bd.insts = bd.insts.filter((i) => live[i]);
  }
}
