// Builds the precompiled runtime (docs/architecture.md "The precompiled runtime"): the runtime
// functions whose optimized code does not depend on the program are lowered, optimized and
// code-generated here once, and written to dist/runtime.O<level>.json for compile() to link.
//
// Which functions: a runtime function is fixed when nothing its code or its facts depend on
// can change between programs, that is when no function it reaches (its calls, function
// references and the runtime functions of its ops, in its lowered body and in its final code)
// is a user function; built with the runtime's stubs as they are, it serves a program that
// replaced no stub, and, when it reaches no stub either (stubFree), every program.
// Every pass treats a runtime function as a function of its own body and of what it reaches,
// with two exceptions, which give variants: the inline pass inlines only into functions user
// code reaches (the "live" variant is optimized as reached, the "dead" one as not), and gcroots
// roots only programs that allocate (the precompiled code assumes one that does; a program
// that does not falls back to the whole pipeline).
//
// How: a universe program, the runtime with a user function that calls every fixed function
// (or, for the dead variant, _start calling them), goes through the normal pipeline; before the
// passes that read other functions' facts (inline, checkelim, checkelim-late, depth, gcroots)
// the facts of the fixed functions are recorded, after inline their bodies (the small ones, which
// the inline pass may splice into a program's functions), and the code generator records their
// code in relocatable form (src/link/code.ts).
//
// Usage: node dist/src/link/build.js [--check]   (--check: only say whether the artifacts are current)
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Func, type IrModule } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import { parseModule } from '../parse/index.js';
import { finishLowering, lowerProgram, markStubsOpaque, STUB_NAMES } from '../lower/program.js';
import { loadRuntime } from '../driver/stdlib.js';
import { makePassContext, pipeline, runPass } from '../passes/index.js';
import { isUserFunc } from '../passes/infer.js';
import { reachedFrom } from '../passes/prune.js';
import { EXC_STR_BASE, makesExcArgs } from '../passes/excargs.js';
import { calleesOf, raisesDirectly, SPLICED, tidiedSnapshot } from '../passes/inline.js';
import { runtimeMayRaise } from '../passes/checkelim.js';
import { runtimeThatRunsUserCode } from '../passes/depth.js';
import { mayAllocate, mayCollect, runtimeNeedsRoots } from '../passes/gcroots.js';
import { runtimeFuncFor } from '../codegen/func.js';
import { generate } from '../codegen/index.js';
import { wasiSig } from '../runtime/wasi.js';
import { verifyModule } from '../ir/verify.js';
import { artifactPath, encodeArtifact, loadArtifact, resetArtifacts, sourceKey, sourceStamp, type Artifact, type FrozenEntry, type FrozenVariant } from './artifact.js';
import type { FrozenCode } from './code.js';
import { serializeFunc, type SerialFunc } from './serialize.js';
import type * as ast from '../parse/ast.js';

/** Runtime functions whose body the program supplies (src/lower/classes.ts replaceStub,
 * src/lower/gen.ts buildDispatcher, gcroots' writeMarkGlobals). */
export const STUBS = new Set(STUB_NAMES);
/** Never precompiled, but their callers may be: gcroots writes rt_gc_mark_globals's body (one
 * mark per global) after every fact about it was taken from the empty stub, which is the same in
 * every program; prune chooses rt_exc_str_base's body, which the passes take as opaque (excargs.ts). */
const NEVER_FIXED = new Set(['rt_gc_mark_globals', EXC_STR_BASE]);

/** The inline pass's measure of a callee inlined into user code (inline.ts size): a snapshot is
 * kept for the functions at most this large. */
const SNAPSHOT_SIZE = 30;

const UNIVERSE = '__main__.<runtime>';
const DEAD_UNIVERSE = 'rt_keel_universe';

/** Everything a function's body names: calls, function references, the runtime functions of its ops. */
function namesIn(f: Func): string[] {
  const out = new Set<string>();
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op === 'call' || d.op === 'func.ref') out.add(d.imm as string);
      const rt = d.op.startsWith('int.') ? `rt_${d.op.slice(4)}` : runtimeFuncFor(d.op);
      if (rt !== undefined) out.add(rt);
    }
  }
  return [...out];
}

/** The runtime lowered whole, with an empty main program (`opaque`: its stubs opaque, as in a
 * program that replaced one: Func.opaque). */
