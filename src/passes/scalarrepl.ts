// scalarrepl: no instance is allocated whose every use is a store or load of its own slots, each slot stored once before it is read.
//
// After inlining, a small method that builds and returns an instance (`Vec(self.x - o.x, ...)`)
// and its caller that only reads the result's fields (`oc.dot(d)`) leave in one function:
//
//     v = call.obj @rt_inst_new, cls          the instance, every slot empty
//     p = word.ptr v ; a = i32.add p, 24      the address of a slot
//     store.f64 0, a, x                       the inlined __init__ fills it
//     ... y = load.f64 0, a                   the inlined method reads it
//
// The instance never escapes (no other use of v, p or a: not passed, returned, compared, put in
// a block parameter), so nothing but these loads can observe it: each load becomes the value
// its slot was stored with, and the allocation, the address arithmetic and the stores go (an
// rt_alloc, the slot clearing, and later a sweep, per temporary). A slot is identified by its
// byte offset; it must be stored exactly once, by a store that dominates every load of it (in
// the same block: comes before it), with the same type (store.f64 with load.f64, attr.store
// with attr.load of the same name). Anything else leaves the instance alone. Dropping
// rt_inst_new also drops the MemoryError it may leave pending, which CPython would not raise
// either for an object it never needed (its own temporaries are freed at once).
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import type { Opcode } from '../ir/ops.js';
import { DomTree } from '../ir/analysis/dominators.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { applyReplacements } from './util.js';

const NEW_INSTANCE = 'rt_inst_new';

/** Load op -> the store op that writes what it reads. */
const STORE_FOR: Partial<Record<Opcode, Opcode>> = {
  'load.f64': 'store.f64',
  'load.i64': 'store.i64',
  'load.i32': 'store.i32',
  'load.obj': 'store.obj',
  'attr.load': 'attr.store',
};
const STORES = new Set<Opcode>(Object.values(STORE_FOR) as Opcode[]);

interface Access {
  inst: Inst;
  block: Block;
  /** Position in its block. */
  pos: number;
  /** Byte offset from the object's address. */
  offset: number;
}

export function scalarrepl(m: IrModule, _ctx: PassContext): void {
  for (const f of m.funcs) if (isUserFunc(f) && !f.frozen) scalarreplFunc(f);
}

function scalarreplFunc(f: Func): void {
  // Every use of every value: (instruction, operand index), -1 for a branch argument.
  const uses = new Map<Value, { inst: Inst; block: Block; pos: number; arg: number }[]>();
  const news: Inst[] = [];
  for (const b of f.blockOrder) {
    f.blocks[b].insts.forEach((i, pos) => {
      const d = f.insts[i];
      d.args.forEach((a, arg) => {
        let u = uses.get(a);
        if (!u) uses.set(a, (u = []));
        u.push({ inst: i, block: b, pos, arg });
      });
      for (const t of d.targets) for (const a of t.args) {
        let u = uses.get(a);
        if (!u) uses.set(a, (u = []));
        u.push({ inst: i, block: b, pos, arg: -1 });
      }
      if (d.op === 'call' && d.imm === NEW_INSTANCE && d.result !== undefined) news.push(i);
    });
  }
  if (!news.length) return;
  let dom: DomTree | undefined;
  const repl = new Map<Value, Value>();
  const dead = new Set<Inst>();
  const constI32 = (v: Value): number | undefined => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst' || f.insts[def.inst].op !== 'const.i32') return undefined;
    return Number(f.insts[def.inst].imm as bigint);
  };
  for (const n of news) {
    const v = f.insts[n].result!;
    const gone: Inst[] = [n];
    const loads: Access[] = [];
    const stores: Access[] = [];
    // Addresses derived from the object: word.ptr v, then i32.add of a constant (any depth).
    const addrs: { value: Value; offset: number }[] = [];
    let ok = true;
    for (const u of uses.get(v) ?? []) {
      const d = f.insts[u.inst];
      if (d.op !== 'word.ptr' || u.arg !== 0) { ok = false; break; }
      gone.push(u.inst);
      addrs.push({ value: d.result!, offset: 0 });
    }
    for (let k = 0; ok && k < addrs.length; k++) {
      const { value, offset } = addrs[k];
      for (const u of uses.get(value) ?? []) {
        const d = f.insts[u.inst];
        if (d.op === 'i32.add' && u.arg >= 0) {
          const c = constI32(d.args[1 - u.arg]);
          if (c === undefined) { ok = false; break; }
          gone.push(u.inst);
          addrs.push({ value: d.result!, offset: offset + c });
        } else if (u.arg === 0 && (STORE_FOR[d.op] !== undefined || STORES.has(d.op))) {
          // the address operand of a load or store (not the stored value)
          const at = offset + (d.op === 'attr.load' || d.op === 'attr.store' ? 0 : Number(d.imm as bigint));
          (STORES.has(d.op) ? stores : loads).push({ inst: u.inst, block: u.block, pos: u.pos, offset: at });
        } else { ok = false; break; }
      }
    }
    if (!ok) continue;
    const stored = new Map<number, Access>();
    for (const s of stores) {
      if (stored.has(s.offset)) { ok = false; break; }
      stored.set(s.offset, s);
    }
    if (!ok) continue;
    dom ??= DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) });
    for (const l of loads) {
      const s = stored.get(l.offset);
      const ld = f.insts[l.inst];
      if (!s) { ok = false; break; }
      const sd = f.insts[s.inst];
      if (sd.op !== STORE_FOR[ld.op] || (ld.op === 'attr.load' && ld.imm !== sd.imm)) { ok = false; break; }
      if (s.block === l.block ? s.pos >= l.pos : !dom.strictlyDominates(s.block, l.block)) { ok = false; break; }
    }
    if (!ok) continue;
    for (const l of loads) {
      repl.set(f.insts[l.inst].result!, f.insts[stored.get(l.offset)!.inst].args[1]);
      dead.add(l.inst);
    }
    for (const s of stores) dead.add(s.inst);
    for (const i of gone) dead.add(i);
  }
  if (!dead.size) return;
  for (const b of f.blockOrder) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !dead.has(i));
  applyReplacements(f, repl);
}
