// specialize: replaces generic Python operations whose operand types inference proved (infer.ts)
// by specialized ones: int.* ops on ints and bools, unboxed f64 arithmetic and comparisons on
// floats (int / int stays generic: it is correctly rounded from the exact quotient, with its own
// ZeroDivisionError message), direct truth tests; py.truth of a box.bool is the boxed i32 itself. Generic ops stay
// wherever a type set is not precise enough.
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import type { Opcode } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import type { PassContext } from './context.js';
import { splitRuntimeCallees } from './splitrt.js';
import { alwaysSetAttrs } from './initattrs.js';
import { slotReceiver } from './attrtypes.js';
import { rawFloatSlots } from './rawslots.js';
import { inferTypes, isUserFunc, T_BOOL, T_FLOAT, T_INT, T_LIST, T_NONE, T_OTHER, T_STR, T_UNBOUND } from './infer.js';

const KEY_CALLS = new Set(['rt_cls_key', 'rt_inst_key', 'rt_cls_id']);
import { applyReplacements, type EdgeRef, incomingEdges } from './util.js';
import { fuseStrConcats } from './strcat.js';
import { boolListSites, floatListSites, intIndex, isRawList } from './floatlists.js';
import { LIST_BUF, LIST_BUF_ITEMS } from '../runtime/layout.js';

const INTISH = T_INT | T_BOOL;
const NUMERIC = T_INT | T_BOOL | T_FLOAT;
/** Every value the set allows is in `set` (the unbound sentinel aside: its uses are guarded). */
const within = (t: number, set: number) => (t & ~T_UNBOUND) !== 0 && (t & ~set & ~T_UNBOUND) === 0;

const INT_BIN: Record<string, Opcode> = { 'py.add': 'int.add', 'py.iadd': 'int.add', 'py.sub': 'int.sub', 'py.isub': 'int.sub', 'py.mul': 'int.mul', 'py.imul': 'int.mul', 'py.floordiv': 'int.floordiv', 'py.ifloordiv': 'int.floordiv', 'py.mod': 'int.mod', 'py.imod': 'int.mod' };
/** Operators on proven ints with no int.* op, and their int-only runtime entries (int_ops.py). */
const INT_ONLY: Record<string, string> = { 'py.pow': 'rt_iop_pow', 'py.ipow': 'rt_iop_pow', 'py.rshift': 'rt_iop_rshift', 'py.irshift': 'rt_iop_rshift', 'py.lshift': 'rt_iop_lshift', 'py.ilshift': 'rt_iop_lshift' };
/** Comparisons of proven numbers (int_ops.py rt_nop_*). */
const NUM_CMP: Record<string, string> = { 'py.lt': 'rt_nop_lt', 'py.le': 'rt_nop_le', 'py.gt': 'rt_nop_gt', 'py.ge': 'rt_nop_ge', 'py.eq': 'rt_nop_eq', 'py.ne': 'rt_nop_ne' };
const INT_CMP: Record<string, Opcode> = { 'py.lt': 'int.lt', 'py.le': 'int.le', 'py.gt': 'int.gt', 'py.ge': 'int.ge', 'py.eq': 'int.eq', 'py.ne': 'int.ne' };
const F64_BIN: Record<string, Opcode> = { 'py.add': 'f64.add', 'py.iadd': 'f64.add', 'py.sub': 'f64.sub', 'py.isub': 'f64.sub', 'py.mul': 'f64.mul', 'py.imul': 'f64.mul', 'py.truediv': 'float.div', 'py.itruediv': 'float.div' };
const F64_CMP: Record<string, Opcode> = { 'py.lt': 'f64.lt', 'py.le': 'f64.le', 'py.gt': 'f64.gt', 'py.ge': 'f64.ge', 'py.eq': 'f64.eq', 'py.ne': 'f64.ne' };

/** A list times an int, either way round (`[0] * n`, `n * [0]`): rt_seq_mul's case. */
const seqTimesInt = (t0: number, t1: number) => (within(t0, T_LIST) && within(t1, INTISH)) || (within(t0, INTISH) && within(t1, T_LIST));

/** Inserts new instructions before position `at` of a block as it rewrites one instruction. */
class Rewriter {
  readonly pending: Inst[] = [];
  constructor(readonly f: Func, readonly line: number) {}
  emit(op: Opcode, args: Value[], type: IrType | null, imm?: bigint | number | string): Value {
    const inst = this.f.makeInst(op, args, imm, type, [], this.line);
    this.pending.push(inst);
    return this.f.insts[inst].result ?? (-1 as Value);
  }
}

