// Property test of the structurer: thousands of random reducible CFGs (random structured
// programs plus random extra edges that keep the graph reducible, with block ids shuffled) are
// structured, statically verified, and interpreted under several decision sequences; the trace
// of blocks and edges must equal the trace of walking the CFG directly.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { structure, verifyStructured } from '../../src/structure/index.js';
import type { SNode, Terminator } from '../../src/structure/types.js';
import { addRandomEdges, hashDecider, inputOf, randomStructured, rng, runCfg, runStructured } from './helpers.js';

function renumber(rand: () => number, terms: readonly Terminator[]): { terms: Terminator[]; entry: number } {
  const n = terms.length;
  const perm = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const p = (b: number): number => perm[b]!;
  const out: Terminator[] = new Array(n);
  terms.forEach((t, b) => {
    out[p(b)] =
      t.kind === 'jump'
        ? { kind: 'jump', target: p(t.target) }
        : t.kind === 'branch'
          ? { kind: 'branch', then: p(t.then), else: p(t.else) }
          : t.kind === 'switch'
            ? { kind: 'switch', targets: t.targets.map(p), default: p(t.default) }
            : t;
  });
  return { terms: out, entry: p(0) };
}

function kinds(nodes: readonly SNode[], seen: Set<string>): void {
  for (const n of nodes) {
    seen.add(n.kind);
    if (n.kind === 'block' || n.kind === 'loop') kinds(n.body, seen);
    if (n.kind === 'if') {
      kinds(n.then, seen);
      kinds(n.else, seen);
    }
  }
}

/** Whether some block's code appears twice in the tree (a rotated loop's header). */
function hasCodeCopies(nodes: readonly SNode[], seen: Set<number>): boolean {
  for (const n of nodes) {
    if (n.kind === 'code') {
      if (seen.has(n.block)) return true;
      seen.add(n.block);
    }
    if ((n.kind === 'block' || n.kind === 'loop') && hasCodeCopies(n.body, seen)) return true;
    if (n.kind === 'if' && (hasCodeCopies(n.then, seen) || hasCodeCopies(n.else, seen))) return true;
  }
  return false;
}

for (const rotated of [false, true]) test(`random reducible CFGs${rotated ? ', loops rotated' : ''}: structured trees are well formed and run like the CFG`, () => {
  const rotate = rotated ? () => true : undefined;
  const rand = rng(20240601);
  const cases = 3000;
  const stats = { loop: 0, br_table: 0, br: 0, exits: 0, longRuns: 0, rotated: 0 };
  for (let i = 0; i < cases; i++) {
    let terms = randomStructured(rand, 8 + Math.floor(rand() * 40));
    terms = addRandomEdges(rand, terms, Math.floor(rand() * 10));
    const shuffled = renumber(rand, terms);
    const input = inputOf(shuffled.terms, shuffled.entry);
    let nodes: SNode[];
    try {
      nodes = structure(input, rotate);
    } catch (e) {
      assert.unreachable(`case ${i}: ${(e as Error).message}`);
      return;
    }
    const problems = verifyStructured(input, nodes, rotate);
    assert.equal(problems, [], `case ${i}`);
    for (let seed = 0; seed < 6; seed++) {
      const d = hashDecider(seed * 7919 + i);
      const want = runCfg(input, d, 300);
      let got;
      try {
        got = runStructured(nodes, input, d, 300);
      } catch (e) {
        assert.unreachable(`case ${i} seed ${seed}: ${(e as Error).message}`);
        return;
      }
      assert.equal(got, want, `case ${i} seed ${seed}`);
      if (want.end === 'exit') stats.exits++;
      if (want.blocks.length > 30) stats.longRuns++;
    }
    const seen = new Set<string>();
    kinds(nodes, seen);
    if (seen.has('loop')) stats.loop++;
    if (seen.has('br_table')) stats.br_table++;
    if (seen.has('br')) stats.br++;
    if (rotated && hasCodeCopies(nodes, new Set())) stats.rotated++;
  }
  // The generator must actually exercise loops, switches, branches and both run endings.
  assert.ok(stats.loop > cases / 4, `loops in ${stats.loop} cases`);
  assert.ok(stats.br_table > cases / 10, `switches in ${stats.br_table} cases`);
  assert.ok(stats.br > cases / 4, `br in ${stats.br} cases`);
  assert.ok(stats.exits > cases, `runs reaching an exit: ${stats.exits}`);
  assert.ok(stats.longRuns > cases / 4, `long runs: ${stats.longRuns}`);
  if (rotated) assert.ok(stats.rotated > cases / 10, `rotated loops in ${stats.rotated} cases`);
});

test.run();
