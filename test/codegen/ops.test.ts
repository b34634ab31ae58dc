// Every op of the IR op table has a lowering that validates; raw ops, boxing ops, memory and
// float math compute the right values when run.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FunctionBuilder } from '../../src/ir/builder.js';
import { Func, IrModule, type Value } from '../../src/ir/function.js';
import { OPS, type Opcode } from '../../src/ir/ops.js';
import type { IrType } from '../../src/ir/types.js';
import { expandedBeforeCodegen, runtimeFuncFor } from '../../src/codegen/func.js';
import { generate } from '../../src/codegen/index.js';
import { FALSE_ADDR, TRUE_ADDR, ptrWord } from '../../src/runtime/layout.js';
import { build, fn } from './helpers.js';

const IMM: Record<string, bigint | number | string | undefined> = { int: 8n, float: 1.5, str: 'x', global: 'g', func: 't_target', none: undefined };

/** A module with one function `t_<op>` per op (params = its operands, returning its result). */
function opModule(ops: string[]): { m: IrModule; names: string[] } {
  const m = new IrModule();
  m.global('g');
  const names: string[] = [];
  // The function a `func` immediate names (func.ref): a table entry, (env obj) -> obj.
  const target = new Func('t_target', ['obj'], ['obj']);
  const tb = new FunctionBuilder(target);
  const te = tb.newBlock();
  tb.switchTo(te);
  tb.ret([target.addBlockParam(te, 'obj')]);
  m.addFunc(target);
  for (const name of ops) {
    const info = OPS[name as Opcode];
    const op = name as Opcode;
    // A variadic op gets its fixed operands only (call.indirect: index and env).
    const params = (info.args as readonly string[]).filter((t, k, all) => t !== '...' && all[k + 1] !== '...').map((t) => (t === 'any' ? 'i64' : t) as IrType);
    const result = info.result === null || info.result === 'callee' ? [] : [info.result];
    const f = new Func(`t_${name.replace(/\./g, '_')}`, params, result);
    const b = new FunctionBuilder(f);
    const entry = b.newBlock();
    b.switchTo(entry);
    const ps = params.map((t) => f.addBlockParam(entry, t));
    const r = b.emit(op, ps, IMM[info.imm]);
    b.ret(result.length ? [r] : []);
    m.addFunc(f);
    names.push(f.name);
    const rt = runtimeFuncFor(name);
    if (rt !== undefined && !m.func(rt)) {
      const s = new Func(rt, params, result);
      const sb = new FunctionBuilder(s);
      const e = sb.newBlock();
      sb.switchTo(e);
      params.forEach((t) => s.addBlockParam(e, t));
      const c = result[0] === 'i32' ? sb.emit('const.i32', [], 1n) : sb.emit('const.none');
      sb.ret(result.length ? [c] : []);
      m.addFunc(s);
    }
  }
  return { m, names };
}

test('every non-terminator op lowers to valid wasm', async () => {
  const ops = Object.entries(OPS).filter(([n, info]) => !info.terminator && n !== 'call' && !expandedBeforeCodegen(n)).map(([n]) => n);
  const { m, names } = opModule(ops);
  const b = await build(m, names);
  assert.ok(b.bytes.length > 0);
});

test('ops the expand pass removes are a clear error if they reach codegen', () => {
  const ops = Object.keys(OPS).filter(expandedBeforeCodegen);
  assert.ok(ops.includes('int.add') && ops.includes('float.div'));
  for (const op of ops) {
    const { m, names } = opModule([op]);
    assert.throws(() => generate(m, { exports: [{ func: names[0], as: 'f' }] }), /must be expanded/, op);
  }
});

