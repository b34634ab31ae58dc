// Small helpers shared by the passes: value replacement, use counts, predecessor edges.
// Nothing here knows about any particular op (ops are only ever described by src/ir/ops.ts).
import type { Block, Func, Inst, Value } from '../ir/function.js';
import { loopBodies } from '../ir/analysis/loops.js';

/**
 * Follows a replacement map to its end (a -> b -> c gives c), compressing the path it walked.
 * Cycles are not allowed in `repl`.
 */
export function resolve(repl: Map<Value, Value>, v: Value): Value {
  let r = v;
  for (let next = repl.get(r); next !== undefined; next = repl.get(r)) r = next;
  // Path compression: point every value on the chain straight at the end.
  for (let x = v; x !== r; ) {
    const next = repl.get(x)!;
    repl.set(x, r);
    x = next;
  }
  return r;
}

/** Rewrites every operand and branch argument in the layout through `repl`. */
export function applyReplacements(f: Func, repl: Map<Value, Value>): void {
  if (repl.size === 0) return;
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const insts = f.blocks[order[bo]].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const d = f.insts[insts[ii]];
      const args = d.args;
      for (let k = 0; k < args.length; k++) if (repl.has(args[k])) args[k] = resolve(repl, args[k]);
      const ts = d.targets;
      for (let ti = 0; ti < ts.length; ti++) {
        const ta = ts[ti].args;
        for (let k = 0; k < ta.length; k++) if (repl.has(ta[k])) ta[k] = resolve(repl, ta[k]);
      }
    }
  }
}

/** How many times each value is used (as an operand or a branch argument) in the layout. */
export function useCounts(f: Func): Int32Array {
  const n = new Int32Array(f.valueTypes.length);
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const insts = f.blocks[order[bo]].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const d = f.insts[insts[ii]];
      for (let k = 0; k < d.args.length; k++) n[d.args[k]]++;
      for (let ti = 0; ti < d.targets.length; ti++) {
        const ta = d.targets[ti].args;
        for (let k = 0; k < ta.length; k++) n[ta[k]]++;
      }
    }
  }
  return n;
}

/** One CFG edge, named by its terminator and the position of the target in it. */
export interface EdgeRef {
  inst: Inst;
  index: number;
}

/** Incoming edges of every block in the layout, from every block in the layout (reachable or not). */
export function incomingEdges(f: Func): Map<Block, EdgeRef[]> {
  const into = new Map<Block, EdgeRef[]>();
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) into.set(order[bo], []);
  for (let bo = 0; bo < order.length; bo++) {
    const t = f.terminator(order[bo]);
    if (t === undefined) continue;
    const ts = f.insts[t].targets;
    for (let index = 0; index < ts.length; index++) into.get(ts[index].block)?.push({ inst: t, index });
  }
  return into;
}

/** The blocks reachable from the entry (by a walk over the terminators' targets). */
export function reachableBlocks(f: Func): Set<Block> {
  const seen = new Set<Block>();
  if (!f.blockOrder.length) return seen;
  const stack: Block[] = [f.entry];
  seen.add(f.entry);
  while (stack.length) {
    const b = stack.pop()!;
    const ss = f.successors(b);
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k];
      if (!seen.has(s)) {
        seen.add(s);
        stack.push(s);
      }
    }
  }
  return seen;
}

/** Is b on a cycle of the CFG (can it reach itself)? */
export function inCycle(f: Func, b: Block): boolean {
  const seen = new Set<Block>();
  const work = [...f.successors(b)];
  while (work.length) {
    const x = work.pop()!;
    if (x === b) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    work.push(...f.successors(x));
  }
  return false;
}

/** Is some block of f on a cycle of its CFG (`inCycle` of any block; branch targets are always
 * laid out)? One depth-first search: a cycle exists iff it meets a block still on its stack. */
export function hasCycle(f: Func): boolean {
  const state = new Uint8Array(f.blocks.length); // 0 unseen, 1 on the stack, 2 done
  const stack: Block[] = [];
  const succs: Block[][] = [];
  const next: number[] = [];
  const enter = (b: Block) => {
    state[b] = 1;
    stack.push(b);
    succs.push(f.successors(b));
    next.push(0);
  };
  for (const root of f.blockOrder) {
    if (state[root]) continue;
    enter(root);
    while (stack.length) {
      const top = stack.length - 1;
      const i = next[top];
      if (i >= succs[top].length) {
        state[stack[top]] = 2;
        stack.pop();
        succs.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const s = succs[top][i];
      if (state[s] === 1) return true;
      if (state[s] === 0) enter(s);
    }
  }
  return false;
}

/** loopBodies (ir/analysis/loops.ts) over f's blocks, `rpo` its reverse postorder: loop bodies
 * by the target of each retreating edge, and the predecessor lists. */
export function funcLoops(f: Func, rpo: Block[]): { preds: Map<Block, Block[]>; loops: Map<Block, Set<Block>> } {
  return loopBodies({ entry: f.entry, succs: (b) => f.successors(b as Block) }, rpo) as { preds: Map<Block, Block[]>; loops: Map<Block, Set<Block>> };
}
