// Runs every uvu test file under dist/test (compiled from test/), in one process, and ends with
// the plain summary line "tests: N passed, N failed, N skipped".
// Usage: node dist/scripts/test.js [FILTER...]   (a filter is a substring of the test file path)
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const testDir = join(root, 'dist', 'test');

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = walk(testDir, []).filter(
  (f) => filters.length === 0 || filters.some((x) => relative(testDir, f).includes(x)),
);

// uvu prints "Total: N", "Passed: N", "Skipped: N" at the end; capture them for the summary.
// uvu writes each file's name before its tests run: the time between two names is that file's
// duration (its imports and its tests), listed at the end, slowest first (CI's time budget).
let captured = '';
const names = new Set(files.map((file) => relative(testDir, file)));
const durations: [string, number][] = [];
let current: [string, number] | undefined;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
  const name = text.replace(/\x1b\[[0-9;]*m/g, '').trim();
  if (names.has(name)) {
    const now = performance.now();
    if (current) durations.push([current[0], now - current[1]]);
    current = [name, now];
  }
  captured += text;
  if (captured.length > 4096) captured = captured.slice(-4096);
  return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

const { run } = await import('uvu/run');
await run(files.map((file) => ({ name: relative(testDir, file), file })), { bail: false });

process.stdout.write = write;
if (current) durations.push([current[0], performance.now() - current[1]]);
const slowest = durations.sort((a, b) => b[1] - a[1]).slice(0, 10);
if (slowest.length > 1) console.log(`slowest test files: ${slowest.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
const num = (label: string) => {
  const m = new RegExp(`${label}:\\s+(\\d+)`).exec(captured.replace(/\x1b\[[0-9;]*m/g, ''));
  return m ? Number(m[1]) : 0;
};
const total = num('Total');
const passed = num('Passed');
const skipped = num('Skipped');
const failed = total - passed - skipped;
if (files.length === 0) {
  console.log('no test files matched');
  process.exitCode = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0) process.exitCode = 1;
