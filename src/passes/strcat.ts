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
}

/** Where the inner concatenation is, when only effect-free instructions and its exception check
 * separate it from the outer one at position k of block b (so moving it there is invisible):
 * in b before k, or last but effect-free ones in the one block whose check jumps to b. */
function innerBlockOf(f: Func, inner: Inst, b: Block, k: number): { block: Block; index: number } | undefined {
  const quiet = (i: Inst) => {
    const o = OPS[f.insts[i].op];
    return o.pure && !o.raises && !o.reads && !o.writes && !o.terminator;
  };
  const here = f.blocks[b].insts;
  const at = here.indexOf(inner);
  if (at >= 0 && at < k) return here.slice(at + 1, k).every(quiet) ? { block: b, index: at } : undefined;
  if (!here.slice(0, k).every(quiet)) return undefined;
  for (const p of f.blockOrder) {
    const pi = f.blocks[p].insts;
    const idx = pi.indexOf(inner);
    if (idx < 0) continue;
    const term = f.insts[pi[pi.length - 1]];
    // the inner call's block ends with its check, whose ok edge (passing nothing) is b's only way in
    if (term.op !== 'check.exc' || term.targets[0].block !== b || term.targets[0].args.length) return undefined;
    if (f.blockOrder.some((x) => x !== p && f.successors(x).includes(b))) return undefined;
    if (f.blocks[b].params.length) return undefined;
    return pi.slice(idx + 1, pi.length - 1).every(quiet) ? { block: p, index: idx } : undefined;
  }
  return undefined;
}
