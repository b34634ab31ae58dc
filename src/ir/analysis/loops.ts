// Natural loops of a Cfg: loop headers, back edges, loop bodies, the loop nesting forest and
// loop depth per block, plus the reducibility check (every retreating edge in reverse postorder
// must be a back edge, i.e. go to a block that dominates its source). Arrays indexed by block id.
import { type Cfg, type CfgEdge, predecessors } from './cfg.js';
import type { DomTree } from './dominators.js';

export interface Loop {
  /** Position in `LoopInfo.loops`. */
  readonly index: number;
  readonly header: number;
  /** Every block of the loop including inner loops' blocks, in reverse postorder (header first). */
  readonly blocks: readonly number[];
  /** Back edges to the header (their sources are the latches). */
  readonly backEdges: readonly CfgEdge[];
  /** Edges from a block of the loop to a block outside it. */
  readonly exits: readonly CfgEdge[];
  /** Index of the enclosing loop, -1 for an outermost loop. */
  readonly parent: number;
  /** Nesting depth: 1 for an outermost loop. */
  readonly depth: number;
}

/**
 * The retreating edges (target not after source in reverse postorder) whose target does not
 * dominate their source. Empty exactly when the CFG is reducible.
 */
export function irreducibleEdges(cfg: Cfg, dom: DomTree): CfgEdge[] {
  const bad: CfgEdge[] = [];
  for (const from of dom.rpo) {
    const succs = cfg.succs(from);
    for (let index = 0; index < succs.length; index++) {
      const to = succs[index]!;
      if (dom.rpoIndex(to) <= dom.rpoIndex(from) && !dom.dominates(to, from)) bad.push({ from, to, index });
    }
  }
  return bad;
}

/**
 * Loop bodies by header, from the retreating edges of `rpo` (target not after source), with no
 * dominator tree: the target and every block that reaches an edge's source without passing the
 * target. Headers come in the order their first retreating edge is met (sources in reverse
 * postorder). An irreducible retreating edge still forms a body here (callers that need a
 * reducible CFG check irreducibleEdges); LoopInfo is the full analysis. Also returns the
 * predecessor lists it walked (see `predecessors`).
 */
export function loopBodies(cfg: Cfg, rpo: number[]): { preds: Map<number, number[]>; loops: Map<number, Set<number>> } {
  const order = new Map<number, number>(rpo.map((b, k) => [b, k]));
  const preds = predecessors(cfg, rpo);
  const loops = new Map<number, Set<number>>();
  for (const b of rpo) {
    for (const h of cfg.succs(b)) {
      if (order.get(h)! > order.get(b)!) continue;
      const body = loops.get(h) ?? new Set<number>([h]);
      loops.set(h, body);
      for (const work = [b]; work.length; ) {
        const x = work.pop()!;
        if (body.has(x)) continue;
        body.add(x);
        work.push(...preds.get(x)!);
      }
    }
  }
  return { preds, loops };
}

export class LoopInfo {
  /** All loops, ordered by header in reverse postorder, so an outer loop precedes its inner ones. */
  readonly loops: readonly Loop[];
  /** See `irreducibleEdges`; these edges are ignored when forming loops. */
  readonly irreducible: readonly CfgEdge[];
  /** Innermost loop index by block id, -1 outside every loop. */
  private readonly innermost: Int32Array;
  /** Loop index by header block id, -1 if the block heads no loop. */
  private readonly headed: Int32Array;
  /** Parent loop index by loop index. */
  private readonly parents: Int32Array;
  private readonly dom: DomTree;

  private constructor(dom: DomTree, loops: Loop[], irreducible: CfgEdge[], innermost: Int32Array, headed: Int32Array) {
    this.dom = dom;
    this.parents = Int32Array.from(loops, (l) => l.parent);
    this.loops = loops;
    this.irreducible = irreducible;
    this.innermost = innermost;
    this.headed = headed;
  }

