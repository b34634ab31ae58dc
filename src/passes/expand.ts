// expand: no int.*, float.div or num.to_f64 op remains. Each becomes explicit IR the code
// generator knows: an inline small-int fast path (tag test, tagged arithmetic, overflow test,
// as design.md section 4 describes) with a call to the generic runtime operation on the slow
// path; float division tests its divisor for zero; num.to_f64 calls the runtime.
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { OPS, type Opcode } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import type { PassContext } from './context.js';
import { SMALL_MAX, SMALL_MIN } from '../runtime/layout.js';
import { applyReplacements } from './util.js';

// The slow paths call the int-only operations (stdlib/_rt/int_ops.py: the operands are proven ints
// or bools), not the generic operators, whose other arms would keep most of the runtime in the
// module; the comparisons there answer the raw i32.
export const INT_SLOW: Record<string, string> = {
  'int.add': 'rt_iop_add', 'int.sub': 'rt_iop_sub', 'int.mul': 'rt_iop_mul', 'int.floordiv': 'rt_iop_floordiv', 'int.mod': 'rt_iop_mod',
  'int.lt': 'rt_iop_lt', 'int.le': 'rt_iop_le', 'int.gt': 'rt_iop_gt', 'int.ge': 'rt_iop_ge', 'int.eq': 'rt_iop_eq', 'int.ne': 'rt_iop_ne',
};
const SLOW = INT_SLOW;
const RAW_CMP: Record<string, Opcode> = { 'int.lt': 'i64.lt_s', 'int.le': 'i64.le_s', 'int.gt': 'i64.gt_s', 'int.ge': 'i64.ge_s', 'int.eq': 'i64.eq', 'int.ne': 'i64.ne' };

/** Appends instructions to one block of a function. */
class Emitter {
  constructor(
    readonly f: Func,
    public block: Block,
    readonly line: number,
  ) {}
  op(op: Opcode, args: Value[], type: IrType | null, imm?: bigint | number | string): Value {
    const i = this.f.makeInst(op, args, imm, type, [], this.line);
    this.f.blocks[this.block].insts.push(i);
    return this.f.insts[i].result ?? (-1 as Value);
  }
  term(op: Opcode, args: Value[], targets: { block: Block; args: Value[] }[]): void {
    this.f.blocks[this.block].insts.push(this.f.makeInst(op, args, undefined, null, targets, this.line));
  }
  i64(n: bigint): Value {
    return this.op('const.i64', [], 'i64', n);
  }
}

export function expand(m: IrModule, _ctx: PassContext): void {
  for (const f of m.funcs) {
    const known = dropWithin(f);
    expandFunc(f, known);
  }
}

/** A small-int interval an operand of an int op is known to lie in (its word is value << 1). */
interface Known {
  readonly lo: bigint;
  readonly hi: bigint;
}
/** Per int.add / int.sub instruction, what is known of each operand (an int.within's interval). */
type KnownOperands = Map<Inst, (Known | undefined)[]>;

/** An int.within (the items pass's fact for the range pass, or range's about an operand of an
 * int.add/int.sub it could not make raw) is its operand; returns the small-int intervals the
 * int.add/int.sub operands had from them. */
function dropWithin(f: Func): KnownOperands {
  const repl = new Map<Value, Value>();
  const within = new Map<Value, Known>();
  const known: KnownOperands = new Map();
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    if (!insts.some((i) => f.insts[i].op === 'int.within')) continue;
    f.blocks[b].insts = insts.filter((i) => {
      const d = f.insts[i];
      if (d.op !== 'int.within') return true;
      repl.set(d.result!, d.args[0]);
      const bound = (v: Value) => {
        const def = f.valueDefs[v];
        return def.kind === 'inst' && f.insts[def.inst].op === 'const.int' ? (f.insts[def.inst].imm as bigint) : undefined;
      };
      const lo = bound(d.args[1]);
      const hi = bound(d.args[2]);
      if (lo !== undefined && hi !== undefined && lo >= SMALL_MIN && hi <= SMALL_MAX && lo <= hi) within.set(d.result!, { lo, hi });
      return false;
    });
  }
  if (within.size) {
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if ((d.op === 'int.add' || d.op === 'int.sub') && d.args.some((a) => within.has(a))) known.set(i, d.args.map((a) => within.get(a)));
      }
    }
  }
  applyReplacements(f, repl);
  return known;
}

function newBlockAfter(f: Func, after: Block): Block {
  const b = f.newBlock(); // appended to the layout; move it right after `after`
  f.blockOrder.pop();
  f.blockOrder.splice(f.blockOrder.indexOf(after) + 1, 0, b);
  return b;
}

