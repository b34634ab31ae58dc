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
// attr.load / attr.store address a slot (`i32.add(word.ptr(recv), offset)`, classes.ts); the
// receiver is found through that address, and an address of another shape counts as an
// unknown receiver.
import type { Func, Value } from '../ir/function.js';

/** A type set and a site set (infer.ts's bit sets). */
export type TypeSites = readonly [number, number];

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
  store(name: string, recv: number | undefined, t: number, s: number): boolean {
    let changed = AttrTypes.join(this.all, name, t, s);
    if (recv === undefined || recv & this.unknownSite) changed = AttrTypes.join(this.other, name, t, s) || changed;
    else for (const k of this.bitsOf(recv)) if (this.isClassSite(k)) changed = AttrTypes.join(this.perSite, `${k}:${name}`, t, s) || changed;
    return changed;
  }

  /** What a read of `name` through a receiver of sites recv (undefined: not known) may give
   * (the unbound sentinel not included). */
  load(name: string, recv: number | undefined): TypeSites {
    if (recv === undefined || recv & this.unknownSite || !recv) return this.all.get(name) ?? [0, 0];
    const o = this.other.get(name);
    let t = o ? o[0] : 0;
    let s = o ? o[1] : 0;
    for (const k of this.bitsOf(recv)) {
      if (!this.isClassSite(k)) continue; // a list or an iterator: it has no attributes (the read raises)
      const e = this.perSite.get(`${k}:${name}`);
      if (e) {
        t |= e[0];
        s |= e[1];
      }
    }
    return [t, s];
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
