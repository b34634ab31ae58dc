// Size targets that are properties of the output, not timings: hello world at -O2 is at most
// 1 KB (issue 4), and it carries no exception reporting, since it cannot raise.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

test('hello world compiles to at most 1024 bytes at -O2', async () => {
  const file = resolve(root, 'test/run/hello.py');
  const r = await compile(readFileSync(file), { ...defaultOptions('hello.py'), opt: 2 });
  assert.ok(r.wasm, 'compiled');
  assert.ok(r.wasm!.length <= 1024, `hello world is ${r.wasm!.length} bytes`);
  const text = new TextDecoder('latin1').decode(r.wasm!);
  assert.not.ok(text.includes('rt_report_uncaught'), 'no uncaught-exception reporting linked');
  assert.not.ok(text.includes('proc_exit'), 'no proc_exit import');
});

test.run();
