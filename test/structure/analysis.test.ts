// Dominators, reverse postorder, predecessors and loops, checked against naive computations on
// hand-written and random graphs.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { predecessors, reversePostorder, type Cfg } from '../../src/ir/analysis/cfg.js';
import { DomTree } from '../../src/ir/analysis/dominators.js';
import { LoopInfo, irreducibleEdges } from '../../src/ir/analysis/loops.js';
import {
  addRandomEdges,
  cfgOfLists,
  cfgOfTerms,
  naiveDominators,
  randomGraph,
  randomStructured,
  reachableFrom,
  reducibleByT1T2,
  rng,
} from './helpers.js';

test('reverse postorder: diamond, then-arm before else-arm, unreachable blocks left out', () => {
  // 0 -> 1,2 ; 1 -> 3 ; 2 -> 3 ; 4 unreachable -> 3
  const cfg = cfgOfLists([[1, 2], [3], [3], [], [3]]);
  assert.equal(reversePostorder(cfg), [0, 1, 2, 3]);
  const preds = predecessors(cfg);
  assert.equal([...preds.keys()].sort(), [0, 1, 2, 3]);
  assert.equal(preds.get(3), [1, 2]);
  assert.equal(preds.get(0), []);
});

test('reverse postorder handles a 100000-block chain without recursion', () => {
  const n = 100000;
  const cfg: Cfg = { entry: 0, succs: (b) => (b + 1 < n ? [b + 1] : []) };
  const rpo = reversePostorder(cfg);
  assert.is(rpo.length, n);
  const dom = DomTree.compute(cfg, rpo);
  assert.is(dom.idom(n - 1), n - 2);
  assert.ok(dom.dominates(0, n - 1));
  assert.is(dom.depth(n - 1), n - 1);
});

test('dominator tree of a hand-written graph', () => {
  // 0 -> 1 ; 1 -> 2,3 ; 2 -> 4 ; 3 -> 4 ; 4 -> 1,5 ; 5 exit
  const cfg = cfgOfLists([[1], [2, 3], [4], [4], [1, 5], []]);
  const dom = DomTree.compute(cfg);
  assert.is(dom.idom(0), undefined);
  assert.is(dom.idom(1), 0);
  assert.is(dom.idom(2), 1);
  assert.is(dom.idom(3), 1);
  assert.is(dom.idom(4), 1);
  assert.is(dom.idom(5), 4);
  assert.equal([...dom.children(1)], [2, 3, 4]);
  assert.ok(dom.dominates(1, 5));
  assert.not.ok(dom.dominates(2, 4));
  assert.ok(dom.dominates(4, 4));
  assert.not.ok(dom.strictlyDominates(4, 4));
  assert.is(dom.commonDominator(2, 3), 1);
  assert.is(dom.commonDominator(5, 3), 1);
  assert.equal(dom.preorder(), [0, 1, 2, 3, 4, 5]);
});

function checkAgainstNaive(cfg: Cfg, what: string): void {
  const rpo = reversePostorder(cfg);
  const dom = DomTree.compute(cfg, rpo);
  const naive = naiveDominators(cfg);
  const reach = reachableFrom(cfg);
  assert.is(rpo.length, reach.size, `${what}: rpo covers reachable blocks`);
  assert.is(rpo[0], cfg.entry);
  // Every non-entry block has a predecessor earlier in rpo (its DFS parent).
  const preds = predecessors(cfg, rpo);
  for (const b of rpo) {
    assert.is(dom.rpoIndex(b), rpo.indexOf(b));
    if (b !== cfg.entry) assert.ok(preds.get(b)!.some((p) => dom.rpoIndex(p) < dom.rpoIndex(b)), `${what}: b${b} has an earlier pred`);
  }
  for (const b of reach) {
    const ds = naive.get(b)!;
    for (const a of reach) assert.is(dom.dominates(a, b), ds.has(a), `${what}: dominates(${a}, ${b})`);
    // idom: the strict dominator that all other strict dominators dominate.
    const strict = [...ds].filter((d) => d !== b);
    const expected = strict.find((d) => strict.every((e) => naive.get(d)!.has(e)));
    assert.is(dom.idom(b), expected, `${what}: idom(${b})`);
    for (const k of dom.children(b)) assert.is(dom.idom(k), b);
  }
  for (let b = 0; b < 40; b++) if (!reach.has(b)) assert.is(dom.idom(b), undefined);
}

test('dominators match the naive computation on 600 random graphs', () => {
  const rand = rng(1234);
  for (let i = 0; i < 600; i++) {
    const n = 1 + Math.floor(rand() * 25);
    checkAgainstNaive(cfgOfLists(randomGraph(rand, n)), `graph ${i}`);
  }
});

test('reducibility agrees with T1/T2 reduction on 1500 random graphs', () => {
  const rand = rng(99);
  let reducible = 0;
  for (let i = 0; i < 1500; i++) {
    const n = 1 + Math.floor(rand() * 12);
    const cfg = cfgOfLists(randomGraph(rand, n));
    const dom = DomTree.compute(cfg);
    const ours = irreducibleEdges(cfg, dom).length === 0;
    assert.is(ours, reducibleByT1T2(cfg), `graph ${i}`);
    assert.is(LoopInfo.compute(cfg, dom).reducible, ours);
    if (ours) reducible++;
  }
  // The sample must contain both kinds for the test to mean anything.
  assert.ok(reducible > 100 && reducible < 1400, `reducible: ${reducible}`);
});

