// The precompiled runtime (src/link) must change nothing but the compile time: every test program
// (test/run/*.py, examples/*/main.py) compiled with it is byte for byte the module the whole
// pipeline makes, at -O0 and -O2. Builds the artifacts first when they are missing or stale (the
// run/ tests that follow then use them). Each program costs two whole compiles per level, so
// `npm test` checks every 10th program; LINK_EVERY=1 checks them all (run it after changing the
// pipeline, src/link or a pass that reads other functions), LINK_EVERY=N every Nth.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';
import { artifactsCurrent, writeArtifacts } from '../../src/link/build.js';
import { loadArtifact } from '../../src/link/artifact.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function programs(): string[] {
  const out = readdirSync(join(root, 'test/run')).filter((n) => n.endsWith('.py')).sort().map((n) => `test/run/${n}`);
  const ex = join(root, 'examples');
  if (existsSync(ex)) for (const d of readdirSync(ex).sort()) if (existsSync(join(ex, d, 'main.py'))) out.push(`examples/${d}/main.py`);
  const every = Math.max(1, Number(process.env.LINK_EVERY ?? 10));
  return out.filter((_, k) => k % every === 0);
}

test('the precompiled runtime is built from the current sources', () => {
  if (!artifactsCurrent()) writeArtifacts();
  for (const level of [0, 2]) {
    const art = loadArtifact(level);
    assert.ok(art, `dist/runtime.O${level}.json is current`);
    assert.ok(art!.size > 100, `O${level}: ${art!.size} precompiled functions`);
  }
});

for (const opt of [2, 0] as OptLevel[]) {
  test(`every test program at -O${opt}: linked with the precompiled runtime = the whole pipeline`, async () => {
    const differ: string[] = [];
    let linked = 0;
    for (const name of programs()) {
      const file = join(root, name);
      const opts = { ...defaultOptions(name.startsWith('examples/') ? 'main.py' : name), opt, root: dirname(file) };
      const bytes = readFileSync(file);
      const whole = await compile(bytes, { ...opts, precompiled: false });
      const fast = await compile(bytes, opts);
      if (!whole.wasm && !fast.wasm) continue; // a compile-time diagnostic either way
      linked++;
      if (!whole.wasm || !fast.wasm || !Buffer.from(whole.wasm).equals(Buffer.from(fast.wasm))) differ.push(`${name} (${whole.wasm?.length} vs ${fast.wasm?.length} bytes)`);
    }
    assert.ok(linked > 0, 'some program compiled');
    assert.equal(differ, [], `modules differ at -O${opt}:\n${differ.join('\n')}`);
  });
}

test.run();
