// gvn: dominator-based global value numbering: an instruction whose op is `pure` and that
// repeats an instruction seen in a dominating position (same op, immediate, operands and result
// type) is removed and its uses take the earlier value. A `br` on a condition that a dominating
// `br` already decided becomes a jump: a block whose only predecessor reaches it by one edge of
// `br c` knows c there and in every block it dominates (`count[r] -= 1; if count[r] > 0`: the
// store's and the second read's bounds tests repeat the first read's). An integer add or subtract
// of a zero constant (`i32.add items, 0`: a constant index folded into an address) is its other
// operand.
import { DomTree } from '../ir/analysis/dominators.js';
import type { Block, Func, Value } from '../ir/function.js';
import { OPS, type Opcode } from '../ir/ops.js';
import { printImm } from '../ir/print.js';
import type { PassContext } from './context.js';
import { applyReplacements, resolve } from './util.js';

export function gvn(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) });
  const repl = new Map<Value, Value>();
  // A scoped table: `table` holds the values available in the current dominator-tree path;
  // each stack entry remembers the keys its block added, dropped when the walk leaves it.
  const table = new Map<string, Value>();
  // Conditions known in the current dominator-tree path (true: nonzero) and where they became so.
  const known = new Map<Value, boolean>();
  const preds = predecessorCounts(f);
  const stack: { block: Block; next: number; added: string[]; fact?: Value }[] = [{ block: f.entry, next: -1, added: [] }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next < 0) {
      top.next = 0;
      const bd = f.blocks[top.block];
      const fact = edgeFact(f, dom, preds, top.block, repl);
      if (fact !== undefined && !known.has(fact.cond)) {
        known.set(fact.cond, fact.value);
        top.fact = fact.cond;
      }
      const kept = [];
      // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
      const insts = bd.insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const i = insts[ii];
        const d = f.insts[i];
        const info = OPS[d.op];
        if (d.op === 'br' && d.targets[0].block !== d.targets[1].block) {
          const c = known.get(resolve(repl, d.args[0]));
          if (c !== undefined) {
            d.op = 'jump';
            d.args = [];
            d.targets = [d.targets[c ? 0 : 1]];
          }
        }
        if (!info.pure || info.terminator || d.result === undefined) {
          kept.push(i);
          continue;
        }
        const args = d.args.map((a) => resolve(repl, a));
        const same = identityOperand(f, d.op, args);
        if (same !== undefined) {
          repl.set(d.result, same);
          continue;
        }
        // (an int immediate prints as String(imm): printImm's own case)
        const imm = info.imm === 'none' ? '' : info.imm === 'int' ? String(d.imm) : printImm(d.op, d.imm);
        const key = `${d.op} ${f.valueTypes[d.result]} ${imm} ${args.join(',')}`;
        const prev = table.get(key);
        if (prev !== undefined) {
          repl.set(d.result, prev);
          continue;
        }
        table.set(key, d.result);
        top.added.push(key);
        kept.push(i);
      }
      bd.insts = kept;
    }
    const kids = dom.children(top.block);
    if (top.next < kids.length) {
      stack.push({ block: kids[top.next++] as Block, next: -1, added: [] });
      continue;
    }
    for (let k = 0; k < top.added.length; k++) table.delete(top.added[k]);
    if (top.fact !== undefined) known.delete(top.fact);
    stack.pop();
  }
  applyReplacements(f, repl);
}

/** How many edges enter each block (a br with both targets the same block counts twice). */
function predecessorCounts(f: Func): Map<Block, number> {
  const n = new Map<Block, number>();
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const t = f.terminator(order[bo]);
    if (t === undefined) continue;
    const ts = f.insts[t].targets;
    for (let k = 0; k < ts.length; k++) n.set(ts[k].block, (n.get(ts[k].block) ?? 0) + 1);
  }
  return n;
}

/** The condition b knows from the one edge entering it, when that edge is one arm of a `br`
 * with two different targets: its condition is nonzero in b (the first arm) or zero (the second). */
function edgeFact(f: Func, dom: DomTree, preds: Map<Block, number>, b: Block, repl: Map<Value, Value>): { cond: Value; value: boolean } | undefined {
  if (preds.get(b) !== 1) return undefined;
  const p = dom.idom(b) as Block | undefined;
  if (p === undefined) return undefined;
  const t = f.terminator(p);
  if (t === undefined) return undefined;
  const d = f.insts[t];
  if (d.op !== 'br' || d.targets[0].block === d.targets[1].block) return undefined;
  const arm = d.targets[0].block === b ? 0 : d.targets[1].block === b ? 1 : -1;
  if (arm < 0) return undefined;
  return { cond: resolve(repl, d.args[0]), value: arm === 0 };
}

/** x + 0, 0 + x and x - 0 on raw integers: the operand x, else undefined. */
const ZERO_IDENTITY: ReadonlySet<Opcode> = new Set<Opcode>(['i32.add', 'i64.add', 'i32.sub', 'i64.sub']);

function identityOperand(f: Func, op: Opcode, args: Value[]): Value | undefined {
  if (!ZERO_IDENTITY.has(op)) return undefined;
  const zero = (v: Value): boolean => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst') return false;
    const c = f.insts[def.inst];
    return (c.op === 'const.i32' || c.op === 'const.i64') && c.imm === 0n;
  };
  if (zero(args[1])) return args[0];
  if (op.endsWith('.add') && zero(args[0])) return args[1];
  return undefined;
}
