// bench/toolchains: producing what the harness runs. Keel: compiles in this process through
// src/driver/compile.ts (timed), trying -O2 first. C: clang --target=wasm32-wasi -O2, cached
// under the temp dir keyed by a hash of the source, the flags and the clang version. CPython:
// the real python3.12 executable (not the pyenv shim, whose start-up would count in its time).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions, type OptLevel } from '../../src/driver/options.js';
import { render } from '../../src/diag/diagnostic.js';
import { which } from '../../src/run/runtimes.js';

export const PYTHON_ENV = { ...process.env, PYENV_VERSION: '3.12.1' };

export function workDir(): string {
  const dir = join(tmpdir(), 'keel-bench');
  mkdirSync(join(dir, 'c'), { recursive: true });
  mkdirSync(join(dir, 'keel'), { recursive: true });
  return dir;
}

/** The python3.12 executable and its version, or why it is missing. */
export function locatePython(): { exe: string; version: string } | { missing: string } {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], {
    env: PYTHON_ENV,
    encoding: 'utf8',
  });
  if (r.status !== 0 || r.error) return { missing: `PYENV_VERSION=3.12.1 python3 failed: ${(r.stderr || String(r.error)).trim()}` };
  const [exe, version] = r.stdout.trim().split('\n');
  if (!exe || !version?.startsWith('3.12')) return { missing: `python3 is ${version ?? '?'}, not 3.12` };
  return { exe, version };
}

// ---- C ----

export const C_FLAGS = ['--target=wasm32-wasi', '-O2', '-Wall', '-Wextra', '-Werror', '-Wl,--strip-all'];

export interface CToolchain {
  cc: string;
  version: string;
}

/** clang (or $CC), or why it is missing. */
export function locateClang(): CToolchain | { missing: string } {
  const name = process.env['CC'] ?? 'clang';
  const cc = name.includes('/') ? name : which(name);
  if (!cc || !existsSync(cc)) return { missing: `${name} not found (install clang, lld, wasi-libc, libclang-rt-<ver>-dev-wasm32)` };
  try {
    const version = execFileSync(cc, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim();
    return { cc, version };
  } catch (e) {
    return { missing: `${cc} --version failed: ${String(e)}` };
  }
}

export type CBuild = { wasm: string; size: number; cached: boolean } | { error: string };

/** Builds (or finds in the cache) the module for one C file. */
export function buildC(tc: CToolchain, src: string, dir: string): CBuild {
  const text = readFileSync(src);
  const key = createHash('sha256').update(text).update('\0').update(C_FLAGS.join(' ')).update('\0').update(tc.version).digest('hex').slice(0, 20);
  const out = join(dir, 'c', `${key}.wasm`);
  if (existsSync(out)) return { wasm: out, size: readFileSync(out).length, cached: true };
  const tmp = `${out}.${process.pid}.tmp`;
  const r = spawnSync(tc.cc, [...C_FLAGS, '-o', tmp, src, '-lm'], { encoding: 'utf8' });
  if (r.status !== 0) return { error: `clang failed: ${(r.stderr || String(r.error)).trim().split('\n')[0]}` };
  renameSync(tmp, out);
  return { wasm: out, size: readFileSync(out).length, cached: false };
}

// ---- Keel ----

export type KeelCompile =
  | { ok: true; wasm: Uint8Array; ms: number }
  | { ok: false; kind: 'diagnostic' | 'crash'; message: string; ms: number };

/** One in-process compile at a given level: the module, or the first diagnostic / the crash. */
export async function compileKeel(file: string, repo: string, opt: OptLevel): Promise<KeelCompile> {
  const bytes = new Uint8Array(readFileSync(file));
  const name = relative(repo, file);
  const t0 = performance.now();
  try {
    const res = await compile(bytes, { ...defaultOptions(name), opt });
    const ms = performance.now() - t0;
    const err = res.diagnostics.find((d) => d.severity === 'error');
    if (err || !res.wasm) {
      const first = err ? render(err).split('\n')[0]! : 'no module and no diagnostic';
      // "scripts/bench/programs/x.py:4:1: error: m" -> "x.py:4:1: m"
      const short = first.startsWith(`${name}:`) ? basename(name) + first.slice(name.length) : first;
      return { ok: false, kind: 'diagnostic', message: short.replace(': error: ', ': '), ms };
    }
    return { ok: true, wasm: res.wasm, ms };
  } catch (e) {
    const ms = performance.now() - t0;
    const msg = e instanceof Error ? (e.name === 'Error' ? e.message : `${e.name}: ${e.message}`) : String(e);
    return { ok: false, kind: 'crash', message: msg.split('\n')[0]!, ms };
  }
}

/**
 * One compile as a user sees it: a fresh process running `keel build FILE -O<opt>` (bin/keel.js
 * run as the executable `keel` is, through its `#!` line and so with its environment), timed on
 * the wall clock from spawn to exit (node's own start-up included; see nodeStartMs). Nothing is
 * shared with earlier compiles but what the CLI itself keeps on disk.
 */
export function compileKeelCli(file: string, repo: string, opt: OptLevel, out: string): { ms: number } | { error: string } {
  const t0 = performance.now();
  const r = spawnSync(join(repo, 'bin', 'keel.js'), ['build', relative(repo, file), `-O${opt}`, '-o', out], { cwd: repo, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) return { error: `keel build failed: ${(r.stderr || String(r.error)).trim().split('\n')[0]}` };
  return { ms };
}

/**
 * Node's own start-up and exit, the floor under every `keel build`: the median of `runs` of
 * `node -e 0` in the environment bin/keel.js's `#!` line gives node (NODE_EXTRA_CA_CERTS unset).
 */
export function nodeStartMs(runs: number): number {
  const times: number[] = [];
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The commit Keel is at, and whether its compiler or runtime sources differ from it. */
export function keelVersion(repo: string): string {
  const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'Keel: not a git checkout';
  const dirty = git('status', '--porcelain', '--', 'src', 'stdlib').stdout.trim() !== '';
  return `Keel: commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/ or stdlib/' : ''}`;
}

/** Writes a Keel module where the runners can read it. */
export function writeKeelWasm(dir: string, name: string, opt: OptLevel, wasm: Uint8Array): string {
  const out = join(dir, 'keel', `${name}.O${opt}.wasm`);
  writeFileSync(out, wasm);
  return out;
}
