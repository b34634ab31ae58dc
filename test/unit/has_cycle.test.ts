// hasCycle (src/passes/util.ts, one depth-first search) must answer what the inline pass used to
// compute block by block: is some laid-out block on a cycle of the CFG (inCycle)? Random CFGs,
// acyclic and not, with unreachable blocks and blocks laid out in any order.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Func, type Block, type Value } from '../../src/ir/function.js';
import { hasCycle, inCycle } from '../../src/passes/util.js';
import { rng } from '../structure/helpers.js';

function randomFunc(rand: () => number, n: number, acyclic: boolean): Func {
  const f = new Func('f', [], []);
  const blocks: Block[] = [];
  for (let i = 0; i < n; i++) blocks.push(f.newBlock());
  // a random layout (the entry stays first)
  const rest = f.blockOrder.slice(1);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  f.blockOrder = [f.blockOrder[0], ...rest];
  const cond = f.makeInst('const.i32', [], 1, 'i32');
  f.blocks[blocks[0]].insts.push(cond);
  const c = f.insts[cond].result as Value;
  const pick = (from: number): Block => {
    // acyclic: only forward edges (by block id); else anywhere
    const lo = acyclic ? from + 1 : 0;
    return blocks[lo + Math.floor(rand() * (n - lo))];
  };
  for (let i = 0; i < n; i++) {
    const r = rand();
    let t;
    if (i === n - 1 && acyclic) t = f.makeInst('ret', [], undefined, null);
    else if (r < 0.15) t = f.makeInst('ret', [], undefined, null);
    else if (r < 0.55) t = f.makeInst('jump', [], undefined, null, [{ block: pick(i), args: [] }]);
    else t = f.makeInst('br', [c], undefined, null, [{ block: pick(i), args: [] }, { block: pick(i), args: [] }]);
    f.blocks[blocks[i]].insts.push(t);
  }
  return f;
}

test('hasCycle is inCycle of some laid-out block', () => {
  const rand = rng(20261123);
  let cyclic = 0;
  for (let k = 0; k < 3000; k++) {
    const f = randomFunc(rand, 1 + Math.floor(rand() * 30), rand() < 0.4);
    const expected = f.blockOrder.some((b) => inCycle(f, b));
    if (expected) cyclic++;
    assert.is(hasCycle(f), expected, `case ${k}`);
  }
  // both answers were exercised
  assert.ok(cyclic > 300 && cyclic < 2700, `${cyclic} cyclic of 3000`);
});

test.run();
