// shim_pool: worker threads that run the wasi-shim for runs with a timeout (only a worker can be
// stopped in the middle of a synchronous wasm run). Workers are reused across runs, so a run
// costs a message round trip rather than a worker start-up (~50 ms); a worker whose run timed
// out is terminated and never reused. Idle workers are unref'd: they never keep Node alive.
import { Worker } from 'node:worker_threads';
import { TIMEOUT_EXIT_CODE } from './process.js';
import type { ShimJob, ShimMessage } from './shim_worker.js';

export class ShimPool {
  private readonly idle: Worker[] = [];

  /** Runs one job; resolves to the exit code (TIMEOUT_EXIT_CODE with a note after timeoutMs). */
  run(
    job: ShimJob,
    timeoutMs: number,
    onStdout: (chunk: Uint8Array) => void,
    onStderr: (chunk: Uint8Array) => void,
  ): Promise<number> {
    const worker = this.idle.pop() ?? new Worker(new URL('./shim_worker.js', import.meta.url));
    worker.ref();
    return new Promise<number>((done, fail) => {
      let settled = false;
      const finish = (reuse: boolean, f: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reuse) {
          worker.unref();
          this.idle.push(worker);
        } else void worker.terminate();
        f();
      };
      const onMessage = (m: ShimMessage) => {
        if ('stdout' in m) onStdout(m.stdout);
        else if ('stderr' in m) onStderr(m.stderr);
        else if ('exitCode' in m) finish(true, () => done(m.exitCode));
        else finish(true, () => fail(new Error(m.error)));
      };
      const onError = (e: Error) => finish(false, () => fail(e));
      const onExit = () => finish(false, () => fail(new Error('the shim worker ended without an exit code')));
      // As in process.ts: one more second for messages already waiting behind a busy thread.
      let timer = setTimeout(() => {
        timer = setTimeout(
          () =>
            finish(false, () => {
              onStderr(new TextEncoder().encode(`keel: shim timed out after ${timeoutMs} ms and was stopped\n`));
              done(TIMEOUT_EXIT_CODE);
            }),
          1000,
        );
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Terminates the idle workers (busy ones end with their runs). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