test('the classic irreducible graph is rejected', () => {
  // 0 -> 1,2 ; 1 -> 2 ; 2 -> 1
  const cfg = cfgOfLists([[1, 2], [2], [1]]);
  const dom = DomTree.compute(cfg);
  const bad = irreducibleEdges(cfg, dom);
  assert.is(bad.length, 1);
  assert.not.ok(LoopInfo.compute(cfg, dom).reducible);
});

test('loops: nested loops with depths, bodies, back edges and exits', () => {
  // 0 -> 1 ; 1 (outer header) -> 2,6 ; 2 (inner header) -> 3,5 ; 3 -> 4 ; 4 -> 2 ;
  // 5 -> 1,6 ; 6 exit
  const cfg = cfgOfLists([[1], [2, 6], [3, 5], [4], [2], [1, 6], []]);
  const dom = DomTree.compute(cfg);
  const li = LoopInfo.compute(cfg, dom);
  assert.ok(li.reducible);
  assert.is(li.loops.length, 2);
  const outer = li.loopHeadedBy(1)!;
  const inner = li.loopHeadedBy(2)!;
  assert.equal([...outer.blocks].sort(), [1, 2, 3, 4, 5]);
  assert.equal([...inner.blocks].sort(), [2, 3, 4]);
  assert.is(outer.parent, -1);
  assert.is(inner.parent, outer.index);
  assert.equal([outer.depth, inner.depth], [1, 2]);
  assert.equal([0, 1, 2, 3, 4, 5, 6].map((b) => li.depth(b)), [0, 1, 2, 2, 2, 1, 0]);
  assert.equal(inner.backEdges, [{ from: 4, to: 2, index: 0 }]);
  assert.equal(outer.backEdges, [{ from: 5, to: 1, index: 0 }]);
  assert.equal(inner.exits, [{ from: 2, to: 5, index: 1 }]);
  assert.equal(outer.exits.map((e) => e.to), [6, 6]);
  assert.ok(li.isBackEdge(4, 2));
  assert.not.ok(li.isBackEdge(3, 4));
  assert.ok(li.isHeader(2));
  assert.not.ok(li.isHeader(3));
  assert.is(li.loopOf(3), inner);
  assert.is(li.loopOf(6), undefined);
  assert.ok(li.contains(outer, 3));
  assert.not.ok(li.contains(inner, 5));
});

test('loops: a self loop and two latches to one header', () => {
  // 0 -> 1 ; 1 -> 1,2 ; 2 -> 3,4 ; 3 -> 2 ; 4 -> 2,5 ; 5 exit
  const cfg = cfgOfLists([[1], [1, 2], [3, 4], [2], [2, 5], []]);
  const li = LoopInfo.compute(cfg, DomTree.compute(cfg));
  assert.equal([...li.loopHeadedBy(1)!.blocks], [1]);
  const l2 = li.loopHeadedBy(2)!;
  assert.equal([...l2.blocks].sort(), [2, 3, 4]);
  assert.equal(l2.backEdges.map((e) => e.from).sort(), [3, 4]);
  assert.is(l2.parent, -1);
});

test('natural loops match a naive computation on random reducible graphs', () => {
  const rand = rng(7);
  for (let i = 0; i < 400; i++) {
    const terms = addRandomEdges(rand, randomStructured(rand, 30), 6);
    const cfg = cfgOfTerms(terms);
    const dom = DomTree.compute(cfg);
    const li = LoopInfo.compute(cfg, dom);
    assert.ok(li.reducible);
    const reach = reachableFrom(cfg);
    // Naive natural loop of header h: h plus every block that reaches a latch avoiding h.
    const naiveLoops = new Map<number, Set<number>>();
    for (const from of reach) for (const to of cfg.succs(from)) {
      if (!dom.dominates(to, from)) continue;
      const body = naiveLoops.get(to) ?? new Set([to]);
      naiveLoops.set(to, body);
      const stack = [from];
      while (stack.length > 0) {
        const b = stack.pop()!;
        if (body.has(b)) continue;
        body.add(b);
        for (const p of reach) if (cfg.succs(p).includes(b)) stack.push(p);
      }
    }
    assert.is(li.loops.length, naiveLoops.size, `graph ${i}`);
    for (const [h, body] of naiveLoops) {
      const loop = li.loopHeadedBy(h)!;
      assert.equal([...loop.blocks].sort((a, b) => a - b), [...body].sort((a, b) => a - b), `graph ${i} loop b${h}`);
    }
    for (const b of reach) {
      const depth = [...naiveLoops.values()].filter((s) => s.has(b)).length;
      assert.is(li.depth(b), depth, `graph ${i} depth of b${b}`);
      const l = li.loopOf(b);
      if (l) {
        const p = l.parent >= 0 ? li.loops[l.parent]! : undefined;
        if (p) assert.ok(li.contains(p, l.header));
      }
    }
  }
});

test.run();
