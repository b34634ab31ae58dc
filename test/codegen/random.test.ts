// Property test: random structured programs (assignments, parallel swaps, memory loads/stores,
// calls with side effects, ifs, counted loops) are built into SSA IR with block parameters,
// interpreted directly in JS, compiled by the code generator, validated and run; results and
// memory must agree. Exercises stackify legality, local colouring and parallel copies.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FunctionBuilder } from '../../src/ir/builder.js';
import { Func, IrModule, type Value } from '../../src/ir/function.js';
import { readModule } from '../../src/ir/read.js';
import { build, fn } from './helpers.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

const MEM = 40000; // eight i64 cells at MEM + 8k
const BUMP = `
func @bump(i32, i64) -> i64 {
b0(v0: i32, v1: i64):
    v2 = load.i64 0, v0
    v3 = i64.add v2, v1
    store.i64 0, v0, v3
    v4 = const.i64 3
    v5 = i64.mul v2, v4
    ret v5
}
`;

function genProgram(r: (n: number) => number, nvars: number): Func {
  const f = new Func('prog', ['i64', 'i64'], ['i64']);
  const b = new FunctionBuilder(f);
  const entry = b.newBlock();
  b.switchTo(entry);
  b.seal(entry);
  const ps = [f.addBlockParam(entry, 'i64'), f.addBlockParam(entry, 'i64')];
  const vars = Array.from({ length: nvars }, (_, i) => `x${i}`);
  vars.forEach((v, i) => {
    b.declareVar(v, 'i64');
    b.defVar(v, i < 2 ? ps[i] : b.emit('const.i64', [], BigInt(r(100) - 50)));
  });
  const pick = () => vars[r(vars.length)];
  const use = () => b.useVar(pick());
  const addr = (v: Value): Value => {
    const seven = b.emit('const.i64', [], 7n);
    const k = b.emit('i64.and', [v, seven]);
    const k32 = b.emit('i64.to_i32', [k]);
    const three = b.emit('const.i32', [], 3n);
    const off = b.emit('i32.shl', [k32, three]);
    const base = b.emit('const.i32', [], BigInt(MEM));
    return b.emit('i32.add', [base, off]);
  };
  const ops = ['i64.add', 'i64.sub', 'i64.mul', 'i64.xor', 'i64.and', 'i64.or', 'i64.shr_s'] as const;
  let counters = 0;
  const stmts = (depth: number, n: number): void => {
    for (let s = 0; s < n; s++) {
      const kind = r(depth > 2 ? 6 : 8);
      if (kind <= 1) {
        const y = use();
        const z = r(3) === 0 ? b.emit('const.i64', [], BigInt(r(9) - 4)) : use();
        b.defVar(pick(), b.emit(ops[r(ops.length)], [y, z]));
      } else if (kind === 2) {
        // Parallel assignment: a permutation of some variables.
        const k = 2 + r(Math.min(3, vars.length - 1));
        const chosen = [...vars].sort(() => r(3) - 1).slice(0, k);
        const vals = chosen.map((v) => b.useVar(v));
        chosen.forEach((v, i) => b.defVar(v, vals[(i + 1) % k]));
      } else if (kind === 3) {
        const a = addr(use());
        b.emit('store.i64', [a, use()], 0n);
      } else if (kind === 4) {
        b.defVar(pick(), b.emit('load.i64', [addr(use())], 0n));
      } else if (kind === 5) {
        const a = addr(use());
        const res = b.emit('call', [a, use()], 'bump', 'i64');
        if (r(2)) b.defVar(pick(), res);
      } else if (kind === 6) {
        const c = b.emit('i64.lt_s', [use(), use()]);
        const t = b.newBlock();
        const e = b.newBlock();
        const j = b.newBlock();
        b.br(c, t, e);
        b.seal(t);
        b.seal(e);
        b.switchTo(t);
        stmts(depth + 1, 1 + r(3));
        b.jump(j);
        b.switchTo(e);
        if (r(2)) stmts(depth + 1, 1 + r(3));
        b.jump(j);
        b.seal(j);
        b.switchTo(j);
      } else {
        const cv = `c${counters++}`;
        b.declareVar(cv, 'i64');
        b.defVar(cv, b.emit('const.i64', [], 0n));
        const h = b.newBlock();
        const body = b.newBlock();
        const exit = b.newBlock();
        b.jump(h);
        b.switchTo(h);
        const lim = b.emit('const.i64', [], BigInt(r(4)));
        // Fuel (a memory cell counting header visits) bounds the loop even if codegen broke the counter.
        const fuelAt = b.emit('const.i32', [], BigInt(MEM + 64));
        const fuel = b.emit('i64.add', [b.emit('load.i64', [fuelAt], 0n), b.emit('const.i64', [], 1n)]);
        b.emit('store.i64', [fuelAt, fuel], 0n);
        const more = b.emit('i64.lt_s', [fuel, b.emit('const.i64', [], 100000n)]);
        const inRange = b.emit('i64.lt_s', [b.useVar(cv), lim]);
        b.br(b.emit('i32.and', [inRange, more]), body, exit);
        b.seal(body);
        b.seal(exit);
        b.switchTo(body);
        stmts(depth + 1, 1 + r(4));
        const one = b.emit('const.i64', [], 1n);
        b.defVar(cv, b.emit('i64.add', [b.useVar(cv), one]));
        b.jump(h);
        b.seal(h);
        b.switchTo(exit);
      }
    }
  };
  stmts(0, 3 + r(8));
  let acc = b.useVar(vars[0]);
  for (const v of vars.slice(1)) {
    const k = b.emit('const.i64', [], 1000003n);
    acc = b.emit('i64.add', [b.emit('i64.mul', [acc, k]), b.useVar(v)]);
  }
  b.ret([acc]);
  b.sealAll();
  return f;
}

