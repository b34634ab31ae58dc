// bench/run: the benchmark harness's entry point. For each program (programs.ts): CPython 3.12's
// output is the reference; Keel compiles it in process (-O2, or -O0 when -O2 fails) and C with
// clang; then CPython and both modules under every runtime run interleaved, round after round,
// each output checked. Prints markdown tables and, for a full run, writes docs/benchmarks.md.
// Usage: node dist/scripts/bench/run.js [--runtime R[,R]] [--only NAME[,NAME]] [--reps N]
//          [--quick] [--compile-runs N] [--timeout SECONDS] [--out FILE | --no-write]
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { OptLevel } from '../../src/driver/options.js';
import { repoRoot } from '../../src/run/runtimes.js';
import { Runner, RUNTIMES, type RuntimeName } from '../../src/run/index.js';
import { check, haveTimeV, median, runForMemory, runModule, runPython, type Outcome, type RunResult } from './measure.js';
import { discoverPrograms, selectPrograms, type Program } from './programs.js';
import { renderDoc, renderTables, type ProgramResult, type RunInfo, type Series } from './report.js';
import { buildC, compileKeel, compileKeelCli, keelVersion, nodeStartMs, locateClang, locatePython, workDir, writeKeelWasm, type CToolchain } from './toolchains.js';

