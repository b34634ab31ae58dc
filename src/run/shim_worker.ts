// shim_worker: runs one module through the wasi-shim inside a worker thread, so that a run with a
// timeout can be stopped (Runner.runCapture/runInherit with timeoutMs and --runtime shim).
// Protocol: workerData = ShimJob; posts {stdout|stderr: Uint8Array} chunks, then {exitCode} or
// {error: string} when the run could not start (e.g. a preopened dir could not be loaded).
import { parentPort, workerData } from 'node:worker_threads';
import { runWasiNode } from '../../wasi-shim/node.js';
import type { WasmModule } from '../../wasi-shim/wasm-api.js';

export interface ShimJob {
  module: WasmModule;
  args: string[];
  env: Record<string, string>;
  dirs: string[];
  stdin: Uint8Array | 'inherit';
}

export type ShimMessage = { stdout: Uint8Array } | { stderr: Uint8Array } | { exitCode: number } | { error: string };

const job = workerData as ShimJob;
const port = parentPort!;
const post = (m: ShimMessage) => port.postMessage(m);
try {
  const exitCode = await runWasiNode(job.module, {
    args: job.args,
    env: job.env,
    dirs: job.dirs,
    stdin: job.stdin,
    // Copied, not transferred: the shim reads the chunk's length after this returns (nwritten).
    onStdout: (chunk) => post({ stdout: chunk }),
    onStderr: (chunk) => post({ stderr: chunk }),
  });
  post({ exitCode });
} catch (e) {
  post({ error: e instanceof Error ? e.message : String(e) });
}
