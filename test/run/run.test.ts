// Differential tests: every test/run/*.py is compiled by Keel at -O0 and -O2 (IR verified after
// lowering and every pass, module validated by wabt), run under Node's WASI, the shim and every
// other runtime installed (wasmtime at -O2 only: runtimesAt below), and compared with CPython 3.12 (stdout, last line of stderr, exit code).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';
import { Runner, type RuntimeName } from '../../src/run/index.js';
import { expected, lastLine, tracebackOf } from '../harness/oracle.js';
import { programInputs, type ProgramInputs } from '../harness/inputs.js';
import { CompilePool } from '../harness/compile-pool.js';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run');
const repo = resolve(here, '../..');
// Files starting with `_` are modules the programs import, not programs.
// RUN=a,b keeps the programs whose name contains a or b; RUNTIMES=node,shim limits the runtimes
// (both for quick iteration; the full suite runs everything).
const only = (process.env.RUN ?? '').split(',').filter(Boolean);
// The multi-file programs of examples/ (examples/NAME/main.py, inputs beside it) run too.
const examples = readdirSync(join(repo, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(repo, 'examples', d.name, 'main.py')))
  .map((d) => `examples/${d.name}`);
const programs = [...readdirSync(here).filter((f) => f.endsWith('.py') && !f.startsWith('_')).sort(), ...examples.sort()].filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

/** Where an example's expected output is kept: test/run/expected/example_NAME.json. */
function cacheOf(name: string): string | undefined {
  return name.startsWith('examples/') ? join(here, 'expected', `example_${name.slice('examples/'.length)}.json`) : undefined;
}

/** A program's file: test/run/NAME, or examples/NAME/main.py. */
function pathOf(name: string): string {
  return name.startsWith('examples/') ? join(repo, name, 'main.py') : join(here, name);
}
const pool = new CompilePool();
const runner = new Runner();
const available = await runner.available();
const wantRuntimes = (process.env.RUNTIMES ?? '').split(',').filter(Boolean);
const runtimes: RuntimeName[] = available.filter((r) => r !== 'wasmer' && (wantRuntimes.length === 0 || wantRuntimes.includes(r)));
const tmp = mkdtempSync(join(tmpdir(), 'keel-run-'));
const dec = new TextDecoder();

const OPT_LEVELS: OptLevel[] = [0, 2];
// -O2, the level programs ship at, runs under every runtime; -O0 under all but wasmtime (its
// Python package compiles each module with Cranelift: ~0.5 s of CPU per run, the suite's largest
// single cost). A level's bugs show under any runtime and a runtime's under any level, so every
// program still meets both; RUNTIMES= (explicit) applies to both levels.
const runtimesAt = (opt: OptLevel): RuntimeName[] =>
  opt === 0 && wantRuntimes.length === 0 ? runtimes.filter((r) => r !== 'wasmtime') : runtimes;

// Each program is compiled (on the pool's worker threads) and run under every runtime (child processes and
// worker threads, in parallel); JOBS programs are in flight at once, so the runtimes of one
// overlap the compilation of the next. The tests then assert in order.
interface Outcome {
  problem?: string;
  runs: { rt: RuntimeName; stdout: string; stderrLast: string; exitCode: number; traceback: string[] }[];
}
const JOBS = Math.max(2, Math.min(6, availableParallelism() * 2));

