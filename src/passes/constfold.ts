// constfold: sparse conditional constant propagation (Wegman & Zadeck, TOPLAS 1991) over the raw
// i64/i32/f64 values, folding with the op table's `fold` functions: a value proven constant
// becomes a `const.T` op, and a `br` on a constant condition becomes a `jump`. Block parameters
// are the meet of their arguments over the edges found executable. Blocks left unreachable and
// instructions left unused are DCE's to remove.
import type { Block, Func, Inst, Value } from '../ir/function.js';
import { OPS, type Opcode, type OpInfo } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import type { PassContext } from './context.js';
import { applyReplacements } from './util.js';
import { SMALL_MAX, SMALL_MIN } from '../runtime/layout.js';

type Const = bigint | number;

const TOP = 0;
const CONST = 1;
const BOTTOM = 2;

/** The op that makes a raw constant of each raw type (found in the op table once, at load). */
const CONST_OP: Readonly<Partial<Record<IrType, Opcode>>> = Object.freeze(
  Object.fromEntries((Object.entries(OPS) as [Opcode, OpInfo][]).filter(([, info]) => isConstOp(info)).map(([name, info]) => [info.result, name])),
);

/** The op that makes a raw constant of type `t`: no operands, a numeric immediate, pure. */
export function constOpFor(t: IrType): Opcode | undefined {
  return CONST_OP[t];
}

function isConstOp(info: OpInfo): boolean {
  return (
    info.args.length === 0 &&
    info.pure &&
    !info.terminator &&
    (info.imm === 'int' || info.imm === 'float') &&
    (info.result === 'i64' || info.result === 'i32' || info.result === 'f64')
  );
}

/** A folded value in the canonical form for type `t`, or undefined when it does not fit the type. */
function normalize(t: IrType, c: unknown): Const | undefined {
  if (t === 'f64') return typeof c === 'number' ? c : undefined;
  if (typeof c !== 'bigint') return undefined;
  return t === 'i64' ? BigInt.asIntN(64, c) : t === 'i32' ? BigInt.asIntN(32, c) : undefined;
}

function sameConst(a: Const, b: Const): boolean {
  return typeof a === 'number' ? Object.is(a, b) : a === b;
}

/** The value of a const.int small enough to be a tagged word, if v is one. */
function smallIntConst(f: Func, v: Value): bigint | undefined {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  if (d.op !== 'const.int' || typeof d.imm !== 'bigint') return undefined;
  return d.imm >= SMALL_MIN && d.imm <= SMALL_MAX ? d.imm : undefined;
}

/**
 * Whether the f64 value v is never below zero (it may be NaN or -0.0): a constant that is not,
 * a square (a * a, the same value boxed or not), the sqrt or abs of anything, and sums and products of such values (-0.0 and
 * NaN stay out of the negatives under + and *); through box/unbox pairs, `depth` arithmetic
 * ops deep.
 */
function notNegative(f: Func, v: Value, depth: number): boolean {
  const def = f.valueDefs[v];
  if (depth === 0 || def.kind !== 'inst') return false;
  const d = f.insts[def.inst];
  switch (d.op) {
    case 'const.f64':
      return !((d.imm as number) < 0);
    case 'f64.sqrt':
    case 'f64.abs':
      return true;
    case 'f64.mul':
    case 'f64.add':
      if (d.op === 'f64.mul' && unboxed(f, d.args[0]) === unboxed(f, d.args[1])) return true;
      return notNegative(f, d.args[0], depth - 1) && notNegative(f, d.args[1], depth - 1);
    case 'unbox.float':
    case 'box.float':
      return notNegative(f, d.args[0], depth);
    case 'const.float':
      return !((d.imm as number) < 0);
    default:
      return false;
  }
}

/** v with its box.float / unbox.float wrappers taken off (two unboxes of one box are one value). */
function unboxed(f: Func, v: Value): Value {
  for (;;) {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst' || (f.insts[def.inst].op !== 'unbox.float' && f.insts[def.inst].op !== 'box.float')) return v;
    v = f.insts[def.inst].args[0];
  }
}

