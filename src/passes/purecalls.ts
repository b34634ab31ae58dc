// purecalls: no call of a class-key runtime function repeats one with the same arguments in a dominating position.
//
// Every attribute access and method call on a receiver whose class is one of several (a decided
// class switch, docs/object-model.md) asks for the receiver's class key (rt_inst_key,
// rt_cls_key: the header's type, the instance's class, the class's id). A method reading
// `self.a`, `self.b`, `self.c` asks three times for the same `self`. The answer depends only on
// the object's identity: an instance's class cannot be reassigned (no `__class__` store), a class's
// id and an object's type never change, and objects do not move. So the calls are pure in fact,
// though the op table cannot say so of a call: this pass merges them as GVN would, before the
// inline pass expands each into loads that GVN must then leave alone.
import { DomTree } from '../ir/analysis/dominators.js';
import type { Block, Func, IrModule, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { applyReplacements, resolve } from './util.js';
import { copyprop } from './copyprop.js';

/** Runtime functions whose result depends only on which objects their arguments are, and that
 * neither raise nor write (stdlib/_rt/cls.py). */
export const KEY_CALLS: ReadonlySet<string> = new Set(['rt_cls_key', 'rt_inst_key', 'rt_cls_id', 'rt_is_inst', 'rt_type_id']);

export function purecalls(m: IrModule, ctx: PassContext): void {
  for (const f of m.funcs) if (isUserFunc(f) && !f.frozen) purecallsFunc(f, ctx);
}

function purecallsFunc(f: Func, ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  splitIsinstance(f);
  let any = false;
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) if (f.insts[i].op === 'call' && KEY_CALLS.has(f.insts[i].imm as string)) any = true;
  if (!any) return;
  // As lowered, each read of a local passes it through the block parameters of its unbound test
  // (`self` is a new value at every access); copyprop makes them the one value again.
  if (!ctx.disabled.has('copyprop')) copyprop(f, ctx);
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) });
  const repl = new Map<Value, Value>();
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
        if (d.op !== 'call' || d.result === undefined || !KEY_CALLS.has(d.imm as string)) {
          kept.push(i);
          continue;
        }
        const key = `${d.imm as string} ${f.typeOf(d.result)} ${d.args.map((a) => resolve(repl, a)).join(',')}`;
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

/** isinstance(x, T) (rt_isinstance(x, mask)) becomes rt_isinstance_t(rt_type_id(x), mask), so
 * that a chain of tests on one value (json_build's render: None, bool, int, float, str, tuple)
 * reads x's type word once: rt_type_id is a key call, merged above like the others, and each
 * rt_isinstance_t is then a shift and a mask in line. */
function splitIsinstance(f: Func): void {
  for (const b of f.blockOrder) {
    const bd = f.blocks[b];
    const out = [];
    for (const i of bd.insts) {
      const d = f.insts[i];
      if (d.op === 'call' && d.imm === 'rt_isinstance' && d.args.length === 2) {
        const t = f.makeInst('call', [d.args[0]], 'rt_type_id', 'i32', [], d.line);
        out.push(t);
        d.imm = 'rt_isinstance_t';
        d.args = [f.insts[t].result!, d.args[1]];
      }
      out.push(i);
    }
    bd.insts = out;
  }
}
