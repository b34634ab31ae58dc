// The structurer: turns a reducible CFG (StructInput) into a tree of wasm block/loop/if/br/
// br_table (SNode), after N. Ramsey, "Beyond Relooper" (ICFP 2022): the dominator tree is walked
// from the entry; each block's merge-node children are placed after nested `block`s in reverse
// postorder, loop headers are wrapped in `loop`, and a forward edge to a non-merge child is
// inlined where it is taken. Exits of a loop are placed after it rather than inside it.
// Then a clean-up turns a `br` that lands where falling through would go into a `fallthrough`
// and drops `block`s no `br` targets. See docs/structure.md for the whole story.
import { type Cfg, reversePostorder } from '../ir/analysis/cfg.js';
import { DomTree } from '../ir/analysis/dominators.js';
import { LoopInfo } from '../ir/analysis/loops.js';
import type { Edge, SNode, StructInput, Terminator } from './types.js';

/** Thrown by `structure` when the CFG is not reducible; `edges` are the offending edges. */
export class IrreducibleError extends Error {
  readonly edges: readonly Edge[];
  constructor(edges: readonly Edge[]) {
    const list = edges.map((e) => `b${e.from}->b${e.to}`).join(', ');
    super(`irreducible control flow: retreating edge(s) to a non-dominator: ${list}`);
    this.name = 'IrreducibleError';
    this.edges = edges;
  }
}

/** The Cfg view of a StructInput (successors in edge-index order; terminators read once). */
export function structInputCfg(input: StructInput): Cfg {
  const cache: (readonly number[])[] = [];
  return {
    entry: input.entry,
    succs(b: number): readonly number[] {
      let s = cache[b];
      if (s === undefined) cache[b] = s = successors(input.term(b));
      return s;
    },
  };
}

function successors(t: Terminator): number[] {
  switch (t.kind) {
    case 'jump':
      return [t.target];
    case 'branch':
      return [t.then, t.else];
    case 'switch':
      return [...t.targets, t.default];
    case 'exit':
      return [];
  }
}

/**
 * Whether a wasm validator treats the end of this sequence as reachable: true unless its last
 * node is `br`, `br_table` or `exit`. structure() guarantees control never gets there at run
 * time, so when this is true for a function body and the function has results, the code
 * generator must emit `unreachable` after the body.
 */
export function endReachable(nodes: readonly SNode[]): boolean {
  const last = nodes[nodes.length - 1];
  return last === undefined || (last.kind !== 'br' && last.kind !== 'br_table' && last.kind !== 'exit');
}

// ---- internal tree: branches name label objects; depths are assigned at the end ----

interface Label {
  /** Number of br/br_table entries that target this label. */
  refs: number;
  /** Where control goes when branching here (identity compared); set by `fallthroughs`. */
  point: object | undefined;
  /** Position on the label stack while finishing. */
  pos: number;
}

type INode =
  | { k: 'code'; block: number }
  | { k: 'block'; label: Label; body: INode[] }
  | { k: 'loop'; header: number; label: Label; body: INode[] }
  | { k: 'if'; block: number; label: Label; then: INode[]; else: INode[] }
  | { k: 'br'; target: Label; edge: Edge }
  | { k: 'ft'; edge: Edge }
  | { k: 'br_table'; block: number; targets: Label[]; def: Label }
  | { k: 'exit'; block: number };

/** A rotated loop header is copied once per back edge: loops with more are left alone. */
const MAX_ROTATED_BACK_EDGES = 2;

function newLabel(): Label {
  return { refs: 0, point: undefined, pos: -1 };
}

/**
 * Structures the CFG reachable from `input.entry`. Throws IrreducibleError on irreducible
 * control flow. Unreachable blocks are ignored (their edges do not appear).
 */
