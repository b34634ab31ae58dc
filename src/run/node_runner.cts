// node_runner: the child-process script behind `--runtime node`: runs one WASI preview-1 command
// with node:wasi and exits with its code. src/run/runtimes.ts starts it as
//   node --no-warnings dist/src/run/node_runner.cjs '<json>' | @<file holding the json>
// It is CommonJS (a .cts file): node then starts without its ES module loader, which took as long
// as node's own start-up (callgrind, the C hello-world module: 173 M instructions as an ES module,
// 96 M as CommonJS, 84 M for `node -e 0`).
// with the request {"wasm": path, "args": [argv0, ...], "env": [[k, v], ...], "dirs": [[host, guest], ...]}.
// stdin, stdout and stderr are this process's own; node:wasi reads and writes fds 0-2 directly.
// Exit codes: proc_exit(n) -> n; _start returning -> 0; a trap -> prints "<Name>: <message>" and
// the wasm stack to stderr, exits 1 (what an uncaught error in Node does).
import { readFileSync, writeSync } from 'node:fs';
import { WASI } from 'node:wasi';
import type { WasmApi, WasmImports, WasmInstance, WasmModule } from '../../wasi-shim/wasm-api.js';

declare const WebAssembly: WasmApi;

const TRAP_EXIT_CODE = 1;

interface Request {
  wasm: string;
  args: string[];
  env: [string, string][];
  dirs: [string, string][];
}

function readRequest(): Request {
  const spec = process.argv[2] ?? '';
  return JSON.parse(spec.startsWith('@') ? readFileSync(spec.slice(1), 'utf8') : spec) as Request;
}

/**
 * Leaves the process at once, skipping Node's environment teardown: after a module wrote tens of
 * MB to stdout, node:wasi in Node 20 can crash with SIGSEGV during that teardown (design.md §3).
 * Nothing is buffered: node:wasi and writeErr write to the fds synchronously.
 */
function leave(code: number): never {
  const really = (process as unknown as { reallyExit?: (code: number) => never }).reallyExit;
  if (typeof really === 'function') really.call(process, code);
  process.exit(code);
}

function writeErr(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    // stderr closed: nothing to report to
  }
}

function main(): number {
  const req = readRequest();
  const wasi = new WASI({
    version: 'preview1',
    args: req.args,
    env: Object.fromEntries(req.env),
    preopens: Object.fromEntries(req.dirs.map(([host, guest]) => [guest, host])),
    returnOnExit: true,
  });
  // Keep the WASI object reachable for the whole run: Node 20 frees it from a GC weak callback
  // once JavaScript holds no reference, even while the module is still calling into it (an
  // allocation-heavy program then aborts inside uvwasi_destroy).
  process.on('exit', () => void wasi);
  let module: WasmModule;
  let instance: WasmInstance;
  try {
    module = new WebAssembly.Module(readFileSync(req.wasm));
    instance = new WebAssembly.Instance(module, wasi.getImportObject() as WasmImports);
  } catch (e) {
    writeErr(`${describe(e)}\n`);
    return TRAP_EXIT_CODE;
  }
  try {
    // With returnOnExit, proc_exit(n) unwinds the module and start() returns n.
    return wasi.start(instance);
  } catch (e) {
    writeErr(`${e instanceof Error && e.stack ? e.stack : describe(e)}\n`);
    return TRAP_EXIT_CODE;
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : `Error: ${String(e)}`;
}

leave(main() & 255);
