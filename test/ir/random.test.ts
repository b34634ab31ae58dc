// Passes keep meaning: generated functions of raw arithmetic with ifs and counted loops, built
// through the FunctionBuilder (so with its SSA construction), are run by a reference
// interpreter before and after each pass and the whole pipeline, on several inputs; the verifier
// runs after every pass.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { IrModule } from '../../src/ir/function.js';
import { printModule } from '../../src/ir/print.js';
import { readModule } from '../../src/ir/read.js';
import { verifyModule } from '../../src/ir/verify.js';
import { makePassContext, PASSES, runPass, runPasses } from '../../src/passes/index.js';
import { generate } from './gen.js';
import { interpret, showOutcome, type RawValue } from './interp.js';

const INPUTS: RawValue[][] = [
  [0n, 0n],
  [1n, 2n],
  [-5n, 3n],
  [9223372036854775807n, -1n],
  [-9223372036854775808n, -1n],
  [12345n, 0n],
];

function outcomes(m: IrModule): string[] {
  return INPUTS.map((args) => showOutcome(interpret(m.funcs[0], args)));
}

/** A fresh copy (through the text form, which also exercises the round trip). */
const copy = (m: IrModule) => readModule(printModule(m));

const SEEDS = Array.from({ length: 150 }, (_, k) => k * 7919 + 1);

test('generated functions verify and round-trip', () => {
  for (const seed of SEEDS) {
    const m = generate(seed);
    verifyModule(m);
    assert.is(printModule(copy(copy(m))), printModule(copy(m)), `seed ${seed}`);
    assert.equal(outcomes(copy(m)), outcomes(m), `seed ${seed}`);
  }
});

for (const pass of PASSES) {
  test(`${pass.name} keeps meaning on generated functions`, () => {
    for (const seed of SEEDS) {
      const m = generate(seed);
      const want = outcomes(m);
      const after = copy(m);
      runPass(after, pass, makePassContext({ verify: true }));
      assert.equal(outcomes(after), want, `seed ${seed}\n${printModule(m)}\n--- after ${pass.name} ---\n${printModule(after)}`);
    }
  });
}

test('the -O2 pipeline keeps meaning, run twice it changes nothing more, and it shrinks code', () => {
  let before = 0;
  let afterCount = 0;
  for (const seed of SEEDS) {
    const m = generate(seed);
    const want = outcomes(m);
    const opt = copy(m);
    runPasses(opt, makePassContext({ verify: true, optLevel: 2 }));
    assert.equal(outcomes(opt), want, `seed ${seed}\n${printModule(m)}\n--- after O2 ---\n${printModule(opt)}`);
    before += m.funcs[0].blockOrder.reduce((n, bl) => n + m.funcs[0].blocks[bl].insts.length, 0);
    afterCount += opt.funcs[0].blockOrder.reduce((n, bl) => n + opt.funcs[0].blocks[bl].insts.length, 0);
  }
  assert.ok(afterCount < before, `instructions: ${before} before, ${afterCount} after`);
});

test.run();
