// strcat (std): `a + b + c` of proven strs is one concatenation, not two. After specialize has
// turned str + str into `call @rt_str_concat`, a concatenation whose result only feeds the left
// operand of the next one, with nothing in between that has an effect (its exception check and
// constants: json_build's `"[" + ",".join(rows) + "]"`), becomes one `call @rt_str_add3, a, b, c`:
// one allocation and one copy of each part instead of a 21 MB temporary copied again.
// rt_str_add3 (stdlib/_rt/str.py) keeps CPython's results for empty parts (`a + ""` is a itself).
import type { Block, Func, Inst } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import { useCounts } from './util.js';

export const STR_ADD3 = 'rt_str_add3';
const CONCAT = 'rt_str_concat';

/** Fuses chains of two rt_str_concat calls in f (a user function, after specialize). */
export function fuseStrConcats(f: Func): void {
  const uses = useCounts(f);
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      if (d.op !== 'call' || d.imm !== CONCAT) continue;
      const left = f.valueDefs[d.args[0]];
      if (left.kind !== 'inst' || uses[d.args[0]] !== 1) continue;
      const inner = f.insts[left.inst];
      if (inner.op !== 'call' || inner.imm !== CONCAT) continue;
      const from = innerBlockOf(f, left.inst, b, k);
      if (from === undefined) continue;
      f.blocks[from.block].insts.splice(from.index, 1);
      if (from.block === b) k--;
      d.imm = STR_ADD3;
      d.args = [inner.args[0], inner.args[1], d.args[1]];
    }
  }
  fuseJoinWraps(f);
}

export const STR_JOIN_WRAP = 'rt_str_join_wrap';

/** `"[" + sep.join(x) + "]"` (an rt_str_add3 of two non-empty str constants around a join used
 * nowhere else, placed as innerBlockOf requires): rt_str_join_wrap, which copies the joined part
 * once, into the result, instead of making it and copying it again. The result is a new str
 * either way (CPython's too: both ends are non-empty). */
function fuseJoinWraps(f: Func): void {
  const uses = useCounts(f);
  const nonEmptyStr = (v: number): boolean => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst') return false;
    const c = f.insts[def.inst];
    return c.op === 'const.str' && typeof c.imm === 'string' && c.imm.length > 0;
  };
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      if (d.op !== 'call' || d.imm !== STR_ADD3 || !nonEmptyStr(d.args[0]) || !nonEmptyStr(d.args[2])) continue;
      const mid = f.valueDefs[d.args[1]];
      if (mid.kind !== 'inst' || uses[d.args[1]] !== 1) continue;
      const join = f.insts[mid.inst];
      if (join.op !== 'call' || join.imm !== 'rt_str_join' || join.args.length !== 2) continue;
      const from = innerBlockOf(f, mid.inst, b, k);
      if (from === undefined) continue;
      f.blocks[from.block].insts.splice(from.index, 1);
      if (from.block === b) k--;
      d.imm = STR_JOIN_WRAP;
      d.args = [d.args[0], join.args[0], join.args[1], d.args[2]];
    }
  }
}

/** Where the inner call is, when only effect-free instructions and exception checks separate it
 * from the outer one at position k of block b (so moving it there is invisible): in b before k,
 * or last but effect-free ones in a block whose check is the only way into b (or into a block
 * of effect-free instructions and a check that is the only way into b, and so on: a fused
 * concatenation leaves such a block between a join and the rt_str_add3 using it). */
function innerBlockOf(f: Func, inner: Inst, b: Block, k: number): { block: Block; index: number } | undefined {
  const quiet = (i: Inst) => {
    const o = OPS[f.insts[i].op];
    return o.pure && !o.raises && !o.reads && !o.writes && !o.terminator;
  };
  let cur = b;
  let end = k;
  for (let hops = 0; hops < 4; hops++) {
    const here = f.blocks[cur].insts;
    const at = here.indexOf(inner);
    if (at >= 0 && at < end) return here.slice(at + 1, end).every(quiet) ? { block: cur, index: at } : undefined;
    if (!here.slice(0, end).every(quiet) || f.blocks[cur].params.length) return undefined;
    const preds = f.blockOrder.filter((x) => f.successors(x).includes(cur));
    if (preds.length !== 1) return undefined;
    const pi = f.blocks[preds[0]].insts;
    const term = f.insts[pi[pi.length - 1]];
    // the predecessor ends with a check whose ok edge (passing nothing) is cur's only way in
    if (term.op !== 'check.exc' || term.targets[0].block !== cur || term.targets[0].args.length) return undefined;
    if (term.targets.length > 1 && term.targets[1].block === cur) return undefined;
    cur = preds[0];
    end = pi.length - 1;
  }
  return undefined;
}
