// The pass table and pipeline (src/passes/index.ts): ordering rules are checked, opt levels and
// switches pick the passes, verification names the pass that broke the IR, dumps and timings.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Func } from '../../src/ir/function.js';
import { readModule } from '../../src/ir/read.js';
import { checkPassTable, makePassContext, PASS_ORDER, PASSES, PassError, pipeline, runPass, runPasses, type Pass } from '../../src/passes/index.js';

const SRC = `func @f(i32) -> i64 {
b0(v0: i32):
    v1 = const.i64 2
    v2 = const.i64 3
    v3 = i64.add v1, v2
    v4 = i64.mul v1, v1
    br v0, b1, b2
b1:
    jump b3(v3)
b2:
    jump b3(v3)
b3(v5: i64):
    ret v5
}
`;

const noop = (name: string, minOpt = 1): Pass => ({ name, minOpt, contract: 'nothing', run: { kind: 'func', fn: () => {} } });

test('the real table satisfies its rules, and every pass has a contract', () => {
  checkPassTable(PASSES, PASS_ORDER);
  for (const p of PASSES) assert.ok(p.contract.length > 10, p.name);
  for (const r of PASS_ORDER) assert.ok(r.why.length > 10, `${r.before} < ${r.after}`);
});

test('checkPassTable rejects a broken order, an unknown name and a duplicate', () => {
  const rule = { before: 'a', after: 'b', why: 'b needs what a makes' };
  checkPassTable([noop('a'), noop('b')], [rule]);
  assert.throws(() => checkPassTable([noop('b'), noop('a')], [rule]), /a must run before b \(b needs what a makes\)/);
  assert.throws(() => checkPassTable([noop('a')], [rule]), /unknown pass/);
  assert.throws(() => checkPassTable([noop('a'), noop('a'), noop('b')], [rule]), /listed twice/);
});

test('opt levels and disabled passes choose the pipeline', () => {
  // -O0 only drops unreachable functions (prune) and adds the collector's roots and safe
  // points (gcroots): no pass optimizes.
  assert.equal(pipeline(makePassContext({ optLevel: 0 })).map((p) => p.name), ['prune', 'gcroots']);
  const o1 = pipeline(makePassContext({ optLevel: 1 })).map((p) => p.name);
  const o2 = pipeline(makePassContext({ optLevel: 2 })).map((p) => p.name);
  assert.equal(o2, PASSES.map((p) => p.name));
  assert.ok(o1.length > 0 && o1.length < o2.length);
  assert.not.ok(o1.includes('constfold'));
  const off = pipeline(makePassContext({ disable: ['gvn', 'dce'] })).map((p) => p.name);
  assert.equal(off, o2.filter((n) => n !== 'gvn' && n !== 'dce'));
  assert.throws(() => makePassContext({ disable: ['nope'] }), /unknown pass 'nope'/);
  assert.throws(() => makePassContext({ dumpAfter: ['nope'] }), /unknown pass 'nope'/);
});

test('-O0 leaves the module alone; -O2 cleans it up', () => {
  const m0 = readModule(SRC);
  runPasses(m0, makePassContext({ optLevel: 0, verify: true }));
  assert.is(m0.funcs[0].blockOrder.length, 4);
  const m2 = readModule(SRC);
  runPasses(m2, makePassContext({ optLevel: 2, verify: true }));
  const f = m2.funcs[0];
  const ops = f.blockOrder.flatMap((b) => f.blocks[b].insts.map((i) => f.insts[i].op));
  // constfold: v3 = 5, and v5 = 5 (a const in b3, which GVN merges with v3); copyprop drops v5;
  // DCE drops v1, v2, v4; simplifycfg threads the empty arms (br v0, b3, b3), makes that
  // branch a jump and merges b3 into b0.
  assert.equal(ops, ['const.i64', 'ret']);
  assert.is(f.blockOrder.length, 1);
  const [k, ret] = f.blocks[f.entry].insts.map((i) => f.insts[i]);
  assert.equal(ret.args, [k.result]);
  assert.is(k.imm, 5n);
});

test('dump after a named pass, or after all, through the callback', () => {
  const dumps: [string, string][] = [];
  runPasses(readModule(SRC), makePassContext({ dumpAfter: ['dce'], onDump: (p, t) => dumps.push([p, t]) }));
  assert.equal(dumps.map((d) => d[0]), ['dce']);
  assert.match(dumps[0][1], /^func @f\(i32\) -> i64 \{/);
  assert.not.match(dumps[0][1], /i64\.mul/);
  const all: string[] = [];
  runPasses(readModule(SRC), makePassContext({ dumpAfter: 'all', onDump: (p) => all.push(p) }));
  assert.equal(all, PASSES.map((p) => p.name));
});

test('timings: one entry per pass that ran', () => {
  const ctx = makePassContext({ time: true, disable: ['gvn'] });
  runPasses(readModule(SRC), ctx);
  assert.equal([...ctx.timings.keys()], PASSES.map((p) => p.name).filter((n) => n !== 'gvn'));
  for (const ms of ctx.timings.values()) assert.ok(ms >= 0);
  const quiet = makePassContext();
  runPasses(readModule(SRC), quiet);
  assert.is(quiet.timings.size, 0);
});

test('verification after a pass throws a PassError naming the pass', () => {
  const breaker: Pass = {
    name: 'breaker',
    minOpt: 0,
    contract: 'drops the terminator of the entry block',
    run: { kind: 'func', fn: (f: Func) => void f.blocks[f.entry].insts.pop() },
  };
  const m = readModule(SRC);
  try {
    runPass(m, breaker, makePassContext({ verify: true }));
    assert.unreachable('no error');
  } catch (e) {
    assert.instance(e, PassError);
    assert.is((e as PassError).pass, 'breaker');
    assert.match((e as Error).message, /^after pass breaker: @f b0: does not end in a terminator/);
  }
  // Without verify, the broken IR passes through silently.
  runPass(readModule(SRC), breaker, makePassContext({ verify: false }));
});

test('module passes run once over the module', () => {
  let calls = 0;
  const mp: Pass = { name: 'count', minOpt: 0, contract: 'counts its calls', run: { kind: 'module', fn: () => void calls++ } };
  const m = readModule(SRC + '\n' + SRC.replace('@f', '@g'));
  runPass(m, mp, makePassContext());
  assert.is(calls, 1);
});

test.run();