test('raw integer, boxing and conversion ops compute the right values', async () => {
  const b = await build(`
func @tag(i64) -> obj {
b0(v0: i64):
    v1 = tag.int v0
    ret v1
}
func @untag(obj) -> i64 {
b0(v0: obj):
    v1 = untag.int v0
    ret v1
}
func @small(obj) -> i32 {
b0(v0: obj):
    v1 = is.small v0
    ret v1
}
func @boxbool(i32) -> obj {
b0(v0: i32):
    v1 = box.bool v0
    ret v1
}
func @ops(i64, i64) -> i64 {
b0(v0: i64, v1: i64):
    v2 = i64.rem_s v0, v1
    v3 = i64.div_u v0, v1
    v4 = i64.shr_u v0, v1
    v5 = i64.xor v2, v3
    v6 = i64.mul v5, v4
    ret v6
}
func @cmp(i32, i32) -> i32 {
b0(v0: i32, v1: i32):
    v2 = i32.lt_u v0, v1
    v3 = i32.lt_s v0, v1
    v4 = const.i32 2
    v5 = i32.mul v2, v4
    v6 = i32.or v5, v3
    ret v6
}
func @conv(i32) -> i64 {
b0(v0: i32):
    v1 = i32.to_i64 v0
    v2 = u32.to_i64 v0
    v3 = i64.sub v2, v1
    ret v3
}
`);
  assert.is(fn<(x: bigint) => bigint>(b, 'tag')(-21n), -42n);
  assert.is(fn<(x: bigint) => bigint>(b, 'untag')(-42n), -21n);
  assert.is(fn<(x: bigint) => number>(b, 'small')(84n), 1);
  assert.is(fn<(x: bigint) => number>(b, 'small')(ptrWord(64)), 0);
  assert.is(fn<(x: number) => bigint>(b, 'boxbool')(1), ptrWord(TRUE_ADDR));
  assert.is(fn<(x: number) => bigint>(b, 'boxbool')(0), ptrWord(FALSE_ADDR));
  const ops = (a: bigint, c: bigint) => BigInt.asIntN(64, ((a % c) ^ (a / c)) * (a >> c));
  assert.is(fn<(a: bigint, c: bigint) => bigint>(b, 'ops')(1000n, 7n), ops(1000n, 7n));
  assert.is(fn<(a: number, c: number) => number>(b, 'cmp')(-1, 1), 1, 'unsigned -1 > 1, signed -1 < 1');
  assert.is(fn<(a: number, c: number) => number>(b, 'cmp')(1, 2), 3);
  assert.is(fn<(a: number) => bigint>(b, 'conv')(-1), 4294967296n);
});

test('comparisons with zero (eqz forms) as values and as branch conditions', async () => {
  const b = await build(`
func @z(i64, i32) -> i32 {
b0(v0: i64, v1: i32):
    v2 = const.i64 0
    v3 = i64.eq v0, v2
    v4 = i64.ne v0, v2
    v5 = const.i32 0
    v6 = i32.eq v1, v5
    v7 = i32.ne v1, v5
    v8 = const.i32 2
    v9 = i32.mul v4, v8
    v10 = i32.or v3, v9
    v11 = const.i32 4
    v12 = i32.mul v6, v11
    v13 = i32.or v10, v12
    v14 = const.i32 8
    v15 = i32.mul v7, v14
    v16 = i32.or v13, v15
    ret v16
}
func @c(i32) -> i32 {
b0(v0: i32):
    v1 = const.i32 0
    v2 = i32.ne v0, v1
    br v2, b1, b2
b1:
    v3 = const.i32 10
    ret v3
b2:
    v4 = const.i32 20
    ret v4
}
`);
  const z = fn<(a: bigint, c: number) => number>(b, 'z');
  assert.is(z(0n, 0), 1 | 4);
  assert.is(z(5n, 0), 2 | 4);
  assert.is(z(1n << 40n, 7), 2 | 8, 'high bits count');
  assert.is(z(0n, -1), 1 | 8);
  const c = fn<(a: number) => number>(b, 'c');
  assert.is(c(0), 20);
  assert.is(c(3), 10);
  assert.is(c(-1), 10);
});