  static compute(cfg: Cfg, dom: DomTree): LoopInfo {
    const n = dom.idBound;
    const rpo = dom.rpo;
    const irreducible: CfgEdge[] = [];
    // Back edges grouped by header (rpo index of header -> edges).
    const back = new Map<number, CfgEdge[]>();
    const preds: number[][] = [];
    for (let b = 0; b < n; b++) preds.push([]);
    for (const from of rpo) {
      const succs = cfg.succs(from);
      for (let index = 0; index < succs.length; index++) {
        const to = succs[index]!;
        preds[to]!.push(from);
        if (dom.rpoIndex(to) > dom.rpoIndex(from)) continue;
        if (!dom.dominates(to, from)) {
          irreducible.push({ from, to, index });
          continue;
        }
        let list = back.get(to);
        if (!list) back.set(to, (list = []));
        list.push({ from, to, index });
      }
    }
    const headers = [...back.keys()].sort((a, b) => dom.rpoIndex(a) - dom.rpoIndex(b));
    // Temporary loop ids are positions in `headers`; inner loops have larger ids.
    const innermost = new Int32Array(n).fill(-1);
    const parent = new Int32Array(headers.length).fill(-1);
    const worklist: number[] = [];
    // Inner loops first, so when an outer loop's walk meets an inner loop it can adopt it.
    for (let id = headers.length - 1; id >= 0; id--) {
      const h = headers[id]!;
      innermost[h] = id;
      for (const e of back.get(h)!) if (e.from !== h) worklist.push(e.from);
      while (worklist.length > 0) {
        let b = worklist.pop()!;
        const inner = innermost[b]!;
        if (inner === id) continue;
        if (inner >= 0) {
          // b belongs to an inner loop: find its outermost adopted ancestor; adopt it.
          let top = inner;
          while (parent[top]! >= 0) top = parent[top]!;
          if (top === id) continue;
          parent[top] = id;
          b = headers[top]!;
          // Continue from the inner header's entering predecessors.
          for (const p of preds[b]!) if (!dom.dominates(b, p)) worklist.push(p);
          continue;
        }
        innermost[b] = id;
        for (const p of preds[b]!) worklist.push(p);
      }
    }
    // Build the loop records in header order; depth follows parents, which come first.
    const depth = new Int32Array(headers.length);
    const blocks: number[][] = headers.map(() => []);
    for (let id = 0; id < headers.length; id++) depth[id] = parent[id]! < 0 ? 1 : depth[parent[id]!]! + 1;
    for (const b of rpo) {
      for (let id = innermost[b]!; id >= 0; id = parent[id]!) blocks[id]!.push(b);
    }
    const headed = new Int32Array(n).fill(-1);
    const loops: Loop[] = headers.map((header, id) => {
      headed[header] = id;
      const exits: CfgEdge[] = [];
      for (const from of blocks[id]!) {
        const succs = cfg.succs(from);
        for (let index = 0; index < succs.length; index++) {
          const to = succs[index]!;
          if (!isIn(innermost, parent, to, id)) exits.push({ from, to, index });
        }
      }
      return {
        index: id,
        header,
        blocks: blocks[id]!,
        backEdges: back.get(header)!,
        exits,
        parent: parent[id]!,
        depth: depth[id]!,
      };
    });
    return new LoopInfo(dom, loops, irreducible, innermost, headed);
  }

  get reducible(): boolean {
    return this.irreducible.length === 0;
  }

  isHeader(b: number): boolean {
    return b >= 0 && b < this.headed.length && this.headed[b]! >= 0;
  }

  /** The loop headed by `b`, if any. */
  loopHeadedBy(b: number): Loop | undefined {
    return this.isHeader(b) ? this.loops[this.headed[b]!] : undefined;
  }

  /** The innermost loop containing `b`, if any. */
  loopOf(b: number): Loop | undefined {
    const id = b >= 0 && b < this.innermost.length ? this.innermost[b]! : -1;
    return id < 0 ? undefined : this.loops[id];
  }

  /** Loop nesting depth of a block: 0 outside all loops. */
  depth(b: number): number {
    return this.loopOf(b)?.depth ?? 0;
  }

  /** Whether block `b` is in `loop` (directly or in one of its inner loops). */
  contains(loop: Loop, b: number): boolean {
    if (b < 0 || b >= this.innermost.length) return false;
    return isIn(this.innermost, this.parents, b, loop.index);
  }

  /** Whether the edge from -> to is a back edge (a retreating edge to a dominator). */
  isBackEdge(from: number, to: number): boolean {
    return this.dom.rpoIndex(to) >= 0 && this.dom.rpoIndex(to) <= this.dom.rpoIndex(from) && this.dom.dominates(to, from);
  }
}

function isIn(innermost: Int32Array, parent: ArrayLike<number>, b: number, id: number): boolean {
  for (let l = b < innermost.length ? innermost[b]! : -1; l >= 0; l = parent[l]!) if (l === id) return true;
  return false;
}