function lowerRuntime(opaque = false): IrModule {
  const parsed = parseModule('', '<runtime>');
  const m = lowerProgram({ name: '__main__', file: '<runtime>', ast: parsed.module!, typed: false }, loadRuntime(), [], {});
  finishLowering(m);
  if (opaque) markStubsOpaque(m);
  return m;
}

/**
 * The fixed functions of a lowered runtime: those reaching no user function. `kept`: the stubs
 * as they are (they are fixed too); `stubFree`: reaching no stub either; `opaque`: the stubs
 * opaque, which a program supplies (never fixed, and what their stub bodies reach does not count).
 */
function fixedFunctions(m: IrModule, extra: Map<string, string[]>, mode: 'kept' | 'stubFree' | 'opaque'): Set<string> {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const names = new Map(m.funcs.map((f) => [f.name, [...namesIn(f), ...(extra.get(f.name) ?? [])]]));
  const bad = new Set<string>();
  for (const f of m.funcs) if (isUserFunc(f) || (mode === 'stubFree' && STUBS.has(f.name))) bad.add(f.name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of m.funcs) {
      if (bad.has(f.name) || (mode === 'opaque' && STUBS.has(f.name))) continue;
      if (names.get(f.name)!.some((n) => bad.has(n) || (!byName.has(n) && !wasiSig(n)))) {
        bad.add(f.name);
        changed = true;
      }
    }
  }
  return new Set(m.funcs.filter((f) => !bad.has(f.name) && !NEVER_FIXED.has(f.name) && !(mode === 'opaque' && STUBS.has(f.name))).map((f) => f.name));
}

const zero: Record<IrType, 'const.i32' | 'const.i64' | 'const.f64' | 'const.none'> = { i32: 'const.i32', i64: 'const.i64', f64: 'const.f64', obj: 'const.none' };

/** Adds the function that calls every fixed function, called by _start: a user function (live),
 * or a runtime function (dead: the inline pass, the only pass that asks whether user code
 * reaches a function through calls, runs with the user functions' bodies hidden). */
function addUniverse(m: IrModule, fixed: Set<string>, live: boolean): void {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const f = m.addFunc(new Func(live ? UNIVERSE : DEAD_UNIVERSE, [], []));
  f.newBlock();
  const body: number[] = [];
  for (const name of fixed) {
    const g = byName.get(name)!;
    const args = g.params.map((t) => {
      const c = f.makeInst(zero[t], [], t === 'f64' ? 0 : t === 'obj' ? undefined : 0n, t);
      body.push(c);
      return f.insts[c].result!;
    });
    body.push(f.makeInst('call', args, name, g.results[0] ?? null));
  }
  body.push(f.makeInst('ret', [], undefined, null));
  f.blocks[f.entry].insts.push(...(body as never[]));
  const start = byName.get('_start')!;
  start.blocks[start.entry].insts.unshift(start.makeInst('call', [], f.name, null));
}

interface Facts {
  mayRaiseCheck?: Map<string, boolean>;
  mayRaiseCheckLate?: Map<string, boolean>;
  runsUser?: Set<string>;
  mayCollect?: Set<string>;
  mayAllocate?: Set<string>;
  /** The fixed functions gcroots changes (the others serve a program with no collector too). */
  rooted?: Set<string>;
  snapshots: Map<string, ReturnType<typeof serializeFunc>>;
  tidied: Map<string, SerialFunc>;
  code: Map<string, FrozenCode | undefined>;
}