function isSentinel(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  return def.kind === 'inst' && f.insts[def.inst].op === 'ptr.word';
}

export function specialize(m: IrModule, _ctx: PassContext): void {
  splitRuntimeCallees(m);
  const info = inferTypes(m);
  const floatLists = floatListSites(m, info);
  const boolLists = boolListSites(m, info);
  const alwaysSet = alwaysSetAttrs(m, info);
  /** attr.load v reads a slot its receiver's classes always have set (initattrs.ts). */
  const setSlot = (f: Func, v: Value): boolean => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst' || f.insts[def.inst].op !== 'attr.load') return false;
    const d = f.insts[def.inst];
    const recv = slotReceiver(f, d.args[0]);
    const ids = recv === undefined ? undefined : info.classIds(info.sites.get(f)![recv]);
    // (a receiver that may be None too: the slot is read in its class's case of the switch, where
    // it is an instance of one of those classes)
    return ids !== undefined && within(info.types.get(f)![recv!], T_OTHER | T_NONE) && ids.every((id) => alwaysSet.get(id)?.has(d.imm as string));
  };
  for (const f of m.funcs) {
    if (!isUserFunc(f)) continue;
    const ty = info.types.get(f)!;
    const st = info.sites.get(f)!;
    f.retInt = f.blockOrder.every((b) => {
      const t = f.terminator(b);
      const d = t === undefined ? undefined : f.insts[t];
      return d?.op !== 'ret' || (d.args.length === 1 && f.typeOf(d.args[0]) === 'obj' && (isSentinel(f, d.args[0]) || within(ty[d.args[0]], T_INT)));
    });
    const repl = new Map<Value, Value>();
    // The decided class-switch tests, taken before any is rewritten: a test of an i32.or chain is
    // recognized by its shape (infer.ts switchTest), which folding its first operands would break.
    const decidedTests = new Map<Value, number>();
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if ((d.op !== 'i32.eq' && d.op !== 'i32.or') || d.result === undefined) continue;
        const v = info.decidedTest(f, d.result);
        if (v !== undefined) decidedTests.set(d.result, v);
      }
    }
    /** The item a constant index k picks in a list of fixed length (negative k from the end), if
     * k is in range for every list the value may be. */
    const fixedIndex = (l: Value, k: Value): number | undefined => {
      const def = f.valueDefs[k];
      if (def.kind !== 'inst' || f.insts[def.inst].op !== 'const.int') return undefined;
      const n = f.insts[def.inst].imm as bigint;
      const len = BigInt(info.fixedLen(st[l]));
      if (len < 0n || n < -len || n >= len) return undefined;
      return Number(n < 0n ? len + n : n);
    };
    /**
     * Moves instruction i (the box of a raw call result) to the start of the block the call's
     * check.exc continues to, when only that check enters it: inline splices a call only if
     * nothing between it and its check.exc uses the result. False when it cannot.
     */
    /** The incoming edges of every block, once moveBox first needs them. */
    let into: Map<Block, EdgeRef[]> | undefined;
    const moveBox = (b: Block, i: Inst): boolean => {
      const d = f.insts[i];
      const term = f.insts[f.terminator(b)!];
      const rest = f.blocks[b].insts.slice(f.blocks[b].insts.indexOf(i) + 1);
      if (term.op !== 'check.exc' || term.targets[1].args.includes(d.result!) || !rest.every((j) => !f.insts[j].args.includes(d.result!))) return false;
      const ok = term.targets[0].block;
      // (the rewrite changes no terminator: the edges, counted once, stay as they are)
      into ??= incomingEdges(f);
      if (into.get(ok)!.length !== 1) return false;
      moved.push({ block: ok, inst: i });
      return true;
    };
    /** The literal parts around the one conversion of a constant %-format: `%d`/`%i` (only when
     * the argument is an int) or `%s`, no flags, width or precision, `%%` an escaped `%`. */
    const percentOne = (v: Value, int: boolean): [string, string] | undefined => {
      const def = f.valueDefs[v];
      if (def.kind !== 'inst' || f.insts[def.inst].op !== 'const.str') return undefined;
      const fmt = f.insts[def.inst].imm as string;
      const lits: string[] = [''];
      for (let k = 0; k < fmt.length; k++) {
        if (fmt[k] !== '%') lits[lits.length - 1] += fmt[k];
        else if (fmt[k + 1] === '%') lits[lits.length - 1] += fmt[++k];
        else if (fmt[k + 1] === 's' || (int && (fmt[k + 1] === 'd' || fmt[k + 1] === 'i'))) {
          lits.push('');
          k++;
        } else return undefined;
      }
      return lits.length === 2 ? [lits[0], lits[1]] : undefined;
    };
    const fixed = (l: Value): boolean => info.stableLen(st[l]);
    /** Whether v is the result of an instruction with this op (a call: of this function). */
    const madeBy = (v: Value, what: string): boolean => {
      const def = f.valueDefs[v];
      if (def.kind !== 'inst') return false;
      const x = f.insts[def.inst];
      return x.op === what || (x.op === 'call' && x.imm === what);
    };
    /** The value of an i32 constant, else undefined. */
    const constI32 = (v: Value): number | undefined => {
      const def = f.valueDefs[v];
      return def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' ? Number(f.insts[def.inst].imm) : undefined;
    };
    /** v is the null word (ptr.word of i32 0: an absent optional argument). */
    const nullWord = (v: Value): boolean => {
      const def = f.valueDefs[v];
      return def.kind === 'inst' && f.insts[def.inst].op === 'ptr.word' && constI32(f.insts[def.inst].args[0]) === 0;
    };
    /** v is a non-empty constant str (a format spec). */
    const specStr = (v: Value): boolean => {
      const def = f.valueDefs[v];
      return def.kind === 'inst' && f.insts[def.inst].op === 'const.str' && (f.insts[def.inst].imm as string).length > 0;
    };
    /** The value of an int constant a double represents exactly (|n| <= 2**53), else undefined. */
    const exactInt = (v: Value): number | undefined => {
      const def = f.valueDefs[v];
      if (def.kind !== 'inst' || f.insts[def.inst].op !== 'const.int') return undefined;
      const n = f.insts[def.inst].imm as bigint;
      return n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : undefined;
    };
    /** How many times each value is used (operands and edge arguments) before this rewrite. */
    const uses = new Map<Value, number>();
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const x = f.insts[i];
        for (const v of x.args) uses.set(v, (uses.get(v) ?? 0) + 1);
        for (const t of x.targets) for (const v of t.args) uses.set(v, (uses.get(v) ?? 0) + 1);
      }
    }
    /** Lists made by a repeat at a float-list site: converted to f64 items where the repeat's check continues. */
    const convert: { block: Block; list: Value; line: number }[] = [];
    /** Boxes of float-list reads, moved past their call's check (see rt_getitem below). */
    const moved: { block: Block; inst: Inst }[] = [];
    for (const b of f.blockOrder) {
      const out: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const rw = new Rewriter(f, d.line);
        const t0 = d.args.length > 0 ? info.typeAt(f, b, d.args[0]) : 0;
        const t1 = d.args.length > 1 ? info.typeAt(f, b, d.args[1]) : 0;
        /** A float operand as f64: unboxed when it is a float, converted when an int or bool. */
        const asF64 = (v: Value, t: number): Value => (within(t, T_FLOAT) ? rw.emit('unbox.float', [v], 'f64') : rw.emit('num.to_f64', [v], 'f64'));
        /** A bool operand (a bool list's item) as its i32 0/1. */
        const asBool = (v: Value): Value => {
          const def = f.valueDefs[v];
          const src = def.kind === 'inst' ? f.insts[def.inst] : undefined;
          if (src?.op === 'box.bool') return src.args[0];
          if (src?.op === 'const.bool') return rw.emit('const.i32', [], 'i32', src.imm as bigint);
          return rw.emit('py.is', [v, rw.emit('const.bool', [], 'obj', 1n)], 'i32');
        };
        const cls = d.op === 'call' && KEY_CALLS.has(d.imm as string) && within(t0, T_OTHER) ? info.classOf(st[d.args[0]]) : undefined;
        const decided = (d.op === 'i32.eq' || d.op === 'i32.or') && d.result !== undefined ? decidedTests.get(d.result) : undefined;
        if (decided !== undefined) {
          // a class switch's test that the receiver's possible classes decide (infer.ts)
          d.op = 'const.i32';
          d.args = [];
          d.imm = BigInt(decided);
        } else if (cls !== undefined) {
          // The dispatch key of an instance of one known class (infer.ts): its id, so constfold
          // folds the class switch to the one case.
          d.op = 'const.i32';
          d.args = [];
          d.imm = BigInt(cls);
        } else if (d.op === 'call' && d.imm === 'rt_next' && within(t0, T_OTHER) && info.onlyLists(st[d.args[0]])) {
          // the next item of an iterator over a list: no test for generators, instances, files
          // (nor for raw f64 or bool items when no float or bool list site is among its lists)
          d.imm = st[d.args[0]] & (floatLists | boolLists) ? 'rt_list_iter_next' : 'rt_list_iter_nexto';
        } else if (d.op === 'call' && d.imm === 'rt_m_append' && within(t0, T_LIST)) {
          // l.append(x) of a proven list: the append itself (no bytearray arm, no AttributeError),
          // which the inliner can splice; the method's value is None
          rw.emit('call', d.args, null, 'rt_list_append');
          d.op = 'const.none';
          d.args = [];
          d.imm = undefined;
        } else if (info.special(f, b, i) !== undefined) {
          // an operator on an instance of a known class: its special method, called directly
          d.imm = info.special(f, b, i);
          d.op = 'call';
        } else if (d.op === 'py.is' && isSentinel(f, d.args[1]) && setSlot(f, d.args[0])) {
          // The empty-slot test of an attribute every instance of its classes has (initattrs.ts).
          d.op = 'const.i32';
          d.args = [];
          d.imm = 0n;
        } else if (d.op === 'py.is' && isSentinel(f, d.args[1]) && !(t0 & T_UNBOUND)) {
          // The unbound check of a value that is always bound.
          d.op = 'const.i32';
          d.args = [];
          d.imm = 0n;
        } else if (d.op in INT_BIN && within(t0, INTISH) && within(t1, INTISH)) {
          d.op = INT_BIN[d.op];
        } else if (d.op in INT_CMP && within(t0, INTISH) && within(t1, INTISH)) {
          const c = rw.emit(INT_CMP[d.op], d.args, 'i32');
          d.op = 'box.bool';
          d.args = [c];
        } else if (d.op in INT_ONLY && within(t0, INTISH) && within(t1, INTISH)) {
          // `2 ** k`, `x >> 8`, `x << k` of ints (no int.* op): the int-only runtime entries
          // (stdlib/_rt/int_ops.py; shifts inline their small-int path), which link no instance arm
          d.imm = INT_ONLY[d.op];
          d.op = 'call';
        } else if (d.op === 'py.iadd' && within(t1, INTISH) && !within(t0, NUMERIC)) {
          // x += n of an int n and an x of unknown type (a dict's value): the small-int sum in line
          // (list.py rt_iadd_int), rt_iadd (lists, instances, errors) otherwise
          d.op = 'call';
          d.imm = 'rt_iadd_int';
        } else if (d.op === 'call' && d.imm === 'rt_minmax' && within(t0, T_OTHER) && info.onlyTuples(st[d.args[0]]) && within(info.elemTypes(st[d.args[0]]), INTISH)) {
          d.imm = 'rt_minmax_ints'; // max(a, b) of ints (a tuple display): int comparisons only
        } else if (d.op in F64_BIN && within(t0, NUMERIC) && within(t1, NUMERIC) && (within(t0, T_FLOAT) || within(t1, T_FLOAT))) {
          const x = asF64(d.args[0], t0);
          const y = asF64(d.args[1], t1);
          const r = rw.emit(F64_BIN[d.op], [x, y], 'f64');
          d.op = 'box.float';
          d.args = [r];
        } else if (d.op in F64_CMP && within(t0, T_FLOAT) && within(t1, T_FLOAT)) {
          const c = rw.emit(F64_CMP[d.op], [rw.emit('unbox.float', [d.args[0]], 'f64'), rw.emit('unbox.float', [d.args[1]], 'f64')], 'i32');
          d.op = 'box.bool';
          d.args = [c];
        } else if (d.op in F64_CMP && ((within(t0, T_FLOAT) && exactInt(d.args[1]) !== undefined) || (exactInt(d.args[0]) !== undefined && within(t1, T_FLOAT)))) {
          // a float compared with an int constant a double holds exactly (raytrace's `t > 0`):
          // the f64 comparison is CPython's exact one (NaN included)
          const side = (v: Value, t: number): Value => (within(t, T_FLOAT) ? rw.emit('unbox.float', [v], 'f64') : rw.emit('const.f64', [], 'f64', exactInt(v)!));
          const c = rw.emit(F64_CMP[d.op], [side(d.args[0], t0), side(d.args[1], t1)], 'i32');
          d.op = 'box.bool';
          d.args = [c];
        } else if (d.op in NUM_CMP && within(t0, NUMERIC) && within(t1, NUMERIC)) {
          // a comparison of numbers, one of them maybe a float (`i < 2 ** k`): int_ops.py's exact
          // numeric order, not rt_lt's instance, str and sequence arms
          d.imm = NUM_CMP[d.op];
          d.op = 'call';
        } else if (d.op === 'py.neg' && within(t0, INTISH)) {
          d.op = 'int.sub';
          d.args = [rw.emit('const.int', [], 'obj', 0n), d.args[0]];
        } else if (d.op === 'py.neg' && within(t0, T_FLOAT)) {
          d.op = 'box.float';
          d.args = [rw.emit('f64.neg', [rw.emit('unbox.float', [d.args[0]], 'f64')], 'f64')];
        } else if (d.op === 'call' && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && within(t0, T_LIST) && fixedIndex(d.args[0], d.args[1]) !== undefined) {
          // l[k] with a constant k on a list whose length is fixed and known (infer.ts
          // fixedLen: a display never appended to and never escaping) is always in range: a
          // load or store of the item, with no bounds test and no fallback.
          const l = d.args[0];
          const off = BigInt(LIST_BUF_ITEMS + 8 * fixedIndex(l, d.args[1])!);
          // (the items buffer of a list that never grows nor escapes never changes: a pure load
          // that GVN merges across the item stores and LICM hoists)
          const buf = rw.emit('load.fixed_i32', [rw.emit('word.ptr', [l], 'i32')], 'i32', BigInt(LIST_BUF));
          const f64 = isRawList(st[l], floatLists);
          if (isRawList(st[l], boolLists)) {
            // one byte per item (floatlists.ts)
            const at = BigInt(LIST_BUF_ITEMS + fixedIndex(l, d.args[1])!);
            if (d.imm === 'rt_getitem') {
              d.op = 'box.bool';
              d.args = [rw.emit('load.u8', [buf], 'i32', at)];
              d.imm = undefined;
            } else {
              d.op = 'store.u8';
              d.args = [buf, asBool(d.args[2])];
              d.imm = at;
            }
          } else if (d.imm === 'rt_getitem') {
            if (f64) {
              d.op = 'box.float';
              d.args = [rw.emit('load.f64', [buf], 'f64', off)];
              d.imm = undefined;
            } else {
              d.op = 'load.obj';
              d.args = [buf];
              d.imm = off;
            }
          } else {
            d.op = f64 ? 'store.f64' : 'store.obj';
            d.args = [buf, f64 ? rw.emit('unbox.float', [d.args[2]], 'f64') : d.args[2]];
            d.imm = off;
          }
        } else if (d.op === 'call' && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && isRawList(st[d.args[0]], floatLists) && intIndex(t1)) {
          // an item of a list of raw f64 items (floatlists.ts): no box on a store, a box that
          // unbox usually cancels on a read
          if (d.imm === 'rt_getitem') {
            const raw = rw.emit('call', d.args, 'f64', fixed(d.args[0]) ? 'rt_list_getfx' : 'rt_list_getf');
            d.op = 'box.float';
            d.args = [raw];
            d.imm = undefined;
            if (moveBox(b, i)) {
              out.push(...rw.pending);
              continue;
            }
          } else {
            d.imm = fixed(d.args[0]) ? 'rt_list_setfx' : 'rt_list_setf';
            d.args = [d.args[0], d.args[1], rw.emit('unbox.float', [d.args[2]], 'f64')];
          }
        } else if (d.op === 'call' && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && isRawList(st[d.args[0]], boolLists) && intIndex(t1)) {
          // an item of a bool list (one byte each, floatlists.ts): a truth test of the read
          // item is the byte itself (py.truth of a box.bool, below)
          if (d.imm === 'rt_getitem') {
            const raw = rw.emit('call', d.args, 'i32', fixed(d.args[0]) ? 'rt_list_getbx' : 'rt_list_getb');
            d.op = 'box.bool';
            d.args = [raw];
            d.imm = undefined;
            if (moveBox(b, i)) {
              out.push(...rw.pending);
              continue;
            }
          } else {
            d.imm = fixed(d.args[0]) ? 'rt_list_setbx' : 'rt_list_setb';
            d.args = [d.args[0], d.args[1], asBool(d.args[2])];
          }
        } else if (d.op === 'call' && d.imm === 'rt_list_set' && isRawList(st[d.args[0]], boolLists)) {
          d.imm = 'rt_list_set_b';
          d.args = [d.args[0], d.args[1], asBool(d.args[2])];
        } else if (d.op === 'call' && d.imm === 'rt_list_new' && isRawList(st[d.result!], boolLists)) {
          d.imm = 'rt_list_new_b';
        } else if (d.op === 'py.mul' && isRawList(st[d.result!], boolLists) && info.siteOf(f, i) !== undefined) {
          // `[True] * n`: made as a bool list at once (stdlib/_rt/boollist.py), same errors
          d.op = 'call';
          d.imm = 'rt_list_mul_b';
        } else if (d.op === 'call' && d.imm === 'rt_math_sqrt' && within(t0, T_FLOAT)) {
          // math.sqrt of a float: f64.sqrt, ValueError below zero (stdlib/_rt/math.py)
          const raw = rw.emit('call', [rw.emit('unbox.float', [d.args[0]], 'f64')], 'f64', 'rt_math_sqrt_f');
          d.op = 'box.float';
          d.args = [raw];
          d.imm = undefined;
          if (moveBox(b, i)) {
            out.push(...rw.pending);
            continue;
          }
        } else if (d.op === 'call' && d.imm === 'rt_list_set' && isRawList(st[d.args[0]], floatLists)) {
          d.imm = 'rt_list_set_f64';
          d.args = [d.args[0], d.args[1], rw.emit('unbox.float', [d.args[2]], 'f64')];
        } else if (d.op === 'call' && d.imm === 'rt_list_new' && isRawList(st[d.result!], floatLists)) {
          d.imm = 'rt_list_new_f64';
        } else if (d.op === 'py.mul' && isRawList(st[d.result!], floatLists) && info.siteOf(f, i) !== undefined) {
          const term = f.insts[f.terminator(b)!];
          convert.push({ block: term.targets[0].block, list: d.result!, line: d.line });
          if (seqTimesInt(t0, t1)) {
            d.op = 'call'; // the repeat itself (as below)
            d.imm = 'rt_seq_mul';
          }
        } else if (d.op === 'call' && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && within(t0, T_LIST) && within(t1, INTISH)) {
          // l[i] on a list with an int index: the runtime's list fast path (small and inlined:
          // a bounds test and a load or store; anything else goes back to rt_getitem/rt_setitem).
          // (the x forms for lists of fixed length: their length and buffer loads are pure)
          d.imm = d.imm === 'rt_getitem' ? (fixed(d.args[0]) ? 'rt_list_getx' : 'rt_list_geti') : fixed(d.args[0]) ? 'rt_list_setx' : 'rt_list_seti';
        } else if (d.op === 'call' && d.imm === 'rt_getitem' && within(t0, T_STR) && within(t1, INTISH)) {
          d.imm = 'rt_str_geti'; // s[i]: str.py's fast path (a character in range at once)
        } else if (d.op === 'call' && d.imm === 'rt_ord' && madeBy(d.args[0], 'rt_str_geti') && uses.get(d.args[0]) === 1) {
          // ord(s[i]) (json_build's checksum loop): s[i] becomes the code point itself
          // (rt_str_ord_at), no one-character str, and this call goes
          const g = f.valueDefs[d.args[0]];
          if (g.kind === 'inst') f.insts[g.inst].imm = 'rt_str_ord_at';
          repl.set(d.result!, d.args[0]);
          continue;
        } else if (d.op === 'py.mod' && (within(t1, T_INT) || within(t1, T_STR)) && percentOne(d.args[0], within(t1, T_INT)) !== undefined) {
          // "v%d" % i of an int (or "%s" of an int or a str): the str of x between the format's
          // literal parts, as the f-string f"v{i}" (no format parsing, no tuple test)
          const [pre, post] = percentOne(d.args[0], within(t1, T_INT))!;
          const int = within(t1, T_INT);
          if (!pre && !post) {
            if (!int) {
              repl.set(d.result!, d.args[1]); // "%s" % s is s
              continue; // drop this instruction
            }
            d.op = 'call';
            d.imm = 'rt_int_to_str';
            d.args = [d.args[1]];
          } else {
            const x = int ? rw.emit('call', [d.args[1]], 'obj', 'rt_int_to_str') : d.args[1];
            d.op = 'call';
            d.imm = pre && post ? 'rt_str_cat3' : 'rt_str_concat';
            d.args = [...(pre ? [rw.emit('const.str', [], 'obj', pre)] : []), x, ...(post ? [rw.emit('const.str', [], 'obj', post)] : [])];
          }
        } else if ((d.op === 'py.add' || d.op === 'py.iadd') && within(t0, T_STR) && within(t1, T_STR)) {
          d.op = 'call'; // str + str: the concatenation itself, no int test or type dispatch
          d.imm = 'rt_str_concat';
        } else if (d.op === 'call' && d.imm === 'rt_getitem' && ((within(t0, T_OTHER | T_NONE) && info.onlyTuples(st[d.args[0]])) || info.tupleAt(f, b, d.args[0])) && within(t1, INTISH)) {
          // t[i] on a tuple the program made (binary_trees' node[0]) or one a dominating
          // isinstance(t, tuple) proved (json_build's render): rt_tuple_getx's inlined fast
          // path (it tests the type itself, so None takes rt_getitem's error)
          d.imm = 'rt_tuple_getx';
        } else if (d.op === 'call' && (d.imm === 'rt_getitem' || d.imm === 'rt_setitem') && within(t0, T_OTHER) && info.onlyDicts(st[d.args[0]])) {
          // d[k] and d[k] = v on a dict the program made: dict.py's entries, whose type test and
          // last-key test the inliner splices (anything else goes back to rt_getitem/rt_setitem)
          d.imm = d.imm === 'rt_getitem' ? 'rt_dict_getx' : 'rt_dict_setx';
        } else if (d.op === 'call' && d.imm === 'rt_in' && within(t1, T_OTHER) && info.onlyDicts(st[d.args[1]])) {
          d.imm = 'rt_dict_inx'; // k in d on a dict the program made: the lookup itself
        } else if (d.op === 'call' && d.imm === 'rt_range_int' && within(t0, T_INT)) {
          repl.set(d.result!, d.args[0]); // range()'s conversion of an int (its check.exc goes with checkelim)
          continue;
        } else if (d.op === 'py.mul' && seqTimesInt(t0, t1)) {
          // `[0] * n`: the repeat itself. rt_mul tests for ints, floats and instances first, and
          // its other arms would link the code of every type's `*` (module size: wazero compiles
          // every function of a module at each start).
          d.op = 'call';
          d.imm = 'rt_seq_mul';
        } else if (d.op === 'call' && d.imm === 'rt_list_call' && madeBy(d.args[0], 'rt_range_new')) {
          // list(range(...)): the items computed (stdlib/_rt/narrow.py), not iterated through
          // the generic rt_next, which reaches generators and user iterators
          d.imm = 'rt_range_list';
        } else if (d.op === 'call' && d.imm === 'rt_unpack' && (within(t0, T_LIST) || (within(t0, T_OTHER) && info.onlyTuples(st[d.args[0]])))) {
          // `a, b = x` of a list or of a tuple the program made: the length test only
          d.imm = 'rt_unpack_seq';
        } else if (d.op === 'call' && d.imm === 'rt_round' && within(t0, T_FLOAT) && madeBy(d.args[1], 'const.none')) {
          // round(x) of a float: the nearest int, ties to even (no int or __round__ arms)
          d.imm = 'rt_float_round0';
          d.args = [rw.emit('unbox.float', [d.args[0]], 'f64')];
        } else if (d.op === 'call' && (d.imm === 'rt_str_call' || d.imm === 'rt_repr' || (d.imm === 'rt_format_value' && constI32(d.args[1]) === 0 && nullWord(d.args[2])))
          && (within(t0, T_STR) || within(t0, T_INT))) {
          // str(x), repr(x) and f"{x}" of an int or a str (no subclass: those are instances)
          if (within(t0, T_INT)) d.imm = 'rt_int_to_str';
          else if (d.imm === 'rt_repr') d.imm = 'rt_str_repr';
          else {
            repl.set(d.result!, d.args[0]);
            continue; // drop this instruction
          }
          d.args = [d.args[0]];
        } else if (d.op === 'call' && d.imm === 'rt_format_value' && constI32(d.args[1]) === 0 && specStr(d.args[2]) && (within(t0, T_INT) || within(t0, T_FLOAT) || within(t0, T_STR))) {
          // f"{x:spec}" of an int, a float or a str: that type's formatting (no __format__ lookup)
          const x = d.args[0];
          const spec = f.insts[(f.valueDefs[d.args[2]] as { inst: number }).inst].imm as string;
          const fixed = /^\.([0-3])f$/.exec(spec);
          const dec = /^(0?)([1-9][0-9]?)?d$/.exec(spec);
          if (within(t0, T_FLOAT) && fixed) {
            // f"{x:.2f}": made from x's exact value, no spec parsed (stdlib/_rt/format.py)
            d.imm = 'rt_fmt_fixed_p';
            d.args = [rw.emit('unbox.float', [x], 'f64'), rw.emit('const.i32', [], 'i32', BigInt(fixed[1])), d.args[2]];
          } else if (within(t0, T_INT) && dec) {
            // f"{n:02d}", f"{n:5d}", f"{n:d}": the digits padded, no spec parsed
            d.imm = 'rt_fmt_int_w';
            d.args = [x, rw.emit('const.i32', [], 'i32', BigInt(dec[2] ?? '0')), rw.emit('const.i32', [], 'i32', dec[1] === '0' ? 1n : 0n), d.args[2]];
          } else if (within(t0, T_FLOAT)) {
            d.imm = 'rt_fmt_float';
            d.args = [rw.emit('unbox.float', [x], 'f64'), d.args[2], x];
          } else {
            d.imm = within(t0, T_INT) ? 'rt_fmt_int' : 'rt_fmt_str';
            d.args = [x, d.args[2], x];
          }
        } else if (d.op === 'call' && (d.imm === 'rt_write_obj' || d.imm === 'rt_print_obj')) {
          // print(x) of a value of one known type writes it directly (and links only that);
          // rt_print_obj, the writer of programs that can make containers, is rt_write_obj on
          // anything that is not a container or bytes.
          if (within(t0, T_STR)) d.imm = 'rt_write_str';
          else if (within(t0, T_INT)) d.imm = 'rt_write_int';
          else if (within(t0, T_BOOL)) d.imm = 'rt_write_bool';
          else if (within(t0, T_FLOAT)) {
            d.imm = 'rt_write_float';
            d.args = [rw.emit('unbox.float', [d.args[0]], 'f64')];
          }
        } else if (d.op === 'py.truth') {
          const src = d.args[0];
          const def = f.valueDefs[src];
          if (def.kind === 'inst' && f.insts[def.inst].op === 'box.bool') {
            repl.set(d.result!, f.insts[def.inst].args[0]);
            continue; // drop this instruction
          }
          if (within(t0, T_BOOL)) {
            d.op = 'py.is';
            d.args = [src, rw.emit('const.bool', [], 'obj', 1n)];
          } else if (within(t0, T_INT)) {
            d.op = 'i64.ne';
            d.args = [rw.emit('word.bits', [src], 'i64'), rw.emit('const.i64', [], 'i64', 0n)];
          } else if (within(t0, T_FLOAT)) {
            d.op = 'f64.ne';
            d.args = [rw.emit('unbox.float', [src], 'f64'), rw.emit('const.f64', [], 'f64', 0)];
          } else if (within(t0, T_NONE)) {
            d.op = 'const.i32';
            d.args = [];
            d.imm = 0n;
          }
        }
        out.push(...rw.pending, i);
      }
      f.blocks[b].insts = out;
    }
    for (const c of convert) f.blocks[c.block].insts.unshift(f.makeInst('call', [c.list], 'rt_list_to_f64', null, [], c.line));
    for (const mv of moved) f.blocks[mv.block].insts.unshift(mv.inst);
    applyReplacements(f, repl);
    fuseStrConcats(f); // a + b + c of strs: one allocation (strcat.ts)
    dropUnusedKeys(f);
  }
  rawFloatSlots(m, info, alwaysSet); // float attributes kept as raw f64 in the instance (rawslots.ts)
}

/** Drops the class switches' key calls (KEY_CALLS: they only read) whose every test was
 * decided: inlined, their loads and the exception-class test would stay for nothing. */
function dropUnusedKeys(f: Func): void {
  const used = new Set<Value>();
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      for (const x of d.args) used.add(x);
      for (const t of d.targets) for (const x of t.args) used.add(x);
    }
  }
  for (const b of f.blockOrder) {
    f.blocks[b].insts = f.blocks[b].insts.filter((i) => {
      const d = f.insts[i];
      return !(d.op === 'call' && KEY_CALLS.has(d.imm as string) && d.result !== undefined && !used.has(d.result));
    });
  }
}
