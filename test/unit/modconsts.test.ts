// The modconsts pass (src/passes/modconsts.ts): a module global bound once by a `def` before any
// code that can read it is never unbound where it is read, so its reads need no NameError test.
// The differential test test/run/pnum_bound_globals.py checks the NameErrors CPython raises; here
// the test must be gone from the IR where the rule holds and stay where it does not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../../src/driver/compile.js';
import { defaultOptions } from '../../src/driver/options.js';

async function funcText(src: string, name: string): Promise<string> {
  const r = await compile(new TextEncoder().encode(src), { ...defaultOptions('modconsts.py'), opt: 2, emit: 'ir', verify: true });
  assert.ok(r.text, 'IR');
  const at = r.text!.indexOf(`func @__main__.${name}(`);
  assert.ok(at >= 0, `@${name} in the IR`);
  return r.text!.slice(at, r.text!.indexOf('\n}', at));
}

const CALLER = `
def f(n):
    s = 0
    for i in range(n):
        s += g(i)
    return s
`;
const G = `
def g(x):
    return x + 1
`;

test('a def bound before any code runs: its reads have no NameError test', async () => {
  const f = await funcText(`${G}${CALLER}print(f(10))\n`, 'f');
  assert.not.ok(f.includes('rt_raise_name_error'), f);
});

test('a def after a call that may read it keeps the test', async () => {
  const f = await funcText(`${CALLER}try:\n    f(1)\nexcept NameError:\n    pass\n${G}print(f(10))\n`, 'f');
  assert.ok(f.includes('rt_raise_name_error'), f);
});

test('a def rebound or deleted keeps the test', async () => {
  const f1 = await funcText(`${G}${CALLER}print(f(10))\n${G}print(f(10))\n`, 'f');
  assert.ok(f1.includes('rt_raise_name_error'), f1);
  const f2 = await funcText(`${G}${CALLER}print(f(10))\ndel g\n`, 'f');
  assert.ok(f2.includes('rt_raise_name_error'), f2);
});

test('a decorator that runs before the binding keeps the test', async () => {
  const f = await funcText(`def deco(h):\n    return h\n${CALLER}@deco\n${G.trim()}\nprint(f(10))\n`, 'f');
  assert.ok(f.includes('rt_raise_name_error'), f);
});

test.run();