test('loads and stores at offsets, mem.fill and mem.copy', async () => {
  const b = await build(`
func @mem(i32) -> i64 {
b0(v0: i32):
    v1 = const.i64 -2
    store.i64 8, v0, v1
    v2 = const.i32 300
    store.u8 16, v0, v2
    store.u16 18, v0, v2
    v3 = load.u8 16, v0
    v4 = load.u16 18, v0
    v5 = load.i64 8, v0
    v6 = i32.add v3, v4
    v7 = u32.to_i64 v6
    v8 = i64.mul v5, v7
    ret v8
}
func @fillcopy(i32, i32) -> i32 {
b0(v0: i32, v1: i32):
    v2 = const.i32 171
    v3 = const.i32 4
    mem.fill v0, v2, v3
    mem.copy v1, v0, v3
    v4 = load.i32 0, v1
    ret v4
}
func @grow() -> i32 {
b0:
    v0 = mem.size
    v1 = const.i32 1
    v2 = mem.grow v1
    v3 = mem.size
    v4 = i32.sub v3, v0
    v5 = i32.sub v2, v0
    v6 = const.i32 10
    v7 = i32.mul v4, v6
    v8 = i32.add v7, v5
    ret v8
}
`);
  // 300 & 0xff = 44; 300 as u16 = 300: -2 * 344
  assert.is(fn<(a: number) => bigint>(b, 'mem')(20000), -688n);
  const view = new DataView(b.memory.buffer);
  assert.is(view.getBigInt64(20008, true), -2n);
  assert.is(view.getUint8(20016), 44);
  assert.is(fn<(a: number, c: number) => number>(b, 'fillcopy')(30000, 30100), 0xabababab | 0);
  // One page more than before, and grow returned the old size: 1 * 10 + 0.
  assert.is(fn<() => number>(b, 'grow')(), 10);
});

test('f64 math and float boxing ops', async () => {
  const b = await build(`
func @hyp(f64, f64) -> f64 {
b0(v0: f64, v1: f64):
    v2 = f64.mul v0, v0
    v3 = f64.mul v1, v1
    v4 = f64.add v2, v3
    v5 = f64.sqrt v4
    ret v5
}
func @round(f64) -> i64 {
b0(v0: f64):
    v1 = f64.nearest v0
    v2 = f64.to_i64_sat v1
    ret v2
}
func @bits(f64) -> i64 {
b0(v0: f64):
    v1 = f64.bits v0
    ret v1
}
func @cmp(f64, f64) -> i32 {
b0(v0: f64, v1: f64):
    v2 = f64.lt v0, v1
    br v2, b1, b2
b1:
    v3 = const.i32 1
    ret v3
b2:
    v4 = const.i32 0
    ret v4
}
func @unbox() -> f64 {
b0:
    v0 = const.float 2.5
    v1 = unbox.float v0
    v2 = const.f64 -0.25
    v3 = f64.copysign v1, v2
    ret v3
}
`);
  assert.is(fn<(a: number, c: number) => number>(b, 'hyp')(3, 4), 5);
  assert.is(fn<(a: number) => bigint>(b, 'round')(2.5), 2n);
  assert.is(fn<(a: number) => bigint>(b, 'round')(3.5), 4n);
  assert.is(fn<(a: number) => bigint>(b, 'round')(1e300), 9223372036854775807n);
  assert.is(fn<(a: number) => bigint>(b, 'bits')(1), 0x3ff0000000000000n);
  assert.is(fn<(a: number, c: number) => number>(b, 'cmp')(1, 2), 1);
  assert.is(fn<(a: number, c: number) => number>(b, 'cmp')(NaN, 2), 0);
  assert.is(fn<(a: number, c: number) => number>(b, 'cmp')(2, NaN), 0);
  assert.is(fn<() => number>(b, 'unbox')(), -2.5);
});

test.run();