export function structure(input: StructInput, rotate?: (header: number, blocks: readonly number[]) => boolean): SNode[] {
  const cfg = structInputCfg(input);
  const rpo = reversePostorder(cfg);
  const dom = DomTree.compute(cfg, rpo);
  const loops = LoopInfo.compute(cfg, dom);
  if (!loops.reducible) throw new IrreducibleError(loops.irreducible);
  const n = dom.idBound;

  // Merge nodes: two or more forward in-edges (counted per edge, so that each gets its own br).
  const forwardIn = new Int32Array(n);
  for (const b of rpo) for (const s of cfg.succs(b)) if (dom.rpoIndex(s) > dom.rpoIndex(b)) forwardIn[s]!++;

  // Loop exits placed after their loop: a block y outside some loop that contains idom(y) is
  // placed after the outermost such loop (in the header's emission), as if it were a merge node.
  const afterLoop: number[][] = [];
  const placedAfterLoop = new Uint8Array(n);
  for (let i = rpo.length - 1; i >= 1; i--) {
    const y = rpo[i]!;
    let l = loops.loopOf(dom.idom(y)!);
    if (l === undefined || loops.contains(l, y)) continue;
    while (l.parent >= 0 && !loops.contains(loops.loops[l.parent]!, y)) l = loops.loops[l.parent]!;
    (afterLoop[l.header] ??= []).push(y); // descending rpo order, as we walk rpo backwards
    placedAfterLoop[y] = 1;
  }

  const blockLabel: (Label | undefined)[] = [];
  const loopLabel: (Label | undefined)[] = [];
  // Rotated loops (see `rotation`): the header's label is the `loop` around its in-loop
  // successor, which each bottom copy of the header branches back to.
  const rotLabel: (Label | undefined)[] = [];

  /**
   * Whether loop header x is emitted rotated, and if so which of its two edges stays in the
   * loop: x ends in a branch with one successor in the loop (not x) and one outside it that has
   * a label of its own (placed after a loop, a merge node, or an outer loop's header that is
   * not rotated), x has
   * at most MAX_ROTATED_BACK_EDGES back edges (each gets a copy of x's code), and `rotate`
   * accepts it (the code generator: x's code is small, the loop has no call). Then instead of
   * `loop { code x; if x { body; br loop } }` the tree is
   * `code x; if x { loop { body; code x; if x { br loop } } }`: the test is at the bottom and
   * each trip takes one branch instead of two.
   */
  const rotation = (x: number): number | undefined => {
    if (rotate === undefined) return undefined;
    const t = input.term(x);
    if (t.kind !== 'branch') return undefined;
    const loop = loops.loopHeadedBy(x)!;
    if (loop.backEdges.length > MAX_ROTATED_BACK_EDGES) return undefined;
    const thenIn = loops.contains(loop, t.then);
    const elseIn = loops.contains(loop, t.else);
    if (thenIn === elseIn) return undefined;
    const inside = thenIn ? t.then : t.else;
    const out = thenIn ? t.else : t.then;
    if (inside === x || forwardIn[inside] !== 1 || dom.idom(inside) !== x) return undefined;
    if (!placedAfterLoop[out] && forwardIn[out]! < 2 && dom.rpoIndex(out) > dom.rpoIndex(x)) return undefined;
    // An exit that is an outer rotated loop's back edge would copy that loop's test into each
    // copy of this one's: copies multiplying with the nesting depth.
    if (dom.rpoIndex(out) <= dom.rpoIndex(x) && rotLabel[out] !== undefined) return undefined;
    for (const k of dom.children(x)) if (k !== inside && !placedAfterLoop[k]) return undefined;
    if (!rotate(x, loop.blocks)) return undefined;
    return thenIn ? 0 : 1;
  };

  /** A bottom copy of rotated header h: its code and branch, the in-loop edge back to the loop. */
  const rotatedCopy = (h: number, seq: INode[]): void => {
    const t = input.term(h) as Extract<Terminator, { kind: 'branch' }>;
    const node: INode = { k: 'if', block: h, label: newLabel(), then: [], else: [] };
    seq.push({ k: 'code', block: h }, node);
    const label = rotLabel[h]!;
    const thenIn = loops.contains(loops.loopHeadedBy(h)!, t.then);
    for (const [index, to, arm] of [[0, t.then, node.then], [1, t.else, node.else]] as const) {
      if (thenIn === (index === 0)) {
        label.refs++;
        arm.push({ k: 'br', target: label, edge: { from: h, to, index } });
      } else branchTo(h, to, index, arm);
    }
  };
  const top: INode[] = [];
  // Work list of "emit the dominator subtree of x at the end of seq". Each sequence receives at
  // most one such job, after everything else in it, so the jobs can run in any order.
  const jobs: { x: number; seq: INode[] }[] = [{ x: input.entry, seq: top }];

  const wrapInBlocks = (ys: readonly number[], seq: INode[]): INode[] => {
    for (const y of ys) {
      const label = newLabel();
      blockLabel[y] = label;
      const node: INode = { k: 'block', label, body: [] };
      seq.push(node);
      jobs.push({ x: y, seq });
      seq = node.body;
    }
    return seq;
  };

  const branchTo = (from: number, to: number, index: number, seq: INode[]): void => {
    const edge: Edge = { from, to, index };
    let target: Label | undefined;
    if (dom.rpoIndex(to) <= dom.rpoIndex(from) && rotLabel[to] !== undefined) {
      seq.push({ k: 'ft', edge });
      rotatedCopy(to, seq);
      return;
    }
    if (dom.rpoIndex(to) <= dom.rpoIndex(from)) target = loopLabel[to];
    else target = blockLabel[to];
    if (target !== undefined) {
      target.refs++;
      seq.push({ k: 'br', target, edge });
      return;
    }
    if (dom.rpoIndex(to) <= dom.rpoIndex(from) || dom.idom(to) !== from || forwardIn[to]! !== 1) {
      throw new Error(`structure: internal error: no place for edge b${from}->b${to}`);
    }
    seq.push({ k: 'ft', edge });
    jobs.push({ x: to, seq });
  };

  while (jobs.length > 0) {
    const { x, seq: out } = jobs.pop()!;
    let seq = out;
    const rot = loops.isHeader(x) ? rotation(x) : undefined;
    if (rot !== undefined) {
      seq = wrapInBlocks(afterLoop[x] ?? [], seq);
      const t = input.term(x) as Extract<Terminator, { kind: 'branch' }>;
      const node: INode = { k: 'if', block: x, label: newLabel(), then: [], else: [] };
      seq.push({ k: 'code', block: x }, node);
      const label = newLabel();
      rotLabel[x] = label;
      const [inside, arm] = rot === 0 ? [t.then, node.then] : [t.else, node.else];
      const loop: INode = { k: 'loop', header: inside, label, body: [] };
      arm.push({ k: 'ft', edge: { from: x, to: inside, index: rot } }, loop);
      jobs.push({ x: inside, seq: loop.body });
      branchTo(x, rot === 0 ? t.else : t.then, 1 - rot, rot === 0 ? node.else : node.then);
      continue;
    }
    if (loops.isHeader(x)) {
      seq = wrapInBlocks(afterLoop[x] ?? [], seq);
      const label = newLabel();
      loopLabel[x] = label;
      const node: INode = { k: 'loop', header: x, label, body: [] };
      seq.push(node);
      seq = node.body;
    }
    const merges: number[] = [];
    const kids = dom.children(x);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i]!;
      if (forwardIn[k]! >= 2 && !placedAfterLoop[k]) merges.push(k);
    }
    seq = wrapInBlocks(merges, seq);
    const term = input.term(x);
    switch (term.kind) {
      case 'exit':
        seq.push({ k: 'code', block: x }, { k: 'exit', block: x });
        break;
      case 'jump':
        seq.push({ k: 'code', block: x });
        branchTo(x, term.target, 0, seq);
        break;
      case 'branch': {
        const node: INode = { k: 'if', block: x, label: newLabel(), then: [], else: [] };
        seq.push({ k: 'code', block: x }, node);
        branchTo(x, term.then, 0, node.then);
        branchTo(x, term.else, 1, node.else);
        break;
      }
      case 'switch': {
        // Landing blocks, outermost for the default edge; each edge's br/fallthrough sits right
        // after the end of its own block, the innermost block holds the code and the br_table.
        const count = term.targets.length;
        const labels: Label[] = [];
        for (let i = count; i >= 0; i--) {
          const label = newLabel();
          label.refs = 1;
          labels[i] = label;
          const node: INode = { k: 'block', label, body: [] };
          seq.push(node);
          branchTo(x, i === count ? term.default : term.targets[i]!, i, seq);
          seq = node.body;
        }
        seq.push({ k: 'code', block: x }, { k: 'br_table', block: x, targets: labels.slice(0, count), def: labels[count]! });
        break;
      }
    }
  }

  fallthroughs(top, {});
  const result: SNode[] = [];
  finish(top, [], result);
  return result;
}

