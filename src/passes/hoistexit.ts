// hoistexit: a loop whose every trip starts with a test of a value defined outside it, leaving the
// loop when it holds, makes that test once, on entry, instead of on every trip.
//
// The shape: header H (pure instructions only) branches either out of the loop or to B, its only
// block in the loop; B (pure instructions, one predecessor, no parameters) ends in `br c, X, Y`
// (either way round) with c defined outside the loop, X outside it and Y inside. Every trip
// passes H then B, and c is the same on every trip: if it sends B to X, the first trip reaching
// B leaves the loop there, so a trip that comes back to H found it sending B to Y, and so will
// every later one. Only the first trip needs the test. So B's branch becomes a jump to Y, and the
// edges into H from outside go through two new blocks instead:
//     pre(p):  H's instructions on p; H's branch, with B replaced by P2 and its exits by H(p)
//     P2:      B's branch, with Y replaced by H(p)
// pre repeats H's test on the entry values (pure: at worst computed twice), so the path to X is
// taken exactly when the first trip would have reached B and left to X; skipping B's own
// instructions on that path changes nothing, as they are pure. X's operands and edge arguments
// must be defined outside the loop (a constant of the loop is copied into X), and no block X
// leads to outside the loop may use a value of the loop: then every use stays dominated by its
// definition (a path through pre and P2 stands for one through H and B).
//
// Why: the RecursionError test of a function inlined into a loop (`depth + 1 >= limit`, the depth
// a parameter: depth-param) is such a test. spectral_norm's inner loops (eval_a inlined into
// times_u) tested it on each of their 12.8 M trips.
import { DomTree } from '../ir/analysis/dominators.js';
import { LoopInfo, type Loop } from '../ir/analysis/loops.js';
import type { Block, Func, Inst, InstData, Target, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';

export function hoistexit(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  // Each rewrite adds blocks outside the loop (inside the loops around it): the loops are found
  // again after each. Every rewrite turns a branch into a jump, so this ends.
  for (;;) {
    const cfg = { entry: f.entry, succs: (b: number) => f.successors(b as Block) };
    const info = LoopInfo.compute(cfg, DomTree.compute(cfg));
    if (!info.loops.length || !info.reducible) return;
    const m = info.loops.map((l) => match(f, l)).find((x) => x !== undefined);
    if (!m) return;
    rewrite(f, m);
  }
}

interface ExitTest {
  header: Block;
  /** The branch of B (the block after the header) that leaves the loop or goes on to Y. */
  test: Inst;
  /** Which of its targets is X (outside the loop). */
  exitIndex: number;
  /** Constants of the loop that X uses, copied into X. */
  consts: Value[];
  /** The edges into the header from outside the loop. */
  entries: { from: Block; index: number }[];
}

const isPlain = (d: InstData): boolean => {
  const op = OPS[d.op];
  return op.terminator || (op.pure && !op.raises && !op.reads && !op.writes);
};

function match(f: Func, loop: Loop): ExitTest | undefined {
  const header = loop.header as Block;
  if (header === f.entry) return undefined; // (the first trip comes in through no edge)
  const inLoop = new Set<number>(loop.blocks);
  const ht = f.terminator(header);
  if (ht === undefined || f.insts[ht].op !== 'br') return undefined;
  const hts = f.insts[ht].targets;
  const inner = hts.filter((t) => inLoop.has(t.block));
  if (inner.length !== 1 || inner[0].block === header || inner[0].args.length) return undefined;
  const b = inner[0].block;
  if (!f.blocks[header].insts.every((i) => isPlain(f.insts[i]))) return undefined;
  if (f.blocks[b].params.length || !f.blocks[b].insts.every((i) => isPlain(f.insts[i]))) return undefined;
  const bt = f.terminator(b)!;
  const br = f.insts[bt];
  if (br.op !== 'br') return undefined;
  const exitIndex = br.targets.findIndex((t) => !inLoop.has(t.block));
  if (exitIndex < 0 || !inLoop.has(br.targets[1 - exitIndex].block)) return undefined;
  // Values of the loop, and the blocks outside it with an edge into the header (B's only
  // predecessor must be H).
  const mine = new Set<Value>();
  for (const x of loop.blocks) {
    for (const p of f.blocks[x as Block].params) mine.add(p);
    for (const i of f.blocks[x as Block].insts) if (f.insts[i].result !== undefined) mine.add(f.insts[i].result!);
  }
  if (mine.has(br.args[0])) return undefined;
  const entries: { from: Block; index: number }[] = [];
  for (const x of f.blockOrder) {
    const t = f.terminator(x);
    if (t === undefined) continue;
    const ts = f.insts[t].targets;
    for (let index = 0; index < ts.length; index++) {
      if (ts[index].block === b && t !== ht) return undefined;
      if (ts[index].block === header && !inLoop.has(x)) entries.push({ from: x, index });
    }
  }
  if (!entries.length) return undefined;
  // X: its operands from outside the loop, or constants of it (copied).
  const exit = br.targets[exitIndex];
  if (exit.args.some((a) => mine.has(a))) return undefined;
  const consts: Value[] = [];
  for (const i of f.blocks[exit.block].insts) {
    const d = f.insts[i];
    for (const a of [...d.args, ...d.targets.flatMap((t) => t.args)]) {
      if (!mine.has(a) || consts.includes(a)) continue;
      const def = f.valueDefs[a];
      if (def.kind !== 'inst' || f.insts[def.inst].args.length || !isPlain(f.insts[def.inst]) || OPS[f.insts[def.inst].op].terminator) return undefined;
      consts.push(a);
    }
  }
  // What X leads to outside the loop uses no value of it.
  const seen = new Set<Block>([exit.block]);
  const work = f.successors(exit.block).filter((s) => s !== header);
  while (work.length) {
    const x = work.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    if (inLoop.has(x)) return undefined; // (reducible: only through the header)
    for (const i of f.blocks[x].insts) {
      const d = f.insts[i];
      if (d.args.some((a) => mine.has(a)) || d.targets.some((t) => t.args.some((a) => mine.has(a)))) return undefined;
    }
    for (const s of f.successors(x)) if (s !== header) work.push(s);
  }
  return { header, test: bt, exitIndex, consts, entries };
}

function rewrite(f: Func, m: ExitTest): void {
  const { header } = m;
  const hd = f.blocks[header];
  const br = f.insts[m.test];
  const line = br.line;
  const place = (b: Block) => {
    f.blockOrder.pop();
    f.blockOrder.splice(f.blockOrder.indexOf(header), 0, b);
  };
  // X: its own copies of the loop's constants.
  const exit = br.targets[m.exitIndex].block;
  if (m.consts.length) {
    const repl = new Map<Value, Value>();
    const copies: Inst[] = [];
    for (const v of m.consts) {
      const d = f.insts[(f.valueDefs[v] as { inst: Inst }).inst];
      const i = f.makeInst(d.op, [], d.imm, f.typeOf(v), [], d.line);
      copies.push(i);
      repl.set(v, f.insts[i].result!);
    }
    const sub = (a: Value) => repl.get(a) ?? a;
    for (const i of f.blocks[exit].insts) {
      const d = f.insts[i];
      d.args = d.args.map(sub);
      for (const t of d.targets) t.args = t.args.map(sub);
    }
    f.blocks[exit].insts.unshift(...copies);
  }
  // pre(p): H's instructions on p, then H's branch.
  const pre = f.newBlock();
  place(pre);
  const p = hd.params.map((v) => f.addBlockParam(pre, f.typeOf(v)));
  const repl = new Map<Value, Value>(hd.params.map((v, k) => [v, p[k]]));
  const sub = (a: Value) => repl.get(a) ?? a;
  const toHeader = (): Target => ({ block: header, args: [...p] });
  const ht = f.terminator(header)!;
  for (const i of hd.insts) {
    if (i === ht) continue;
    const d = f.insts[i];
    const c = f.makeInst(d.op, d.args.map(sub), d.imm, d.result === undefined ? null : f.typeOf(d.result), [], d.line);
    f.blocks[pre].insts.push(c);
    if (d.result !== undefined) repl.set(d.result, f.insts[c].result!);
  }
  const p2 = f.newBlock();
  place(p2);
  const hb = f.insts[ht];
  const bBlock = hb.targets.find((t) => f.terminator(t.block) === m.test)!.block;
  f.blocks[pre].insts.push(f.makeInst('br', hb.args.map(sub), hb.imm, null, hb.targets.map((t) => (t.block === bBlock ? { block: p2, args: [] } : toHeader())), hb.line));
  // P2: B's branch, staying in the loop by entering it.
  const targets = br.targets.map((t, k) => (k === m.exitIndex ? { block: t.block, args: [...t.args] } : toHeader()));
  f.blocks[p2].insts.push(f.makeInst('br', [...br.args], br.imm, null, targets, line));
  // B goes on to Y.
  br.op = 'jump';
  br.args = [];
  br.targets = [br.targets[1 - m.exitIndex]];
  // The entries come in through pre.
  for (const { from, index } of m.entries) f.insts[f.terminator(from)!].targets[index].block = pre;
}
