// shim_worker: a worker thread that runs modules through the wasi-shim one job at a time, so a
// run with a timeout can be stopped by terminating the worker (src/run/shim_pool.ts owns the
// pool). Protocol: the parent posts ShimJob messages; for each, the worker posts
// {stdout|stderr: Uint8Array} chunks, then {exitCode} or {error: string} when the run could not
// start (e.g. a preopened dir could not be loaded), and waits for the next job.
import { parentPort } from 'node:worker_threads';
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

const port = parentPort!;
const post = (m: ShimMessage) => port.postMessage(m);

port.on('message', (job: ShimJob) => {
  runWasiNode(job.module, {
    args: job.args,
    env: job.env,
    dirs: job.dirs,
    stdin: job.stdin,
    // Copied, not transferred: the shim reads the chunk's length after this returns (nwritten).
    onStdout: (chunk) => post({ stdout: chunk }),
    onStderr: (chunk) => post({ stderr: chunk }),
  }).then(
    (exitCode) => post({ exitCode }),
    (e: unknown) => post({ error: e instanceof Error ? e.message : String(e) }),
  );
});
