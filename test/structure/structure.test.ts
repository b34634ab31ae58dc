// The structurer on hand-written CFGs: shapes (diamond, nested loops, loop exits, while-else,
// break/continue, switch, returns), rejection of irreducible graphs, and snapshots of the
// printed trees in test/structure/snapshots/ (regenerate with UPDATE=1).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IrreducibleError, endReachable, printStructured, structure, verifyStructured } from '../../src/structure/index.js';
import type { SNode, Terminator } from '../../src/structure/types.js';
import { branch, exit, hashDecider, inputOf, jump, runCfg, runStructured, sw } from './helpers.js';

// dist/test/structure/x.test.js -> test/structure/snapshots
const snapDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/structure/snapshots');

function describe(terms: readonly Terminator[]): string {
  return terms
    .map((t, b) => {
      const body =
        t.kind === 'jump'
          ? `jump b${t.target}`
          : t.kind === 'branch'
            ? `branch b${t.then} b${t.else}`
            : t.kind === 'switch'
              ? `switch [${t.targets.map((x) => `b${x}`).join(' ')}] default b${t.default}`
              : 'exit';
      return `; b${b}: ${body}`;
    })
    .join('\n');
}

function snapshot(name: string, terms: readonly Terminator[], nodes: SNode[]): void {
  const text = `${describe(terms)}\n${printStructured(nodes)}`;
  const file = join(snapDir, `${name}.txt`);
  if (process.env['UPDATE'] === '1') {
    mkdirSync(snapDir, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `missing snapshot ${file}; run with UPDATE=1 to create it`);
  assert.fixture(text, readFileSync(file, 'utf8'));
}

/** Structures, verifies, and checks 64 decision sequences against walking the CFG. */
function check(terms: readonly Terminator[]): SNode[] {
  const input = inputOf(terms);
  const nodes = structure(input);
  assert.equal(verifyStructured(input, nodes), []);
  for (let seed = 0; seed < 64; seed++) {
    const d = hashDecider(seed);
    assert.equal(runStructured(nodes, input, d, 200), runCfg(input, d, 200), `seed ${seed}`);
  }
  return nodes;
}

/** check() with every eligible loop rotated (the test copied to the bottom). */
function checkRotated(terms: readonly Terminator[]): SNode[] {
  const input = inputOf(terms);
  const rotate = () => true;
  const nodes = structure(input, rotate);
  assert.equal(verifyStructured(input, nodes, rotate), []);
  for (let seed = 0; seed < 64; seed++) {
    const d = hashDecider(seed);
    assert.equal(runStructured(nodes, input, d, 200), runCfg(input, d, 200), `seed ${seed}`);
  }
  return nodes;
}

/** How many times block b's code appears. */
function codeCount(nodes: readonly SNode[], b: number): number {
  let c = 0;
  for (const n of nodes) {
    if (n.kind === 'code' && n.block === b) c++;
    if (n.kind === 'block' || n.kind === 'loop') c += codeCount(n.body, b);
    if (n.kind === 'if') c += codeCount(n.then, b) + codeCount(n.else, b);
  }
  return c;
}

function count(nodes: readonly SNode[], kind: SNode['kind']): number {
  let c = 0;
  for (const n of nodes) {
    if (n.kind === kind) c++;
    if (n.kind === 'block' || n.kind === 'loop') c += count(n.body, kind);
    if (n.kind === 'if') c += count(n.then, kind) + count(n.else, kind);
  }
  return c;
}

test('a single block', () => {
  const nodes = check([exit]);
  assert.equal(nodes, [
    { kind: 'code', block: 0 },
    { kind: 'exit', block: 0 },
  ]);
  assert.not.ok(endReachable(nodes));
});

test('diamond: an if whose arms fall through to the join, no block needed', () => {
  const terms = [branch(1, 2), jump(3), jump(3), exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'block'), 0);
  assert.is(count(nodes, 'br'), 0);
  assert.is(count(nodes, 'fallthrough'), 4);
  assert.not.ok(endReachable(nodes));
  snapshot('diamond', terms, nodes);
});

test('if without else, and both arms of a branch to the same block', () => {
  check([branch(1, 2), jump(2), exit]);
  const nodes = check([branch(1, 1), exit]);
  // Two edges b0->b1: each must be its own fallthrough.
  assert.is(count(nodes, 'fallthrough'), 2);
});

