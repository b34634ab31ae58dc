// Misuse the builder can see throws a clear Error at build time instead of producing an invalid
// module: foreign handles, wrong immediate kinds and ranges, unbalanced blocks, SIMD without the
// flag, bad labels and locals, and module-level mistakes.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ModuleBuilder, constExpr, type OpName } from '../../src/wasm/index.js';

function fresh() {
  const mb = new ModuleBuilder();
  const f = mb.func('f', ['i32'], ['i32']);
  return { mb, f };
}

/** Calls emit with arbitrary arguments, as untyped callers could. */
function emitAny(f: ReturnType<typeof fresh>['f'], op: string, ...args: unknown[]): void {
  (f.emit as (op: OpName, ...a: unknown[]) => unknown)(op as OpName, ...args);
}

test('handles from another builder', () => {
  const { mb, f } = fresh();
  const other = new ModuleBuilder();
  const g = other.func('g', [], []);
  const og = other.global('i32', { mutable: true }, 0);
  const ot = other.type([], []);
  const otab = other.table({ min: 1 });
  assert.throws(() => f.emit('call', g.ref), /another module builder/);
  assert.throws(() => f.emit('global.get', og), /another module builder/);
  assert.throws(() => f.emit('block', ot), /another module builder/);
  assert.throws(() => f.emit('call_indirect', mb.type([], []), otab), /another module builder/);
  assert.throws(() => mb.export('g', g.ref), /another module builder/);
  assert.throws(() => mb.start(g.ref), /another module builder/);
  assert.throws(() => mb.elem([g.ref]), /another module builder/);
  assert.throws(() => mb.global('funcref', {}, constExpr.refFunc(g.ref)), /another module builder/);
});

test('immediates of the wrong kind or range', () => {
  const { mb, f } = fresh();
  mb.memory({ min: 1 });
  assert.throws(() => emitAny(f, 'i32.const', 1.5), /not a 32-bit integer/);
  assert.throws(() => emitAny(f, 'i32.const', 2 ** 32), /not a 32-bit integer/);
  assert.throws(() => emitAny(f, 'i32.const', 5n), /not a 32-bit integer/);
  assert.throws(() => emitAny(f, 'i64.const', 5), /not a 64-bit bigint/);
  assert.throws(() => emitAny(f, 'i64.const', 2n ** 64n), /not a 64-bit bigint/);
  assert.throws(() => emitAny(f, 'f64.const', '1'), /not a number/);
  assert.throws(() => emitAny(f, 'i32.add', 1), /no immediates/);
  assert.throws(() => emitAny(f, 'i32.const'), /argument/);
  assert.throws(() => emitAny(f, 'call', 0), /expected a FuncRef/);
  assert.throws(() => f.emit('i32.load', { align: 3 }), /exceeds the natural alignment/);
  assert.throws(() => f.emit('i32.load', { offset: -1 }), /not a u32/);
  assert.throws(() => f.emit('i32.load', { offset: 2 ** 32 }), /not a u32/);
  assert.throws(() => emitAny(f, 'ref.null', 'i32'), /not a reference type/);
  assert.throws(() => emitAny(f, 'select_t', ['i32', 'i32']), /exactly one/);
  assert.throws(() => emitAny(f, 'block', 'i8'), /not a value type/);
  assert.throws(() => emitAny(f, 'no.such_op'), /unknown instruction/);
});

test('labels, locals and globals are checked', () => {
  const { mb, f } = fresh();
  assert.throws(() => f.emit('br', 1), /not an enclosing block/);
  f.emit('block', null);
  f.emit('br', 1); // the function's own label
  assert.throws(() => f.emit('br_if', 2), /not an enclosing block/);
  assert.throws(() => f.emit('br_table', [0, 5], 0), /not an enclosing block/);
  assert.throws(() => f.emit('local.get', 1), /no local 1/);
  const l = f.local('i64', 'x');
  assert.is(l, 1);
  f.emit('local.get', l);
  assert.throws(() => f.emit('local.get', -1), /no local/);
  assert.throws(() => f.param(1), /no parameter 1/);
  const g = mb.global('i32', {}, 0);
  assert.throws(() => f.emit('global.set', g), /immutable/);
});

test('end/else nesting must balance', () => {
  const { mb, f } = fresh();
  assert.throws(() => f.emit('else'), /without an open 'if'/);
  f.emit('block', null).emit('nop');
  assert.throws(() => mb.encode(), /not closed/);
  f.emit('end').emit('i32.const', 1).emit('end');
  assert.throws(() => f.emit('nop'), /after the final 'end'/);
  mb.encode(); // balanced now, explicit final end

  const mb2 = new ModuleBuilder();
  const h = mb2.func('h', ['i32'], ['i32']);
  h.emit('local.get', 0).emit('if', 'i32').emit('i32.const', 1).emit('else').emit('i32.const', 2);
  assert.throws(() => h.emit('else'), /without an open 'if'/);
  h.emit('end');
  mb2.encode(); // the final end is implicit
});

