// The tailacc pass (src/passes/tailacc.ts): a self-recursive function returning `x + f(...)` of
// proven ints runs that call as a loop iteration. The differential test test/run/pnum_tailacc.py
// checks results and RecursionError depths against CPython (stdout and the last line of
// stderr); here the whole traceback of an exception leaving such a function, one entry per
// frame, must be the one -O0 (no tailacc) prints, and the pass must have applied.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WASI } from 'node:wasi';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (m: object, imports: object) => { exports: Record<string, unknown> };
};

const FILE = 'tailacc_tb.py';
const dir = mkdtempSync(join(tmpdir(), 'keel-tailacc-'));

async function run(src: string, opt: 0 | 2): Promise<{ code: number; out: string; err: string }> {
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions(FILE), opt });
  assert.ok(r.wasm, `compiled at -O${opt}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  const outFile = join(dir, `out${opt}`);
  const errFile = join(dir, `err${opt}`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  let code: number;
  try {
    const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true, stdout: out, stderr: err });
    const inst = new WebAssembly.Instance(new WebAssembly.Module(r.wasm!), { wasi_snapshot_preview1: wasi.wasiImport });
    code = wasi.start(inst);
  } finally {
    closeSync(out);
    closeSync(err);
  }
  return { code, out: readFileSync(outFile, 'utf8'), err: readFileSync(errFile, 'utf8') };
}

async function ir(src: string): Promise<string> {
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions(FILE), opt: 2, emit: 'ir', verify: true });
  assert.ok(r.text, 'IR');
  return r.text!;
}

/** The function's text in the IR. */
function funcText(text: string, name: string): string {
  const at = text.indexOf(`func @__main__.${name}(`);
  assert.ok(at >= 0, `@${name} in the IR`);
  return text.slice(at, text.indexOf('\n}', at));
}

const FIB = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
`;

test('fib runs its second call as a loop iteration', async () => {
  const f = funcText(await ir(FIB), 'fib');
  // the loop header: the parameter, the accumulator (raw small-int bits), the frame's depth
  assert.match(f, /\nb\d+\(v\d+: obj, v\d+: i64, v\d+: i32\):/);
  assert.is((await run(FIB, 2)).out, '6765\n');
});

test('fib\'s accumulator is proven >= 0: each overflow test is one comparison', async () => {
  // range proves fib's results >= 0 (fib(n - 1), the x of every tail site), so the accumulator
  // never goes negative: the loop's acc + x overflows when the sum is below x (not the general
  // xor, xor, and, sign test). With an x that may be negative, the general test stays.
  const fib = funcText(await ir(FIB), 'fib');
  assert.match(fib, /(v\d+) = i64\.add v\d+, (v\d+) \[\d+\]\n\s+v\d+ = i64\.lt_s \1, \2 /);
  const NEG = `
def h(n):
    if n == 0:
        return 0
    return (n - 5) + h(n - 1)


print(h(10))
`;
  const f = funcText(await ir(NEG), 'h');
  assert.match(f, /\nb\d+\(v\d+: obj, v\d+: i64, v\d+: i32\):/);
  assert.match(f, /i64\.xor/);
  assert.is((await run(NEG, 2)).out, '5\n');
});

const CASES: Record<string, string> = {
  'an error deep in the loop': `
def fails(n, at):
    if n == at:
        raise ValueError("at " + str(n))
    if n == 0:
        return 0
    return n + fails(n - 1, at)


print(fails(10, -1))
fails(12, 3)
`,
  'an error in the non-tail call': `
def kids(n):
    if n == 3:
        return 1 // (n - 3)
    if n <= 1:
        return 1
    return kids(n - 1) + kids(n - 2)


print(kids(2))
kids(9)
`,
  'RecursionError': `
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(down(900))
down(3000)
`,
};

for (const [name, src] of Object.entries(CASES)) {
  test(`${name}: the traceback has one entry per frame, as at -O0`, async () => {
    assert.match(funcText(await ir(src), src.includes('def fails') ? 'fails' : src.includes('def kids') ? 'kids' : 'down'), /\nb\d+\(v\d+: obj(, v\d+: obj)?, v\d+: i64, v\d+: i32\):/);
    const a = await run(src, 0);
    const b = await run(src, 2);
    assert.is(b.code, 1);
    assert.ok(b.err.startsWith('Traceback (most recent call last):\n'), b.err);
    assert.is(b.out, a.out);
    assert.is(b.err, a.err);
    assert.is(b.code, a.code);
  });
}

test.run();
