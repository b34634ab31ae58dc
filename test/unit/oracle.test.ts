// The oracle's cache key: a program's expected output must go stale when anything it depends on
// changes (its source, stdin, args, env, or a local module it imports, also transitively and
// inside packages), and a program with no such inputs keeps the plain source hash.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programHash, sourceHash } from '../harness/oracle.js';

const dir = mkdtempSync(join(tmpdir(), 'keel-oracle-'));
const prog = join(dir, 'p.py');
const src = 'import _m\nfrom pkg.sub import x\nprint(_m.f(), x)\n';
writeFileSync(join(dir, '_m.py'), 'import _n\ndef f(): return _n.g()\n');
writeFileSync(join(dir, '_n.py'), 'def g(): return 1\n');
mkdirSync(join(dir, 'pkg'));
writeFileSync(join(dir, 'pkg', '__init__.py'), '');
writeFileSync(join(dir, 'pkg', 'sub.py'), 'from . import other\nx = 2\n');
writeFileSync(join(dir, 'pkg', 'other.py'), '');

test('a program without imports or inputs keeps the source hash', () => {
  assert.is(programHash(prog, 'print(1)\n'), sourceHash('print(1)\n'));
});

test('changing an imported module, transitively or in a package, changes the hash', () => {
  const h0 = programHash(prog, src);
  writeFileSync(join(dir, '_n.py'), 'def g(): return 3\n');
  const h1 = programHash(prog, src);
  assert.is.not(h1, h0);
  writeFileSync(join(dir, 'pkg', 'sub.py'), 'from . import other\nx = 4\n');
  assert.is.not(programHash(prog, src), h1);
});

test('files the program does not import are not part of the key (relative imports included)', () => {
  const h = programHash(prog, src);
  writeFileSync(join(dir, 'unrelated.py'), 'print(1)\n');
  assert.is(programHash(prog, src), h);
});

test('stdin, args and env are part of the key', () => {
  const h = programHash(prog, 'print(1)\n');
  assert.is.not(programHash(prog, 'print(1)\n', 'line\n'), h);
  assert.is.not(programHash(prog, 'print(1)\n', '', ['a']), h);
  assert.is.not(programHash(prog, 'print(1)\n', '', [], { K: 'v' }), h);
});

test.run();
