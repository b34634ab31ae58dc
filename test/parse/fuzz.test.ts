// Robustness: a few hundred seeded mutations of the test cases; each must end with an AST or a
// located diagnostic, never a throw, an internal error or a hang.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz } from '../../scripts/conformance/parse-fuzz-lib.js';

const dir = resolve(fileURLToPath(import.meta.url), '../../../../test/parse/cases');

test('300 mutations: AST or located diagnostic, no throw, no hang', () => {
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const stats = fuzz(seeds, 300, 12345, 1000);
  assert.equal(stats.problems, []);
  assert.ok(stats.rejected > 0 && stats.parsed > 0);
});

test('deep nesting gives a syntax error, not a crash', async () => {
  const { parseModule } = await import('../../src/parse/index.js');
  for (const open of ['(', '[', '{', '-', 'not ', 'lambda:', '+', '~', 'await ']) {
    const res = parseModule('x = ' + open.repeat(100000) + '1\n', 'deep.py');
    assert.ok(!res.module);
    assert.ok(res.diagnostics[0].message.startsWith('SyntaxError'), res.diagnostics[0].message);
  }
});

test.run();