/** One universe through the pipeline at `optLevel`, recording the fixed functions' facts and code. */
function optimizeUniverse(fixed: Set<string>, optLevel: number, live: boolean, opaque: boolean): Facts {
  const m = lowerRuntime(opaque);
  addUniverse(m, fixed, live);
  const ctx = makePassContext({ optLevel, verify: true, externalSigs: wasiSig });
  const quiet = makePassContext({ optLevel, verify: false, externalSigs: wasiSig });
  const facts: Facts = { snapshots: new Map(), tidied: new Map(), code: new Map() };
  const byName = () => new Map(m.funcs.map((f) => [f.name, f]));
  for (const pass of pipeline(ctx)) {
    if (pass.name === 'checkelim') facts.mayRaiseCheck = runtimeMayRaise(m, false);
    if (pass.name === 'checkelim-late') facts.mayRaiseCheckLate = runtimeMayRaise(m, true);
    if (pass.name === 'depth') facts.runsUser = runtimeThatRunsUserCode(m, byName());
    if (pass.name === 'gcroots') {
      facts.mayCollect = mayCollect(m);
      facts.mayAllocate = mayAllocate(m);
      facts.rooted = new Set(m.funcs.filter((f) => fixed.has(f.name) && runtimeNeedsRoots(f, facts.mayCollect!)).map((f) => f.name));
    }
    if (pass.name === 'inline' && !live) {
      // The dead variant: no function is reached from user code through calls (_start calls the
      // universe, rt_flush, the traceback printing): the user functions are hidden from the
      // inline pass, the only pass that looks at that.
      const hidden = m.funcs.filter(isUserFunc).map((f) => ({ f, order: f.blockOrder }));
      for (const h of hidden) h.f.blockOrder = [];
      runPass(m, pass, quiet);
      for (const h of hidden) h.f.blockOrder = h.order;
      verifyModule(m, wasiSig);
    } else runPass(m, pass, ctx);
    if (pass.name === 'inline') {
      for (const f of m.funcs) {
        if (!fixed.has(f.name)) continue;
        let n = 0;
        for (const b of f.blockOrder) for (const i of f.blocks[b].insts) if (!['check.exc', 'jump'].includes(f.insts[i].op) && !f.insts[i].op.startsWith('const.')) n++;
        if (n <= SNAPSHOT_SIZE || SPLICED.has(f.name)) {
          const s = serializeFunc(f);
          facts.snapshots.set(f.name, s);
          facts.tidied.set(f.name, tidiedSnapshot(s, ctx));
        }
      }
    }
  }
  for (const n of fixed) facts.code.set(n, undefined);
  generate(m, { exports: [{ func: '_start', as: '_start' }], record: facts.code });
  // A fixed function the universe's code no longer calls (inlined at every call site here) is
  // still called by programs (from code not inlined, or reached after specialization): its code
  // is recorded from a module that exports it, so a program links it instead of lowering it.
  const left = [...fixed].filter((n) => !facts.code.get(n) && m.func(n));
  if (left.length) {
    const more = new Map<string, FrozenCode | undefined>(left.map((n) => [n, undefined]));
    generate(m, { exports: left.map((n) => ({ func: n, as: n })), record: more });
    for (const [n, c] of more) if (c) facts.code.set(n, c);
  }
  return facts;
}

function variantOf(facts: Facts, name: string): FrozenVariant | undefined {
  const code = facts.code.get(name);
  if (!code) return undefined;
  return {
    mayRaiseCheck: facts.mayRaiseCheck?.get(name) ?? false,
    mayRaiseCheckLate: facts.mayRaiseCheckLate?.get(name) ?? false,
    runsUser: facts.runsUser?.has(name) ?? false,
    mayCollect: facts.mayCollect?.has(name) ?? false,
    mayAllocate: facts.mayAllocate?.has(name) ?? false,
    rooted: facts.rooted?.has(name) ?? true,
    snapshot: facts.snapshots.get(name),
    tidied: facts.tidied.get(name),
    code,
  };
}

