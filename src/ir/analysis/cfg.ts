// The minimal control-flow-graph interface that the analyses (dominators, loops) and the
// structurer work on, independent of the IR: blocks are small non-negative integers and a block's
// successors are listed in terminator order. Also owns reverse postorder and predecessor lists.

export interface Cfg {
  /** The entry block. */
  entry: number;
  /** Successors of `b` in terminator order; a target listed twice is two edges. */
  succs(b: number): readonly number[];
}

/** A CFG edge: `index` says which successor of `from` (position in `succs(from)`). */
export interface CfgEdge {
  from: number;
  to: number;
  index: number;
}

/**
 * Reachable blocks in reverse postorder of a depth-first search from the entry. Successors are
 * explored last-to-first, so when two sibling subtrees are independent the one reached through
 * the earlier successor comes first (a `then` arm before its `else` arm). Iterative: no
 * recursion, so very long chains of blocks are fine.
 */
export function reversePostorder(cfg: Cfg): number[] {
  const post: number[] = [];
  const seen: boolean[] = [];
  // Explicit DFS stack: block and the position of the next successor to explore (counts down).
  const stackBlock: number[] = [cfg.entry];
  const stackSuccs: (readonly number[])[] = [cfg.succs(cfg.entry)];
  const stackNext: number[] = [stackSuccs[0]!.length - 1];
  seen[cfg.entry] = true;
  while (stackBlock.length > 0) {
    const top = stackBlock.length - 1;
    const succs = stackSuccs[top]!;
    const i = stackNext[top]!;
    if (i < 0) {
      post.push(stackBlock[top]!);
      stackBlock.pop();
      stackSuccs.pop();
      stackNext.pop();
      continue;
    }
    stackNext[top] = i - 1;
    const s = succs[i]!;
    if (seen[s]) continue;
    seen[s] = true;
    const ss = cfg.succs(s);
    stackBlock.push(s);
    stackSuccs.push(ss);
    stackNext.push(ss.length - 1);
  }
  return post.reverse();
}

/** One more than the largest block id in `blocks` (the length of arrays indexed by block id). */
export function idBound(blocks: readonly number[]): number {
  let n = 0;
  for (const b of blocks) if (b >= n) n = b + 1;
  return n;
}

/**
 * Predecessors of every reachable block (a key for each, possibly with an empty list). Only
 * reachable sources are listed; a source appears once per edge (a branch with both arms to the
 * same block lists its source twice). Sources come in reverse postorder.
 */
export function predecessors(cfg: Cfg, rpo: number[] = reversePostorder(cfg)): Map<number, number[]> {
  const preds = new Map<number, number[]>();
  for (let i = 0; i < rpo.length; i++) preds.set(rpo[i]!, []);
  for (let i = 0; i < rpo.length; i++) {
    const b = rpo[i]!;
    const ss = cfg.succs(b);
    for (let k = 0; k < ss.length; k++) preds.get(ss[k]!)!.push(b);
  }
  return preds;
}

/** All edges out of reachable blocks, in reverse postorder of the source, then terminator order. */
export function edges(cfg: Cfg, rpo: number[] = reversePostorder(cfg)): CfgEdge[] {
  const out: CfgEdge[] = [];
  for (const from of rpo) {
    const succs = cfg.succs(from);
    for (let index = 0; index < succs.length; index++) out.push({ from, to: succs[index]!, index });
  }
  return out;
}
