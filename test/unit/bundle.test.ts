// The CLI bundle (src/cli/bundle.ts): made from the current dist/src, it runs the same compiler
// (the same module bytes as the modules themselves), and declines once dist/src changes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { spawnSync } from 'node:child_process';
import { BUNDLE, bundleText, distStamp, runBundle } from '../../src/cli/bundle.js';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('the bundle compiles as the modules do; a changed stamp makes it decline', async () => {
  const text = bundleText(dist);
  const main = runBundle(new Script(text, { filename: join(dist, 'test.bundle.cjs') }), dist);
  assert.ok(main, 'a bundle made now is current');
  // (bundle.ts withoutExportHoists: each export's property is made by its own assignment)
  assert.not.match(text, /^exports\.[\w$]+ = (?:exports\.[\w$]+ = )*void 0;$/m, "TypeScript's hoisted export declarations are dropped");
  const tmp = mkdtempSync(join(tmpdir(), 'keel-bundle-test-'));
  const py = join(tmp, 'p.py');
  writeFileSync(py, 'class A:\n    def __eq__(self, o):\n        return True\n\nprint(A() == 1, [A()] == [2], sum(range(10)))\n');
  for (const O of ['0', '2']) {
    assert.is(await main!(['build', py, `-O${O}`, '-o', join(tmp, 'p.wasm')]), 0);
    const direct = await compile(readFileSync(py), { ...defaultOptions(py), opt: Number(O) as 0 | 2 });
    assert.ok(Buffer.from(direct.wasm!).equals(readFileSync(join(tmp, 'p.wasm'))), `-O${O}: the same module`);
  }
  const stale = text.replace(/const STAMP = "/, 'const STAMP = "x');
  assert.is(runBundle(new Script(stale), dist), undefined);
});

test('bin/keel.js runs the built bundle with its code cache accepted (V8 rejects a cache made under other flags)', () => {
  const text = readFileSync(join(dist, BUNDLE), 'utf8');
  const stamp = /const STAMP = ("(?:[^"\\]|\\.)*");/.exec(text);
  assert.ok(stamp, 'the bundle records its stamp');
  if (JSON.parse(stamp[1]) !== distStamp(dist)) {
    // dist/src changed since `npm run build` (a tsc alone): bin/keel.js rightly declines the bundle
    console.log('bundle.test: dist/keel.bundle.cjs is stale (run npm run build); its code cache is not checked');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'keel-bundle-test-'));
  const py = join(tmp, 'p.py');
  writeFileSync(py, 'print(sum(range(10)))\n');
  // Both ways keel is started: `node bin/keel.js` (tests, scripts), and the executable, whose #!
  // line gives node --min-semi-space-size, which bin/keel.js sets back to its default before it
  // makes the Script (the flag hash): the heap keeps its 16 MB semi-spaces.
  const env = { ...process.env, KEEL_BUNDLE_REPORT: '1' };
  const viaNode = spawnSync(process.execPath, [join(dist, '../bin/keel.js'), 'build', py, '-o', join(tmp, 'p.wasm')], { env, encoding: 'utf8' });
  assert.is(viaNode.status, 0, viaNode.stderr);
  // (and nothing else: no warning from how bin/keel.js sets V8's flags)
  assert.match(viaNode.stderr, /^keel: bundle code cache accepted, new space \d+ MB\n$/);
  const direct = spawnSync(join(dist, '../bin/keel.js'), ['build', py, '-o', join(tmp, 'p.wasm')], { env, encoding: 'utf8' });
  assert.is(direct.status, 0, direct.stderr);
  assert.is(direct.stderr, 'keel: bundle code cache accepted, new space 16 MB\n');
});

test("bin/keel.js turns V8's optimizing compiler off for a build", () => {
  // fib's build optimizes about 20 functions when the flag is not set (--trace-opt reports each)
  const tmp = mkdtempSync(join(tmpdir(), 'keel-bundle-test-'));
  const fib = join(dist, '../scripts/bench/programs/fib.py');
  const r = spawnSync(process.execPath, ['--trace-opt', join(dist, '../bin/keel.js'), 'build', fib, '-o', join(tmp, 'fib.wasm')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.is(r.status, 0, r.stderr);
  assert.not.match(r.stdout, /completed optimizing/);
});

test.run();
