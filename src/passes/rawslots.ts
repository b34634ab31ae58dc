// rawslots: instance slots that only ever hold floats keep the raw f64 in the instance (no float
// box per attribute, no allocation per store): raytrace's Vec.x/y/z. Part of specialize (-O2),
// run after its rewrites, with inference's and initattrs' facts.
//
// A slot access (classes.ts getAttrOf / setAttrOf: `attr.load NAME, i32.add(word.ptr(recv), OFF)`
// in a case of a switch on the receiver's class) reaches instances of the classes that keep NAME
// at byte offset OFF (IrModule.classSlots), whatever inference knows of its receiver (a copy the
// runtime calls, `$rt`, knows nothing). So the decision is per (name, offset) over every class of
// the program with that slot: raw when each of them
//   - is a plain class (no exception, no built-in base) with a site of its own (infer.ts),
//   - only ever has floats stored under the name (attrtypes' entry for its site, with what is
//     stored through unknown receivers; nothing by a computed name: TypeInfo.slotTypes),
//   - always has the attribute set once constructed, and never deleted (initattrs.ts), so no
//     read can find the slot empty (a raw slot has no empty word),
//   - keeps it in one of slots 0..62 (CLASS_RAW is an i64 mask).
// Then every such access becomes `box.float(load.f64 addr)` / `store.f64 addr, unbox.float(v)`
// (the unbox pass cancels the pairs with specialize's unboxes), and each class statement of such
// a class stores its mask in CLASS_RAW right after rt_class_new: the collector skips the raw
// words (stdlib/_rt/gc.py rt_gc_scan_instance) and the runtime's reads and writes by name
// (rt_getattr, rt_object_setattr: getattr(), hasattr(), -O0-style generic paths) box and unbox
// them (stdlib/_rt/cls.py rt_slot_raw).
import type { Func, Inst, IrModule, Value } from '../ir/function.js';
import { CLASS_RAW, INST_SLOTS } from '../runtime/layout.js';
import type { TypeInfo } from './infer.js';
import { constI32, T_FLOAT } from './infer.js';

/** The slot offset of an attr.load / attr.store address `i32.add(word.ptr(recv), const)`. */
function slotOffset(f: Func, addr: Value): number | undefined {
  const def = f.valueDefs[addr];
  if (def.kind !== 'inst') return undefined;
  const add = f.insts[def.inst];
  if (add.op !== 'i32.add' || add.args.length !== 2) return undefined;
  let ptr = false;
  let off: number | undefined;
  for (const x of add.args) {
    const xd = f.valueDefs[x];
    if (xd.kind !== 'inst') return undefined;
    const p = f.insts[xd.inst];
    if (p.op === 'word.ptr') ptr = true;
    else if (p.op === 'const.i32') off = Number(p.imm);
  }
  return ptr ? off : undefined;
}

export function rawFloatSlots(m: IrModule, info: TypeInfo, alwaysSet: Map<number, Set<string>>): void {
  if (!m.classSlots.size) return;
  // Per `name@offset`: the classes keeping name there.
  const groups = new Map<string, number[]>();
  for (const [id, { offsets }] of m.classSlots) {
    for (const [name, off] of offsets) {
      const key = `${name}@${off}`;
      const l = groups.get(key) ?? [];
      l.push(id);
      groups.set(key, l);
    }
  }
  const eligible = (id: number, name: string, off: number): boolean => {
    const k = m.classSlots.get(id)!;
    if (!k.plain || off < INST_SLOTS || (off - INST_SLOTS) / 8 >= 63) return false;
    const t = info.slotTypes(id, name);
    return t !== undefined && t[0] === T_FLOAT && !!alwaysSet.get(id)?.has(name);
  };
  const raw = new Set<string>();
  for (const [key, ids] of groups) {
    const at = key.lastIndexOf('@');
    const name = key.slice(0, at);
    const off = Number(key.slice(at + 1));
    if (ids.every((id) => eligible(id, name, off))) raw.add(key);
  }
  if (!raw.size) return;
  // Every class statement of a class with a raw slot, and every access, must be found: an
  // access address of another shape leaves its name boxed everywhere, a class whose statement
  // is not an rt_class_new of its constant id its slots.
  const funcs = m.funcs.filter((f) => !f.frozen);
  const made = new Set<number>();
  for (const f of funcs) {
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'call' && d.imm === 'rt_class_new' && d.result !== undefined) {
          const id = constI32(f, d.args[4]);
          if (id !== undefined) made.add(id);
        }
        if (d.op !== 'attr.load' && d.op !== 'attr.store') continue;
        const off = slotOffset(f, d.args[0]);
        if (off === undefined) for (const key of [...raw]) if (key.startsWith(`${d.imm as string}@`)) raw.delete(key);
      }
    }
  }
  for (const key of [...raw]) if (!groups.get(key)!.every((id) => made.has(id))) raw.delete(key);
  const masks = new Map<number, bigint>();
  for (const key of raw) {
    const at = key.lastIndexOf('@');
    const slot = BigInt((Number(key.slice(at + 1)) - INST_SLOTS) / 8);
    for (const id of groups.get(key)!) masks.set(id, (masks.get(id) ?? 0n) | (1n << slot));
  }
  if (!masks.size) return;
  for (const f of funcs) {
    /** The boxes of raw slot reads: never the empty word. */
    const boxes = new Set<Value>();
    for (const b of f.blockOrder) {
      const out: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if ((d.op === 'attr.load' || d.op === 'attr.store') && raw.has(`${d.imm as string}@${slotOffset(f, d.args[0])}`)) {
          if (d.op === 'attr.load') {
            const x = f.makeInst('load.f64', [d.args[0]], 0n, 'f64', [], d.line);
            out.push(x);
            d.op = 'box.float';
            d.args = [f.insts[x].result!];
            d.imm = undefined;
            boxes.add(d.result!);
          } else {
            const u = f.makeInst('unbox.float', [d.args[1]], undefined, 'f64', [], d.line);
            out.push(u);
            d.op = 'store.f64';
            d.args = [d.args[0], f.insts[u].result!];
            d.imm = 0n;
          }
          out.push(i);
          continue;
        }
        out.push(i);
        const id = d.op === 'call' && d.imm === 'rt_class_new' && d.result !== undefined ? constI32(f, d.args[4]) : undefined;
        const mask = id === undefined ? undefined : masks.get(id);
        if (mask === undefined) continue;
        // rt_class_new raises nothing (a pure call in the lowering): the class exists here
        const p = f.makeInst('word.ptr', [d.result!], undefined, 'i32', [], d.line);
        const c = f.makeInst('const.i64', [], BigInt.asIntN(64, mask), 'i64', [], d.line);
        const s = f.makeInst('store.i64', [f.insts[p].result!, f.insts[c].result!], BigInt(CLASS_RAW), null, [], d.line);
        out.push(p, c, s);
      }
      f.blocks[b].insts = out;
    }
    // The empty-slot tests left on them (receivers inference knows nothing of, as in the `$rt`
    // copies) are false: constfold drops the rt_getattr fallback.
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op !== 'py.is' || !boxes.has(d.args[0]) || !isEmptyWord(f, d.args[1])) continue;
        d.op = 'const.i32';
        d.args = [];
        d.imm = 0n;
      }
    }
  }
}

/** v is the empty word (`ptr.word(const.i32 0)`, the lowering's sentinel). */
function isEmptyWord(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst' || f.insts[def.inst].op !== 'ptr.word') return false;
  return constI32(f, f.insts[def.inst].args[0]) === 0;
}
