// simplifycfg: merges a block into its only predecessor when that predecessor jumps to it
// unconditionally, threads branches through empty blocks that only `jump` on (the block, left
// without predecessors, is removed), and makes a `br` whose two edges are the same (one block,
// the same arguments) a `jump`; repeats until none applies. (Inlined tests leave such branches:
// rt_isinstance_t's `t == TYPE_BOOL and mask has int` of a mask without int returns 0 both
// ways once constfold folded the mask test and its block was threaded.)
import type { Block, Func, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { applyReplacements, incomingEdges, useCounts } from './util.js';

export function simplifycfg(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  for (let changed = true; changed; ) {
    changed = mergeIntoPredecessors(f);
    if (threadEmptyBlocks(f)) changed = true;
    if (jumpSameEdges(f)) changed = true;
  }
}

/** Makes every `br` whose two edges go to one block with the same arguments a `jump` (its
 * condition, left unused, is DCE's). */
function jumpSameEdges(f: Func): boolean {
  let changed = false;
  for (const b of f.blockOrder) {
    const term = f.terminator(b);
    if (term === undefined) continue;
    const d = f.insts[term];
    if (d.op !== 'br') continue;
    const [t, e] = d.targets;
    if (t.block !== e.block || t.args.some((a, k) => a !== e.args[k])) continue;
    d.op = 'jump';
    d.args = [];
    d.targets = [t];
    changed = true;
  }
  return changed;
}

/** Merges every block whose only incoming edge is a `jump` into the block holding that jump. */
function mergeIntoPredecessors(f: Func): boolean {
  const into = incomingEdges(f);
  const removed = new Set<Block>();
  const repl = new Map<Value, Value>();
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const p = order[bo];
    if (removed.has(p)) continue;
    for (;;) {
      const term = f.terminator(p);
      if (term === undefined || f.insts[term].op !== 'jump') break;
      const tgt = f.insts[term].targets[0];
      const b = tgt.block;
      if (b === p || b === f.entry || into.get(b)!.length !== 1) break;
      // b's parameters take the jump's arguments (they dominate b, since p does).
      const bd = f.blocks[b];
      bd.params.forEach((param, k) => repl.set(param, tgt.args[k]));
      const pd = f.blocks[p];
      pd.insts.pop();
      for (let k = 0; k < bd.insts.length; k++) pd.insts.push(bd.insts[k]);
      bd.insts = [];
      bd.params = [];
      removed.add(b);
    }
  }
  if (!removed.size) return false;
  f.blockOrder = f.blockOrder.filter((b) => !removed.has(b));
  applyReplacements(f, repl);
  return true;
}

/** Sends every edge into an empty jump-only block straight to that block's target. */
function threadEmptyBlocks(f: Func): boolean {
  const into = incomingEdges(f);
  const uses = useCounts(f);
  const removed = new Set<Block>();
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const p = order[bo];
    if (p === f.entry) continue;
    const pd = f.blocks[p];
    if (pd.insts.length !== 1 || f.insts[pd.insts[0]].op !== 'jump') continue;
    const own = pd.insts[0];
    const jump = f.insts[own].targets[0];
    const edges = into.get(p)!;
    if (jump.block === p || !edges.length) continue;
    // p's parameters may only be used by its own jump (else p cannot go away).
    const paramUses = new Map<Value, number>();
    for (const a of jump.args) paramUses.set(a, (paramUses.get(a) ?? 0) + 1);
    if (pd.params.some((v) => uses[v] !== (paramUses.get(v) ?? 0))) continue;
    const out = into.get(jump.block)!;
    for (const e of edges) {
      const t = f.insts[e.inst].targets[e.index];
      // A value that is not p's parameter dominates p, hence every predecessor of p.
      const args = jump.args.map((a) => {
        const k = pd.params.indexOf(a);
        return k >= 0 ? t.args[k] : a;
      });
      for (const a of t.args) uses[a]--;
      for (const a of args) uses[a]++;
      f.insts[e.inst].targets[e.index] = { block: jump.block, args };
      out.push(e);
    }
    // p's own jump leaves with p.
    into.set(jump.block, out.filter((e) => e.inst !== own));
    for (const a of jump.args) uses[a]--;
    into.set(p, []);
    removed.add(p);
  }
  if (!removed.size) return false;
  f.blockOrder = f.blockOrder.filter((b) => !removed.has(b));
  return true;
}
