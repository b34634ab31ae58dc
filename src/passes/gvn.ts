// gvn: dominator-based global value numbering: an instruction whose op is `pure` and that
// repeats an instruction seen in a dominating position (same op, immediate, operands and result
// type) is removed and its uses take the earlier value.
import { DomTree } from '../ir/analysis/dominators.js';
import type { Block, Func, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
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
  const stack: { block: Block; next: number; added: string[] }[] = [{ block: f.entry, next: -1, added: [] }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.next < 0) {
      top.next = 0;
      const bd = f.blocks[top.block];
      const kept = [];
      for (const i of bd.insts) {
        const d = f.insts[i];
        const info = OPS[d.op];
        if (!info.pure || info.terminator || d.result === undefined) {
          kept.push(i);
          continue;
        }
        const args = d.args.map((a) => resolve(repl, a));
        const imm = info.imm === 'none' ? '' : printImm(d.op, d.imm);
        const key = `${d.op} ${f.typeOf(d.result)} ${imm} ${args.join(',')}`;
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
    for (const k of top.added) table.delete(k);
    stack.pop();
  }
  applyReplacements(f, repl);
}
