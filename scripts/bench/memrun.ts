// bench/memrun: the child process the benchmark harness uses to check a module's output and
// measure its memory: runs one WASI command with node:wasi (stdio passed through), then writes
// the byte length of the module's exported memory at exit to fd 3 as "memory <bytes>\n".
// (src/run/node_runner.ts could report the same on request; until it does, this is the way.)
// Usage: node --no-warnings dist/scripts/bench/memrun.js FILE.wasm   (fd 3: a pipe)
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { WASI } from 'node:wasi';
import type { WasmApi, WasmImports, WasmInstance } from '../../wasi-shim/wasm-api.js';

declare const WebAssembly: WasmApi;

function main(): number {
  const file = process.argv[2];
  if (!file) {
    writeSync(2, 'usage: memrun FILE.wasm\n');
    return 2;
  }
  const wasi = new WASI({ version: 'preview1', args: [basename(file)], env: {}, returnOnExit: true });
  let instance: WasmInstance;
  try {
    instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), wasi.getImportObject() as WasmImports);
  } catch (e) {
    writeSync(2, `${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    return 1;
  }
  // Kept alive to the end: node:wasi's object is otherwise collectable while the module runs, and
  // a collection during a WASI call (poll_oneoff's allocation reports memory pressure) aborts
  // node in ~WASI ("current_uvwasi_memory_ == 0"). src/run/node_runner.cts does the same.
  process.on('exit', () => void wasi);
  let code: number;
  try {
    code = wasi.start(instance);
  } catch (e) {
    writeSync(2, `${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    code = 1;
  }
  const memory = (instance.exports as Record<string, unknown>)['memory'];
  const bytes = memory && typeof memory === 'object' && 'buffer' in memory ? (memory.buffer as ArrayBuffer).byteLength : -1;
  try {
    writeSync(3, `memory ${bytes}\n`);
  } catch {
    // no fd 3: run by hand
  }
  return code;
}

const code = main() & 255;
// Leave at once, skipping Node's teardown (see node_runner.ts).
const really = (process as unknown as { reallyExit?: (code: number) => never }).reallyExit;
if (typeof really === 'function') really.call(process, code);
process.exit(code);
