// runtimes: where each WASI runtime lives on this machine and the command line that runs one
// module under it with given argv, env and preopened directories. Owns the per-runtime flag
// spellings, the install hints and the RuntimeMissing error. Spawning is src/run/process.ts.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RuntimeName = 'node' | 'shim' | 'wasmtime' | 'wazero' | 'wasmer';

export const RUNTIMES: readonly RuntimeName[] = ['node', 'shim', 'wasmtime', 'wazero', 'wasmer'];

/** Versions scripts/install-runtimes.sh installs (keep the two in step). */
export const PINNED = { wazero: 'v1.12.0', wasmtimePy: '50.0.1' } as const;

const HINTS: Record<RuntimeName, string> = {
  node: 'it is the Node.js running Keel, so it is always there',
  shim: 'it is built in (wasi-shim/), so it is always there',
  wasmtime:
    `install the wasmtime CLI (curl https://wasmtime.dev/install.sh -sSf | bash, then put ~/.wasmtime/bin on PATH) ` +
    `or the Python package (python3 -m pip install wasmtime==${PINNED.wasmtimePy}; set KEEL_PYTHON to pick the python); ` +
    'scripts/install-runtimes.sh does the latter',
  wazero:
    `install it with Go: go install github.com/tetratelabs/wazero/cmd/wazero@${PINNED.wazero} ` +
    '(it lands in $(go env GOPATH)/bin, which Keel also searches); scripts/install-runtimes.sh does this',
  wasmer: 'install the wasmer CLI (curl https://get.wasmer.io -sSfL | sh, then put ~/.wasmer/bin on PATH)',
};

export function installHint(runtime: RuntimeName): string {
  return HINTS[runtime];
}

/** A runtime that `keel run` or the tests asked for is not installed here. */
export class RuntimeMissing extends Error {
  constructor(
    readonly runtime: RuntimeName,
    detail = '',
  ) {
    super(`runtime '${runtime}' is not available${detail ? ` (${detail})` : ''}: ${HINTS[runtime]}`);
    this.name = 'RuntimeMissing';
  }
}

/** How a runtime was found: an executable, or wasmtime's Python package under a python. */
export type Located =
  | { runtime: 'node'; node: string }
  | { runtime: 'shim' }
  | { runtime: 'wasmtime'; cli: string }
  | { runtime: 'wasmtime'; python: string }
  | { runtime: 'wazero'; cli: string }
  | { runtime: 'wasmer'; cli: string };

/** A directory of this file's compiled form (dist/src/run) or source form (src/run). */
const here = dirname(fileURLToPath(import.meta.url));

/** The Keel checkout: dist/src/run -> ../../.., src/run -> ../.. */
export function repoRoot(): string {
  return basename(resolve(here, '../..')) === 'dist' ? resolve(here, '../../..') : resolve(here, '../..');
}

export function nodeRunnerPath(): string {
  return join(here, 'node_runner.cjs');
}

export function wasmtimeRunnerPath(): string {
  return join(repoRoot(), 'src', 'run', 'wasmtime_runner.py');
}

/** Finds an executable on PATH, then in the extra directories given. */
export function which(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== ''), ...extraDirs];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function goBinDirs(): string[] {
  const gobin = process.env['GOBIN'];
  const gopath = process.env['GOPATH'];
  const dirs = gobin ? [gobin] : [];
  if (gopath) dirs.push(...gopath.split(delimiter).map((p) => join(p, 'bin')));
  dirs.push(join(homedir(), 'go', 'bin'));
  return dirs;
}

/** Resolves to true when `python -c "import wasmtime"` succeeds. */
function pythonHasWasmtime(python: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(python, ['-c', 'import wasmtime'], { stdio: 'ignore' });
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
}

/** Finds a runtime, or returns why it is missing (never throws). */
export async function locate(runtime: RuntimeName): Promise<Located | RuntimeMissing> {
  switch (runtime) {
    case 'node':
      return { runtime, node: process.execPath };
    case 'shim':
      return { runtime };
    case 'wasmtime': {
      const cli = which('wasmtime', [join(homedir(), '.wasmtime', 'bin')]);
      if (cli) return { runtime, cli };
      const python = process.env['KEEL_PYTHON'] ?? 'python3';
      if (await pythonHasWasmtime(python)) return { runtime, python };
      return new RuntimeMissing(runtime, `no wasmtime on PATH and ${python} cannot import wasmtime`);
    }
    case 'wazero': {
      const cli = which('wazero', goBinDirs());
      return cli ? { runtime, cli } : new RuntimeMissing(runtime, 'no wazero on PATH or in the Go bin directory');
    }
    case 'wasmer': {
      const cli = which('wasmer', [join(homedir(), '.wasmer', 'bin')]);
      return cli ? { runtime, cli } : new RuntimeMissing(runtime, 'no wasmer on PATH');
    }
  }
}

