// Compiles test programs on worker threads, one compile per worker at a time, so that a test
// file's compiles use every core (compiling is most of the differential tests' time; the runtimes
// already run in child processes). KEEL_TEST_WORKERS=N sets the number of workers (default: the
// machine's parallelism, at most 4).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CompileOptions } from '../../src/driver/options.js';

export interface CompileRequest {
  id: number;
  file: string;
  opts: CompileOptions;
}

/** A validated module, or why there is none. */
export interface CompileReply {
  id: number;
  wasm?: Uint8Array;
  problem?: string;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class CompilePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { req: CompileRequest; done: (r: CompileReply) => void }[] = [];
  private readonly pending = new Map<number, { slot: Slot; done: (r: CompileReply) => void }>();
  private nextId = 0;

  constructor(size = Number(process.env.KEEL_TEST_WORKERS) || Math.max(1, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const slot = { busy: false } as Slot;
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  /** Starts the slot's worker. An idle worker does not keep the process alive (unref); a busy one does. */
  private spawn(slot: Slot): void {
    const worker = new Worker(new URL('./compile-worker.js', import.meta.url));
    slot.worker = worker;
    slot.busy = false;
    worker.unref();
    worker.on('message', (r: CompileReply) => {
      const p = this.pending.get(r.id)!;
      this.pending.delete(r.id);
      slot.busy = false;
      worker.unref();
      p.done(r);
      this.pump();
    });
    worker.on('error', (e) => {
      // A worker that dies fails its compile; the pool goes on with a new worker.
      for (const [id, p] of this.pending) {
        if (p.slot !== slot) continue;
        this.pending.delete(id);
        p.done({ id, problem: `compile worker died: ${e.stack ?? e}` });
      }
      this.spawn(slot);
      this.pump();
    });
  }

  compile(file: string, opts: CompileOptions): Promise<CompileReply> {
    return new Promise((done) => {
      this.waiting.push({ req: { id: this.nextId++, file, opts }, done });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.waiting.length) continue;
      const { req, done } = this.waiting.shift()!;
      slot.busy = true;
      slot.worker.ref();
      this.pending.set(req.id, { slot, done });
      slot.worker.postMessage(req);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
