// modglobals: a module global that only its module's body reads and writes is an SSA value of
// that body, not a wasm global: no global.get/set, and no NameError test where it is bound.
//
// A module's body (`<mod>.<module>`) runs once, so a global no other function of the program
// names (no function reads it, no `global` statement in a def writes it, no `from m import x`,
// no module attribute dispatcher) is a local variable of the body: its value at any point is
// the last `global.set` on the path there, or unbound (the global's initial word, ptr.word 0)
// before the first. This pass builds that SSA form (block parameters at the iterated dominance
// frontier of the stores, renaming down the dominator tree) and folds `py.is x, <unbound>` to
// false where x is bound on every path (the NameError tests of reads). Inference then types the
// values like locals: sieve's counting loop at module level (`for i in range(N + 1): if
// flags[i]: count += 1; total += i`) runs on small ints in registers with the list index
// inlined, as in a function. Runs before specialize (inference).
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import { reversePostorder } from '../ir/analysis/cfg.js';
import { DomTree } from '../ir/analysis/dominators.js';
import type { PassContext } from './context.js';
import { applyReplacements } from './util.js';

export function modglobals(m: IrModule, _ctx: PassContext): void {
  // Which functions name each global.
  const users = new Map<string, Set<Func>>();
  for (const f of m.funcs) {
    if (f.frozen) continue;
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op !== 'global.get' && d.op !== 'global.set') continue;
      const g = String(d.imm);
      if (!users.has(g)) users.set(g, new Set());
      users.get(g)!.add(f);
    }
  }
  const byFunc = new Map<Func, string[]>();
  for (const [g, fs] of users) {
    if (fs.size !== 1) continue;
    const f = [...fs][0];
    if (!f.name.endsWith('.<module>') || f.opaque || f.calledFromRuntime) continue;
    if (!byFunc.has(f)) byFunc.set(f, []);
    byFunc.get(f)!.push(g);
  }
  for (const [f, gs] of byFunc) promote(f, new Set(gs));
}

function promote(f: Func, globals: Set<string>): void {
  const c0 = f.makeInst('const.i32', [], 0n, 'i32');
  const unbound = f.makeInst('ptr.word', [f.insts[c0].result!], undefined, 'obj');
  f.blocks[f.entry].insts.unshift(c0, unbound);
  const unboundV = f.insts[unbound].result!;
  const { rpo, read, repl } = toSSA(f, globals, 'obj', unboundV);
  // The NameError tests of promoted reads, found before renaming (a value stored in a global is
  // tested against the unbound word for other reasons too: rt_next's end of iteration).
  const tests: Inst[] = [];
  for (const b of rpo) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    if (d.op === 'py.is' && d.args.some((a) => read.has(a))) tests.push(i);
  }
  applyReplacements(f, repl);
  foldBoundTests(f, unboundV, tests, rpo);
}

/**
 * SSA form for the variables `names` of f: each is written by `global.set %name, v` and read by
 * `global.get %name` (all of type `type`), and holds `initial` (defined in the entry) before its
 * first write. Adds block parameters at the iterated dominance frontiers of the writes, drops
 * the reads and writes (unreachable blocks are dropped first) and returns the replacement of
 * each read's result (not yet applied), the reads' results and the reverse postorder.
 */