/**
 * Gives each label the point control reaches when branching to it, and replaces a `br` whose
 * target point equals the point its sequence falls through to by a `fallthrough`. `end` is the
 * point after the sequence (a fresh object stands for a distinct program point).
 */
function fallthroughs(seq: INode[], end: object): void {
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i]!;
    const after = i === seq.length - 1 ? end : {};
    switch (node.k) {
      case 'block':
        node.label.point = after;
        fallthroughs(node.body, after);
        break;
      case 'loop':
        node.label.point = node.label;
        fallthroughs(node.body, after);
        break;
      case 'if':
        node.label.point = after;
        fallthroughs(node.then, after);
        fallthroughs(node.else, after);
        break;
      case 'br':
        if (node.target.point === after) {
          node.target.refs--;
          seq[i] = { k: 'ft', edge: node.edge };
        }
        break;
      default:
        break;
    }
  }
}

/** Converts to SNode: drops unreferenced blocks and loops (splicing their bodies) and numbers depths. */
function finish(seq: readonly INode[], stack: Label[], out: SNode[]): void {
  const depth = (l: Label): number => {
    if (l.pos < 0 || stack[l.pos] !== l) throw new Error('structure: internal error: branch to a label not in scope');
    return stack.length - 1 - l.pos;
  };
  const nested = (label: Label, body: readonly INode[]): SNode[] => {
    label.pos = stack.length;
    stack.push(label);
    const res: SNode[] = [];
    finish(body, stack, res);
    stack.pop();
    label.pos = -1;
    return res;
  };
  for (const node of seq) {
    switch (node.k) {
      case 'code':
        out.push({ kind: 'code', block: node.block });
        break;
      case 'block':
        if (node.label.refs === 0) finish(node.body, stack, out);
        else out.push({ kind: 'block', body: nested(node.label, node.body) });
        break;
      case 'loop':
        if (node.label.refs === 0) finish(node.body, stack, out);
        else out.push({ kind: 'loop', header: node.header, body: nested(node.label, node.body) });
        break;
      case 'if': {
        const then = nested(node.label, node.then);
        const els = nested(node.label, node.else);
        out.push({ kind: 'if', block: node.block, then, else: els });
        break;
      }
      case 'br':
        out.push({ kind: 'br', depth: depth(node.target), edge: node.edge });
        break;
      case 'ft':
        out.push({ kind: 'fallthrough', edge: node.edge });
        break;
      case 'br_table':
        out.push({ kind: 'br_table', block: node.block, depths: node.targets.map(depth), default: depth(node.def) });
        break;
      case 'exit':
        out.push({ kind: 'exit', block: node.block });
        break;
    }
  }
}
