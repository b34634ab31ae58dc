// The textual IR round-trips: print(read(text)) == text for the files in test/ir/roundtrip/,
// and read(print(m)) is structurally equal to m for IR made with the FunctionBuilder, including
// its on-the-fly SSA construction (block parameters for variables), before and after copyprop.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FunctionBuilder } from '../../src/ir/builder.js';
import { Func, IrModule, type Value } from '../../src/ir/function.js';
import { printModule } from '../../src/ir/print.js';
import { IrSyntaxError, readModule } from '../../src/ir/read.js';
import { verifyModule } from '../../src/ir/verify.js';
import { copyprop } from '../../src/passes/copyprop.js';
import { makePassContext } from '../../src/passes/index.js';
import { structuralDiff } from './structural.js';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../..'), 'test', 'ir', 'roundtrip');

for (const name of readdirSync(dir).filter((n) => n.endsWith('.ir')).sort()) {
  test(`print(read(text)) == text: ${name}`, () => {
    const text = readFileSync(join(dir, name), 'utf8');
    const m = readModule(text);
    verifyModule(m);
    assert.fixture(printModule(m), text);
  });
}

test('immediates keep their exact values', () => {
  const m = readModule(readFileSync(join(dir, 'immediates.ir'), 'utf8'));
  const f = m.func('consts')!;
  const imm = (k: number) => f.insts[f.blocks[f.entry].insts[k]].imm;
  assert.is(imm(0), -9223372036854775808n);
  assert.ok(Object.is(imm(3), -0));
  assert.ok(Number.isNaN(imm(4)));
  assert.is(imm(7), 1e21);
  assert.is(imm(8), 1.5e-7);
  assert.is(imm(10), 123456789012345678901234567890n);
  assert.is(imm(12), 'a;b "quoted" \\ \n\t é 𝄞');
  assert.equal(m.globals, ['x', 'total', '__name__']);
});

test('reader errors name the line', () => {
  assert.throws(() => readModule('func @f() {\nb0:\n    v0 = i64.bogus\n    ret\n}\n'), (e: unknown) => e instanceof IrSyntaxError && e.lineNo === 3);
  assert.throws(() => readModule('func @f() {\nb0:\n    jump b7\n}\n'), /b7 is not defined/);
  assert.throws(() => readModule('func @f() {\nb0:\n    ret v3\n}\n'), /v3 is not defined/);
  assert.throws(() => readModule('func @f() {\nb0:\n    ret\nb0:\n    ret\n}\n'), /b0 defined twice/);
});

/** A counting loop: i = 0; while i < n: i = i + 1; return i (n never reassigned). */
function buildLoop(): IrModule {
  const m = new IrModule();
  const f = m.addFunc(new Func('count', ['i64'], ['i64']));
  const fb = new FunctionBuilder(f);
  const entry = fb.newBlock();
  const n = f.addBlockParam(entry, 'i64');
  const header = fb.newBlock();
  const body = fb.newBlock();
  const exit = fb.newBlock();
  fb.declareVar('i', 'i64');
  fb.declareVar('n', 'i64');
  fb.switchTo(entry);
  fb.seal(entry);
  fb.defVar('n', n);
  fb.defVar('i', fb.emit('const.i64', [], 0n));
  fb.jump(header);
  fb.switchTo(header);
  fb.setLine(2);
  const cond = fb.emit('i64.lt_s', [fb.useVar('i'), fb.useVar('n')]);
  fb.br(cond, body, exit);
  fb.switchTo(body);
  fb.seal(body);
  fb.setLine(3);
  fb.defVar('i', fb.emit('i64.add', [fb.useVar('i'), fb.emit('const.i64', [], 1n)]));
  fb.jump(header);
  fb.seal(header);
  fb.switchTo(exit);
  fb.seal(exit);
  fb.ret([fb.useVar('i')]);
  return m;
}

