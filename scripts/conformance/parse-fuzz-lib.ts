// Mutation fuzzing of the parser, shared by scripts/conformance/parse-fuzz.ts (10,000 inputs
// from CPython's Lib) and test/parse/fuzz.test.ts (a few hundred from the test cases).
import { parseModule } from '../../src/parse/index.js';

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '=', ':=', '*', '**', '.', '...', '@', '->', '\\', '\\\n',
  '\n', '\t', ' ', '    ', '\f', '\r\n', '#', "'", '"', "'''", '"""', 'f"', "f'{", '{x!r:', '}', 'b"', 'rb"',
  'if ', 'else', 'elif ', 'for ', 'in ', 'while ', 'def ', 'class ', 'lambda ', 'yield ', 'await ', 'async ',
  'match ', 'case ', 'type ', 'return', 'import ', 'from ', 'as ', 'not ', 'and ', 'or ', 'is ', 'try:',
  'except*', 'finally:', 'with ', 'global ', 'del ', 'pass', '0x', '1e', '1_', '0o8', '1j', '\x00', 'é', '€',
  '😀', '\u00a0', '$', '?', '`',
];

/** Applies 1-4 random edits (deletions, insertions, duplications, swaps, deep nesting) to `src`. */
export function mutate(src: string, r: () => number): string {
  let s = src;
  const edits = 1 + Math.floor(r() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(r() * (s.length + 1));
    const kind = Math.floor(r() * 8);
    if (kind === 0) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20));
    else if (kind <= 2) s = s.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + s.slice(at);
    else if (kind === 3) {
      const b = Math.floor(r() * s.length);
      s = s.slice(0, at) + s.slice(b, b + Math.floor(r() * 80)) + s.slice(at);
    } else if (kind === 4) {
      const lines = s.split('\n');
      const i = Math.floor(r() * lines.length);
      const j = Math.floor(r() * lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      s = lines.join('\n');
    } else if (kind === 5) {
      const n = 1 + Math.floor(r() * 400);
      const open = ['(', '[', '{', '-', 'not ', 'lambda:', 'await ', '*'][Math.floor(r() * 8)];
      s = s.slice(0, at) + open.repeat(n) + s.slice(at);
    } else if (kind === 6) s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + s.slice(at);
    else {
      const lines = s.split('\n');
      const i = Math.floor(r() * lines.length);
      lines[i] = lines[i].replace(/^\s*/, ' '.repeat(Math.floor(r() * 12)));
      s = lines.join('\n');
    }
  }
  return s;
}

export interface FuzzStats {
  inputs: number;
  parsed: number;
  rejected: number;
  /** Problems: throws, internal errors, unlocated diagnostics, slow parses. */
  problems: string[];
  slowestMs: number;
}

/** Parses `count` mutations of `seeds`; every outcome must be an AST or a located diagnostic. */
export function fuzz(seeds: string[], count: number, seed: number, slowMs = 2000): FuzzStats {
  const r = rng(seed);
  const stats: FuzzStats = { inputs: 0, parsed: 0, rejected: 0, problems: [], slowestMs: 0 };
  for (let i = 0; i < count; i++) {
    const src = mutate(seeds[Math.floor(r() * seeds.length)], r);
    stats.inputs++;
    const t0 = performance.now();
    try {
      const res = parseModule(src, 'fuzz.py');
      if (res.module) stats.parsed++;
      else {
        stats.rejected++;
        const d = res.diagnostics[0];
        const nullBytes = d?.message.includes('null bytes');
        if (!d || (!d.span && !nullBytes) || d.message.includes('internal parser error')) {
          stats.problems.push(`input ${i}: ${d ? d.message : 'no diagnostic'}`);
        }
      }
    } catch (e) {
      stats.problems.push(`input ${i}: threw ${e instanceof Error ? e.stack : String(e)}`);
    }
    const ms = performance.now() - t0;
    stats.slowestMs = Math.max(stats.slowestMs, ms);
    if (ms > slowMs) stats.problems.push(`input ${i}: took ${ms.toFixed(0)} ms`);
  }
  return stats;
}
