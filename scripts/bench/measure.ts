// bench/measure: one run of one thing, timed and checked. CPython runs as a child process;
// modules run through src/run's Runner (the same code as `keel run --runtime R`), so a time is
// the wall clock of a whole `keel run`-style process: start-up, module compilation by the
// runtime, and the program. The memory runs (once per program, untimed) use memrun.ts for a
// module's linear memory at exit and /usr/bin/time -v for a process's peak resident set.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Runner, RuntimeName } from '../../src/run/index.js';

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A checked run: its time, or why it does not count. */
export type Outcome = { ok: true; ms: number } | { ok: false; why: string };

const TIME_V = '/usr/bin/time';

export function haveTimeV(): boolean {
  return existsSync(TIME_V);
}

/** Compares a run with CPython's stdout; a wrong output never yields a time. */
export function check(run: RunResult, expected: string): Outcome {
  if (run.exitCode === 124) return { ok: false, why: 'timed out' };
  if (run.exitCode !== 0) {
    const last = run.stderr.trim().split('\n').pop() ?? '';
    return { ok: false, why: `exit ${run.exitCode}${last ? `: ${last.slice(0, 120)}` : ''}` };
  }
  if (run.stdout !== expected) {
    const got = run.stdout.split('\n');
    const want = expected.split('\n');
    let i = 0;
    while (i < want.length && got[i] === want[i]) i++;
    return { ok: false, why: `wrong output, line ${i + 1}: got ${JSON.stringify((got[i] ?? '<eof>').slice(0, 60))}, want ${JSON.stringify((want[i] ?? '<eof>').slice(0, 60))}` };
  }
  return { ok: true, ms: run.ms };
}

interface SpawnOpts {
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Wrap in /usr/bin/time -v and report the peak resident set. */
  timeV?: boolean;
  /** Open fd 3 as a pipe and return what the child writes to it. */
  fd3?: boolean;
}

interface Spawned extends RunResult {
  maxRssKb?: number;
  fd3: string;
}

/** Runs a command to its end with stdin empty, capturing everything, timing the wall clock. */
export function spawnTimed(file: string, args: string[], opts: SpawnOpts): Promise<Spawned> {
  const [cmd, argv] = opts.timeV ? [TIME_V, ['-v', file, ...args]] : [file, args];
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { env: opts.env ?? process.env, stdio: opts.fd3 ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const extra: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    if (opts.fd3) (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => extra.push(b));
    child.stdin!.on('error', () => {});
    child.stdin!.end();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      let maxRssKb: number | undefined;
      if (opts.timeV) {
        const at = stderr.lastIndexOf('\tCommand being timed:');
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr.slice(Math.max(0, at)));
        if (rss) maxRssKb = Number(rss[1]);
        if (at >= 0) stderr = stderr.slice(0, at);
        // time -v reports a child's exit status itself: "Command exited with non-zero status N".
        stderr = stderr.replace(/Command (exited with non-zero status \d+|terminated by signal \d+)\n?$/, '');
      }
      const exitCode = timedOut ? 124 : signal ? 128 : (code ?? 0);
      done({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr, ms, maxRssKb, fd3: Buffer.concat(extra).toString('utf8') });
    });
  });
}

/** One CPython run (the reference output, its peak RSS when `timeV`). */
export function runPython(exe: string, py: string, timeoutMs: number, timeV: boolean): Promise<Spawned> {
  return spawnTimed(exe, [py], { env: { ...process.env, PYENV_VERSION: '3.12.1', PYTHONHASHSEED: '0' }, timeoutMs, timeV });
}

/** One module run under node:wasi in a child, reporting its linear memory at exit (bytes). */
export async function runForMemory(wasm: string, timeoutMs: number): Promise<RunResult & { memoryBytes?: number }> {
  const here = dirname(fileURLToPath(import.meta.url));
  // --no-turbo-fast-api-calls as src/run/runtimes.ts starts node_runner: without it node:wasi
  // writes through a stale memory pointer after memory.grow and node dies (exit 128 here).
  const r = await spawnTimed(process.execPath, ['--no-warnings', '--no-turbo-fast-api-calls', join(here, 'memrun.js'), wasm], { timeoutMs, fd3: true });
  const m = /memory (-?\d+)/.exec(r.fd3);
  const bytes = m ? Number(m[1]) : undefined;
  return { ...r, memoryBytes: bytes !== undefined && bytes >= 0 ? bytes : undefined };
}

/** One timed module run under a runtime, through the Runner. */
export async function runModule(runner: Runner, runtime: RuntimeName, wasm: string, timeoutMs: number): Promise<RunResult> {
  const t0 = performance.now();
  const r = await runner.runCapture(runtime, wasm, { timeoutMs });
  const ms = performance.now() - t0;
  const dec = new TextDecoder();
  return { exitCode: r.exitCode, stdout: dec.decode(r.stdout), stderr: dec.decode(r.stderr), ms };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
