// Inference's schedule (how its fixpoint runs) must not change what it computes: with the skips of
// functions and blocks whose inputs did not change (infer.ts funcSkip, blockSkip) the results are
// exactly those of analysing every live block of every function in every round. Checked at each
// of the four points an -O2 compile infers (before specialize, items, sigunbox and range), on the
// class-heavy benchmarks, the programs that import doctest (a few hundred functions of stdlib
// modules, with globals, attributes and generators) and a sample of the test programs. A failure
// means a case of inferTypes reads the state of a value that blockReads does not list, or shared
// state (a global, frame slot or attribute that blockNames does not list, or the sites' state
// outside the functions that set siteRead).
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
import { inferSchedule, inferTypes, isUserFunc, MAX_SITES, type TypeInfo } from '../../src/passes/infer.js';
import { wasiSig } from '../../src/runtime/wasi.js';
import type { IrModule, Value } from '../../src/ir/function.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function programs(): string[] {
  const bench = ['richards', 'deltablue', 'raytrace', 'binary_trees'].map((n) => `scripts/bench/programs/${n}.py`);
  const run = readdirSync(join(root, 'test/run')).filter((n) => n.endsWith('.py')).sort().map((n) => `test/run/${n}`);
  return [...bench, ...run.filter((n, k) => k % 40 === 0 || /^test\/run\/(pobj_|class|lib_doctest)/.test(n))];
}

/** Everything a pass can ask a TypeInfo about m's user functions, as text. */
function describe(m: IrModule, info: TypeInfo): string {
  const out: string[] = [];
  for (const f of m.funcs) {
    if (!isUserFunc(f)) continue;
    out.push(`${f.name} types ${info.types.get(f)?.join(',')} sites ${info.sites.get(f)?.join(',')}`);
    out.push(`live ${f.blocks.map((_, b) => (info.live(f, b) ? 1 : 0)).join('')}`);
    out.push(`decided ${f.valueTypes.map((_, v) => info.decidedTest(f, v as Value) ?? '-').join(',')}`);
    f.blockOrder.forEach((b) => f.blocks[b].insts.forEach((i) => {
      if (info.siteOf(f, i) !== undefined) out.push(`site ${i} ${info.siteOf(f, i)}`);
      const s = info.special(f, b, i);
      if (s !== undefined) out.push(`special ${i} ${s}`);
    }));
  }
  for (let k = 0; k < MAX_SITES; k++) out.push(`site ${k}: ${info.elemTypes(1 << k)} ${info.elemSites(k)} ${info.escaped(k)} ${info.fixedLen(1 << k)} ${info.stableLen(1 << k)}`);
  return out.join('\n');
}

test('inference with blockSkip = inference analysing every block', () => {
  const art = loadArtifact(2);
  const checked: string[] = [];
  for (const name of programs()) {
    const file = join(root, name);
    const source = readFileSync(file, 'utf8');
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
      if (pass.name === 'specialize' || pass.name === 'items' || pass.name === 'sigunbox' || pass.name === 'range') {
        const saved = { ...inferSchedule };
        try {
          inferSchedule.blockSkip = inferSchedule.funcSkip = false;
          const every = describe(ir, inferTypes(ir));
          inferSchedule.blockSkip = inferSchedule.funcSkip = true;
          const skipping = describe(ir, inferTypes(ir));
          assert.ok(every === skipping, `${name} before ${pass.name}: inference differs with funcSkip and blockSkip`);
        } finally {
          Object.assign(inferSchedule, saved);
        }
        checked.push(`${name}:${pass.name}`);
      }
      if (pass.name === 'range') break;
      runPass(ir, pass, ctx);
    }
  }
  assert.ok(checked.length > 20, `checked ${checked.length}`);
});

test.run();
