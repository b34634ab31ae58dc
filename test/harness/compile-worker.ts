// A compile worker of test/harness/compile-pool.ts: compiles a program with Keel, validates the
// module with wabt and sends back the bytes, or the problem (diagnostics, an invalid module, a
// crash of the compiler) as text.
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { compile } from '../../src/driver/compile.js';
import type { CompileOptions } from '../../src/driver/options.js';
import { render } from '../../src/diag/diagnostic.js';
import type { CompileReply, CompileRequest } from './compile-pool.js';

const wabt = await wabtInit();
const FEATURES = { readDebugNames: true, bulk_memory: true, sat_float_to_int: true, sign_extension: true, mutable_globals: true, multi_value: true, reference_types: true };

async function compileOne(file: string, opts: CompileOptions): Promise<Omit<CompileReply, 'id'>> {
  const result = await compile(readFileSync(file), opts);
  if (!result.wasm) return { problem: `did not compile:\n${result.diagnostics.map((d) => render(d, result.source)).join('\n')}` };
  const mod = wabt.readWasm(result.wasm, FEATURES);
  try {
    mod.validate();
  } catch (e) {
    return { problem: `invalid module: ${(e as Error).message}` };
  } finally {
    mod.destroy();
  }
  return { wasm: result.wasm };
}

parentPort!.on('message', (req: CompileRequest) => {
  void compileOne(req.file, req.opts).then(
    (r) => parentPort!.postMessage({ id: req.id, ...r }),
    (e: unknown) => parentPort!.postMessage({ id: req.id, problem: `compiler crashed: ${(e as Error).stack ?? e}` }),
  );
});