/** x = a; if c: x = b; return x + a. */
function buildJoin(redefine: boolean): IrModule {
  const m = new IrModule();
  const f = m.addFunc(new Func('join', ['i32', 'obj', 'obj'], ['obj']));
  const fb = new FunctionBuilder(f);
  const entry = fb.newBlock();
  const [c, a, b] = (['i32', 'obj', 'obj'] as const).map((t) => f.addBlockParam(entry, t));
  const then = fb.newBlock();
  const els = fb.newBlock();
  const join = fb.newBlock();
  fb.declareVar('x', 'obj');
  fb.declareVar('a', 'obj');
  fb.switchTo(entry);
  fb.seal(entry);
  fb.defVar('x', a);
  fb.defVar('a', a);
  fb.br(c, then, els);
  for (const arm of [then, els]) {
    fb.switchTo(arm);
    fb.seal(arm);
    if (redefine && arm === then) fb.defVar('x', b);
    fb.jump(join);
  }
  fb.switchTo(join);
  fb.seal(join);
  fb.setLine(5);
  fb.ret([fb.emit('py.add', [fb.useVar('x'), fb.useVar('a')])]);
  return m;
}

const roundtrip = (m: IrModule) => {
  verifyModule(m);
  const back = readModule(printModule(m));
  verifyModule(back);
  m.funcs.forEach((f, k) => assert.is(structuralDiff(f, back.funcs[k]), undefined));
  assert.fixture(printModule(readModule(printModule(back))), printModule(back), 'printing is a fixpoint after one read');
};

const paramsOf = (f: Func, block: number) => f.blocks[f.blockOrder[block]].params;

test('a loop: the redefined variable and the unchanged one both get header parameters', () => {
  const m = buildLoop();
  roundtrip(m);
  const f = m.funcs[0];
  assert.is(paramsOf(f, 1).length, 2);
  assert.equal(paramsOf(f, 1).map((p) => f.typeOf(p)), ['i64', 'i64']);
});

test('a loop after copyprop: only the redefined variable keeps its parameter', () => {
  const m = buildLoop();
  const f = m.funcs[0];
  const n = f.blocks[f.entry].params[0];
  copyprop(f, makePassContext());
  roundtrip(m);
  assert.is(paramsOf(f, 1).length, 1);
  const i = paramsOf(f, 1)[0];
  const cmp = f.insts[f.blocks[f.blockOrder[1]].insts[0]];
  assert.is(cmp.op, 'i64.lt_s');
  assert.equal(cmp.args, [i, n], 'the compare reads the parameter for i and the function parameter for n');
  const ret = f.insts[f.blocks[f.blockOrder[3]].insts[0]];
  assert.equal(ret.args, [i]);
});

test('an if/else join: a variable assigned in one arm gets a parameter, with both values', () => {
  const m = buildJoin(true);
  roundtrip(m);
  copyprop(m.funcs[0], makePassContext());
  roundtrip(m);
  const f = m.funcs[0];
  const [, a, b] = f.blocks[f.entry].params;
  const join = f.blockOrder[3];
  assert.is(f.blocks[join].params.length, 1, 'x keeps its parameter; a has none');
  const x = f.blocks[join].params[0];
  const incoming = f.blockOrder.slice(1, 3).map((arm) => f.insts[f.terminator(arm)!].targets[0].args);
  assert.equal(incoming, [[b], [a]]);
  const add = f.insts[f.blocks[join].insts[0]];
  assert.equal(add.args, [x, a] as Value[]);
  assert.is(add.line, 5);
});

test('an if/else join where neither arm assigns: no parameter after copyprop', () => {
  const m = buildJoin(false);
  copyprop(m.funcs[0], makePassContext());
  roundtrip(m);
  const f = m.funcs[0];
  assert.is(f.blocks[f.blockOrder[3]].params.length, 0);
});

test('structuralDiff notices differences', () => {
  const a = readModule('func @f(i64) -> i64 {\nb0(v0: i64):\n    v1 = i64.add v0, v0\n    ret v1\n}\n').funcs[0];
  const b = readModule('func @f(i64) -> i64 {\nb0(v0: i64):\n    v1 = i64.sub v0, v0\n    ret v1\n}\n').funcs[0];
  const c = readModule('func @f(i64) -> i64 {\nb0(v0: i64):\n    v1 = i64.add v0, v0 [2]\n    ret v0\n}\n').funcs[0];
  assert.is(structuralDiff(a, a), undefined);
  assert.ok(structuralDiff(a, b));
  assert.ok(structuralDiff(a, c));
});

test.run();
