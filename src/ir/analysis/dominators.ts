// The dominator tree of a Cfg, computed with the Cooper-Harvey-Kennedy iterative algorithm
// ("A Simple, Fast Dominance Algorithm", 2001) over reverse postorder. Everything is stored in
// typed arrays indexed by block id; `dominates` is O(1) through pre/post numbers of the tree.
import { type Cfg, idBound, reversePostorder } from './cfg.js';

export class DomTree {
  /** Reachable blocks in reverse postorder (the order the tree was computed in). */
  readonly rpo: readonly number[];
  /** rpo index by block id; -1 for unreachable or unknown blocks. */
  private readonly order: Int32Array;
  /** Immediate dominator by block id; -1 for the entry and unreachable blocks. */
  private readonly idoms: Int32Array;
  private readonly kids: number[][];
  /** Preorder and postorder numbers in the dominator tree, and depth (entry = 0). */
  private readonly pre: Int32Array;
  private readonly post: Int32Array;
  private readonly depths: Int32Array;

  private constructor(rpo: readonly number[], order: Int32Array, idoms: Int32Array) {
    this.rpo = rpo;
    this.order = order;
    this.idoms = idoms;
    const n = order.length;
    this.kids = [];
    for (let b = 0; b < n; b++) this.kids.push([]);
    for (const b of rpo) {
      const d = idoms[b]!;
      if (d >= 0) this.kids[d]!.push(b); // rpo order, so children come out sorted by rpo
    }
    this.pre = new Int32Array(n).fill(-1);
    this.post = new Int32Array(n).fill(-1);
    this.depths = new Int32Array(n).fill(-1);
    if (rpo.length === 0) return;
    // Iterative DFS of the tree for pre/post numbers.
    let clock = 0;
    const stack: number[] = [rpo[0]!];
    const next: number[] = [0];
    this.pre[rpo[0]!] = clock++;
    this.depths[rpo[0]!] = 0;
    while (stack.length > 0) {
      const top = stack.length - 1;
      const b = stack[top]!;
      const i = next[top]!;
      const ks = this.kids[b]!;
      if (i >= ks.length) {
        this.post[b] = clock++;
        stack.pop();
        next.pop();
        continue;
      }
      next[top] = i + 1;
      const k = ks[i]!;
      this.pre[k] = clock++;
      this.depths[k] = this.depths[b]! + 1;
      stack.push(k);
      next.push(0);
    }
  }

  /** Computes the tree; pass `rpo` if you already have `reversePostorder(cfg)`. */
  static compute(cfg: Cfg, rpo: readonly number[] = reversePostorder(cfg)): DomTree {
    const n = idBound(rpo);
    const order = new Int32Array(n).fill(-1);
    for (let i = 0; i < rpo.length; i++) order[rpo[i]!] = i;
    // Predecessors as rpo indices, reachable sources only.
    const preds: number[][] = rpo.map(() => []);
    for (let i = 0; i < rpo.length; i++) {
      const ss = cfg.succs(rpo[i]!);
      for (let k = 0; k < ss.length; k++) {
        const s = ss[k]!;
        const j = s < n ? order[s]! : -1;
        if (j >= 0) preds[j]!.push(i);
      }
    }
    // doms[i]: immediate dominator of rpo[i] as an rpo index; -1 = not yet known.
    const doms = new Int32Array(rpo.length).fill(-1);
    if (rpo.length > 0) doms[0] = 0;
    let changed = rpo.length > 0;
    while (changed) {
      changed = false;
      for (let i = 1; i < rpo.length; i++) {
        let nd = -1;
        const ps = preds[i]!;
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k]!;
          if (doms[p]! < 0) continue;
          if (nd < 0) {
            nd = p;
            continue;
          }
          // intersect(p, nd): walk both fingers up until they meet.
          let a = p;
          let b = nd;
          while (a !== b) {
            while (a > b) a = doms[a]!;
            while (b > a) b = doms[b]!;
          }
          nd = a;
        }
        if (doms[i] !== nd) {
          doms[i] = nd;
          changed = true;
        }
      }
    }
    const idoms = new Int32Array(n).fill(-1);
    for (let i = 1; i < rpo.length; i++) idoms[rpo[i]!] = rpo[doms[i]!]!;
    return new DomTree(rpo, order, idoms);
  }

  /** The entry block. */
  get entry(): number {
    return this.rpo[0]!;
  }

  /** Length of arrays indexed by block id that cover every reachable block. */
  get idBound(): number {
    return this.order.length;
  }

  isReachable(b: number): boolean {
    return b >= 0 && b < this.order.length && this.order[b]! >= 0;
  }

  /** Index of `b` in reverse postorder, or -1 when unreachable. */
  rpoIndex(b: number): number {
    return b >= 0 && b < this.order.length ? this.order[b]! : -1;
  }

  /** Immediate dominator; undefined for the entry and for unreachable blocks. */
  idom(b: number): number | undefined {
    if (!this.isReachable(b)) return undefined;
    const d = this.idoms[b]!;
    return d < 0 ? undefined : d;
  }

  /** Children in the dominator tree, in reverse postorder. Empty for unreachable blocks. */
  children(b: number): readonly number[] {
    return this.isReachable(b) ? this.kids[b]! : [];
  }

  /** Depth in the dominator tree (entry = 0), -1 when unreachable. */
  depth(b: number): number {
    return this.isReachable(b) ? this.depths[b]! : -1;
  }

  /** Reflexive: every reachable block dominates itself. False if either block is unreachable. */
  dominates(a: number, b: number): boolean {
    if (!this.isReachable(a) || !this.isReachable(b)) return false;
    return this.pre[a]! <= this.pre[b]! && this.post[b]! <= this.post[a]!;
  }

  strictlyDominates(a: number, b: number): boolean {
    return a !== b && this.dominates(a, b);
  }

  /** The nearest block dominating both (both must be reachable). */
  commonDominator(a: number, b: number): number {
    if (!this.isReachable(a) || !this.isReachable(b)) throw new Error(`commonDominator: unreachable block`);
    while (this.depths[a]! > this.depths[b]!) a = this.idoms[a]!;
    while (this.depths[b]! > this.depths[a]!) b = this.idoms[b]!;
    while (a !== b) {
      a = this.idoms[a]!;
      b = this.idoms[b]!;
    }
    return a;
  }

  /** Blocks in a preorder of the dominator tree (a block before everything it dominates). */
  preorder(): number[] {
    const out: number[] = [];
    if (this.rpo.length === 0) return out;
    const stack = [this.rpo[0]!];
    while (stack.length > 0) {
      const b = stack.pop()!;
      out.push(b);
      const ks = this.kids[b]!;
      for (let i = ks.length - 1; i >= 0; i--) stack.push(ks[i]!);
    }
    return out;
  }
}
