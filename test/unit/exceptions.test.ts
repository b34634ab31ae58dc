// The built-in exception classes are listed twice: src/runtime/exceptions.ts (the compiler
// resolves `except ValueError` to a table index) and stdlib/_rt/exc.py (the runtime builds the
// class objects in that order). They must agree row for row.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXC_CLASSES, excClassIndex } from '../../src/runtime/exceptions.js';
import * as layout from '../../src/runtime/layout.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

test('the runtime builds the classes of src/runtime/exceptions.ts in its order', () => {
  const src = readFileSync(resolve(root, 'stdlib/_rt/exc.py'), 'utf8');
  // rt_exc_classes: the names, one space between, and each base's index + 1 in two digits
  const names = /names: obj = "([\w ]+)"/.exec(src)![1].split(' ');
  const bases = /bases: obj = "(\d+)"/.exec(src)![1];
  const rows = names.map((name, i) => [i, name, Number(bases.slice(2 * i, 2 * i + 2)) - 1]);
  assert.is(bases.length, 2 * names.length);
  assert.equal(rows, EXC_CLASSES.map(([name, base], i) => [i, name, base]));
  assert.is(layout.EXC_CLASS_COUNT, EXC_CLASSES.length);
  assert.is(EXC_CLASSES[layout.EXC_I_SYSTEM_EXIT][0], 'SystemExit');
  assert.is(EXC_CLASSES[layout.EXC_I_INDEX_ERROR][0], 'IndexError');
  assert.is(EXC_CLASSES[layout.EXC_I_KEY_ERROR][0], 'KeyError');
  assert.is(EXC_CLASSES[layout.EXC_I_RUNTIME_ERROR][0], 'RuntimeError');
  assert.is(EXC_CLASSES[layout.EXC_I_STOP_ITERATION][0], 'StopIteration');
});

test('every base comes before its subclasses', () => {
  EXC_CLASSES.forEach(([, base], i) => assert.ok(base < i, `row ${i}`));
});

test('aliases', () => {
  assert.is(excClassIndex('IOError'), excClassIndex('OSError'));
  assert.is(excClassIndex('EnvironmentError'), excClassIndex('OSError'));
  assert.is(excClassIndex('Foo'), undefined);
});

test.run();
