// The compiler driver: the order of the stages, and what each --emit stops after.
// compile() never throws for bad input: every problem comes back as a diagnostic. An exception
// escaping from here is a compiler bug.
import { expandDoctests } from '../lower/doctests.js';
import { expandTimeit } from '../lower/timeits.js';
import { CompileError, type Diagnostic } from '../diag/diagnostic.js';
import { decodeSource } from '../parse/source.js';
import { parseModule, dumpAst } from '../parse/index.js';
import { finishLowering, lowerProgram } from '../lower/program.js';
import { addExports } from '../lower/exports.js';
import { printModule } from '../ir/print.js';
import { verifyModule } from '../ir/verify.js';
import { wasiSig } from '../runtime/wasi.js';
import { makePassContext, runPasses } from '../passes/index.js';
import { notePruned } from '../passes/prune.js';
import { generate } from '../codegen/index.js';
import { toWat } from '../wasm/wat.js';
import type { CompileOptions } from './options.js';
import { loadRuntime, stdlibRoot } from './stdlib.js';
import { findImports } from './modules.js';
import { dirname, resolve } from 'node:path';
import { bodiesOnly, loadArtifact, type Precompiled } from '../link/artifact.js';
import { LinkFallback } from '../link/code.js';
import { runtimeInterface } from '../link/frozen.js';

export interface CompileResult {
  /** The module, for --emit wasm. */
  wasm?: Uint8Array;
  /** The text, for --emit ast|ir|wat. */
  text?: string;
  /** The decoded source, for rendering diagnostics with their source line. */
  source?: string;
  diagnostics: Diagnostic[];
}

/** KEEL_TIME_PASSES=1 (or KEEL_TIME=1): each stage's and each pass's milliseconds to stderr. */
const timeStages = (): boolean => process.env.KEEL_TIME_PASSES === '1' || process.env.KEEL_TIME === '1';

export async function compile(bytes: Uint8Array, opts: CompileOptions): Promise<CompileResult> {
  // The precompiled runtime (src/link) when one was built from these sources; never for IR
  // output or dumps, which show the runtime's IR.
  // (performance is read only when timing: its first use loads node:perf_hooks, ~1% of hello's build)
  const t0 = timeStages() ? performance.now() : 0;
  const art = opts.emit === 'wasm' || opts.emit === 'wat' ? (opts.dumpAfter === undefined && opts.precompiled !== false ? loadArtifact(opts.opt) : undefined) : undefined;
  if (timeStages()) process.stderr.write(`keel: process start to compile ${t0.toFixed(1)} ms, artifact ${(performance.now() - t0).toFixed(1)} ms\n`);
  if (art) {
    // This program may need the runtime optimized in a way that was not precompiled: then its
    // runtime functions go through the pipeline with it, lowered bodies from the artifact (the
    // runtime's sources are still not parsed), or, failing that, from the sources.
    for (const a of [art, bodiesOnly(art)]) {
      try {
        return await compileWith(bytes, opts, a);
      } catch (e) {
        if (!(e instanceof LinkFallback)) throw e;
      }
    }
  }
  return compileWith(bytes, opts, undefined);
}