test('nested while loops', () => {
  // b0 -> b1 (outer header: i < n) -> b2 | b6 ; b2 -> b3 (inner header) -> b4 | b5 ;
  // b4 -> b3 ; b5 -> b1 ; b6 exit
  const terms = [jump(1), branch(2, 6), jump(3), branch(4, 5), jump(3), jump(1), exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'loop'), 2);
  snapshot('nested-loops', terms, nodes);
});

test('rotated loops: the header test is copied to the bottom of each loop', () => {
  const terms = [jump(1), branch(2, 6), jump(3), branch(4, 5), jump(3), jump(1), exit];
  const nodes = checkRotated(terms);
  assert.is(count(nodes, 'loop'), 2);
  assert.is(codeCount(nodes, 1), 2);
  assert.is(codeCount(nodes, 3), 2);
  snapshot('rotated-nested-loops', terms, nodes);
  // The inner loop's exit is the outer loop's back edge: the inner loop stays as it is (each of
  // its copies would hold a copy of the outer test).
  const direct = [jump(1), branch(2, 5), jump(3), branch(4, 1), jump(3), exit];
  const nodes2 = checkRotated(direct);
  assert.is(codeCount(nodes2, 1), 2);
  assert.is(codeCount(nodes2, 3), 1);
  snapshot('rotated-inner-exit', direct, nodes2);
  // while-else with a break, and a while loop with a continue (two back edges, two copies).
  checkRotated([jump(1), branch(2, 4), branch(5, 3), jump(1), jump(5), exit]);
  const cont = checkRotated([jump(1), branch(2, 5), branch(1, 3), jump(4), jump(1), exit]);
  assert.is(codeCount(cont, 1), 3);
  // Three back edges: not rotated (one copy per back edge would be too many).
  const three = checkRotated([jump(1), branch(2, 6), branch(1, 3), branch(1, 4), jump(1), exit, exit]);
  assert.is(codeCount(three, 1), 1);
  // The header exits to the loop body's other side only through a return: still rotated.
  checkRotated([jump(1), branch(3, 2), exit, jump(1)]);
  // A self loop (the header is the whole loop) and a header whose both edges stay in the loop.
  assert.is(codeCount(checkRotated([jump(1), branch(1, 2), exit]), 1), 1);
  checkRotated([jump(1), branch(2, 3), jump(1), branch(1, 4), exit]);
});

test('loop with several exits: return from the header test, a break and a return in the body', () => {
  // b0 -> b1 ; b1 (header) -> b2 | b6 (return) ; b2 -> b3 | b5 (break) ; b3 -> b4 | b7 (return) ;
  // b4 -> b1 ; b5 -> b8 ; b6 exit ; b7 exit ; b8 exit
  const terms = [jump(1), branch(2, 6), branch(3, 5), branch(4, 7), jump(1), jump(8), exit, exit, exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'exit'), 3);
  snapshot('loop-exits', terms, nodes);
});

test('while-else with break', () => {
  // while c: (if d: break) ; else: e ; after
  // b0 -> b1 ; b1 -> b2 | b4 (else) ; b2 -> b5 (break) | b3 ; b3 -> b1 ; b4 -> b5 ; b5 exit
  const terms = [jump(1), branch(2, 4), branch(5, 3), jump(1), jump(5), exit];
  const nodes = check(terms);
  snapshot('while-else', terms, nodes);
});

test('break and continue across nested loops', () => {
  // outer: b1 -> b2 | b9 ; b2 -> b3 (inner header) ; b3 -> b4 | b8 ;
  // b4 -> b5 | b6 : b5 = `continue outer` (-> b1) ; b6 -> b7 | b9 (break out of both, a
  // flagged break) ; b7 -> b3 (continue inner) ; b8 -> b1 ; b9 exit
  const terms = [jump(1), branch(2, 9), jump(3), branch(4, 8), branch(5, 6), jump(1), branch(7, 9), jump(3), jump(1), exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'loop'), 2);
  snapshot('break-continue', terms, nodes);
});

