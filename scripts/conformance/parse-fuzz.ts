// The 10,000-mutation robustness run over CPython 3.12's Lib: every input must give an AST or
// a located diagnostic (no throw, no internal error, no parse slower than 2 s).
// Usage: node dist/scripts/conformance/parse-fuzz.js [COUNT] [SEED]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzz } from './parse-fuzz-lib.js';
import { pyFiles, stdlibDir } from './parse-cpython.js';

const count = Number(process.argv[2] ?? 10000);
const seed = Number(process.argv[3] ?? 2024);
const lib = stdlibDir();
// seeds: small and medium files keep the run short while covering every construct
const seeds = pyFiles(lib)
  .map((f) => readFileSync(join(lib, f), 'utf8'))
  .filter((s) => s.length < 60000 && !s.includes('\0'));
const t0 = performance.now();
const stats = fuzz(seeds, count, seed);
const secs = (performance.now() - t0) / 1000;
console.log(`inputs: ${stats.inputs} (seed ${seed}, ${seeds.length} seed files) in ${secs.toFixed(1)} s`);
console.log(`parsed: ${stats.parsed}, rejected with a located diagnostic: ${stats.rejected - stats.problems.length}`);
console.log(`problems (throws, internal errors, unlocated diagnostics, > 2 s): ${stats.problems.length}`);
console.log(`slowest parse: ${stats.slowestMs.toFixed(0)} ms`);
for (const p of stats.problems.slice(0, 20)) console.log('  ' + p);
if (stats.problems.length > 0) process.exitCode = 1;
