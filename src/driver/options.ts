// Compile options shared by the CLI, the tests and the benchmarks.
export type Emit = 'wasm' | 'wat' | 'ir' | 'ast';
export type OptLevel = 0 | 1 | 2;

export interface CompileOptions {
  /** The name used in diagnostics and tracebacks (usually the path as the user gave it). */
  file: string;
  opt: OptLevel;
  emit: Emit;
  /** Top-level functions to export with scalar signatures (`--export NAME`). */
  exports: string[];
  /** Build a library module with no `_start` (`--lib`). */
  lib: boolean;
  /** Print the IR after the named pass ('all' for every pass) to the dump sink. */
  dumpAfter?: string;
  /** The program's directory, where its imports are searched first (sys.path[0]); by default
   * the directory of `file`. */
  root?: string;
  /** Run the IR verifier after every pass (tests turn this on). */
  verify: boolean;
  /** Collect at every safe point after an allocation (finds missing roots; KEEL_GC_STRESS=1). */
  gcStress?: boolean;
  /** The most memory the program may use, in 64 KiB pages (KEEL_MAX_PAGES): past it an
   * allocation is a MemoryError. None: wasm32's 4 GiB. */
  maxPages?: number;
  /** Link the precompiled runtime when there is an up-to-date one (src/link; default: yes).
   * false: run the whole pipeline over the runtime too (the test comparing both uses it). */
  precompiled?: boolean;
}

export function defaultOptions(file: string): CompileOptions {
  return { file, opt: 2, emit: 'wasm', exports: [], lib: false, verify: false, gcStress: process.env.KEEL_GC_STRESS === '1', maxPages: process.env.KEEL_MAX_PAGES ? Number(process.env.KEEL_MAX_PAGES) : undefined };
}
