// Differential tests: every test/run/*.py is compiled by Keel at -O0 and -O2 (IR verified after
// lowering and every pass, module validated by wabt), run under Node's WASI, the shim and every
// other runtime installed, and compared with CPython 3.12 (stdout, last line of stderr, exit code).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';
import { render } from '../../src/diag/diagnostic.js';
import { Runner, type RuntimeName } from '../../src/run/index.js';
import { expected, lastLine } from '../harness/oracle.js';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run');
// RUN=a,b keeps the programs whose name contains a or b; RUNTIMES=node,shim limits the runtimes
// (both for quick iteration; the full suite runs everything).
const only = (process.env.RUN ?? '').split(',').filter(Boolean);
const programs = readdirSync(here).filter((f) => f.endsWith('.py') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const wabt = await wabtInit();
const runner = new Runner();
const available = await runner.available();
const wantRuntimes = (process.env.RUNTIMES ?? '').split(',').filter(Boolean);
const runtimes: RuntimeName[] = available.filter((r) => r !== 'wasmer' && (wantRuntimes.length === 0 || wantRuntimes.includes(r)));
const tmp = mkdtempSync(join(tmpdir(), 'keel-run-'));
const dec = new TextDecoder();

const OPT_LEVELS: OptLevel[] = [0, 2];

for (const name of programs) {
  const file = join(here, name);
  for (const opt of OPT_LEVELS) {
    test(`${name} -O${opt}`, async () => {
      const want = expected(file);
      const opts = { ...defaultOptions(`${name}`), opt, verify: true };
      const result = await compile(readFileSync(file), opts);
      if (!result.wasm) assert.unreachable(`did not compile:\n${result.diagnostics.map((d) => render(d, result.source)).join('\n')}`);
      const mod = wabt.readWasm(result.wasm!, { readDebugNames: true, bulk_memory: true, sat_float_to_int: true, sign_extension: true, mutable_globals: true, multi_value: true, reference_types: true });
      mod.validate();
      mod.destroy();
      const wasmFile = join(tmp, `${name}.O${opt}.wasm`);
      writeFileSync(wasmFile, result.wasm!);
      for (const rt of runtimes) {
        const got = await runner.runCapture(rt, wasmFile, { timeoutMs: 20000 });
        const where = `${name} -O${opt} under ${rt}`;
        assert.is(dec.decode(got.stdout), want.stdout, `${where}: stdout`);
        assert.is(lastLine(dec.decode(got.stderr)), want.stderrLast, `${where}: last line of stderr`);
        assert.is(got.exitCode, want.exitCode, `${where}: exit code`);
      }
    });
  }
}

test('the runner uses Node and at least one other runtime', () => {
  if (wantRuntimes.length) return;
  assert.ok(runtimes.includes('node') && runtimes.length >= 2, `runtimes: ${runtimes.join(', ')}`);
});

test.run();