async function runOne(name: string, opt: OptLevel): Promise<Outcome> {
  const file = pathOf(name);
  const opts = { ...defaultOptions(name.startsWith('examples/') ? 'main.py' : name), opt, verify: true, root: dirname(file) };
  const t0 = performance.now();
  const compiled = await pool.compile(file, opts);
  spent.set('compile', (spent.get('compile') ?? 0) + performance.now() - t0);
  if (!compiled.wasm) return { problem: compiled.problem!, runs: [] };
  const wasmFile = join(tmp, `${name.replaceAll('/', '_')}.O${opt}.wasm`);
  writeFileSync(wasmFile, compiled.wasm);
  const { stdin, args, env } = inputsOf(name);
  const runs = await Promise.all(runtimesAt(opt).map(async (rt) => {
    // {tmp} in the arguments: a fresh directory per run, preopened (programs that write files).
    const dir = mkdtempSync(join(tmp, `${name.replaceAll('/', '_')}-${rt}-`));
    const runArgs = args.map((a) => a.replaceAll('{tmp}', dir).replaceAll('{here}', dirname(file)));
    const dirs = [...(args.some((a) => a.includes('{tmp}')) ? [dir] : []), ...(args.some((a) => a.includes('{here}')) ? [dirname(file)] : [])];
    const t1 = performance.now();
    const got = await runner.runCapture(rt, wasmFile, { timeoutMs: 60000, stdin: new TextEncoder().encode(stdin), args: runArgs, dirs, env });
    spent.set(rt, (spent.get(rt) ?? 0) + performance.now() - t1);
    const stderr = dec.decode(got.stderr);
    return { rt, stdout: dec.decode(got.stdout), stderrLast: lastLine(stderr), exitCode: got.exitCode, traceback: tracebackOf(stderr) };
  }));
  return { runs };
}

/** Wall time summed over the jobs (which overlap), by compile and by runtime: where CI's time goes. */
const spent = new Map<string, number>();

function inputsOf(name: string): ProgramInputs {
  return programInputs(pathOf(name));
}

const queue: (() => Promise<void>)[] = [];
let inFlight = 0;
function pump(): void {
  while (inFlight < JOBS && queue.length) {
    const job = queue.shift()!;
    inFlight++;
    void job().finally(() => {
      inFlight--;
      pump();
    });
  }
}
function schedule(name: string, opt: OptLevel): Promise<Outcome> {
  return new Promise((resolveOutcome) => {
    queue.push(() => runOne(name, opt).then(resolveOutcome, (e: unknown) => resolveOutcome({ problem: `compiler crashed: ${(e as Error).stack ?? e}`, runs: [] })));
  });
}

const outcomes = new Map<string, Promise<Outcome>>();
for (const name of programs) for (const opt of OPT_LEVELS) outcomes.set(`${name} -O${opt}`, schedule(name, opt));
pump();

for (const name of programs) {
  const file = pathOf(name);
  for (const opt of OPT_LEVELS) {
    test(`${name} -O${opt}`, async () => {
      const { stdin, args, env } = inputsOf(name);
      const cpyTmp = mkdtempSync(join(tmp, `${name.replaceAll('/', '_')}-cpython-`));
      const want = expected(file, stdin, args.map((a) => a.replaceAll('{tmp}', cpyTmp).replaceAll('{here}', dirname(file))), env, args, cacheOf(name));
      const got = await outcomes.get(`${name} -O${opt}`)!;
      if (got.problem) assert.unreachable(got.problem);
      for (const r of got.runs) {
        const where = `${name} -O${opt} under ${r.rt}`;
        assert.is(r.stdout, want.stdout, `${where}: stdout`);
        assert.is(r.stderrLast, want.stderrLast, `${where}: last line of stderr`);
        assert.is(r.exitCode, want.exitCode, `${where}: exit code`);
        if (want.traceback) assert.equal(r.traceback, want.traceback, `${where}: traceback`);
      }
    });
  }
}

test.after(() => {
  console.log(`\nrun tests, wall time summed over overlapping jobs: ${[...spent].map(([k, ms]) => `${k} ${(ms / 1000).toFixed(0)} s`).join(', ')}`);
});

test('the runner uses Node and at least one other runtime', () => {
  if (wantRuntimes.length) return;
  assert.ok(runtimes.includes('node') && runtimes.length >= 2, `runtimes: ${runtimes.join(', ')}`);
});

test.run();
