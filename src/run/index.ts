// run: the one entry point `keel run` and the test harness use to run a WASI command under any
// runtime (node:wasi, the wasi-shim, wasmtime, wazero, wasmer). Owns RunOptions, the Runner
// (which caches located runtimes and compiled modules for many runs) and the free functions.
// Runtime discovery and command lines: runtimes.ts; child processes: process.ts.
import { existsSync, readFileSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TRAP_EXIT_CODE as SHIM_TRAP } from '../../wasi-shim/index.js';
import { runWasiNode } from '../../wasi-shim/node.js';
import type { WasmApi, WasmModule } from '../../wasi-shim/wasm-api.js';
import { spawnRun, type ChildRun } from './process.js';
import { ShimPool } from './shim_pool.js';
import type { ShimJob } from './shim_worker.js';
import { commandFor, locate, RUNTIMES, RuntimeMissing, type Invocation, type Located, type RuntimeName } from './runtimes.js';

export { installHint, RuntimeMissing, RUNTIMES, type RuntimeName } from './runtimes.js';
export { TIMEOUT_EXIT_CODE } from './process.js';
export { TRAP_EXIT_CODE as SHIM_TRAP_EXIT_CODE } from '../../wasi-shim/index.js';

declare const WebAssembly: WasmApi;

export interface RunOptions {
  /** argv[1..]; argv[0] is the module's file name. */
  args?: string[];
  /** The environment; default none (empty), like wasmtime. */
  env?: Record<string, string>;
  /** Host directories, each preopened under the same path as given. */
  dirs?: string[];
  /** Given up front; undefined = inherit (runInherit) / empty (runCapture). */
  stdin?: Uint8Array;
  /**
   * Stop the run after this long and report exit code 124 with a note on stderr. With a timeout
   * the shim runs in a reused worker thread instead of in this process.
   */
  timeoutMs?: number;
}

export interface CapturedRun {
  exitCode: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

/**
 * Runs many modules: remembers where each runtime is and, for the shim, the compiled module of
 * each file (keyed by path, size and mtime) and its worker threads, so a test harness pays those
 * costs once. Create one per harness; the free functions below use a fresh one per call.
 * Runs may overlap (child-process runtimes run in parallel; shim runs without a timeout block
 * this thread while they run).
 */
export class Runner {
  private readonly located = new Map<RuntimeName, Promise<Located | RuntimeMissing>>();
  private readonly modules = new Map<string, { key: string; module: WasmModule }>();
  private readonly pool = new ShimPool();

  /** Stops the shim's idle worker threads (optional: they never keep the process alive). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /** Where a runtime is, or throws RuntimeMissing. */
  async find(runtime: RuntimeName): Promise<Located> {
    if (!RUNTIMES.includes(runtime)) throw new Error(`unknown runtime '${runtime}': expected one of ${RUNTIMES.join(', ')}`);
    let found = this.located.get(runtime);
    if (!found) {
      found = locate(runtime);
      this.located.set(runtime, found);
    }
    const loc = await found;
    if (loc instanceof RuntimeMissing) throw loc;
    return loc;
  }

  /** The runtimes usable on this machine, in RUNTIMES order. */
  async available(): Promise<RuntimeName[]> {
    const found = await Promise.all(RUNTIMES.map((r) => this.find(r).then(() => r, () => undefined)));
    return found.filter((r): r is RuntimeName => r !== undefined);
  }

  /** Runs with this process's stdio passed through; resolves to the exit code. */
  async runInherit(runtime: RuntimeName, wasmFile: string, opts: RunOptions = {}): Promise<number> {
    const loc = await this.find(runtime);
    mustExist(wasmFile);
    if (loc.runtime === 'shim') {
      return this.runShim(wasmFile, opts, opts.stdin ?? 'inherit', (chunk) => writeAll(1, chunk), (chunk) => writeAll(2, chunk));
    }
    const run = await spawnRun(commandFor(loc, invocation(wasmFile, opts), tmpRequestPath), {
      mode: 'inherit',
      stdin: opts.stdin,
      timeoutMs: opts.timeoutMs,
      label: runtime,
    });
    return run.exitCode;
  }

