// Codegen of control flow and values: loops, recursion, diamonds with block parameters, parallel
// copies on back edges, exception checks.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { build, fn } from './helpers.js';

test('loop summing 1..n with raw i64', async () => {
  const b = await build(`
func @sum(i64) -> i64 {
b0(v0: i64):
    v1 = const.i64 0
    v2 = const.i64 1
    jump b1(v1, v2)
b1(v3: i64, v4: i64):
    v5 = i64.le_s v4, v0
    br v5, b2, b3
b2:
    v6 = i64.add v3, v4
    v7 = const.i64 1
    v8 = i64.add v4, v7
    jump b1(v6, v8)
b3:
    ret v3
}
`);
  const sum = fn<(n: bigint) => bigint>(b, 'sum');
  assert.is(sum(0n), 0n);
  assert.is(sum(1n), 1n);
  assert.is(sum(10n), 55n);
  assert.is(sum(100000n), 5000050000n);
});

test('recursion: fib over raw i64', async () => {
  const b = await build(`
func @fib(i64) -> i64 {
b0(v0: i64):
    v1 = const.i64 2
    v2 = i64.lt_s v0, v1
    br v2, b1, b2
b1:
    ret v0
b2:
    v3 = const.i64 1
    v4 = i64.sub v0, v3
    v5 = call.i64 @fib, v4
    v6 = const.i64 2
    v7 = i64.sub v0, v6
    v8 = call.i64 @fib, v7
    v9 = i64.add v5, v8
    ret v9
}
`);
  const fib = fn<(n: bigint) => bigint>(b, 'fib');
  const expect = [0n, 1n, 1n, 2n, 3n, 5n, 8n, 13n, 21n, 34n, 55n];
  expect.forEach((e, i) => assert.is(fib(BigInt(i)), e, `fib(${i})`));
  assert.is(fib(25n), 75025n);
});

test('diamond with block params', async () => {
  const b = await build(`
func @pick(i32, i64, i64) -> i64 {
b0(v0: i32, v1: i64, v2: i64):
    br v0, b1, b2
b1:
    v3 = i64.mul v1, v2
    jump b3(v3, v1)
b2:
    v4 = i64.sub v1, v2
    jump b3(v4, v2)
b3(v5: i64, v6: i64):
    v7 = const.i64 1000
    v8 = i64.mul v5, v7
    v9 = i64.add v8, v6
    ret v9
}
`);
  const pick = fn<(c: number, a: bigint, b: bigint) => bigint>(b, 'pick');
  assert.is(pick(1, 6n, 7n), 42n * 1000n + 6n);
  assert.is(pick(0, 6n, 7n), -1n * 1000n + 7n);
});

test('back edge swapping two block params (parallel copy)', async () => {
  // b1(a, b, i): loop n times doing (a, b) = (b, a) and (x, y) rotation with a cycle of three.
  const b = await build(`
func @swap(i64, i64, i64, i64) -> i64 {
b0(v0: i64, v1: i64, v2: i64, v3: i64):
    v4 = const.i64 0
    v5 = const.i64 7
    jump b1(v0, v1, v4, v2, v3, v5)
b1(v10: i64, v11: i64, v12: i64, v13: i64, v14: i64, v15: i64):
    v16 = i64.lt_s v12, v3
    br v16, b2, b3
b2:
    v17 = const.i64 1
    v18 = i64.add v12, v17
    jump b1(v11, v10, v18, v14, v15, v13)
b3:
    v20 = const.i64 1000
    v21 = i64.mul v10, v20
    v22 = i64.add v21, v11
    v23 = i64.mul v22, v20
    v24 = i64.add v23, v13
    v25 = i64.mul v24, v20
    v26 = i64.add v25, v14
    v27 = i64.mul v26, v20
    v28 = i64.add v27, v15
    ret v28
}
`);
  const swap = fn<(a: bigint, b: bigint, x: bigint, n: bigint) => bigint>(b, 'swap');
  // Reference: simulate in JS.
  const ref = (a: bigint, bb: bigint, x: bigint, n: bigint) => {
    let [p, q, i, r, s, t] = [a, bb, 0n, x, n, 7n];
    while (i < n) [p, q, i, r, s, t] = [q, p, i + 1n, s, t, r];
    return (((p * 1000n + q) * 1000n + r) * 1000n + s) * 1000n + t;
  };
  for (const n of [0n, 1n, 2n, 3n, 4n, 5n]) assert.is(swap(1n, 2n, 3n, n), ref(1n, 2n, 3n, n), `n=${n}`);
});

test('check.exc with exc.set: handler taken only when an exception is pending', async () => {
  const b = await build(`
func @maybe_raise(i32) -> obj {
b0(v0: i32):
    br v0, b1, b2
b1:
    v1 = const.int 99
    exc.set v1
    v2 = const.int 0
    ret v2
b2:
    v3 = const.int 5
    ret v3
}
func @outer(i32) -> i64 {
b0(v0: i32):
    v1 = call.obj @maybe_raise, v0
    check.exc b1, b2(v1)
b1:
    v2 = untag.int v1
    ret v2
b2(v3: obj):
    v4 = exc.get
    v5 = const.i64 0
    exc.set v5
    v6 = untag.int v4
    v7 = const.i64 1000
    v8 = i64.add v6, v7
    ret v8
}
`.replace('exc.set v5', 'v9 = tag.int v5\n    exc.set v9'));
  const outer = fn<(c: number) => bigint>(b, 'outer');
  assert.is(outer(0), 5n);
  assert.is(outer(1), 1099n);
  assert.is(outer(0), 5n, 'the handler cleared the exception');
});

test('long chain of checks stays flat (no deep nesting)', async () => {
  const n = 300;
  let body = 'func @chain() -> i64 {\nb0:\n';
  for (let i = 0; i < n; i++) {
    body += `    v${i * 2 + 1} = call.i64 @step\n    check.exc b${i + 1}, b${n + 1}\nb${i + 1}:\n`;
  }
  body += `    v${2 * n + 1} = const.i64 7\n    ret v${2 * n + 1}\nb${n + 1}:\n    v${2 * n + 2} = const.i64 -1\n    ret v${2 * n + 2}\n}\n`;
  body += 'func @step() -> i64 {\nb0:\n    v0 = const.i64 1\n    ret v0\n}\n';
  const b = await build(body, ['chain']);
  assert.is(fn<() => bigint>(b, 'chain')(), 7n);
  // Nesting depth of the disassembly stays small.
  let depth = 0;
  let max = 0;
  for (const line of b.wat.split('\n')) {
    const t = line.trim();
    if (/^(block|loop|if)\b/.test(t)) max = Math.max(max, ++depth);
    if (t === 'end' || t.startsWith('end ')) depth--;
  }
  assert.ok(max <= 3, `max nesting ${max}`);
});

test.run();
