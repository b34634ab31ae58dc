// attrtypes: the instance-attribute part of inference (infer.ts): what an attribute may hold,
// tracked per (class, name) rather than per name, so that `link` of a task and `link` of a
// packet (richards) keep their own types.
//
// Instances of the program's classes carry one allocation site per class (infer.ts's class
// sites; a site is the instance's exact class, not a base). A store through a receiver whose
// sites are all class sites joins the value into those classes' entries; a store through a
// receiver that may be anything else (the unknown site: an instance made by the runtime or by a
// class called as a value, a class object, a module...) joins it into the name's "other" entry,
// which every read includes, since that receiver may be an instance of any class. A read through
// a receiver of class sites only is the join of those classes' entries and "other"; any other read
// is the join over everything stored under the name. Instance attributes live in the instance
// (its slots or namespace), so a subclass's entry is its own: an attribute a base class's method
// stores on `self` lands in the entries of every class `self` may be there.
//
// Stores into a class statement's namespace (the receiver is rt_class_new's result) count only
// under the name: a read on an instance of a class whose MRO defines the name (IrModule.classNames;
// a class the program does not alone decide defines every name) is everything stored under it,
// a read of a name its classes do not define is the instance's own attribute. So a method call's
// fallback path (rt_getattr of a method name on a receiver none of whose classes has it) gives
// nothing, and the rt_call of that nothing never runs.
//
// attr.load / attr.store address a slot (`i32.add(word.ptr(recv), offset)`, classes.ts); the
// receiver is found through that address, and an address of another shape counts as an
// unknown receiver.
import type { Func, Value } from '../ir/function.js';

/** A type set and a site set (infer.ts's bit sets). */
export type TypeSites = readonly [number, number];

/** infer.ts's T_ANY (the bits of every Python type). */
const ANY_TYPES = 63 | 128;

export class AttrTypes {
  /** Per name: everything stored under it, through any receiver. */
  private readonly all = new Map<string, [number, number]>();
  /** Per `site:name`: what is stored on instances of that class site. */
  private readonly perSite = new Map<string, [number, number]>();
  /** Per name: what is stored through receivers that may not be instances of a class site. */
  private readonly other = new Map<string, [number, number]>();

  constructor(
    private readonly unknownSite: number,
    /** Is site k the site of a class's instances? */
    private readonly isClassSite: (k: number) => boolean,
    private readonly bitsOf: (sites: number) => number[],
    /** Can an instance of class site k find `name` in its class (its MRO's namespaces, a
     * __getattr__, bases the program does not define)? If not, only its own attributes answer. */
    private readonly classHas: (k: number, name: string) => boolean,
  ) {}

  private static join(map: Map<string, [number, number]>, key: string, t: number, s: number): boolean {
    const old = map.get(key);
    if (!old) {
      if (!t && !s) return false;
      map.set(key, [t, s]);
      return true;
    }
    if ((old[0] | t) === old[0] && (old[1] | s) === old[1]) return false;
    old[0] |= t;
    old[1] |= s;
    return true;
  }

  /** A value of types t from sites s is stored under `name` on a receiver of sites recv (undefined:
   * a receiver not known). Returns whether anything grew. */
  store(name: string, recv: number | undefined, t: number, s: number, classBody = false): boolean {
    let changed = AttrTypes.join(this.all, name, t, s);
    if (classBody) return changed; // a class statement's namespace: read through classHas
    if (recv === undefined || recv & this.unknownSite) changed = AttrTypes.join(this.other, name, t, s) || changed;
    else for (const k of this.bitsOf(recv)) if (this.isClassSite(k)) changed = AttrTypes.join(this.perSite, `${k}:${name}`, t, s) || changed;
    return changed;
  }