/** A direct interpreter of the IR subset the generator uses. */
function interpret(m: IrModule, name: string, args: bigint[], mem: Map<number, bigint>): bigint {
  const f = m.func(name)!;
  const env = new Map<Value, bigint>();
  let blk = f.entry;
  f.blocks[blk].params.forEach((p, i) => env.set(p, args[i]));
  const w64 = (x: bigint) => BigInt.asIntN(64, x);
  const w32 = (x: bigint) => BigInt.asIntN(32, x);
  for (let steps = 0; steps < 1e6; steps++) {
    for (const i of f.blocks[blk].insts) {
      const d = f.insts[i];
      const a = d.args.map((v) => env.get(v)!);
      let res: bigint | undefined;
      switch (d.op) {
        case 'const.i64': res = w64(d.imm as bigint); break;
        case 'const.i32': res = w32(d.imm as bigint); break;
        case 'i64.add': res = w64(a[0] + a[1]); break;
        case 'i64.sub': res = w64(a[0] - a[1]); break;
        case 'i64.mul': res = w64(a[0] * a[1]); break;
        case 'i64.xor': res = a[0] ^ a[1]; break;
        case 'i64.and': res = a[0] & a[1]; break;
        case 'i64.or': res = a[0] | a[1]; break;
        case 'i64.shr_s': res = a[0] >> (a[1] & 63n); break;
        case 'i64.lt_s': res = a[0] < a[1] ? 1n : 0n; break;
        case 'i64.to_i32': res = w32(a[0]); break;
        case 'i32.shl': res = w32(a[0] << (a[1] & 31n)); break;
        case 'i32.add': res = w32(a[0] + a[1]); break;
        case 'i32.and': res = a[0] & a[1]; break;
        case 'load.i64': res = mem.get(Number(a[0]) + Number(d.imm)) ?? 0n; break;
        case 'store.i64': mem.set(Number(a[0]) + Number(d.imm), a[1]); break;
        case 'call': res = interpret(m, d.imm as string, a, mem); break;
        case 'ret': return a[0];
        case 'jump':
        case 'br': {
          const t = d.op === 'jump' ? d.targets[0] : d.targets[a[0] !== 0n ? 0 : 1];
          const vals = t.args.map((v) => env.get(v)!);
          f.blocks[t.block].params.forEach((p, k) => env.set(p, vals[k]));
          blk = t.block;
          break;
        }
        default: throw new Error(`interpreter: ${d.op}`);
      }
      if (d.result !== undefined && res !== undefined) env.set(d.result, res);
    }
  }
  throw new Error('interpreter: too many steps');
}

test('random programs: compiled code agrees with the IR interpreter', async () => {
  const seeds = 250;
  for (let seed = 1; seed <= seeds; seed++) {
    const r = rng(seed);
    const m = readModule(BUMP);
    m.addFunc(genProgram(r, 2 + r(5)));
    const b = await build(m, ['prog']);
    const prog = fn<(a: bigint, c: bigint) => bigint>(b, 'prog');
    for (const [x, y] of [[3n, 5n], [-7n, 2n], [0n, 0n], [123456789n, -1n]]) {
      const mem = new Map<number, bigint>();
      const view = new DataView(b.memory.buffer);
      for (let k = 0; k <= 8; k++) view.setBigInt64(MEM + 8 * k, 0n, true);
      const want = interpret(m, 'prog', [x, y], mem);
      const got = prog(x, y);
      assert.is(got, want, `seed ${seed} args ${x}, ${y}`);
      for (let k = 0; k < 8; k++) assert.is(view.getBigInt64(MEM + 8 * k, true), mem.get(MEM + 8 * k) ?? 0n, `seed ${seed} cell ${k}`);
    }
  }
});

test.run();