test('SIMD needs features.simd', () => {
  const { mb, f } = fresh();
  assert.throws(() => f.emit('i32x4.add'), /features\.simd/);
  assert.throws(() => f.emit('v128.const', new Uint8Array(16)), /features\.simd/);
  assert.throws(() => f.local('v128'), /features\.simd/);
  assert.throws(() => mb.type(['v128'], []), /features\.simd/);
  assert.throws(() => mb.global('v128', {}, constExpr.v128(new Uint8Array(16))), /features\.simd/);
  const simd = new ModuleBuilder({ features: { simd: true } });
  const g = simd.func('g', [], ['v128']);
  g.emit('v128.const', new Uint8Array(16));
  assert.throws(() => g.emit('i8x16.extract_lane_s', 16), /lane 16/);
  assert.throws(() => g.emit('i8x16.shuffle', new Array(16).fill(32)), /lane indices/);
  assert.throws(() => g.emit('v128.load64_lane', {}, 2), /lane 2/);
});

test('module-level mistakes', () => {
  const mb = new ModuleBuilder();
  const f = mb.func('f', ['i32'], []);
  f.emit('i32.const', 0).emit('i32.load').emit('drop');
  assert.throws(() => mb.encode(), /needs a memory/);
  mb.memory({ min: 1 });
  assert.throws(() => mb.memory({ min: 1 }), /at most one memory/);
  assert.throws(() => mb.importMemory('env', 'm', { min: 1 }), /at most one memory/);
  assert.throws(() => mb.start(f.ref), /must have type \[\] -> \[\]/);
  mb.export('f', f.ref);
  assert.throws(() => mb.export('f', f.ref), /duplicate export/);
  assert.throws(() => mb.table({ min: 2, max: 1 }), /max 1 < min 2/);
  assert.throws(() => mb.global('i64', {}, 1), /needs type i32, f32 or f64/);
  assert.throws(() => mb.global('i32', {}, constExpr.i64(1n)), /i64 where i32/);
  const mg = mb.importGlobal('env', 'mg', 'i32', { mutable: true });
  assert.throws(() => mb.global('i32', {}, constExpr.globalGet(mg)), /immutable imported global/);
  assert.throws(() => mb.data(Uint8Array.of(1), { offset: constExpr.f32(0) }), /f32 where i32/);
  assert.throws(() => mb.elem([null], { type: 'externref', offset: 0, table: mb.table({ min: 1 }) }), /for a table of funcref/);
  assert.throws(() => mb.custom('name', new Uint8Array()), /written by the builder/);
  const g = mb.func('g', [], []);
  const e = mb.elem([null], { type: 'externref' });
  g.emit('i32.const', 0).emit('i32.const', 0).emit('i32.const', 0).emit('table.init', e);
  assert.throws(() => mb.encode(), /element and table types differ/);
});

test('call_indirect without any table is caught at encode', () => {
  const mb = new ModuleBuilder();
  const f = mb.func('f', [], []);
  f.emit('i32.const', 0).emit('call_indirect', mb.type([], []));
  assert.throws(() => mb.encode(), /no table/);
  mb.table({ min: 1 });
  mb.encode();
});

test('operand stack types are checked at encode', () => {
  const cases: [string, (f: ReturnType<typeof fresh>['f']) => void, RegExp][] = [
    ['wrong operand type', (f) => f.emit('i64.const', 1n).emit('i32.const', 1).emit('i32.add'), /#2 'i32\.add': expected i32 but got i64/],
    ['stack underflow', (f) => f.emit('i32.add'), /'i32\.add': expected i32 but the stack is empty/],
    ['wrong result type', (f) => f.emit('f64.const', 1), /expected i32 but got f64/],
    ['extra values', (f) => f.emit('i32.const', 1).emit('i32.const', 2), /1 extra value/],
    ['block result missing', (f) => f.emit('block', 'i32').emit('end'), /#1 'end': expected i32 but the stack is empty/],
    ['br to a typed label', (f) => f.emit('block', 'i64').emit('i32.const', 0).emit('br', 0).emit('end').emit('i32.wrap_i64'), /'br': expected i64 but got i32/],
    ['if without else changes types', (f) => f.emit('local.get', 0).emit('if', 'i32').emit('i32.const', 1).emit('end'), /matching params and results/],
    ['local type', (f) => f.emit('f32.const', 0).emit('local.set', 0).emit('i32.const', 0), /'local\.set': expected i32 but got f32/],
    ['select of mixed types', (f) => f.emit('i32.const', 0).emit('i64.const', 0n).emit('i32.const', 1).emit('select'), /select operands differ/],
    ['br_table arity', (f) => f.emit('block', null).emit('i32.const', 0).emit('local.get', 0).emit('br_table', [0], 1).emit('end').emit('i32.const', 0), /different arities/],
  ];
  for (const [what, build, re] of cases) {
    const { mb, f } = fresh();
    build(f);
    assert.throws(() => mb.encode(), re, what);
  }
  // unreachable code is stack-polymorphic, as in the spec
  const { mb, f } = fresh();
  f.emit('unreachable').emit('i32.add').emit('block', 'i64').emit('unreachable').emit('end').emit('drop').emit('return');
  mb.encode();
  // and validation can be switched off (then wabt would reject the module)
  const loose = new ModuleBuilder({ validate: false });
  loose.func('g', [], ['i32']).emit('i64.const', 1n);
  loose.encode();
});

test.run();
