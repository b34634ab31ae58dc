// listiter: a `for` loop over a proven list keeps an index, not an iterator object.
//
// `for x in l` lowers to `it = rt_iter(l)` and, each trip, `x = rt_next(it)` (NULL_WORD past the
// end); specialize makes the latter rt_list_iter_next when inference proves `it` iterates only
// lists. When every use of `it` is such a call, the iterator is never seen by anything else, so
// it is replaced by an i32 index i (0 at the rt_iter, an SSA value carried by block parameters):
// each next is `x = rt_list_next_at(l, i); i = i + 1`. rt_list_next_at compares i with the
// list's current length each time, as CPython's list iterator does, so a list growing or
// shrinking in the loop is seen the same way. No iterator is allocated per loop (nbody's
// `for b in bodies` ran rt_iter 200000 times) and the item read inlines into the loop.
import type { Func, Inst, IrModule, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { toSSA } from './modglobals.js';
import { applyReplacements } from './util.js';

/** The indexed read replacing each list iterator step (the o forms: lists of object items). */
const NEXT_AT: Record<string, string> = { rt_list_iter_next: 'rt_list_next_at', rt_list_iter_nexto: 'rt_list_next_at_o' };

export function listiter(m: IrModule, _ctx: PassContext): void {
  if (!m.func('rt_list_next_at') && !m.func('rt_list_next_at_o')) return;
  for (const f of m.funcs) {
    if (!isUserFunc(f) || f.frozen || f.opaque || !f.blockOrder.length) continue;
    rewrite(f);
  }
}

function rewrite(f: Func): void {
  const iters: Inst[] = [];
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    if (d.op === 'call' && d.imm === 'rt_iter' && d.result !== undefined) iters.push(i);
  }
  if (!iters.length) return;
  // The uses of the iterators: the instructions that take one, or -1 for a branch argument.
  const uses = new Map<Value, Inst[]>(iters.map((i) => [f.insts[i].result!, []]));
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    for (const a of d.args) uses.get(a)?.push(i);
    for (const t of d.targets) for (const a of t.args) uses.get(a)?.push(-1 as Inst);
  }
  const names = new Set<string>();
  for (const it of iters) {
    const d = f.insts[it];
    const us = uses.get(d.result!) ?? [];
    if (!us.length || !us.every((u) => u !== -1 && f.insts[u].op === 'call' && NEXT_AT[f.insts[u].imm as string] !== undefined && f.insts[u].args.length === 1)) continue;
    const name = `listiter.${f.insts.length}`;
    names.add(name);
    const list = d.args[0];
    // rt_iter(l) becomes the index's first write
    const zero = f.makeInst('const.i32', [], 0n, 'i32');
    const { block: ib, index: ik } = where(f, it);
    f.blocks[ib].insts.splice(ik, 1, zero, f.makeInst('global.set', [f.insts[zero].result!], name, null, [], d.line));
    for (const u of us) {
      const n = f.insts[u];
      const { block: nb, index: nk } = where(f, u);
      const get = f.makeInst('global.get', [], name, 'i32', [], n.line);
      const i = f.insts[get].result!;
      const one = f.makeInst('const.i32', [], 1n, 'i32');
      const next = f.makeInst('i32.add', [i, f.insts[one].result!], undefined, 'i32', [], n.line);
      const set = f.makeInst('global.set', [f.insts[next].result!], name, null, [], n.line);
      // the call keeps its result value: it reads item i of the list
      n.imm = NEXT_AT[n.imm as string];
      n.args = [list, i];
      f.blocks[nb].insts.splice(nk, 1, get, u, one, next, set);
    }
  }
  if (!names.size) return;
  const zero = f.makeInst('const.i32', [], 0n, 'i32');
  f.blocks[f.entry].insts.unshift(zero);
  const { repl } = toSSA(f, names, 'i32', f.insts[zero].result!);
  applyReplacements(f, repl);
}

function where(f: Func, i: Inst): { block: number & { readonly __brand: 'Block' }; index: number } {
  for (const b of f.blockOrder) {
    const k = f.blocks[b].insts.indexOf(i);
    if (k >= 0) return { block: b, index: k };
  }
  throw new Error(`listiter: instruction ${i} is not in ${f.name}`);
}
