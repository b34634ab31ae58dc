// Float lists and bool lists (part of specialize): lists of an allocation site that holds only
// floats (or only bools) and whose every use is known keep their items raw: an items buffer of
// type TYPE_LIST_F64_ITEMS of f64s, or TYPE_LIST_U8_ITEMS of one byte per bool (layout.ts), so
// reading and storing an item allocates no box, and `[True] * n` takes n bytes. The list object
// itself is an ordinary list: the generic runtime paths these lists can reach (item reads and
// stores through rt_seq_item / rt_list_get / rt_list_set, hence repr, print, iteration and the
// index-error fallbacks) look at the buffer's type and box or unbox there. Everything else
// (slices, methods, sort, copies, concatenation, `in`, comparisons) reads the buffer as obj words,
// so a site any of those may reach is not a raw-list site.
import type { Func, IrModule } from '../ir/function.js';
import { isUserFunc, T_FLOAT, T_INT, T_BOOL, T_LIST, T_OTHER, T_UNBOUND, within, type TypeInfo } from './infer.js';

/** Runtime calls an f64-item list may be given (by argument position), all aware of the buffer type. */
const ALLOWED_CALLS: Record<string, number[]> = {
  rt_getitem: [0],
  rt_setitem: [0, 2],
  rt_list_set: [0, 2],
  rt_list_append: [1],
  rt_len: [0],
  rt_write_obj: [0],
  rt_repr: [0],
  rt_str_call: [0],
  rt_truth: [0],
  rt_iter: [0],
  // an iterator rt_iter made over such a list carries its sites (infer.ts); rt_next boxes its
  // items (rt_list_get_raw)
  rt_next: [0],
  rt_list_iter_next: [0],
};
/** More calls a bool list may be given: print() of several values (rt_print_obj). Not a float
 * list: CPython's `[0.5] * 4` holds one float object four times, so `z[1] is z[2]` is True there,
 * and a float list given to print stays generic, as lt_floatlist.py checks. */
const ALLOWED_BOOL_CALLS: Record<string, number[]> = { ...ALLOWED_CALLS, rt_print_obj: [0] };
const ALLOWED_OPS = new Set(['py.is', 'py.truth', 'ret', 'global.set']);

/**
 * The float-list sites of the module (a bit set over inference's sites): sites made by a display
 * (rt_list_new) or a repeat (py.mul, converted in place once made) that never escape, hold only
 * floats and no lists, and are only used as ALLOWED_CALLS allow, by calls of program functions,
 * returns and globals; and no indexing instruction may see both an f64-item list and another one
 * (the fast path picked at compile time must fit every list it is given).
 */
export function floatListSites(m: IrModule, info: TypeInfo): number {
  return rawListSites(m, info, T_FLOAT);
}

/**
 * The bool-list sites: as floatListSites for lists holding only bools; a repeat (`[True] * n`)
 * is made as a bool list directly (rt_list_mul_b), so it needs no block to convert in.
 */
export function boolListSites(m: IrModule, info: TypeInfo): number {
  return rawListSites(m, info, T_BOOL);
}

function rawListSites(m: IrModule, info: TypeInfo, elem: number): number {
  const funcs = m.funcs.filter(isUserFunc);
  const userNames = new Set(funcs.map((f) => f.name));
  const allowed = elem === T_BOOL ? ALLOWED_BOOL_CALLS : ALLOWED_CALLS;
  let cand = 0;
  for (const f of funcs) {
    const preds = predecessorCounts(f);
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const k = info.siteOf(f, i);
        if (k === undefined || info.escaped(k) || info.elemSites(k) !== 0 || info.elemTypes(1 << k) !== elem) continue;
        if (d.op === 'call' && d.imm === 'rt_list_new') cand |= 1 << k;
        else if (d.op === 'py.mul' && elem === T_BOOL) cand |= 1 << k;
        else if (d.op === 'py.mul') {
          // converted at the start of the block its check.exc continues to, which only it enters
          const term = f.insts[f.terminator(b)!];
          const rest = f.blocks[b].insts.slice(f.blocks[b].insts.indexOf(i) + 1);
          const unused = rest.every((j) => !f.insts[j].args.includes(d.result!) && !f.insts[j].targets.some((t) => t.args.includes(d.result!)));
          if (term.op === 'check.exc' && preds.get(term.targets[0].block) === 1 && unused) cand |= 1 << k;
        }
      }
    }
  }
  for (let changed = true; changed && cand; ) {
    changed = false;
    const drop = (s: number) => {
      if (cand & s) {
        cand &= ~s;
        changed = true;
      }
    };
    for (const f of funcs) {
      const st = info.sites.get(f)!;
      const ty = info.types.get(f)!;
      for (const b of f.blockOrder) {
        for (const i of f.blocks[b].insts) {
          const d = f.insts[i];
          d.args.forEach((x, pos) => {
            if (f.typeOf(x) !== 'obj' || !(st[x] & cand)) return;
            const ok = d.op === 'call' ? userNames.has(d.imm as string) || (allowed[d.imm as string] ?? []).includes(pos) : ALLOWED_OPS.has(d.op);
            if (!ok) drop(st[x]);
            else if (d.op === 'call' && pos === 0 && (st[x] & ~cand) !== 0 && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem' || d.imm === 'rt_list_set')) drop(st[x]);
            // stored as a value by rt_setitem into anything but a list (a dict inference tracks)
            else if (d.op === 'call' && pos === 2 && d.imm === 'rt_setitem' && !within(ty[d.args[0]], T_LIST)) drop(st[x]);
            // a key that may be a slice object: rt_getslice/rt_setslice read the buffer as words
            else if (d.op === 'call' && pos === 0 && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && (ty[d.args[1]] & T_OTHER)) drop(st[x]);
          });
        }
      }
    }
  }
  return cand;
}

/** Is the list value (sites s) one of the float-list (or bool-list) sites `cand`, for sure? */
export function isRawList(s: number, cand: number): boolean {
  return s !== 0 && (s & ~cand) === 0;
}

/** An int index (what rt_list_getf / rt_list_setf expect: anything else takes their slow path). */
export function intIndex(t: number): boolean {
  return within(t & ~T_UNBOUND, T_INT | T_BOOL);
}

function predecessorCounts(f: Func): Map<number, number> {
  const n = new Map<number, number>();
  for (const b of f.blockOrder) for (const s of f.successors(b)) n.set(s, (n.get(s) ?? 0) + 1);
  return n;
}
