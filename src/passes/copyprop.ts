// copyprop: removes redundant block parameters — a parameter whose incoming arguments are all
// one value v, or the parameter itself — replacing its uses with v and dropping the matching
// argument on every incoming edge; repeats until no parameter is redundant.
import type { Block, Func, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { reversePostorder } from '../ir/analysis/cfg.js';
import { applyReplacements, incomingEdges, resolve } from './util.js';

export function copyprop(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const into = incomingEdges(f);
  const repl = new Map<Value, Value>();
  // Blocks whose parameters may have become redundant: all reachable ones at first, in reverse
  // postorder (a FIFO queue), so a value is mostly resolved before the blocks it flows into are
  // looked at; that keeps the replacement chains and the re-examinations short.
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  const work: Block[] = rpo.filter((b) => b !== f.entry && f.blocks[b].params.length > 0);
  const queued = new Set<Block>(work);
  // Which blocks receive a parameter as a branch argument, to re-examine them when it is
  // replaced (only parameters are ever replaced).
  const argUsers = new Map<Value, Block[]>();
  // (indexed loops, in the order of `into`'s keys: the compiler runs without V8's optimizing
  // tier, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const b = order[bo];
    const edges = into.get(b)!;
    for (let ei = 0; ei < edges.length; ei++) {
      const e = edges[ei];
      const args = f.insts[e.inst].targets[e.index].args;
      for (let k = 0; k < args.length; k++) {
        const a = args[k];
        if (f.valueDefs[a].kind !== 'param') continue;
        const list = argUsers.get(a);
        if (list) list.push(b);
        else argUsers.set(a, [b]);
      }
    }
  }
  for (let next = 0; next < work.length; next++) {
    const b = work[next];
    queued.delete(b);
    const edges = into.get(b)!;
    if (!edges.length) continue; // unreachable: nothing flows in
    const bd = f.blocks[b];
    const keep: boolean[] = [];
    let removed = false;
    bd.params.forEach((p, k) => {
      let same: Value | undefined;
      let redundant = true;
      for (let ei = 0; ei < edges.length; ei++) {
        const e = edges[ei];
        const a = resolve(repl, f.insts[e.inst].targets[e.index].args[k]);
        if (a === p || a === same) continue;
        if (same === undefined) same = a;
        else {
          redundant = false;
          break;
        }
      }
      // `same` undefined: only the parameter itself flows in (a block reached only from itself).
      if (!redundant || same === undefined) {
        keep.push(true);
        return;
      }
      keep.push(false);
      removed = true;
      repl.set(p, same);
      const users = argUsers.get(p);
      if (!users) return;
      for (const u of users) {
        if (u !== b && !queued.has(u)) {
          queued.add(u);
          work.push(u);
        }
      }
      // The blocks that received p now receive `same`: if it is a parameter (and may be
      // replaced in turn) they move to its list, the shorter list into the longer.
      argUsers.delete(p);
      if (f.valueDefs[same].kind !== 'param') return;
      const theirs = argUsers.get(same);
      if (!theirs) argUsers.set(same, users);
      else if (theirs.length >= users.length) for (const u of users) theirs.push(u);
      else {
        for (const u of theirs) users.push(u);
        argUsers.set(same, users);
      }
    });
    if (!removed) continue;
    bd.params = bd.params.filter((_, k) => keep[k]);
    for (const e of edges) {
      const t = f.insts[e.inst].targets[e.index];
      t.args = t.args.filter((_, k) => keep[k]);
    }
    bd.params.forEach((p, k) => (f.valueDefs[p] = { kind: 'param', block: b, index: k }));
  }
  applyReplacements(f, repl);
}