function expandFunc(f: Func, known: KnownOperands): void {
  const repl = new Map<Value, Value>();
  // The blocks this expansion made to continue a split one: a slow path's call before them may
  // have left an exception pending on entry, for the check that ends them.
  const joins = new Set<Block>();
  const work = [...f.blockOrder];
  while (work.length) {
    const b = work.pop()!;
    const insts = f.blocks[b].insts;
    const k = insts.findIndex((i) => f.insts[i].op in SLOW || f.insts[i].op === 'float.div');
    if (k < 0) {
      for (const i of insts) if (f.insts[i].op === 'num.to_f64') toCall(f, i, 'rt_num_to_f64');
      continue;
    }
    for (const i of insts.slice(0, k)) if (f.insts[i].op === 'num.to_f64') toCall(f, i, 'rt_num_to_f64');
    const inst = insts[k];
    const d = f.insts[inst];
    // Split: the instructions after `inst` move to a join block that receives its result.
    const join = newBlockAfter(f, b);
    f.blocks[join].insts = insts.slice(k + 1);
    f.blocks[b].insts = insts.slice(0, k);
    const resultType = f.typeOf(d.result!);
    const res = f.addBlockParam(join, resultType);
    repl.set(d.result!, res);
    const e = new Emitter(f, b, d.line);
    if (d.op === 'float.div') expandFloatDiv(f, e, d.args, join, joins.has(b) ? undefined : directCheck(f, f.blocks[b].insts, join, d.result!));
    else expandInt(f, e, d.op, d.args, join, known.get(inst) ?? []);
    joins.add(join);
    work.push(join);
  }
  applyReplacements(f, repl);
}

function toCall(f: Func, i: Inst, name: string): void {
  const d = f.insts[i];
  d.op = 'call';
  d.imm = name;
}

/**
 * When only the float.div can raise between the start of its block (an original one: no
 * exception is pending there, the invariant checkelim keeps) and the `check.exc` ending the join
 * (`before`: the instructions before the float.div, `join`: those after it), the zero path can
 * raise and go straight to the check's handler, and the check becomes a jump for the quotient
 * path: no exception test on the hot path, and nothing the loop keeps is live across the
 * rt_raise call (Cranelift spilled dx, dy, dz around it in nbody's advance). The handler's
 * arguments must be defined before the float.div.
 */
function directCheck(f: Func, before: readonly Inst[], join: Block, result: Value): Inst | undefined {
  const insts = f.blocks[join].insts;
  const term = insts[insts.length - 1];
  if (term === undefined || f.insts[term].op !== 'check.exc') return undefined;
  const body = insts.slice(0, -1);
  if ([...before, ...body].some((i) => OPS[f.insts[i].op].raises)) return undefined;
  const inJoin = new Set(body.map((i) => f.insts[i].result));
  if (f.insts[term].targets[1].args.some((a) => a === result || inJoin.has(a))) return undefined;
  return term;
}

function expandFloatDiv(f: Func, e: Emitter, [x, y]: Value[], join: Block, check: Inst | undefined): void {
  const zero = newBlockAfter(f, e.block);
  const ok = newBlockAfter(f, zero);
  const isZero = e.op('f64.eq', [y, e.op('const.f64', [], 'f64', 0)], 'i32');
  e.term('br', [isZero], [{ block: zero, args: [] }, { block: ok, args: [] }]);
  e.block = zero;
  e.op('call', [e.op('const.str', [], 'obj', 'ZeroDivisionError'), e.op('const.str', [], 'obj', 'float division by zero')], null, 'rt_raise');
  if (check !== undefined) {
    const c = f.insts[check];
    const handler = c.targets[1];
    e.term('jump', [], [{ block: handler.block, args: [...handler.args] }]);
    c.op = 'jump';
    c.targets = [c.targets[0]];
  } else e.term('jump', [], [{ block: join, args: [e.op('const.f64', [], 'f64', 0)] }]);
  e.block = ok;
  e.term('jump', [], [{ block: join, args: [e.op('f64.div', [x, y], 'f64')] }]);
}

