// Runs every filetest under test/ir/<dir>/*.ir: read the input, verify it, run the passes named
// on its `test` line (verifying after each), print, and match the check lines (filecheck.ts).
// The input must be in printed form (values and blocks numbered in text order) so that the
// numbers in check lines are the numbers the passes see.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { printModule } from '../../src/ir/print.js';
import { readModule } from '../../src/ir/read.js';
import { verifyModule } from '../../src/ir/verify.js';
import { makePassContext, passNamed, runPass } from '../../src/passes/index.js';
import { matchDirectives, parseFiletest } from './filecheck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = join(root, 'test', 'ir');

const nonBlank = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/;.*$/, '').trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');

function runFiletest(path: string): void {
  const ft = parseFiletest(readFileSync(path, 'utf8'));
  const m = readModule(ft.ir);
  assert.is(nonBlank(printModule(m)), nonBlank(ft.ir), 'the input is not in printed form (renumber it)');
  verifyModule(m);
  const ctx = makePassContext({ verify: true });
  for (const name of ft.passes) {
    const pass = passNamed(name);
    if (!pass) throw new Error(`unknown pass '${name}'`);
    runPass(m, pass, ctx);
  }
  const out = printModule(m);
  const failure = matchDirectives(out, ft.directives);
  if (failure) assert.unreachable(`${failure}\n--- output ---\n${out}`);
}

const files: string[] = [];
for (const sub of readdirSync(dir).sort()) {
  const p = join(dir, sub);
  if (!statSync(p).isDirectory()) continue;
  for (const name of readdirSync(p).sort()) if (sub !== 'roundtrip' && name.endsWith('.ir')) files.push(join(sub, name));
}

test('there are filetests for every pass directory', () => {
  assert.ok(files.length >= 20, `only ${files.length} filetests found under ${dir}`);
});

for (const f of files) test(f, () => runFiletest(join(dir, f)));

test.run();