test('switch: every edge has its own landing, including duplicate targets', () => {
  // b0 switch [b1 b2 b1] default b3 ; b1 -> b4 ; b2 -> b4 ; b3 exit ; b4 exit
  const terms = [sw([1, 2, 1], 3), jump(4), jump(4), exit, exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'br_table'), 1);
  snapshot('switch', terms, nodes);
  // A switch inside a loop with a case that continues and one that breaks.
  check([jump(1), sw([2, 1, 3], 4), jump(1), exit, jump(1)]);
  // A switch with only a default.
  check([sw([], 1), exit]);
});

test('multiple returns', () => {
  // if a: return ; if b: return ; return
  const terms = [branch(1, 2), exit, branch(3, 4), exit, exit];
  const nodes = check(terms);
  assert.is(count(nodes, 'exit'), 3);
  // The body ends with an `if` whose arms all return: wasm validation still sees its end.
  assert.is(nodes[nodes.length - 1]!.kind, 'if');
  assert.ok(endReachable(nodes));
  snapshot('returns', terms, nodes);
});

test('a return inside an infinite loop is placed after the loop', () => {
  // b0 -> b1 ; b1 -> b2 | b3 ; b2 exit ; b3 -> b1
  const nodes = check([jump(1), branch(2, 3), exit, jump(1)]);
  assert.equal(nodes.slice(-3).map((n) => n.kind), ['loop', 'code', 'exit']);
  assert.not.ok(endReachable(nodes));
});

test('the entry heads a loop; an infinite loop ends the body, so its end is validator-reachable', () => {
  // b0 -> b1 | b2 ; b1 -> b0 ; b2 exit
  const nodes = check([branch(1, 2), jump(0), exit]);
  assert.is(nodes[0]!.kind, 'loop');
  const inf = check([jump(0)]);
  assert.equal(inf, [
    {
      kind: 'loop',
      header: 0,
      body: [
        { kind: 'code', block: 0 },
        { kind: 'br', depth: 0, edge: { from: 0, to: 0, index: 0 } },
      ],
    },
  ]);
  assert.ok(endReachable(inf));
});

test('unreachable blocks are ignored, even when they jump into live code', () => {
  const input = inputOf([jump(2), jump(2), exit, branch(0, 2)]);
  const nodes = structure(input);
  assert.equal(verifyStructured(input, nodes), []);
  const text = printStructured(nodes);
  assert.not.ok(text.includes('b1') || text.includes('b3'), text);
});

test('irreducible control flow is rejected with the offending edge', () => {
  // b0 -> b1 | b2 ; b1 -> b2 ; b2 -> b1 | b3 ; b3 exit
  try {
    structure(inputOf([branch(1, 2), jump(2), branch(1, 3), exit]));
    assert.unreachable('should have thrown');
  } catch (e) {
    assert.instance(e, IrreducibleError);
    // Which edge of the b1/b2 cycle is retreating depends on the search order.
    const edges = (e as IrreducibleError).edges;
    assert.is(edges.length, 1);
    assert.equal([edges[0]!.from, edges[0]!.to].sort(), [1, 2]);
  }
});

test('a 5000-statement chain of ifs and a 1000-deep elif chain do not overflow the stack', () => {
  const terms: Terminator[] = [];
  for (let i = 0; i < 5000; i++) {
    const b = terms.length; // b: branch b+1 (then) | b+2 (join); b+1 -> b+2
    terms.push(branch(b + 1, b + 2), jump(b + 2));
  }
  terms.push(exit);
  const input = inputOf(terms);
  const nodes = structure(input);
  assert.equal(verifyStructured(input, nodes), []);
  const d = hashDecider(5);
  assert.equal(runStructured(nodes, input, d, 20000), runCfg(input, d, 20000));

  const elif: Terminator[] = [];
  const n = 1000;
  // test i at block 2i: then -> 2i+1 (-> join), else -> 2i+2 ; the last else is the join.
  for (let i = 0; i < n; i++) elif.push(branch(2 * i + 1, 2 * i + 2), jump(2 * n + 1));
  elif.push(jump(2 * n + 1), exit);
  const input2 = inputOf(elif);
  const nodes2 = structure(input2);
  assert.equal(verifyStructured(input2, nodes2), []);
  assert.equal(runStructured(nodes2, input2, d, 5000), runCfg(input2, d, 5000));
});

test.run();