  /** What a slot of `name` (attr.load) of a receiver of sites recv (undefined: not known) may
   * hold, the unbound sentinel aside: only what was stored on such instances. */
  loadSlot(name: string, recv: number | undefined): TypeSites {
    if (recv === undefined || recv & this.unknownSite || !recv) return this.all.get(name) ?? [0, 0];
    const o = this.other.get(name);
    let t = o ? o[0] : 0;
    let s = o ? o[1] : 0;
    for (const k of this.bitsOf(recv)) {
      const e = this.perSite.get(`${k}:${name}`);
      if (e) {
        t |= e[0];
        s |= e[1];
      }
    }
    return [t, s];
  }

  /** What rt_getattr of `name` (not a dunder, not an attribute the runtime makes) gives on a
   * receiver that is an instance of the classes of sites recv, all class sites: a name some
   * class of recv finds in its class (a method, a property, a class attribute; or any name, for
   * a class the program does not alone decide) may be anything; otherwise the instance's own. */
  loadAttr(name: string, recv: number): TypeSites {
    for (const k of this.bitsOf(recv)) if (this.classHas(k, name)) return [ANY_TYPES, this.unknownSite];
    return this.loadSlot(name, recv);
  }

  /** rt_getattr of `name` on a receiver that may be something else than an instance of the
   * program's classes: everything stored under the name. */
  loadAny(name: string): TypeSites {
    return this.all.get(name) ?? [0, 0];
  }
}

/** The object whose slot an attr.load / attr.store address points into: the `recv` of
 * `i32.add(word.ptr(recv), const)`, or undefined for an address of another shape. */
export function slotReceiver(f: Func, addr: Value): Value | undefined {
  const def = f.valueDefs[addr];
  if (def.kind !== 'inst') return undefined;
  const add = f.insts[def.inst];
  if (add.op !== 'i32.add') return undefined;
  for (const x of add.args) {
    const xd = f.valueDefs[x];
    if (xd.kind !== 'inst') continue;
    const p = f.insts[xd.inst];
    if (p.op === 'word.ptr') return p.args[0];
  }
  return undefined;
}

/** The word.ptr instructions of f whose pointer only addresses attribute slots (every use an
 * i32.add whose every use is an attr.load / attr.store address): they hand the receiver to no
 * code, so inference need not treat them as an escape of it. */
export function slotPointers(f: Func): Set<number> {
  const out = new Set<number>();
  // The word.ptr results (most functions have none: no scan of their users then).
  const ptrs = new Map<Value, number>();
  // (indexed loops: inference asks for every function, and the compiler runs without V8's
  // optimizing tier, bin/keel.js, where for-of is slow)
  const order = f.blockOrder;
  for (let bo = 0; bo < order.length; bo++) {
    const insts = f.blocks[order[bo]].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const d = f.insts[insts[ii]];
      if (d.op === 'word.ptr' && d.result !== undefined) ptrs.set(d.result, insts[ii]);
    }
  }
  if (!ptrs.size) return out;
  // A pointer is out when a use of it is not an i32.add with a result (a jump argument counts
  // as such a use), or when a use of such an i32.add is not the address of an attr.load / attr.store.
  const bad = new Set<number>();
  const adds = new Map<Value, number[]>();
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      for (const x of d.args) {
        const p = ptrs.get(x);
        if (p === undefined) continue;
        if (d.op !== 'i32.add' || d.result === undefined) bad.add(p);
        else {
          const l = adds.get(d.result);
          if (l) l.push(p);
          else adds.set(d.result, [p]);
        }
      }
      for (const t of d.targets) for (const x of t.args) if (ptrs.has(x)) bad.add(ptrs.get(x)!);
    }
  }
  if (adds.size) {
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const slot = d.op === 'attr.load' || d.op === 'attr.store';
        d.args.forEach((x, k) => {
          if (!(k === 0 && slot)) for (const p of adds.get(x) ?? []) bad.add(p);
        });
        for (const t of d.targets) for (const x of t.args) for (const p of adds.get(x) ?? []) bad.add(p);
      }
    }
  }
  for (const p of ptrs.values()) if (!bad.has(p)) out.add(p);
  return out;
}
