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
}

export function defaultOptions(file: string): CompileOptions {
  return { file, opt: 2, emit: 'wasm', exports: [], lib: false, verify: false };
}