  /** Runs and captures stdout and stderr; a trap or a crash is a non-zero exit code, never a throw. */
  async runCapture(runtime: RuntimeName, wasmFile: string, opts: RunOptions = {}): Promise<CapturedRun> {
    const loc = await this.find(runtime);
    mustExist(wasmFile);
    if (loc.runtime === 'shim') {
      const out: Uint8Array[] = [];
      const err: Uint8Array[] = [];
      const stdin = opts.stdin ?? new Uint8Array(0);
      const exitCode = await this.runShim(wasmFile, opts, stdin, (c) => out.push(c), (c) => err.push(c));
      return { exitCode, stdout: concat(out), stderr: concat(err) };
    }
    const run: ChildRun = await spawnRun(commandFor(loc, invocation(wasmFile, opts), tmpRequestPath), {
      mode: 'capture',
      stdin: opts.stdin ?? new Uint8Array(0),
      timeoutMs: opts.timeoutMs,
      label: runtime,
    });
    return run;
  }

  /**
   * Runs under the shim: in this process (cheapest), or in a worker thread when a timeout is
   * asked for, since only a worker can be stopped in the middle of a run.
   */
  private async runShim(
    wasmFile: string,
    opts: RunOptions,
    stdin: Uint8Array | 'inherit',
    onStdout: (chunk: Uint8Array) => void,
    onStderr: (chunk: Uint8Array) => void,
  ): Promise<number> {
    const module = this.compiled(wasmFile);
    if (!(module instanceof WebAssembly.Module)) {
      onStderr(module);
      return SHIM_TRAP;
    }
    const job: ShimJob = { module, args: [basename(wasmFile), ...(opts.args ?? [])], env: opts.env ?? {}, dirs: opts.dirs ?? [], stdin };
    if (opts.timeoutMs === undefined) return runWasiNode(module, { ...job, onStdout, onStderr });
    return this.pool.run(job, opts.timeoutMs, onStdout, onStderr);
  }

  /**
   * Compiles a module file once per content version (a WebAssembly.Module is reusable); an
   * invalid module gives the error text for stderr instead.
   */
  private compiled(wasmFile: string): WasmModule | Uint8Array {
    const path = resolve(wasmFile);
    const st = statSync(path);
    const key = `${st.size}:${st.mtimeMs}`;
    const hit = this.modules.get(path);
    if (hit && hit.key === key) return hit.module;
    let module: WasmModule;
    try {
      module = new WebAssembly.Module(readFileSync(path));
    } catch (e) {
      return new TextEncoder().encode(`${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    }
    this.modules.set(path, { key, module });
    return module;
  }
}

/** A missing module file is the caller's mistake, not the program's: throw for every runtime. */
function mustExist(wasmFile: string): void {
  if (!existsSync(wasmFile)) throw new Error(`no such WebAssembly file: ${wasmFile}`);
}

function invocation(wasmFile: string, opts: RunOptions): Invocation {
  return {
    wasm: resolve(wasmFile),
    argv0: basename(wasmFile),
    args: opts.args ?? [],
    env: Object.entries(opts.env ?? {}),
    dirs: (opts.dirs ?? []).map((d) => ({ host: resolve(d), guest: d })),
  };
}

function tmpRequestPath(): string {
  return join(tmpdir(), `keel-run-${process.pid}-${randomBytes(6).toString('hex')}.json`);
}

/** Writes all of a chunk to a file descriptor synchronously (retrying on EAGAIN), so output
 *  keeps its order across stdout and stderr and is out before `keel run` exits. */
function writeAll(fd: number, chunk: Uint8Array): void {
  let off = 0;
  while (off < chunk.length) {
    try {
      off += writeSync(fd, chunk, off, chunk.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return; // a closed pipe: drop the output
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Runs with stdio passed through to this process (for `keel run`); resolves to the exit code. */
export function runInherit(runtime: RuntimeName, wasmFile: string, opts: RunOptions = {}): Promise<number> {
  return new Runner().runInherit(runtime, wasmFile, opts);
}

/** Runs and captures (for tests): never throws for a program failure. */
export function runCapture(runtime: RuntimeName, wasmFile: string, opts: RunOptions = {}): Promise<CapturedRun> {
  return new Runner().runCapture(runtime, wasmFile, opts);
}

/** Which runtimes are usable on this machine (RuntimeMissing from Runner.find tells how to install one). */
export function availableRuntimes(): Promise<RuntimeName[]> {
  return new Runner().available();
}