interface Options {
  runtimes: RuntimeName[] | undefined;
  only: string[];
  reps: number;
  compileRuns: number;
  /** Per-run limit for modules; undefined: from CPython's time. */
  timeoutMs: number | undefined;
  out: string | undefined;
}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function parseOptions(argv: string[], repo: string): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runtime: { type: 'string', multiple: true },
      only: { type: 'string', multiple: true },
      reps: { type: 'string' },
      quick: { type: 'boolean' },
      'compile-runs': { type: 'string' },
      timeout: { type: 'string' },
      out: { type: 'string' },
      'no-write': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: node dist/scripts/bench/run.js [--runtime R[,R]] [--only NAME[,NAME]] [--reps N] [--quick]\n' +
        '         [--compile-runs N] [--timeout SECONDS] [--out FILE | --no-write]\n' +
        `runtimes: ${RUNTIMES.join(', ')} (default: node, wasmtime, wazero, wasmer where installed)\n` +
        '--quick: 1 timed run and 1 compile run per program. A run with --only writes nothing unless --out is given.\n',
    );
    process.exit(0);
  }
  const num = (s: string | undefined, dflt: number, what: string) => {
    if (s === undefined) return dflt;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive integer, not '${s}'`);
    return n;
  };
  const runtimes = list(values.runtime);
  for (const r of runtimes) if (!RUNTIMES.includes(r as RuntimeName)) throw new Error(`unknown runtime '${r}': expected one of ${RUNTIMES.join(', ')}`);
  const only = list(values.only);
  const quick = values.quick === true;
  const partial = only.length > 0;
  return {
    runtimes: runtimes.length ? (runtimes as RuntimeName[]) : undefined,
    only,
    reps: num(values.reps, quick ? 1 : 3, '--reps'),
    compileRuns: num(values['compile-runs'], quick ? 1 : 5, '--compile-runs'),
    timeoutMs: values.timeout === undefined ? undefined : num(values.timeout, 60, '--timeout') * 1000,
    out: values['no-write'] ? undefined : (values.out ?? (partial ? undefined : join(repo, 'docs', 'benchmarks.md'))),
  };
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** The Keel module to measure: -O2 if it compiles and prints CPython's output, else -O0. */
async function buildKeel(p: Program, repo: string, dir: string, expected: string | undefined, timeoutMs: number, compileRuns: number, r: ProgramResult): Promise<void> {
  const k = r.keel;
  let last = '';
  for (const opt of [2, 0] as OptLevel[]) {
    const res = await compileKeel(p.py, repo, opt);
    if (!res.ok) {
      const why = res.kind === 'diagnostic' ? `does not compile yet: ${res.message}` : `compiler error: ${res.message}`;
      if (opt === 2) {
        last = why;
        continue;
      }
      k.problem = why;
      if (last && last !== why) k.notes.push(`-O2: ${last}`);
      return;
    }
    const wasm = writeKeelWasm(dir, p.name, opt, res.wasm);
    const outcome: Outcome = expected === undefined ? { ok: false, why: 'no CPython output to compare with' } : await memoryRun(wasm, expected, timeoutMs, (b) => (k.memoryBytes = b));
    if (!outcome.ok) {
      if (opt === 2) {
        last = outcome.why.startsWith('timed out') ? `timed out (limit ${Math.round(timeoutMs / 1000)} s)` : `FAILED: ${outcome.why}`;
        continue;
      }
      k.problem = outcome.why.startsWith('timed out')
        ? `timed out at -O0 (node, limit ${Math.round(timeoutMs / 1000)} s)`
        : `FAILED at -O0 (node): ${outcome.why}`;
      k.size = res.wasm.length;
      if (last) k.notes.push(`-O2: ${last}`);
      return;
    }
    k.opt = opt;
    k.wasm = wasm;
    k.size = res.wasm.length;
    if (opt === 0 && last) k.notes.push(`-O2 failed (${last}); measured -O0`);
    // The compile column is what a user waits for: a fresh `keel build` process each time (no
    // warm JIT, no parsed runtime kept from an earlier compile), its output checked against the
    // in-process module. The in-process first compile above is kept as a note of the JIT's share.
    const times: number[] = [];
    const cliOut = join(dir, 'keel', `${p.name}.O${opt}.cli.wasm`);
    for (let i = 0; i < compileRuns; i++) {
      const again = compileKeelCli(p.py, repo, opt, cliOut);
      if ('error' in again) {
        k.notes.push(again.error);
        break;
      }
      times.push(again.ms);
    }
    if (times.length && !Buffer.from(readFileSync(cliOut)).equals(Buffer.from(res.wasm))) k.notes.push('keel build wrote a different module than the in-process compile');
    if (times.length) k.compileMs = median(times);
    k.firstCompileMs = res.ms;
    return;
  }
}

/** The untimed run under memrun: checks the output and records the memory at exit. */
async function memoryRun(wasm: string, expected: string, timeoutMs: number, memory: (bytes: number) => void): Promise<Outcome> {
  const run = await runForMemory(wasm, timeoutMs);
  const outcome = check(run, expected);
  if (outcome.ok && run.memoryBytes !== undefined) memory(run.memoryBytes);
  return outcome;
}

function buildCModule(p: Program, tc: CToolchain | { missing: string }, dir: string, r: ProgramResult): void {
  if (!p.c) {
    r.c.problem = 'no C version';
    return;
  }
  if ('missing' in tc) {
    r.c.problem = `skipped: ${tc.missing}`;
    return;
  }
  const b = buildC(tc, p.c, dir);
  if ('error' in b) {
    r.c.problem = b.error;
    return;
  }
  r.c.wasm = b.wasm;
  r.c.size = b.size;
}

interface Variant {
  series: Series;
  run: () => Promise<RunResult>;
  /** Run once untimed first (modules: fills wazero's compilation cache, starts the shim's worker). */
  warmUp: boolean;
}

/**
 * Runs every variant once per round, in the same order each round, after an untimed warm-up
 * round of the variants that want one; a failure (wrong output, exit code, timeout) drops a variant.
 */
async function timedRounds(variants: Variant[], expected: string, reps: number): Promise<void> {
  for (let rep = -1; rep < reps; rep++) {
    for (const v of variants) {
      if (v.series.fail !== undefined || (rep < 0 && !v.warmUp)) continue;
      const outcome = check(await v.run(), expected);
      if (outcome.ok) {
        if (rep >= 0) v.series.ms.push(outcome.ms);
      }
      else v.series.fail = outcome.why.startsWith('timed out') ? outcome.why : `FAILED: ${outcome.why}`;
    }
  }
}

/** A runtime and how it was found (the wasmtime Python package starts much slower than its CLI). */
async function describeRuntime(runner: Runner, rt: RuntimeName): Promise<string> {
  const loc = await runner.find(rt);
  if ('python' in loc) return `${rt} (the Python package, under ${loc.python})`;
  if ('cli' in loc) return `${rt} (${loc.cli})`;
  return rt === 'node' ? `node (node:wasi, ${process.version})` : rt;
}

async function main(): Promise<void> {
  const repo = repoRoot();
  const loadStart = loadavg()[0] ?? 0;
  const opts = parseOptions(process.argv.slice(2), repo);
  const programs = selectPrograms(discoverPrograms(repo), opts.only);
  const runner = new Runner();
  const installed = await runner.available();
  const wanted = opts.runtimes ?? installed.filter((r) => r !== 'shim');
  const notes: string[] = [];
  const runtimes: RuntimeName[] = [];
  for (const rt of wanted) {
    if (installed.includes(rt)) runtimes.push(rt);
    else notes.push(`runtime ${rt} is not installed: skipped`);
  }
  if (opts.runtimes === undefined) {
    for (const rt of ['wasmtime', 'wazero', 'wasmer'] as RuntimeName[]) if (!installed.includes(rt)) notes.push(`${rt} is not installed: no ${rt} rows`);
  }
  const py = locatePython();
  if ('missing' in py) throw new Error(`CPython 3.12 is needed as the reference: ${py.missing}`);
  const tc = locateClang();
  if ('missing' in tc) notes.push(`C modules skipped: ${tc.missing}`);
  const timeV = haveTimeV();
  if (!timeV) notes.push('/usr/bin/time is missing: no CPython peak RSS');
  const dir = workDir();
  const results: ProgramResult[] = [];

  for (const p of programs) {
    log(`== ${p.name}`);
    const r: ProgramResult = { program: p, cpython: { ms: [] }, keel: { notes: [] }, c: {}, keelTimes: new Map(), cTimes: new Map() };
    results.push(r);
    // The reference run: CPython's output, its peak RSS, and a time that sets the module timeout.
    const ref = await runPython(py.exe, p.py, 600_000, timeV);
    let expected: string | undefined;
    if (ref.exitCode !== 0) r.cpython.fail = `exit ${ref.exitCode}: ${ref.stderr.trim().split('\n').pop() ?? ''}`;
    else {
      expected = ref.stdout;
      r.cpython.rssKb = ref.maxRssKb;
    }
    const timeoutMs = opts.timeoutMs ?? Math.max(10_000, 5 * ref.ms);
    await buildKeel(p, repo, dir, expected, timeoutMs, opts.compileRuns, r);
    log(`   keel: ${r.keel.problem ?? `-O${r.keel.opt} ${r.keel.size} bytes, keel build ${r.keel.compileMs?.toFixed(0)} ms, first in-process compile ${r.keel.firstCompileMs?.toFixed(0)} ms`}${r.keel.notes.length ? ` (${r.keel.notes.join('; ')})` : ''}`);
    buildCModule(p, tc, dir, r);
    if (r.c.wasm && expected !== undefined) {
      const outcome = await memoryRun(r.c.wasm, expected, timeoutMs, (b) => (r.c.memoryBytes = b));
      if (!outcome.ok) r.c.problem = `FAILED (node): ${outcome.why}`;
    }
    log(`   c: ${r.c.problem ?? `${r.c.size} bytes`}`);
    if (expected === undefined) continue;

    const variants: Variant[] = [{ series: r.cpython, run: () => runPython(py.exe, p.py, 600_000, false), warmUp: false }];
    for (const rt of runtimes) {
      const keelWasm = r.keel.problem ? undefined : r.keel.wasm;
      if (keelWasm) {
        const s: Series = { ms: [] };
        r.keelTimes.set(rt, s);
        variants.push({ series: s, run: () => runModule(runner, rt, keelWasm, timeoutMs), warmUp: true });
      }
      const cWasm = r.c.problem ? undefined : r.c.wasm;
      if (cWasm) {
        const s: Series = { ms: [] };
        r.cTimes.set(rt, s);
        variants.push({ series: s, run: () => runModule(runner, rt, cWasm, timeoutMs), warmUp: true });
      }
    }
    await timedRounds(variants, expected, opts.reps);
    const show = (s: Series | undefined) => (s === undefined ? '-' : s.fail ?? `${(median(s.ms) / 1000).toFixed(3)}s`);
    log(`   cpython ${show(r.cpython)}; ${runtimes.map((rt) => `${rt}: keel ${show(r.keelTimes.get(rt))} c ${show(r.cTimes.get(rt))}`).join('; ')}`);
  }

  const info: RunInfo = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: ['node', relative(repo, process.argv[1] ?? 'dist/scripts/bench/run.js'), ...process.argv.slice(2)].join(' '),
    machine:
      `${availableParallelism()} CPUs (nproc), ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `${process.platform}/${process.arch}; load average ${loadStart.toFixed(2)} at the start (other work on the machine disturbs the times)`,
    tools: [
      keelVersion(repo),
      `Node ${process.version}; CPython ${py.version} (${py.exe}); ${'missing' in tc ? 'no clang' : tc.version}`,
      `Runtimes: ${(await Promise.all(runtimes.map((rt) => describeRuntime(runner, rt)))).join(', ')}`,
    ],
    runtimes,
    reps: opts.reps,
    compileRuns: opts.compileRuns,
    nodeStartMs: nodeStartMs(5),
    notes,
  };
  await runner.close();
  process.stdout.write(`${renderTables(results, info)}\n`);
  if (notes.length) process.stdout.write(`\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  if (opts.out) {
    writeFileSync(opts.out, renderDoc(results, info));
    log(`wrote ${relative(process.cwd(), opts.out) || opts.out}`);
  } else {
    log('report not written (--no-write, or --only without --out)');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