/** Builds the precompiled runtime for one opt level (in memory). */
export function buildArtifact(optLevel: number): Artifact {
  const lowered = lowerRuntime();
  // The final code may call functions its lowered body did not (a pass's runtime calls): a
  // function is fixed only when those are fixed too, so the set shrinks until it is stable.
  const extra = new Map<string, string[]>();
  for (;;) {
    // Built with the stubs' own bodies (no program replaced them); the functions that reach no
    // stub are the same whatever the program does with the stubs (stubFree).
    const fixed = fixedFunctions(lowered, extra, 'kept');
    const live = optimizeUniverse(fixed, optLevel, true, false);
    const dead = optLevel >= 2 ? optimizeUniverse(fixed, optLevel, false, false) : undefined;
    // The flavor for programs that replaced a stub: the stubs opaque (Func.opaque), so the
    // functions that reach them (a third of the runtime in a program whose classes have special
    // methods) are precompiled too.
    const fixedOpaque = fixedFunctions(lowered, extra, 'opaque');
    const liveO = optimizeUniverse(fixedOpaque, optLevel, true, true);
    const deadO = optLevel >= 2 ? optimizeUniverse(fixedOpaque, optLevel, false, true) : undefined;
    let grew = false;
    for (const [facts, set] of [[live, fixed], [dead, fixed], [liveO, fixedOpaque], [deadO, fixedOpaque]] as const) {
      for (const [name, code] of facts?.code ?? []) {
        if (!code) continue;
        const known = new Set(extra.get(name) ?? []);
        const more = [...code.calls, ...code.funcRefs].filter((n) => !set.has(n) && !(set === fixedOpaque && STUBS.has(n)) && !NEVER_FIXED.has(n) && !wasiSig(n) && !known.has(n));
        if (more.length) {
          extra.set(name, [...known, ...more]);
          grew = true;
        }
      }
    }
    if (grew) continue;
    const byName = new Map(lowered.funcs.map((f) => [f.name, f]));
    const stubFree = fixedFunctions(lowered, extra, 'stubFree');
    const funcs: Record<string, FrozenEntry> = {};
    for (const name of fixed) {
      const f = byName.get(name)!;
      const lv = variantOf(live, name);
      if (!lv) continue; // not emitted (unreachable even from the universe)
      const reach = new Set<string>();
      reachedFrom(f, (n) => reach.add(n));
      for (const n of [...lv.code.calls, ...lv.code.funcRefs]) reach.add(n);
      const dv = dead && variantOf(dead, name);
      if (dv) for (const n of [...dv.code.calls, ...dv.code.funcRefs]) reach.add(n);
      const olv = !stubFree.has(name) && fixedOpaque.has(name) ? variantOf(liveO, name) : undefined;
      const odv = olv && deadO && variantOf(deadO, name);
      for (const v of [olv, odv]) if (v) for (const n of [...v.code.calls, ...v.code.funcRefs]) reach.add(n);
      funcs[name] = {
        name,
        params: [...f.params],
        results: [...f.results],
        reach: [...reach].filter((n) => !wasiSig(n)),
        inlineCalls: calleesOf(f, byName).map((g) => g.name),
        raisesDirect: raisesDirectly(f, byName),
        ...(makesExcArgs(f) ? { excArgs: true as const } : {}),
        stubFree: stubFree.has(name),
        live: lv,
        dead: dv,
        opaque: olv && { live: olv, dead: odv },
      };
    }
    // Every runtime function's lowered body, and the runtime's signatures: with them a compile
    // neither parses nor lowers the runtime (the precompiled ones' bodies serve a program their
    // code cannot: one that never allocates, whose code is not rooted for the collector).
    const bodies: Record<string, SerialFunc> = {};
    for (const f of lowered.funcs) if (!isUserFunc(f) && f.blockOrder.length) bodies[f.name] = serializeFunc(f);
    const modules = loadRuntime().map((src) => ({
      name: src.name,
      file: src.file,
      funcs: src.ast.body.filter((s): s is ast.FunctionDef => s._type === 'FunctionDef').map((s) => {
        const t = (e: ast.expr | null): IrType => (e && e._type === 'Name' ? (e.id as IrType) : 'obj');
        const result: IrType | null = s.returns && s.returns._type === 'Constant' && s.returns.value === null ? null : t(s.returns);
        return [s.name, s.args.args.map((a) => [a.arg, t(a.annotation)] as [string, IrType]), result] as [string, [string, IrType][], IrType | null];
      }),
    }));
    for (const m of modules) for (const [name] of m.funcs) if (!(name in funcs) && !(name in bodies)) return { key: sourceKey(), stamp: sourceStamp(), optLevel, funcs };
    return { key: sourceKey(), stamp: sourceStamp(), optLevel, funcs, lowered: bodies, modules };
  }
}

/** Writes the artifacts (atomically: a compile never reads half a file). */
export function writeArtifacts(levels: number[] = [0, 2]): void {
  for (const level of levels) {
    const art = buildArtifact(level);
    const p = artifactPath(level);
    mkdirSync(dirname(p), { recursive: true });
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, encodeArtifact(art));
    renameSync(tmp, p);
  }
  resetArtifacts();
}

/** Whether the artifacts exist and match the current sources. */
export function artifactsCurrent(levels: number[] = [0, 2]): boolean {
  resetArtifacts();
  return levels.every((l) => existsSync(artifactPath(l)) && loadArtifact(l) !== undefined);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--check')) {
    const ok = artifactsCurrent();
    process.stdout.write(ok ? 'precompiled runtime: current\n' : 'precompiled runtime: missing or stale\n');
    process.exitCode = ok ? 0 : 1;
  } else {
    const t0 = performance.now();
    writeArtifacts();
    process.stdout.write(`precompiled runtime: ${artifactPath(0)}, ${artifactPath(2)} (${Math.round(performance.now() - t0)} ms)\n`);
  }
}
