// A generator of random raw-arithmetic functions (ifs, counted loops, i64 and f64 variables),
// built through the FunctionBuilder so they exercise its SSA construction. Deterministic per seed.
import { FunctionBuilder } from '../../src/ir/builder.js';
import { Func, IrModule, type Value } from '../../src/ir/function.js';
import type { Opcode } from '../../src/ir/ops.js';

/** A small deterministic generator (xorshift32). */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  return { int: (n: number) => next() % n, pick: <T>(xs: readonly T[]): T => xs[next() % xs.length] };
}

const I64_OPS: Opcode[] = ['i64.add', 'i64.sub', 'i64.mul', 'i64.and', 'i64.or', 'i64.xor', 'i64.shl', 'i64.shr_s', 'i64.shr_u', 'i64.div_s', 'i64.rem_u'];
const CMP_OPS: Opcode[] = ['i64.lt_s', 'i64.eq', 'i64.ne', 'i64.ge_u', 'i64.gt_s'];
const VARS = ['x', 'y', 'z'];

export function generate(seed: number): IrModule {
  const r = rng(seed);
  const m = new IrModule();
  const f = m.addFunc(new Func('gen', ['i64', 'i64'], ['i64', 'i64', 'f64']));
  const fb = new FunctionBuilder(f);
  const entry = fb.newBlock();
  const [a, b] = [f.addBlockParam(entry, 'i64'), f.addBlockParam(entry, 'i64')];
  fb.switchTo(entry);
  fb.seal(entry);
  for (const v of VARS) fb.declareVar(v, 'i64');
  fb.declareVar('fl', 'f64');
  fb.defVar('x', a);
  fb.defVar('y', b);
  fb.defVar('z', fb.emit('const.i64', [], BigInt(r.int(7))));
  fb.defVar('fl', fb.emit('const.f64', [], 0.5));
  let loops = 0;
  const operand = (): Value =>
    r.int(3) === 0 ? fb.emit('const.i64', [], BigInt(r.int(9) - 2)) : fb.useVar(r.pick(VARS));
  const stmts = (depth: number, n: number): void => {
    for (let k = 0; k < n; k++) {
      const what = depth > 0 ? r.int(10) : r.int(6);
      if (what < 5) {
        fb.defVar(r.pick(VARS), fb.emit(r.pick(I64_OPS), [operand(), operand()]));
      } else if (what === 5) {
        const x = fb.emit('i64.to_f64', [fb.useVar(r.pick(VARS))]);
        fb.defVar('fl', fb.emit(r.pick(['f64.add', 'f64.mul', 'f64.div', 'f64.sub'] as Opcode[]), [fb.useVar('fl'), x]));
      } else if (what < 8) {
        const cond = fb.emit(r.pick(CMP_OPS), [operand(), operand()]);
        const then = fb.newBlock();
        const els = fb.newBlock();
        const join = fb.newBlock();
        fb.br(cond, then, els);
        for (const arm of [then, els]) {
          fb.switchTo(arm);
          fb.seal(arm);
          stmts(depth - 1, r.int(3));
          fb.jump(join);
        }
        fb.switchTo(join);
        fb.seal(join);
      } else {
        const k = `k${loops++}`;
        fb.declareVar(k, 'i64');
        fb.defVar(k, fb.emit('const.i64', [], 0n));
        const header = fb.newBlock();
        const body = fb.newBlock();
        const exit = fb.newBlock();
        fb.jump(header);
        fb.switchTo(header);
        const limit = fb.emit('const.i64', [], BigInt(r.int(4)));
        fb.br(fb.emit('i64.lt_s', [fb.useVar(k), limit]), body, exit);
        fb.switchTo(body);
        fb.seal(body);
        stmts(depth - 1, 1 + r.int(3));
        fb.defVar(k, fb.emit('i64.add', [fb.useVar(k), fb.emit('const.i64', [], 1n)]));
        fb.jump(header);
        fb.seal(header);
        fb.switchTo(exit);
        fb.seal(exit);
      }
    }
  };
  stmts(3, 3 + r.int(5));
  fb.ret([fb.emit('i64.xor', [fb.useVar('x'), fb.useVar('y')]), fb.useVar('z'), fb.useVar('fl')]);
  fb.sealAll();
  return m;
}