export function constfold(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const nValues = f.valueTypes.length;
  const state = new Uint8Array(nValues);
  const value: (Const | undefined)[] = new Array(nValues);
  const execBlock = new Uint8Array(f.blocks.length);
  const execEdge = new Set<number>();
  const edgeKey = (inst: Inst, index: number) => inst * 65536 + index;
  const instBlock = new Int32Array(f.insts.length).fill(-1);
  // The users of each value, as one flat array: users[userStart[v] .. userStart[v + 1]).
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  const order = f.blockOrder;
  const userStart = new Int32Array(nValues + 1);
  for (let bo = 0; bo < order.length; bo++) {
    const b = order[bo];
    const insts = f.blocks[b].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const i = insts[ii];
      instBlock[i] = b;
      const d = f.insts[i];
      const args = d.args;
      for (let k = 0; k < args.length; k++) userStart[args[k] + 1]++;
      const ts = d.targets;
      for (let ti = 0; ti < ts.length; ti++) {
        const ta = ts[ti].args;
        for (let k = 0; k < ta.length; k++) userStart[ta[k] + 1]++;
      }
    }
  }
  for (let v = 0; v < nValues; v++) userStart[v + 1] += userStart[v];
  const users = new Int32Array(userStart[nValues]);
  const fill = userStart.slice(0, nValues);
  for (let bo = 0; bo < order.length; bo++) {
    const insts = f.blocks[order[bo]].insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const i = insts[ii];
      const d = f.insts[i];
      const args = d.args;
      for (let k = 0; k < args.length; k++) users[fill[args[k]]++] = i;
      const ts = d.targets;
      for (let ti = 0; ti < ts.length; ti++) {
        const ta = ts[ti].args;
        for (let k = 0; k < ta.length; k++) users[fill[ta[k]]++] = i;
      }
    }
  }
  // Only raw numbers are tracked; everything else is unknown from the start.
  for (let v = 0; v < nValues; v++) {
    const t = f.valueTypes[v];
    if (t !== 'i64' && t !== 'i32' && t !== 'f64') state[v] = BOTTOM;
  }
  const entryParams = f.blocks[f.entry].params;
  for (let k = 0; k < entryParams.length; k++) state[entryParams[k]] = BOTTOM;

  const valueWork: Value[] = [];
  const blockWork: Block[] = [];

  /** Lowers v to `s` (with constant c); lattice values only go down. */
  const lower = (v: Value, s: number, c?: Const) => {
    const old = state[v];
    if (old === BOTTOM || s === TOP) return;
    if (s === CONST && old === CONST) {
      if (sameConst(value[v]!, c!)) return;
      s = BOTTOM;
    }
    state[v] = s;
    value[v] = s === CONST ? c : undefined;
    valueWork.push(v);
  };

  const takeEdge = (inst: Inst, index: number) => {
    const t = f.insts[inst].targets[index];
    const params = f.blocks[t.block].params;
    const ta = t.args;
    for (let k = 0; k < ta.length; k++) lower(params[k], state[ta[k]], value[ta[k]]);
    const key = edgeKey(inst, index);
    if (execEdge.has(key)) return;
    execEdge.add(key);
    if (!execBlock[t.block]) {
      execBlock[t.block] = 1;
      blockWork.push(t.block);
    }
  };

  const visit = (i: Inst) => {
    const d = f.insts[i];
    const info: OpInfo = OPS[d.op];
    if (info.terminator) {
      if (d.op === 'br') {
        const c = d.args[0];
        if (state[c] === CONST) takeEdge(i, value[c] !== 0n ? 0 : 1);
        else if (state[c] === BOTTOM) for (let k = 0; k < d.targets.length; k++) takeEdge(i, k);
      } else for (let k = 0; k < d.targets.length; k++) takeEdge(i, k);
      return;
    }
    const r = d.result;
    if (r === undefined || state[r] === BOTTOM) return;
    const t = f.valueTypes[r];
    if (isConstOp(info)) {
      const c = normalize(t, d.imm);
      lower(r, c === undefined ? BOTTOM : CONST, c);
      return;
    }
    if (d.args.length === 1 && (d.op === 'is.small' || d.op === 'untag.int' || d.op === 'word.bits')) {
      // A small int constant's word (value << 1) is known, so are its tag test and value
      // (inlined runtime fast paths test and untag constant indices).
      const n = smallIntConst(f, d.args[0]);
      if (n !== undefined) {
        lower(r, CONST, d.op === 'is.small' ? 1n : d.op === 'untag.int' ? n : n << 1n);
        return;
      }
    }
    if ((d.op === 'f64.lt' || d.op === 'f64.gt') && state[d.args[d.op === 'f64.lt' ? 1 : 0]] === CONST) {
      // x < c (or c > x) with c <= 0 is false when x is never below zero: math.sqrt's domain
      // test of a sum of squares (nbody's distances)
      const [x, c] = d.op === 'f64.lt' ? d.args : [d.args[1], d.args[0]];
      if ((value[c] as number) <= 0 && notNegative(f, x, 8)) {
        lower(r, CONST, 0n);
        return;
      }
    }
    if (!info.fold) {
      lower(r, BOTTOM);
      return;
    }
    const args: Const[] = [];
    for (let k = 0; k < d.args.length; k++) {
      const a = d.args[k];
      if (state[a] === BOTTOM) return lower(r, BOTTOM);
      if (state[a] === TOP) return; // not known yet
      args.push(value[a]!);
    }
    const c = normalize(t, (info.fold as (...a: Const[]) => Const | undefined)(...args));
    lower(r, c === undefined ? BOTTOM : CONST, c);
  };

  execBlock[f.entry] = 1;
  blockWork.push(f.entry);
  while (blockWork.length || valueWork.length) {
    if (blockWork.length) {
      const insts = f.blocks[blockWork.pop()!].insts;
      for (let ii = 0; ii < insts.length; ii++) visit(insts[ii]);
      continue;
    }
    const v = valueWork.pop()!;
    for (let k = userStart[v]; k < userStart[v + 1]; k++) if (execBlock[instBlock[users[k]]]) visit(users[k] as Inst);
  }

  // Rewrite: constant results become constant ops, constant parameters are replaced by a constant
  // made at the top of their block, and branches on constants become jumps.
  const repl = new Map<Value, Value>();
  for (let bo = 0; bo < order.length; bo++) {
    const b = order[bo];
    if (!execBlock[b]) continue;
    const bd = f.blocks[b];
    const made: Inst[] = [];
    for (let k = 0; k < bd.params.length; k++) {
      const p = bd.params[k];
      if (state[p] !== CONST) continue;
      const op = CONST_OP[f.valueTypes[p]];
      if (!op) continue;
      const inst = f.makeInst(op, [], value[p], f.valueTypes[p]);
      made.push(inst);
      repl.set(p, f.insts[inst].result!);
    }
    for (let ii = 0; ii < bd.insts.length; ii++) {
      const d = f.insts[bd.insts[ii]];
      if (d.op === 'py.truth' && d.result !== undefined) {
        // bool(x) of a box.bool (an inlined `k in d` tested by `if`) is the i32 it boxed
        const def = f.valueDefs[d.args[0]];
        if (def.kind === 'inst' && f.insts[def.inst].op === 'box.bool') {
          repl.set(d.result, f.insts[def.inst].args[0]);
          d.op = 'const.i32'; // left unused for DCE (py.truth itself is not pure)
          d.args = [];
          d.imm = 0n;
          continue;
        }
      }
      if (d.op === 'br' && state[d.args[0]] === CONST) {
        const taken = d.targets[value[d.args[0]] !== 0n ? 0 : 1];
        d.op = 'jump';
        d.args = [];
        d.targets = [taken];
        continue;
      }
      const r = d.result;
      if (r === undefined || state[r] !== CONST || isConstOp(OPS[d.op])) continue;
      const op = CONST_OP[f.valueTypes[r]];
      if (!op) continue;
      d.op = op;
      d.args = [];
      d.imm = value[r];
    }
    if (made.length) bd.insts = [...made, ...bd.insts];
  }
  applyReplacements(f, repl);
}