async function compileWith(bytes: Uint8Array, opts: CompileOptions, art: Precompiled | undefined): Promise<CompileResult> {
  const decoded = decodeSource(bytes, opts.file);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const source = decoded.text;
  // Sources of the imported modules, so a diagnostic in one of them shows its own line.
  const sources = new Map<string, string>();
  const time = timeStages();
  const stages: [string, number][] = [];
  let last = time ? performance.now() : 0;
  const stage = (name: string) => {
    if (!time) return;
    const now = performance.now();
    stages.push([name, now - last]);
    last = now;
  };
  try {
    const parsed = parseModule(source, opts.file);
    stage('parse');
    if (!parsed.module || parsed.diagnostics.some((d) => d.severity === 'error')) {
      return { source, diagnostics: parsed.diagnostics };
    }
    if (opts.emit === 'ast') {
      return { source, text: dumpAst(parsed.module, { includeAttributes: true }) + '\n', diagnostics: [] };
    }
    // doctest.testmod(): the docstrings' examples become functions of the module (before the
    // imports are found: the examples may import modules).
    expandDoctests(parsed.module, source, opts.file, resolve(opts.file));
    // timeit's constant statement strings become functions of the module (after the doctests:
    // their examples may time code too).
    expandTimeit(parsed.module, opts.file);
    const root = opts.root ?? dirname(resolve(opts.file));
    const graph = findImports({ file: opts.file, ast: parsed.module, source }, root, stdlibRoot());
    for (const mod of graph.modules) sources.set(mod.file, mod.source);
    stage('imports');
    const imported = graph.modules.map((mod) => ({ name: mod.name, file: mod.file, path: mod.path, ast: mod.ast, typed: false, isPackage: mod.isPackage }));
    // With the precompiled runtime, its signatures stand for the runtime's sources (not parsed).
    const runtime = (art && runtimeInterface(art)) ?? loadRuntime();
    const ir = lowerProgram({ name: '__main__', file: opts.file, path: resolve(opts.file), ast: parsed.module, typed: false }, runtime, imported, { lazyRuntime: true, precompiled: art });
    stage('lower');
    let exports = opts.lib ? [] : [{ func: '_start', as: '_start' }];
    if (opts.exports.length || opts.lib) {
      const moduleName = opts.file.replace(/^.*[\\/]/, '').replace(/\.py$/, '');
      exports = [...exports, ...addExports(ir, { names: opts.exports, lib: opts.lib, file: opts.file, moduleName, ast: parsed.module })];
    }
    // (nothing changes the module between this walk and the pipeline's first pass, prune: it may
    // then skip walking it again, prune.ts notePruned)
    if (finishLowering(ir, art)) notePruned(ir);
    stage('link');
    // A program that never allocates has no collector, and some precompiled code is rooted for one
    // (gcroots would refuse it later, after the passes): compile it without now.
    if (art && !ir.func('rt_alloc') && ir.funcs.some((f) => f.frozen && (f.frozen.entry.live.rooted || f.frozen.entry.dead?.rooted))) throw new LinkFallback('the program does not allocate');
    const externalSigs = wasiSig;
    if (opts.verify) verifyModule(ir, externalSigs);
    const dumps: string[] = [];
    const ctx = makePassContext({
      optLevel: opts.opt,
      verify: opts.verify,
      dumpAfter: opts.dumpAfter === undefined ? [] : opts.dumpAfter === 'all' ? 'all' : [opts.dumpAfter],
      onDump: (pass, text) => dumps.push(`; after ${pass}\n${text}`),
      externalSigs,
      time,
    });
    runPasses(ir, ctx);
    stage('passes');
    // Each pass's milliseconds, and how many functions it saw.
    if (ctx.time) process.stderr.write(`keel: passes: ${[...ctx.timings].map(([p, ms]) => `${p} ${ms.toFixed(1)}`).join(', ')} (${ir.funcs.length} functions, ${ir.funcs.filter((f) => f.frozen).length} precompiled)\n`);
    if (dumps.length) process.stderr.write(dumps.join('\n'));
    if (opts.emit === 'ir') return { source, text: printModule(ir), diagnostics: [] };
    const wasm = generate(ir, { exports, gcStress: opts.gcStress, maxPages: opts.maxPages, moduleName: opts.file.replace(/^.*[\\/]/, '').replace(/\.py$/, '') });
    stage('generate');
    if (time) process.stderr.write(`keel: stages: ${stages.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}\n`);
    if (opts.emit === 'wat') return { source, text: await toWat(wasm), diagnostics: [] };
    return { source, wasm, diagnostics: [] };
  } catch (e) {
    if (e instanceof CompileError) {
      const diagnostics = e.diagnostics.map((d) => (d.source === undefined && d.file !== opts.file && sources.has(d.file) ? { ...d, source: sources.get(d.file) } : d));
      return { source, diagnostics };
    }
    throw e;
  }
}
