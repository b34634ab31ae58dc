// items: an item read of a list whose items are proven small ints carries their interval (int.within) for the range pass.
//
// Why: inlining turns `l[i]` (rt_list_getx) into a bounds test and a load, after which nothing
// knows which list the word came from, so the range pass saw every item as an int of any size
// and kept the tag and overflow tests of everything computed from it (fannkuch's `k = perm[0]`,
// `while i < j`, `j -= 1`, `perm[j]`). Before inlining, inference knows each list's allocation
// sites, and the range analysis in items mode (range.ts `analyze`) follows the int items of every
// site that never escapes: what the program stores into its lists (displays, `l[i] = v`,
// append), copies into them (`[0] * n`, `a + b`, `list(l)`), or makes them from (`list(range(n))`).
// A read whose list's sites all hold ints only (inference's element type) within a small
// interval gets `v' = int.within v, lo, hi`, and its uses take v'. The range pass reads the
// interval from it; expand drops it.
import type { Inst, InstData, IrModule, Value } from '../ir/function.js';
import type { PassContext } from './context.js';
import { inferTypes, isUserFunc, T_INT, T_LIST, T_UNBOUND } from './infer.js';
import { analyze, isSmallIv, ITEM_READS, itemsIv, lensIv } from './range.js';
import { applyReplacements, incomingEdges } from './util.js';

/** Item reads and writes of fixed-length lists, and their forms without the bounds test. */
const UNCHECKED: Record<string, string> = {
  rt_list_getx: 'rt_list_getu',
  rt_list_setx: 'rt_list_setu',
  rt_list_getbx: 'rt_list_getbu',
  rt_list_setbx: 'rt_list_setbu',
};

export function items(m: IrModule, _ctx: PassContext): void {
  // Only item reads and writes change: with none in the program's functions, no inference and
  // no analysis to run.
  if (!m.funcs.some((f) => isUserFunc(f) && f.insts.some(actsOn))) return;
  const info = inferTypes(m);
  const { fns, items: ivs, lens } = analyze(m, info, true);
  for (const s of fns) {
    const f = s.f;
    const ty = info.types.get(f)!;
    const st = info.sites.get(f)!;
    const into = incomingEdges(f);
    const repl = new Map<Value, Value>();
    const made: [Inst, Value][] = [];
    const unchecked: [Inst, string][] = [];
    for (const b of [...f.blockOrder]) {
      const insts = f.blocks[b].insts;
      const term = f.insts[insts[insts.length - 1]];
      for (const i of insts) {
        const d = f.insts[i];
        if (d.op === 'call' && typeof d.imm === 'string' && d.imm in UNCHECKED && s.dom.isReachable(b)) {
          // An index proven within the length the list has all its life: no bounds test.
          const [l, k] = d.args;
          const len = lensIv(info, lens, st[l]);
          const at = s.intOnly(k) ? s.at(k, s.facts.get(b)!) : undefined;
          if (len && at && isSmallIv(at) && at.lo >= 0n && at.hi < len.lo) unchecked.push([i, UNCHECKED[d.imm]]);
        }
        if (d.op !== 'call' || !ITEM_READS.has(d.imm as string) || d.result === undefined) continue;
        const l = d.args[0];
        if ((ty[l] & ~T_UNBOUND) !== T_LIST || !info.onlyLists(st[l]) || info.elemTypes(st[l]) !== T_INT) continue;
        const iv = itemsIv(info, ivs, st[l]);
        if (!iv || !isSmallIv(iv)) continue;
        // The fact goes where the read succeeded: the start of its check's ok target, a block
        // of its own (inline splices a read followed by nothing but its check and movable code).
        if (term.op !== 'check.exc' || term.targets[0].args.length || into.get(term.targets[0].block)!.length !== 1) continue;
        const k = insts.indexOf(i);
        if (insts.slice(k + 1).some((j) => f.insts[j].args.includes(d.result!) || f.insts[j].targets.some((t) => t.args.includes(d.result!)))) continue;
        const at = f.blocks[term.targets[0].block].insts;
        const lo = f.makeInst('const.int', [], iv.lo, 'obj', [], d.line);
        const hi = f.makeInst('const.int', [], iv.hi, 'obj', [], d.line);
        const w = f.makeInst('int.within', [d.result, f.insts[lo].result!, f.insts[hi].result!], undefined, 'obj', [], d.line);
        at.unshift(lo, hi, w);
        repl.set(d.result, f.insts[w].result!);
        made.push([w, d.result]);
      }
    }
    applyReplacements(f, repl);
    // (the replacement also rewrote each int.within's own operand: give it back its read)
    for (const [w, r] of made) f.insts[w].args[0] = r;
    for (const [i, callee] of unchecked) f.insts[i].imm = callee;
  }
}

/** A call this pass may rewrite (UNCHECKED) or give an interval (ITEM_READS). */
const actsOn = (d: InstData): boolean => d.op === 'call' && typeof d.imm === 'string' && (d.imm in UNCHECKED || ITEM_READS.has(d.imm));
