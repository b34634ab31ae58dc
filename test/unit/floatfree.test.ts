// sigunbox skips its inference when the module has no way to a float-only value (infer.ts
// mayProveFloat, read off the code as sigunbox sees it): then the inference it would have run must
// prove no value a float, or the skip loses a signature change. Checked on the benchmarks, the
// float test programs and a sample of the others, each compiled through the -O2 pipeline up to
// sigunbox. A failure means a way to a float-only value that mayProveFloat's argument misses.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseModule } from '../../src/parse/index.js';
import { finishLowering, lowerProgram } from '../../src/lower/program.js';
import { findImports } from '../../src/driver/modules.js';
import { loadRuntime, stdlibRoot } from '../../src/driver/stdlib.js';
import { loadArtifact } from '../../src/link/artifact.js';
import { runtimeInterface } from '../../src/link/frozen.js';
import { makePassContext, pipeline, runPass } from '../../src/passes/index.js';
import { inferTypes, mayProveFloat, T_FLOAT, T_UNBOUND } from '../../src/passes/infer.js';
import { wasiSig } from '../../src/runtime/wasi.js';
import type { IrModule } from '../../src/ir/function.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function programs(): string[] {
  const bench = readdirSync(join(root, 'scripts/bench/programs')).filter((n) => n.endsWith('.py')).sort().map((n) => `scripts/bench/programs/${n}`);
  const run = readdirSync(join(root, 'test/run')).filter((n) => n.endsWith('.py')).sort().map((n) => `test/run/${n}`);
  // (pnum_grow_nap: time.monotonic()'s float appears only once inline splices its runtime body)
  return [...bench, ...run.filter((n, k) => k % 25 === 0 || /float|div|isinstance|sigunbox|math|pow|pnum_grow_nap/.test(n))];
}

/** Programs whose only way to a float-only value is one a more precise inference after inlining
 * finds (`/` of ints, float()): specialize sees g's parameter as an int or an instance, the
 * inference before sigunbox sees g inlined at the call with ints. (Each fails this test when
 * mayProveFloat ignores its op. Its isinstance() case is conservative: inline splices every
 * rt_isinstance into user code before sigunbox, so no narrowing by it is left there to test.) */
const CRAFTED: [string, string][] = [
  ['crafted_truediv.py', 'class A:\n    def __truediv__(self, o):\n        return 1\ndef g(a, b):\n    return a / b\ndef h(x):\n    return x\nprint(h(g(6, 4)))\nprint(g(A(), 2))\n'],
  // specialize makes int / int a float division and a box.float: the only source left
  ['crafted_box.py', 'def g(a, b):\n    return a / b\nprint(g(6, 4))\n'],
  ['crafted_float.py', 'class A:\n    def __float__(self):\n        return 2\ndef g(a):\n    return float(a)\ndef h(x):\n    return x\nprint(h(g(6)))\nprint(g(A()))\n'],
];

/** The values of m's user functions an inference proves floats (what sigunbox acts on). */
function floats(m: IrModule): number {
  let n = 0;
  for (const ty of inferTypes(m).types.values()) for (let v = 0; v < ty.length; v++) if ((ty[v] & ~T_UNBOUND) === T_FLOAT) n++;
  return n;
}

test('a module without a way to a float-only value has none when sigunbox runs', () => {
  const art = loadArtifact(2);
  let free = 0;
  let notFree = 0;
  const sources: [string, string][] = [...CRAFTED, ...programs().map((n): [string, string] => [n, readFileSync(join(root, n), 'utf8')])];
  for (const [name, source] of sources) {
    const file = join(root, name);
    const parsed = parseModule(source, name);
    if (!parsed.module) continue;
    let ir: IrModule;
    try {
      const graph = findImports({ file: name, ast: parsed.module, source }, dirname(file), stdlibRoot());
      const imported = graph.modules.map((mod) => ({ name: mod.name, file: mod.file, ast: mod.ast, typed: false, isPackage: mod.isPackage }));
      ir = lowerProgram({ name: '__main__', file: name, ast: parsed.module, typed: false }, (art && runtimeInterface(art)) ?? loadRuntime(), imported, { lazyRuntime: true, precompiled: art });
      finishLowering(ir, art);
    } catch {
      continue; // a program that does not compile (an error test)
    }
    const ctx = makePassContext({ optLevel: 2, externalSigs: wasiSig });
    for (const pass of pipeline(ctx)) {
      if (pass.name === 'sigunbox') {
        if (!mayProveFloat(ir)) {
          free++;
          assert.is(floats(ir), 0, `${name}: no way to a float seen, yet floats before sigunbox`);
        } else notFree++;
        break;
      }
      runPass(ir, pass, ctx);
    }
  }
  // (both kinds occur: the check is not vacuous, and the skip is not never taken)
  assert.ok(free > 20 && notFree > 10, `float-free ${free}, not ${notFree}`);
});

test.run();
