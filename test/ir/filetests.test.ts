// Runs every filetest under test/ir/<dir>/*.ir: read the input, verify it, run the passes named
// on its `test` line (verifying after each), print, and match the check lines (filecheck.ts).
// The input must be in printed form (values and blocks numbered in text order) so that the
// numbers in check lines are the numbers the passes see. Function passes run over every
// function and module passes (specialize, checkelim, expand) once over the module: runPass
// does both, as the pipeline does.
//
// A file with a `; xfail: <reason>` line records a known bug: it must fail (a check that does not
// match, or a pass that throws or leaves IR the verifier rejects), and it fails the suite as soon
// as it passes, so the line is removed together with the bug.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FuncSig } from '../../src/ir/function.js';
import { printModule } from '../../src/ir/print.js';
import { readModule } from '../../src/ir/read.js';
import { verifyModule } from '../../src/ir/verify.js';
import { makePassContext, passNamed, runPass } from '../../src/passes/index.js';
import { matchDirectives, parseFiletest } from './filecheck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = join(root, 'test', 'ir');

/**
 * Signatures of the runtime functions that passes call (expand's slow paths, its float-division
 * raise and conversion; the traceback frame of unwind blocks), so a filetest need not define them
 * (a function the module defines takes precedence). In a real build they are stdlib functions
 * compiled into the module.
 */
const OBJ2: FuncSig = { params: ['obj', 'obj'], results: ['obj'] };
const RUNTIME_SIGS: Record<string, FuncSig> = {
  ...Object.fromEntries(['add', 'sub', 'mul', 'floordiv', 'mod', 'lt', 'le', 'gt', 'ge', 'eq', 'ne'].map((n) => [`rt_${n}`, OBJ2])),
  // the int-only slow paths of int.* ops (stdlib/_rt/int_ops.py): comparisons answer an i32
  ...Object.fromEntries(['add', 'sub', 'mul', 'floordiv', 'mod'].map((n) => [`rt_iop_${n}`, OBJ2])),
  ...Object.fromEntries(['lt', 'le', 'gt', 'ge', 'eq', 'ne'].map((n) => [`rt_iop_${n}`, { params: ['obj', 'obj'], results: ['i32'] } as FuncSig])),
  rt_raise: { params: ['obj', 'obj'], results: [] },
  rt_num_to_f64: { params: ['obj'], results: ['f64'] },
  rt_tb_add: { params: ['obj', 'obj', 'i64'], results: [] },
};
const runtimeSigs = (name: string): FuncSig | undefined => (Object.hasOwn(RUNTIME_SIGS, name) ? RUNTIME_SIGS[name] : undefined);

const nonBlank = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/;.*$/, '').trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');

/** The reason on a file's `; xfail:` line, if it has one. */
function xfailReason(text: string): string | undefined {
  const m = /^\s*;\s*xfail:\s*(.*)$/m.exec(text);
  return m ? m[1].trim() || '(no reason given)' : undefined;
}

/** Reads and checks the input (failures here are errors in the file, never an expected failure). */
function prepare(text: string) {
  const ft = parseFiletest(text);
  const m = readModule(ft.ir);
  assert.is(nonBlank(printModule(m)), nonBlank(ft.ir), 'the input is not in printed form (renumber it)');
  verifyModule(m, runtimeSigs);
  for (const name of ft.passes) if (!passNamed(name)) throw new Error(`unknown pass '${name}'`);
  return { ft, m };
}

/** Runs the passes (verifying after each) and matches the output; throws on a failure. */
function run({ ft, m }: ReturnType<typeof prepare>): void {
  const ctx = makePassContext({ verify: true, externalSigs: runtimeSigs });
  for (const name of ft.passes) runPass(m, passNamed(name)!, ctx);
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

for (const f of files) {
  test(f, () => {
    const text = readFileSync(join(dir, f), 'utf8');
    const reason = xfailReason(text);
    const input = prepare(text);
    if (reason === undefined) return run(input);
    let failed = false;
    try {
      run(input);
    } catch {
      failed = true;
    }
    if (!failed) assert.unreachable(`xfail (${reason}) but the test passes: remove the xfail line`);
  });
}

test.run();
