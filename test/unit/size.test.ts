// Size targets that are properties of the output, not timings: hello world at -O2 is at most
// 1 KB (issue 4), and it carries no exception reporting, since it cannot raise; what a program's
// types and exceptions cannot need is not linked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Whether the module's name section names function n (a name is its length, then its bytes). */
const hasName = (text: string, n: string): boolean => text.includes(String.fromCharCode(n.length) + n);

test('hello world compiles to at most 1024 bytes at -O2', async () => {
  const file = resolve(root, 'test/run/hello.py');
  const r = await compile(readFileSync(file), { ...defaultOptions('hello.py'), opt: 2 });
  assert.ok(r.wasm, 'compiled');
  assert.ok(r.wasm!.length <= 1024, `hello world is ${r.wasm!.length} bytes`);
  const text = new TextDecoder('latin1').decode(r.wasm!);
  assert.not.ok(text.includes('rt_report_uncaught'), 'no uncaught-exception reporting linked');
  assert.not.ok(text.includes('proc_exit'), 'no proc_exit import');
});

test('print() of round(x) links only the int writer in a program that makes lists', async () => {
  // round(x) of a float is an int (inference), and print()'s container-aware writer on a value
  // of one scalar type is that type's writer (specialize).
  const src = 'xs = [1.5] * 3\nprint(round(xs[0] * 3.0))\n';
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions('p.py'), opt: 2 });
  assert.ok(r.wasm, 'compiled');
  const text = new TextDecoder('latin1').decode(r.wasm!);
  assert.ok(text.includes('rt_write_int'), 'the int writer');
  for (const n of ['rt_print_obj', 'rt_write_obj', 'rt_write_float']) assert.not.ok(text.includes(n), `no ${n}`);
});

test('the uncaught-exception report links no generic str/repr where every exception argument is a str', async () => {
  // Every exception this program can make holds a str (the runtime's messages): BaseException's
  // str is the argument itself (src/passes/excargs.ts), and no other type's str or repr is linked.
  const src = 'def f(n):\n    return f(n - 1) + 1 if n else 0\nprint(f(10) // 3)\n';
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions('p.py'), opt: 2 });
  assert.ok(r.wasm, 'compiled');
  const text = new TextDecoder('latin1').decode(r.wasm!);
  assert.ok(text.includes('rt_report_uncaught') && text.includes('rt_exc_str_base'), 'the report is linked');
  for (const n of ['rt_str_call', 'rt_repr', 'rt_float_repr', 'rt_bytes_repr', 'rt_object_repr']) assert.not.ok(hasName(text, n), `no ${n}`);
});

test('an exception with a float argument keeps the generic str in the report', async () => {
  const src = 'def f(x):\n    if x > 1:\n        raise ValueError(x * 1.5)\n    return x\nprint(f(2))\n';
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions('p.py'), opt: 2 });
  assert.ok(r.wasm, 'compiled');
  const text = new TextDecoder('latin1').decode(r.wasm!);
  for (const n of ['rt_str_call', 'rt_repr', 'rt_float_repr']) assert.ok(hasName(text, n), `${n} linked`);
});

test.run();
