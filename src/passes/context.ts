// PassContext: the options and the per-run state (timings) that the pass pipeline carries.
// Passes receive it; it holds everything a run needs, so passes keep no state of their own.
import type { SigLookup } from '../ir/verify.js';

export interface PassContext {
  /** 0: no passes; 1: the cheap cleanups; 2: everything. */
  readonly optLevel: number;
  /** Verify the module after every pass (a failure throws a PassError naming the pass). */
  readonly verify: boolean;
  /** Pass names after which the module is dumped, or 'all'. */
  readonly dumpAfter: ReadonlySet<string> | 'all';
  /** Receives the printed module after each dumped pass. */
  readonly onDump: (pass: string, text: string) => void;
  /** Pass names that are switched off. */
  readonly disabled: ReadonlySet<string>;
  /** Measure each pass (into `timings`). */
  readonly time: boolean;
  /** Milliseconds spent in each pass that ran, summed over runs, in the order they first ran. */
  readonly timings: Map<string, number>;
  /** Signatures of functions called but not defined in the module (the runtime's), for verify. */
  readonly externalSigs: SigLookup;
}

export interface PassOptions {
  optLevel?: number;
  verify?: boolean;
  dumpAfter?: readonly string[] | 'all';
  onDump?: (pass: string, text: string) => void;
  disable?: readonly string[];
  time?: boolean;
  externalSigs?: SigLookup;
}
