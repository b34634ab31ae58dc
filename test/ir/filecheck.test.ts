// The filetest matcher (filecheck.ts) accepts what it should and rejects what it should.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matchDirectives, parseFiletest, patternRegex } from './filecheck.js';

const out = ['b0:', '    v1 = const.i64 5', '    v2 = i64.add v1, v1', '    ret v2', '}'].join('\n');
const run = (checks: string) => matchDirectives(out, parseFiletest(`test dce\n${checks}`).directives);

test('check finds a later line; nextln must be the very next one', () => {
  assert.is(run('; check: const.i64 5\n; nextln: i64.add'), undefined);
  assert.ok(run('; check: const.i64 5\n; nextln: ret'));
  assert.ok(run('; check: ret v2\n; check: const.i64 5'), 'checks match in order');
  assert.ok(run('; check: const.i64 6'));
});

test('not: applies between the neighbouring matches, and to the end after the last', () => {
  assert.is(run('; check: b0:\n; not: i64.mul\n; check: ret'), undefined);
  assert.ok(run('; check: b0:\n; not: i64.add\n; check: ret'));
  assert.is(run('; check: i64.add\n; not: const.i64'), undefined, 'const.i64 is before the region');
  assert.ok(run('; check: const.i64\n; not: ret'));
});

test('{{regex}} inside a pattern; the rest is literal', () => {
  assert.is(run('; check: v{{\\d+}} = i64.add v1, v1'), undefined);
  assert.ok(patternRegex('a.b').test('a.b'));
  assert.not.ok(patternRegex('a.b').test('axb'));
  assert.ok(run('; check: v{{[3-9]}} = i64.add'));
});

test('the header names the passes; the test line is blanked; a check is required', () => {
  const ft = parseFiletest('test constfold dce\nfunc @f() {\n; check: x\n');
  assert.equal(ft.passes, ['constfold', 'dce']);
  assert.is(ft.ir.split('\n')[0], '');
  assert.throws(() => parseFiletest('func @f() {\n; check: x\n'), /starts with 'test/);
  assert.throws(() => parseFiletest('test dce\n; not: x\n'), /at least one check/);
});

test.run();