function expandInt(f: Func, e: Emitter, op: Opcode, [a, b]: Value[], join: Block, [knownA, knownB]: (Known | undefined)[]): void {
  const fast = newBlockAfter(f, e.block);
  const slow = newBlockAfter(f, fast);
  const isCmp = op in RAW_CMP;
  // A small-int constant operand has known bits and needs no tag test.
  const smallConst = (v: Value): bigint | undefined => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst' || f.insts[def.inst].op !== 'const.int') return undefined;
    const n = f.insts[def.inst].imm as bigint;
    return n >= -(1n << 62n) && n < 1n << 62n ? n << 1n : undefined;
  };
  const ka = smallConst(a);
  const kb = smallConst(b);
  const wa = ka !== undefined ? e.i64(ka) : e.op('word.bits', [a], 'i64');
  const wb = kb !== undefined ? e.i64(kb) : e.op('word.bits', [b], 'i64');
  // An operand of known small interval (a constant, or an int.within's) needs no tag test either.
  const ia: Known | undefined = ka !== undefined ? { lo: ka >> 1n, hi: ka >> 1n } : knownA;
  const ib: Known | undefined = kb !== undefined ? { lo: kb >> 1n, hi: kb >> 1n } : knownB;
  const isDiv = op === 'int.floordiv' || op === 'int.mod';
  if (ia !== undefined && ib !== undefined && !isDiv) {
    // Both known small (tailacc's `acc + r` of a proven small r): no test; dce drops the slow path.
    e.term('jump', [], [{ block: fast, args: [] }]);
  } else {
    const tested = ia !== undefined ? wb : ib !== undefined ? wa : e.op('i64.or', [wa, wb], 'i64');
    const tagBits = e.op('i64.and', [tested, e.i64(1n)], 'i64');
    let bothSmall = e.op('i64.eqz', [tagBits], 'i32');
    if (isDiv) {
      // The fast path also needs a non-zero divisor (the slow path raises ZeroDivisionError).
      bothSmall = e.op('i32.and', [bothSmall, e.op('i64.ne', [wb, e.i64(0n)], 'i32')], 'i32');
    }
    e.term('br', [bothSmall], [{ block: fast, args: [] }, { block: slow, args: [] }]);
  }

  // Slow path: the generic runtime operation.
  const s = new Emitter(f, slow, e.line);
  const sv = s.op('call', [a, b], isCmp ? 'i32' : 'obj', SLOW[op]);
  s.term('jump', [], [{ block: join, args: [sv] }]);

  // Fast path on small ints.
  const x = new Emitter(f, fast, e.line);
  if (isCmp) {
    x.term('jump', [], [{ block: join, args: [x.op(RAW_CMP[op], [wa, wb], 'i32')] }]);
    return;
  }
  let r: Value;
  let overflow: Value;
  if (op === 'int.add' || op === 'int.sub') {
    // Tagged words add and subtract as their values do; signed overflow means "too big".
    r = x.op(op === 'int.add' ? 'i64.add' : 'i64.sub', [wa, wb], 'i64');
    // An operand k of known sign (`n += 1`, `n - 1`, `total += i` with i >= 0) needs one
    // comparison: w + k overflows exactly when the wrapped sum is below w for k >= 0 (above it
    // for k <= 0); w - k the other way round.
    const signOf = (k: Known | undefined) => (k === undefined ? 0 : k.lo >= 0n ? 1 : k.hi <= 0n ? -1 : 0);
    const sb = signOf(ib);
    const sa = op === 'int.add' ? signOf(ia) : 0;
    const sign = sb || sa;
    const w = sb ? wa : wb;
    if (sign) overflow = x.op((sign > 0) === (op === 'int.add') ? 'i64.lt_s' : 'i64.gt_s', [r, w], 'i32');
    else {
      const t = op === 'int.add' ? x.op('i64.and', [x.op('i64.xor', [r, wa], 'i64'), x.op('i64.xor', [r, wb], 'i64')], 'i64') : x.op('i64.and', [x.op('i64.xor', [wa, wb], 'i64'), x.op('i64.xor', [wa, r], 'i64')], 'i64');
      overflow = x.op('i64.lt_s', [t, x.i64(0n)], 'i32');
    }
  } else {
    const va = x.op('i64.shr_s', [wa, x.i64(1n)], 'i64');
    const vb = x.op('i64.shr_s', [wb, x.i64(1n)], 'i64');
    let v: Value;
    let exact: Value;
    if (op === 'int.mul') {
      // Exact when both factors fit in 32 bits: the product then fits in 63.
      const fits = (z: Value) => x.op('i64.eq', [z, x.op('i32.to_i64', [x.op('i64.to_i32', [z], 'i32')], 'i64')], 'i32');
      exact = x.op('i32.and', [fits(va), fits(vb)], 'i32');
      v = x.op('i64.mul', [va, vb], 'i64');
    } else {
      // Floor division and modulo from truncating ones (divisor is non-zero here). The
      // quotient only for floordiv: DCE keeps an unused division, since it may trap.
      const q = op === 'int.floordiv' ? x.op('i64.div_s', [va, vb], 'i64') : undefined;
      const rem = x.op('i64.rem_s', [va, vb], 'i64');
      const adjust = x.op('i32.and', [x.op('i64.ne', [rem, x.i64(0n)], 'i32'), x.op('i64.lt_s', [x.op('i64.xor', [rem, vb], 'i64'), x.i64(0n)], 'i32')], 'i32');
      const adj64 = x.op('i32.to_i64', [adjust], 'i64');
      v = q ? x.op('i64.sub', [q, adj64], 'i64') : x.op('i64.add', [rem, x.op('i64.mul', [vb, adj64], 'i64')], 'i64');
      // va = MIN_SMALL, vb = -1 is the one case whose quotient is not small; div_s never traps
      // here since |va| < 2**62.
      exact = x.op('const.i32', [], 'i32', 1n);
    }
    // Small when tagging round-trips.
    r = x.op('i64.shl', [v, x.i64(1n)], 'i64');
    const back = x.op('i64.shr_s', [r, x.i64(1n)], 'i64');
    const small = x.op('i32.and', [exact, x.op('i64.eq', [back, v], 'i32')], 'i32');
    overflow = x.op('i32.eqz', [small], 'i32');
  }
  const done = newBlockAfter(f, fast);
  x.term('br', [overflow], [{ block: slow, args: [] }, { block: done, args: [] }]);
  const dn = new Emitter(f, done, e.line);
  dn.term('jump', [], [{ block: join, args: [dn.op('bits.word', [r], 'obj')] }]);
}
