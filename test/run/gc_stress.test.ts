// The collector's stress mode over every differential program: compiled with gcStress (every
// allocation makes a collection due, so every safe point after one collects; which programs and
// levels: below), run under Node, compared with CPython. A missing root shows up as wrong output or the
// collector's "a reference to a freed object" error. RUN= narrows the programs as in run.test;
// programs are compiled and run like there (NAME.stdin, NAME.args with {tmp}/{here}, NAME.env, `_` modules).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';
import { Runner } from '../../src/run/index.js';
import { expected, lastLine } from '../harness/oracle.js';
import { programInputs } from '../harness/inputs.js';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run');
const only = (process.env.RUN ?? '').split(',').filter(Boolean);
const programs = readdirSync(here).filter((f) => f.endsWith('.py') && !f.startsWith('_') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
const runner = new Runner();
const tmp = mkdtempSync(join(tmpdir(), 'keel-gcstress-'));
const dec = new TextDecoder();
// By default only the gc_* programs (at -O0 and -O2): stress over all of them takes about as
// long as the rest of the suite, which everyone runs before landing. GC_STRESS=1 adds every
// program at -O2 (where the passes move values across calls; CI and the collector's own work
// run it), GC_STRESS=all at both levels. RUN= narrows as usual.
const stress = process.env.GC_STRESS ?? '';
const optLevels = (name: string): OptLevel[] =>
  name.startsWith('gc_') || stress === 'all' ? [0, 2] : stress === '1' ? [2] : [];


for (const name of programs) {
  const file = join(here, name);
  for (const opt of optLevels(name)) {
    test(`${name} -O${opt} (gc stress)`, async () => {
      const { stdin, args, env } = programInputs(file);
      const cpyTmp = mkdtempSync(join(tmp, `${name}-cpython-`));
      const want = expected(file, stdin, args.map((a) => a.replaceAll('{tmp}', cpyTmp).replaceAll('{here}', here)), env, args);
      const result = await compile(readFileSync(file), { ...defaultOptions(name), opt, gcStress: true, root: here });
      if (!result.wasm) assert.unreachable('did not compile');
      const wasmFile = join(tmp, `${name}.O${opt}.wasm`);
      writeFileSync(wasmFile, result.wasm!);
      const dir = mkdtempSync(join(tmp, `${name}-`));
      const runArgs = args.map((a) => a.replaceAll('{tmp}', dir).replaceAll('{here}', here));
      const dirs = [...(args.some((a) => a.includes('{tmp}')) ? [dir] : []), ...(args.some((a) => a.includes('{here}')) ? [here] : [])];
      const got = await runner.runCapture('node', wasmFile, { timeoutMs: 60000, stdin: new TextEncoder().encode(stdin), args: runArgs, dirs, env });
      const where = `${name} -O${opt} in gc stress mode`;
      assert.is(dec.decode(got.stdout), want.stdout, `${where}: stdout`);
      assert.is(lastLine(dec.decode(got.stderr)), want.stderrLast, `${where}: last line of stderr`);
      assert.is(got.exitCode, want.exitCode, `${where}: exit code`);
    });
  }
}

test.run();
