// licm: pure instructions (no raise, no read, no write) whose operands are defined outside a loop are computed before it.
//
// Loops are found with src/ir/analysis (dominators, natural loops) and handled innermost first,
// so an invariant climbs out of a nest one loop at a time. For each loop the blocks are walked in
// reverse postorder (definitions before uses), and an instruction is invariant when the op table
// says it is `pure` and neither `raises`, `reads` nor `writes`, and each operand is defined
// outside the loop or by an invariant instruction. The invariants move, in that order, to the
// end of the loop's preheader: the one block outside the loop that jumps to the header, or a
// new block that all outside edges into the header now go through (it takes the header's
// parameters and passes them on). Hoisting out of a loop that may run zero times is fine: such
// instructions cannot fail, so at worst they compute an unused value once.
// Constants (pure ops without operands) are cheaper to rematerialize than to keep in a local, so
// one moves only when a hoisted instruction uses it.
import { DomTree } from '../ir/analysis/dominators.js';
import { type Loop, LoopInfo } from '../ir/analysis/loops.js';
import type { Block, Func, Inst, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';

export function licm(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const cfg = { entry: f.entry, succs: (b: number) => f.successors(b as Block) };
  const dom = DomTree.compute(cfg);
  const info = LoopInfo.compute(cfg, dom);
  if (!info.loops.length || !info.reducible) return;
  // Preheaders made for inner loops lie inside the enclosing loops, which were computed before
  // the blocks existed: each is walked right before its header (it dominates the header).
  const made = new Map<number, Block>();
  // Inner loops come after their outer loop in `info.loops`.
  for (let k = info.loops.length - 1; k >= 0; k--) {
    const loop = info.loops[k];
    const blocks: Block[] = [];
    for (const b of loop.blocks) {
      const pre = b === loop.header ? undefined : made.get(b);
      if (pre !== undefined) blocks.push(pre);
      blocks.push(b as Block);
    }
    const pre = hoistLoop(f, loop, blocks);
    if (pre !== undefined) made.set(loop.header, pre);
  }
}

/** Hoists the invariants of one loop into its preheader; returns the preheader if it is new. */
function hoistLoop(f: Func, loop: Loop, blocks: Block[]): Block | undefined {
  const inLoop = new Set<number>(blocks);
  // Values defined inside the loop (block parameters and results).
  const definedIn = new Set<Value>();
  for (const b of blocks) {
    for (const p of f.blocks[b].params) definedIn.add(p);
    for (const i of f.blocks[b].insts) {
      const r = f.insts[i].result;
      if (r !== undefined) definedIn.add(r);
    }
  }
  const invariant = new Set<Value>();
  const order: { inst: Inst; block: Block }[] = [];
  for (const b of blocks) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const info = OPS[d.op];
      if (!info.pure || info.raises || info.reads || info.writes || info.terminator || d.result === undefined) continue;
      if (!d.args.every((a) => !definedIn.has(a) || invariant.has(a))) continue;
      invariant.add(d.result);
      order.push({ inst: i, block: b });
    }
  }
  // Keep only what is worth moving: non-constants and the constants they use.
  const move = new Set<Inst>();
  for (let k = order.length - 1; k >= 0; k--) {
    const { inst } = order[k];
    const d = f.insts[inst];
    if (d.args.length === 0 && !move.has(inst)) continue;
    move.add(inst);
    for (const a of d.args) {
      const def = f.valueDefs[a];
      if (def.kind === 'inst' && invariant.has(a)) move.add(def.inst);
    }
  }
  if (!move.size) return undefined;
  const { block: pre, made } = preheader(f, loop, inLoop);
  const fromBlocks = new Set<Block>();
  for (const { inst, block } of order) if (move.has(inst)) fromBlocks.add(block);
  for (const b of fromBlocks) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !move.has(i));
  const pd = f.blocks[pre];
  const term = pd.insts.pop()!;
  for (const { inst } of order) if (move.has(inst)) pd.insts.push(inst);
  pd.insts.push(term);
  return made ? pre : undefined;
}

/**
 * The block where hoisted code goes: the only outside predecessor of the header when it ends in
 * a jump; otherwise a new block placed before the header that every outside edge is sent through.
 */
function preheader(f: Func, loop: Loop, inLoop: Set<number>): { block: Block; made: boolean } {
  const header = loop.header as Block;
  const outside: { from: Block; index: number }[] = [];
  for (const b of f.blockOrder) {
    if (inLoop.has(b)) continue;
    const t = f.terminator(b);
    if (t === undefined) continue;
    f.insts[t].targets.forEach((tg, index) => {
      if (tg.block === header) outside.push({ from: b, index });
    });
  }
  if (outside.length === 1) {
    const t = f.terminator(outside[0].from)!;
    if (f.insts[t].op === 'jump') return { block: outside[0].from, made: false };
  }
  const pre = f.newBlock();
  // Place it right before the header in the layout.
  f.blockOrder.pop();
  f.blockOrder.splice(f.blockOrder.indexOf(header), 0, pre);
  const params = f.blocks[header].params.map((p) => f.addBlockParam(pre, f.typeOf(p)));
  const line = f.insts[f.blocks[header].insts[0]]?.line ?? 0;
  f.blocks[pre].insts.push(f.makeInst('jump', [], undefined, null, [{ block: header, args: params }], line));
  for (const { from, index } of outside) f.insts[f.terminator(from)!].targets[index].block = pre;
  return { block: pre, made: true };
}
