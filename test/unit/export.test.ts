// Exported functions (--export NAME, --lib): raw wasm signatures inferred from the program's own
// calls, callable from JavaScript, with the same results as the calls inside the program, at
// -O0 and -O2; unprovable signatures are diagnostics.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';
import wabtInit from 'wabt';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const wabt = await wabtInit();
const src = readFileSync(resolve(root, 'test/fixtures/export/mandel.py'));

// The minimal WebAssembly API this test uses (tsconfig has no DOM/WebAssembly lib).
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

async function build(opt: OptLevel, exports: string[], lib = false, source: Uint8Array = src) {
  return compile(source, { ...defaultOptions('mandel.py'), opt, exports, lib, verify: true });
}

async function instantiate(wasm: Uint8Array) {
  const wasi = new WASI({ version: 'preview1', returnOnExit: true });
  const { instance } = await WebAssembly.instantiate(wasm, wasi.getImportObject());
  return { wasi, exports: instance.exports as Record<string, (...a: unknown[]) => unknown> };
}

for (const opt of [0, 2] as OptLevel[]) {
  test(`-O${opt}: exported functions get raw signatures and compute what Python computes`, async () => {
    const r = await build(opt, ['mandelbrot', 'scale']);
    assert.ok(r.wasm, r.diagnostics.map((d) => d.message).join('\n'));
    const text = wabt.readWasm(r.wasm!, { readDebugNames: true }).toText({});
    assert.match(text, /\(export "mandelbrot" \(func/);
    assert.match(text, /\(func \(param i64 i64\) \(result i64\)\)/);
    assert.match(text, /\(func \(param f64 f64\) \(result f64\)\)/);
    const { exports } = await instantiate(r.wasm!);
    // CPython 3.12 prints 15909 for mandelbrot(200, 50) (the fixture's own __main__ block);
    // other sizes are checked against the same algorithm in JavaScript.
    assert.is(exports.mandelbrot(200n, 50n), 15909n);
    for (const [size, iters] of [[10, 5], [37, 20], [64, 100]]) {
      assert.is(exports.mandelbrot(BigInt(size), BigInt(iters)), BigInt(computeMandelbrot(size, iters)));
    }
    assert.is(exports.scale(1.25, 4), 5);
  });
}

/** The fixture's algorithm in JavaScript (same float operations, same order). */
function computeMandelbrot(size: number, maxIter: number): number {
  let inside = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2.0 * y) / size - 1.0;
    for (let x = 0; x < size; x++) {
      const cr = (2.0 * x) / size - 1.5;
      let zr = 0.0;
      let zi = 0.0;
      let i = 0;
      while (i < maxIter && zr * zr + zi * zi <= 4.0) {
        [zr, zi] = [zr * zr - zi * zi + cr, 2.0 * zr * zi + ci];
        i += 1;
      }
      if (i === maxIter) inside += 1;
    }
  }
  return inside;
}

test('--lib builds a reactor: _initialize and the exports, no _start', async () => {
  const r = await build(2, ['scale'], true);
  const { wasi, exports } = await instantiate(r.wasm!);
  assert.ok('_initialize' in exports && !('_start' in exports));
  wasi.initialize({ exports } as never);
  assert.is(exports.scale(3, 0.5), 1.5);
});

test('a signature that is not provably scalar is a located diagnostic', async () => {
  const bad = new TextEncoder().encode('def f(x):\n    return x\n\n\ndef g(a, b):\n    return a + b\n\n\nprint(g(1, 2), g("a", "b"))\n');
  const r = await build(2, ['f', 'g', 'nope'], false, bad);
  assert.not.ok(r.wasm);
  const msgs = r.diagnostics.map((d) => `${d.span?.line ?? 0}:${d.span?.col ?? 0} ${d.message}`);
  assert.ok(msgs.includes("1:7 cannot export f: parameter 'x' is not provably an int, float or bool (call f in the program, or annotate the parameter)"), msgs.join('\n'));
  assert.ok(msgs.includes("5:7 cannot export g: parameter 'a' is not provably an int, float or bool (call g in the program, or annotate the parameter)"), msgs.join('\n'));
  assert.ok(msgs.includes('0:0 cannot export nope: there is no top-level function of that name'), msgs.join('\n'));
});

test('annotations prove a signature the program does not call', async () => {
  const src2 = new TextEncoder().encode('def area(w: float, h: float) -> float:\n    return w * h\n');
  const r = await build(2, ['area'], false, src2);
  assert.ok(r.wasm, r.diagnostics.map((d) => d.message).join('\n'));
  const { exports } = await instantiate(r.wasm!);
  assert.is(exports.area(1.5, 4), 6);
});

test.run();