/** One run, with every path already absolute. */
export interface Invocation {
  wasm: string;
  /** argv[0]; the module's file name. */
  argv0: string;
  args: string[];
  env: [string, string][];
  dirs: { host: string; guest: string }[];
}

export interface Command {
  file: string;
  args: string[];
  cwd?: string;
  /** A JSON request too long for one argument: write it to this file's path first (the arg names it). */
  requestFile?: { path: string; text: string };
  /** The child's environment (not the module's: WASI's is given apart); default this process's. */
  env?: NodeJS.ProcessEnv;
}

/**
 * This process's environment without NODE_EXTRA_CA_CERTS. When that is set (to anything) node
 * builds its whole root certificate store at start-up: `node -e 0` took 60 ms with this machine's
 * setting against 20 ms without (5 runs each). A module run under node:wasi opens no TLS
 * connection. (bin/keel.js's `#!` line does the same for the compiler.)
 */
function nodeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_EXTRA_CA_CERTS'];
  return env;
}

/** The JSON request node_runner.ts and wasmtime_runner.py read. */
function request(inv: Invocation): string {
  return JSON.stringify({
    wasm: inv.wasm,
    args: [inv.argv0, ...inv.args],
    env: inv.env,
    dirs: inv.dirs.map((d) => [d.host, d.guest]),
  });
}

/** Passes a JSON request as one argument, or through a temporary file when it is long. */
function requestArg(inv: Invocation, tmpPath: () => string): { arg: string; requestFile?: Command['requestFile'] } {
  const text = request(inv);
  if (text.length < 64 * 1024) return { arg: text };
  const path = tmpPath();
  return { arg: `@${path}`, requestFile: { path, text } };
}

/**
 * The command line for a child-process runtime. CLIs run in the module's directory with its bare
 * file name, so each one sets argv[0] to the file name as node and the shim do.
 */
export function commandFor(loc: Located, inv: Invocation, tmpPath: () => string): Command {
  const cwd = dirname(inv.wasm);
  const file = basename(inv.wasm);
  switch (loc.runtime) {
    case 'node': {
      const { arg, requestFile } = requestArg(inv, tmpPath);
      // --no-turbo-fast-api-calls: Node 20's fast-API path for node:wasi's imports keeps a stale
      // pointer to the module's memory once memory.grow has moved it, so a WASI call made after
      // the heap grew (a print after allocating a few hundred MB: sieve, nbody) wrote into freed
      // memory and node died with SIGSEGV or corrupted its own heap (test/run/lt_node_grow.py).
      // The slow path reads the memory afresh on every call.
      return { file: loc.node, args: ['--no-warnings', '--no-turbo-fast-api-calls', nodeRunnerPath(), arg], requestFile, env: nodeEnv() };
    }
    case 'shim':
      throw new Error('the shim runs in this process, not as a command');
    case 'wasmtime': {
      if ('python' in loc) {
        const { arg, requestFile } = requestArg(inv, tmpPath);
        return { file: loc.python, args: [wasmtimeRunnerPath(), arg], requestFile };
      }
      const flags = ['run', '--argv0', inv.argv0];
      for (const d of inv.dirs) flags.push('--dir', `${d.host}::${d.guest}`);
      for (const [k, v] of inv.env) flags.push('--env', `${k}=${v}`);
      return { file: loc.cli, args: [...flags, file, ...inv.args], cwd };
    }
    case 'wazero': {
      // A shared cache of compiled native code: repeated runs of one module skip compilation.
      const flags = ['run', `-cachedir=${join(tmpdir(), 'keel-wazero-cache')}`];
      for (const d of inv.dirs) flags.push(`-mount=${d.host}:${d.guest}`);
      for (const [k, v] of inv.env) flags.push(`-env=${k}=${v}`);
      // wazero drops one "--" after the file name, but only when more arguments follow it.
      const rest = inv.args.length > 0 ? ['--', ...inv.args] : [];
      return { file: loc.cli, args: [...flags, file, ...rest], cwd };
    }
    case 'wasmer': {
      const flags = ['run'];
      for (const d of inv.dirs) flags.push(`--mapdir=${d.guest}:${d.host}`);
      for (const [k, v] of inv.env) flags.push(`--env=${k}=${v}`);
      return { file: loc.cli, args: [...flags, file, '--', ...inv.args], cwd };
    }
  }
}