export function toSSA(f: Func, names: Set<string>, type: IrType, initial: Value): { rpo: Block[]; read: Set<Value>; repl: Map<Value, Value> } {
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  const live = new Set(rpo);
  f.blockOrder = f.blockOrder.filter((b) => live.has(b));
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) }, rpo);
  const preds = new Map<Block, Block[]>();
  for (const b of rpo) for (const s of f.successors(b)) {
    if (!preds.has(s)) preds.set(s, []);
    preds.get(s)!.push(b);
  }
  // Dominance frontiers (Cooper, Harvey and Kennedy).
  const df = new Map<Block, Set<Block>>(rpo.map((b) => [b, new Set<Block>()]));
  for (const b of rpo) {
    const ps = preds.get(b) ?? [];
    if (ps.length < 2) continue;
    const idom = dom.idom(b);
    for (const p of ps) for (let r: Block | undefined = p; r !== undefined && r !== idom; r = dom.idom(r) as Block | undefined) df.get(r)!.add(b);
  }
  const named = (d: { op: string; imm: unknown }) => (d.op === 'global.get' || d.op === 'global.set') && names.has(String(d.imm));
  // Block parameters: at the iterated frontier of each variable's writes, in one order per
  // block so edges append their arguments in that order.
  const params = new Map<Block, { g: string; p: Value }[]>();
  for (const g of names) {
    const work: Block[] = rpo.filter((b) => f.blocks[b].insts.some((i) => f.insts[i].op === 'global.set' && f.insts[i].imm === g));
    const placed = new Set<Block>();
    while (work.length) {
      const b = work.pop()!;
      for (const y of df.get(b) ?? []) {
        if (placed.has(y)) continue;
        placed.add(y);
        if (!params.has(y)) params.set(y, []);
        params.get(y)!.push({ g, p: f.addBlockParam(y, type) });
        work.push(y);
      }
    }
  }
  // Renaming down the dominator tree (an explicit stack: module bodies can be deep).
  const repl = new Map<Value, Value>();
  const read = new Set<Value>();
  const stack: { b: Block; cur: Map<string, Value> }[] = [{ b: f.entry, cur: new Map([...names].map((g) => [g, initial])) }];
  while (stack.length) {
    const { b, cur } = stack.pop()!;
    const here = new Map(cur);
    for (const { g, p } of params.get(b) ?? []) here.set(g, p);
    const kept: Inst[] = [];
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (named(d)) {
        if (d.op === 'global.get') repl.set(d.result!, here.get(String(d.imm))!), read.add(d.result!);
        else here.set(String(d.imm), d.args[0]);
        continue;
      }
      kept.push(i);
      for (const t of d.targets) for (const { g } of params.get(t.block) ?? []) t.args.push(here.get(g)!);
    }
    f.blocks[b].insts = kept;
    for (const c of dom.children(b)) stack.push({ b: c as Block, cur: here });
  }
  return { rpo, read, repl };
}

/** Each of `tests`, `py.is x, ptr.word 0` where x is what a promoted read gave (the read's
 * NameError test), is 0 where x is bound on every path: not the unbound word, nor a block
 * parameter that may receive it. (A value stored in a global is never unbound but by `del`,
 * which stores the unbound word: a value read from another global passed its own test before
 * it was stored.) */
function foldBoundTests(f: Func, unboundV: Value, tests: Inst[], rpo: Block[]): void {
  const isUnboundWord = (v: Value): boolean => {
    if (v === unboundV) return true;
    const d = f.valueDefs[v];
    if (d.kind !== 'inst' || f.insts[d.inst].op !== 'ptr.word') return false;
    const a = f.valueDefs[f.insts[d.inst].args[0]];
    return a.kind === 'inst' && f.insts[a.inst].op === 'const.i32' && f.insts[a.inst].imm === 0n;
  };
  // Block parameters that may receive the unbound word (a fixpoint over the edges).
  const maybe = new Set<Value>();
  const mayBeUnbound = (v: Value) => isUnboundWord(v) || maybe.has(v);
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of rpo) for (const i of f.blocks[b].insts) for (const t of f.insts[i].targets) {
      t.args.forEach((a, k) => {
        const p = f.blocks[t.block].params[k];
        if (p !== undefined && !maybe.has(p) && f.typeOf(p) === 'obj' && mayBeUnbound(a)) maybe.add(p), (changed = true);
      });
    }
  }
  for (const i of tests) {
    const d = f.insts[i];
    const [x, y] = d.args;
    const probe = isUnboundWord(y) ? x : isUnboundWord(x) ? y : undefined;
    if (probe === undefined || mayBeUnbound(probe)) continue;
    // the value keeps its name: the test becomes the constant 0
    d.op = 'const.i32';
    d.args = [];
    d.imm = 0n;
  }
}
