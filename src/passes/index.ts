// The pass table and the pipeline (the model is Go's ssa/compile.go): every pass with its name,
// one-line contract and the lowest opt level that runs it, in pipeline order; the ordering rules
// between passes, written as data with the reason for each, checked when this module loads; and
// runPasses, which runs the pipeline with verification, dumps, switches and timings from a
// PassContext.
import type { Func, IrModule } from '../ir/function.js';
import { printModule } from '../ir/print.js';
import { verifyModule } from '../ir/verify.js';
import type { PassContext, PassOptions } from './context.js';
import { constfold } from './constfold.js';
import { copyprop } from './copyprop.js';
import { dce } from './dce.js';
import { gvn } from './gvn.js';
import { simplifycfg } from './simplifycfg.js';
import { specialize } from './specialize.js';
import { forgetPruned, prune, pruneTyped } from './prune.js';
import { checkelim, checkelimLate } from './checkelim.js';
import { unbox } from './unbox.js';
import { sigunbox } from './sigunbox.js';
import { expand } from './expand.js';
import { inline } from './inline.js';
import { licm } from './licm.js';
import { loopcopy } from './loopcopy.js';
import { range } from './range.js';
import { depth } from './depth.js';
import { depthParam } from './depthparam.js';
import { gcroots } from './gcroots.js';
import { excfuse } from './excfuse.js';
import { modglobals } from './modglobals.js';
import { modconsts } from './modconsts.js';
import { listiter } from './listiter.js';
import { outline } from './outline.js';
import { rawiv } from './rawiv.js';
import { hoistexit } from './hoistexit.js';
import { scalarrepl } from './scalarrepl.js';
import { purecalls } from './purecalls.js';
import { items } from './items.js';
import { tailacc } from './tailacc.js';

export type { PassContext, PassOptions } from './context.js';

export type PassRun =
  | { kind: 'func'; fn: (f: Func, ctx: PassContext) => void }
  | { kind: 'module'; fn: (m: IrModule, ctx: PassContext) => void };

export interface Pass {
  readonly name: string;
  /** What the pass guarantees, in one line (the same line heads its file). */
  readonly contract: string;
  /** The pipeline runs the pass at this opt level and above. */
  readonly minOpt: number;
  readonly run: PassRun;
}

export interface OrderRule {
  /** When both passes run, `before` must come earlier in the pipeline than `after`. */
  readonly before: string;
  readonly after: string;
  readonly why: string;
}

const fn = (f: (f: Func, ctx: PassContext) => void): PassRun => ({ kind: 'func', fn: f });
const mod = (f: (m: IrModule, ctx: PassContext) => void): PassRun => ({ kind: 'module', fn: f });

/** Every pass, in pipeline order. */
export const PASSES: readonly Pass[] = [
  { name: 'prune', minOpt: 0, run: mod(prune), contract: 'only functions reachable from the entry points (and the runtime functions ops and later passes call) remain' },
  { name: 'modglobals', minOpt: 2, run: mod(modglobals), contract: 'a module global only its module\'s body names is an SSA value of the body (no global.get/set, no NameError test where it is bound)' },
  { name: 'modconsts', minOpt: 2, run: mod(modconsts), contract: 'a module global bound once to a constant before any program code can run, and never bound again, is read as that constant (no global.get, no NameError test)' },
  { name: 'specialize', minOpt: 2, run: mod(specialize), contract: 'generic ops whose operand types inference proved are int.*, unboxed f64 or direct truth tests' },
  { name: 'prune-typed', minOpt: 2, run: mod(pruneTyped), contract: 'as prune, once specialization has replaced generic calls (print of an int no longer reaches float printing)' },
  { name: 'listiter', minOpt: 2, run: mod(listiter), contract: 'no iterator object is made for a for loop over a proven list: an index and rt_list_next_at read its items' },
  { name: 'purecalls', minOpt: 2, run: mod(purecalls), contract: 'no call of a class-key runtime function repeats one with the same arguments in a dominating position' },
  { name: 'items', minOpt: 2, run: mod(items), contract: 'an item read of a list whose items are proven small ints carries their interval (int.within) for the range pass' },
  { name: 'inline', minOpt: 2, run: mod(inline), contract: 'no direct call to a small non-recursive function of the program remains where its body can be spliced in' },
  { name: 'constfold', minOpt: 2, run: fn(constfold), contract: 'SCCP over raw i64/i32/f64 values with the op table folds; branches on constants become jumps' },
  { name: 'gvn', minOpt: 2, run: fn(gvn), contract: 'a pure instruction repeating a dominating one (op, immediate, operands) is replaced by it' },
  { name: 'copyprop', minOpt: 1, run: fn(copyprop), contract: 'no block parameter receives only one value (or itself) on every incoming edge' },
  { name: 'dce', minOpt: 1, run: fn(dce), contract: 'no unreachable block and no unused result of a pure op remains' },
  { name: 'simplifycfg', minOpt: 1, run: fn(simplifycfg), contract: 'no block is the only jump target of its predecessor; no empty jump-only block has predecessors; no br has two equal edges' },
  { name: 'scalarrepl', minOpt: 2, run: mod(scalarrepl), contract: 'no instance is allocated whose every use is a store or load of its own slots, each slot stored once before it is read' },
  { name: 'checkelim', minOpt: 2, run: mod(checkelim), contract: 'no check.exc follows only instructions (and calls of program functions) that cannot raise' },
  { name: 'sigunbox', minOpt: 2, run: mod(sigunbox), contract: 'a program function only ever given floats for a parameter, or only returning floats, takes or returns a raw f64' },
  { name: 'unbox', minOpt: 2, run: fn(unbox), contract: 'no unbox.float of a box.float; block parameters that only receive boxed floats are f64' },
  { name: 'range', minOpt: 2, run: mod(range), contract: 'int ops whose operands and result interval analysis proves small ints are raw word arithmetic with no tag or overflow test' },
  { name: 'checkelim-late', minOpt: 2, run: mod(checkelimLate), contract: 'as checkelim, after range made raw the int ops and conversions it proved cannot raise' },
  { name: 'tailacc', minOpt: 2, run: mod(tailacc), contract: 'a user function whose results are proven ints and that returns `x + f(...)` of a call of itself outside a try runs that call as a loop iteration (a frame: depth, traceback) with a small-int accumulator when x and the sum are small ints' },
  { name: 'expand', minOpt: 2, run: mod(expand), contract: 'no int.*, float.div or num.to_f64 op remains (inline fast paths, runtime slow paths)' },
  { name: 'gvn-late', minOpt: 2, run: fn(gvn), contract: 'as gvn, over the expanded fast paths' },
  { name: 'licm', minOpt: 2, run: fn(licm), contract: 'pure instructions (no raise, no read, no write) whose operands are defined outside a loop are computed before it' },
  { name: 'gvn-licm', minOpt: 2, run: fn(gvn), contract: 'as gvn, over the computations LICM brought together before each loop (the same invariant load hoisted from several places)' },
  { name: 'copyprop-late', minOpt: 2, run: fn(copyprop), contract: 'as copyprop, after expansion and unboxing' },
  { name: 'dce-late', minOpt: 2, run: fn(dce), contract: 'as dce: drops the boxes and checks the late passes left unused' },
  { name: 'simplifycfg-late', minOpt: 2, run: fn(simplifycfg), contract: 'as simplifycfg, after checkelim turned checks into jumps' },
  { name: 'loopcopy', minOpt: 2, run: fn(loopcopy), contract: 'a counted loop whose only effect is `d[i] = s[i]` over consecutive items runs as one mem.copy when no trip would read what an earlier one wrote' },
  { name: 'rawiv', minOpt: 2, run: fn(rawiv), contract: 'no loop counter whose word is only untagged, tested and incremented by an even step is a word: it is the raw value' },
  { name: 'depth', minOpt: 2, run: mod(depth), contract: 'a user function that runs no user code while active tests the recursion depth but does not store it' },
  { name: 'depth-param', minOpt: 2, run: mod(depthParam), contract: 'a program function called only directly by program functions takes its call depth as a parameter and does not count it in memory' },
  { name: 'hoistexit', minOpt: 2, run: fn(hoistexit), contract: 'no loop tests on every trip, right after its header, a value defined outside it to leave: the test is made once on entry' },
  { name: 'outline', minOpt: 2, run: mod(outline), contract: 'no outermost loop of a function that runs once (a module body, a function it calls outside loops) stays in it: a function of its own runs it a chunk per call' },
  { name: 'gcroots', minOpt: 0, run: mod(gcroots), contract: 'every obj value live across a point where the collector may run is in the shadow-stack frame there; user functions poll at entry and loop headers' },
  { name: 'excfuse', minOpt: 2, run: mod(excfuse), contract: 'a call of a program function whose result is next tested for a small int checks for a pending exception only when that test fails' },
];

/** Ordering rules between passes (checked against PASSES when this module loads). */
export const PASS_ORDER: readonly OrderRule[] = [
  { before: 'specialize', after: 'prune-typed', why: 'specialize retargets generic calls (rt_write_obj -> rt_write_int), leaving runtime functions unreachable' },
  { before: 'prune-typed', after: 'inline', why: 'no time spent inlining into functions about to be dropped' },
  { before: 'prune', after: 'specialize', why: 'every later pass, inference first, then works only on the functions the program can reach' },
  { before: 'specialize', after: 'constfold', why: 'specialized ops are raw or int.* ops, which the folder and GVN understand; generic ones they must leave alone' },
  { before: 'simplifycfg', after: 'checkelim', why: 'checkelim decides per block; merged blocks would hide which instructions precede a check' },
  { before: 'checkelim', after: 'sigunbox', why: 'checkelim reads calls by callee; sigunbox adds box/unbox around them but no raising op' },
  { before: 'sigunbox', after: 'unbox', why: 'sigunbox leaves box/unbox pairs around calls for unbox to cancel' },
  { before: 'checkelim', after: 'unbox', why: 'removing checks removes blocks between a box and its unbox' },
  { before: 'unbox', after: 'expand', why: 'unboxing works on the compact int.*/box form, before fast paths multiply the blocks' },
  { before: 'specialize', after: 'range', why: 'range analysis rewrites the int.* ops that specialization makes' },
  { before: 'range', after: 'tailacc', why: 'range proves the parameters\' intervals from the calls; the loop takes the same values, so its raw ops stay valid' },
  { before: 'checkelim-late', after: 'tailacc', why: 'tailacc matches the tail call\'s add and return with no exception check between them' },
  { before: 'tailacc', after: 'expand', why: 'the accumulator\'s int.add ops get fast paths like any other' },
  { before: 'tailacc', after: 'depth', why: 'depth decides leaves from the final calls; depth-param passes the loop\'s frame depth (Func.tailDepth) to the calls in it' },
  { before: 'range', after: 'expand', why: 'what range proves small needs no fast path; expand turns the rest into tag and overflow tests' },
  { before: 'range', after: 'checkelim-late', why: 'range turns raising int ops (floordiv, mod, num.to_f64) on proven small ints into raw ones' },
  { before: 'checkelim-late', after: 'expand', why: 'expand splits blocks at int ops; a check is cheaper to drop before its block is split' },
  { before: 'expand', after: 'gvn-late', why: 'the expanded fast paths repeat tag tests that GVN merges' },
  { before: 'gvn-late', after: 'dce-late', why: 'merged values leave their duplicates unused' },
  { before: 'dce-late', after: 'simplifycfg-late', why: 'simplifycfg counts predecessors over every block in the layout' },
  { before: 'specialize', after: 'inline', why: 'inference types each function once over all its callers; inlined runtime code must not be re-typed as user code' },
  { before: 'inline', after: 'constfold', why: 'inlined bodies receive the caller\'s constants, which folding and GVN then use' },
  { before: 'inline', after: 'checkelim', why: 'inline routes an inlined callee\'s returns through the check.exc after its call; checkelim then drops the checks of the inlined calls that cannot raise' },
  { before: 'inline', after: 'expand', why: 'inlined int.* ops get their fast paths like any other' },
  { before: 'expand', after: 'licm', why: 'the tag tests and untagging of loop-invariant values in the fast paths are raw pure ops that LICM can hoist' },
  { before: 'gvn-late', after: 'licm', why: 'after GVN each loop-invariant expression is one instruction to hoist' },
  { before: 'licm', after: 'gvn-licm', why: 'LICM hoists each copy of an invariant expression from the blocks where GVN could not merge them (neither dominated the other) into one preheader, where they repeat' },
  { before: 'gvn-licm', after: 'copyprop-late', why: 'parameters that received merged values become redundant' },
  { before: 'licm', after: 'simplifycfg-late', why: 'a preheader LICM made and left as a plain jump is merged away' },
  { before: 'inline', after: 'depth', why: 'inlining a callee with its own depth counting (or a call) into a function decides whether it is a leaf' },
  { before: 'dce-late', after: 'depth', why: 'calls DCE drops (unused pure results) no longer keep a function from being a leaf' },
  { before: 'constfold', after: 'gvn', why: 'folded values become const ops, which GVN then merges into one' },
  { before: 'constfold', after: 'dce', why: 'constfold leaves the folded operands unused and the untaken arms of branches unreachable' },
  { before: 'gvn', after: 'copyprop', why: 'once GVN merges equal values, parameters that received copies of one value become redundant' },
  { before: 'copyprop', after: 'dce', why: 'dropping a redundant parameter drops the last uses of its arguments' },
  { before: 'simplifycfg-late', after: 'gcroots', why: 'gcroots runs last: a later pass moving a value across a call or dropping a store would leave a live reference unrooted' },
  { before: 'depth', after: 'depth-param', why: 'depth decides leaves from the calls as lowered; depth-param adds the depth argument to calls and moves RT_DEPTH around the others' },
  { before: 'depth-param', after: 'gcroots', why: 'gcroots runs last: it roots across the final calls, the depth-param ones included' },
  { before: 'depth', after: 'gcroots', why: 'gcroots runs last: depth decides which functions run user code from the final calls' },
  { before: 'prune', after: 'gcroots', why: 'at -O0 prune is the only other pass; the roots are computed on the final code' },
  { before: 'gcroots', after: 'excfuse', why: 'the conditional frame push tests the tag of the kept call result, the test the first call\'s exception check fuses with; excfuse moves nothing across a call' },
  { before: 'prune', after: 'modglobals', why: 'the functions prune drops no longer name the globals they read' },
  { before: 'modconsts', after: 'specialize', why: 'inference types the reads as their constants' },
  { before: 'prune', after: 'modconsts', why: 'no time spent on the reads of functions about to be dropped' },
  { before: 'modglobals', after: 'specialize', why: 'inference types the promoted globals as values of the module body, like locals' },
  { before: 'specialize', after: 'listiter', why: 'specialize proves which iterators run over lists only (rt_list_iter_next)' },
  { before: 'listiter', after: 'inline', why: 'rt_list_next_at is inlined into the loop like the item reads it replaces' },
  { before: 'simplifycfg-late', after: 'loopcopy', why: 'loopcopy matches a loop of two blocks, header and body, as the late cleanups leave a range loop over proven list indices' },
  { before: 'loopcopy', after: 'rawiv', why: 'loopcopy matches the index of a copy loop as a word (its bits scale the addresses); rawiv takes only counters no copy uses' },
  { before: 'simplifycfg-late', after: 'rawiv', why: 'rawiv matches loops in their final shape (a counter\'s word.bits merged by GVN, hoisted bounds)' },
  { before: 'rawiv', after: 'outline', why: 'the outlined loop is copied in its final form, raw counters included' },
  { before: 'loopcopy', after: 'outline', why: 'outline counts the trips of the loops it runs in chunks; a loop loopcopy replaces has none to count' },
  { before: 'depth-param', after: 'hoistexit', why: 'the RecursionError test of a callee inlined into a loop is invariant once depth-param made the depth a parameter' },
  { before: 'hoistexit', after: 'outline', why: 'the loop is outlined in its final form' },
  { before: 'depth-param', after: 'outline', why: 'the outlined loop takes the depth argument its calls pass as a live-in; depth decides leaves from the calls as lowered' },
  { before: 'simplifycfg-late', after: 'outline', why: 'the loop is outlined in its final optimized form (the new function is not optimized again)' },
  { before: 'outline', after: 'gcroots', why: 'gcroots roots the outlined loop and its caller like any functions, and places the polls at its exits (Func.pollAt)' },
  { before: 'specialize', after: 'items', why: 'specialize narrows list indexing to rt_list_getx/setx, the reads and writes items follows' },
  { before: 'items', after: 'inline', why: 'inlined list reads and writes are loads and stores that no longer name their list' },
  { before: 'items', after: 'range', why: 'range reads the intervals items states (int.within)' },
  { before: 'items', after: 'expand', why: 'expand drops the int.within items leaves' },
  { before: 'purecalls', after: 'inline', why: 'inline expands the key calls into loads, which GVN cannot merge' },
  { before: 'specialize', after: 'purecalls', why: 'specialize settles the class switches it can; purecalls merges the keys of those left' },
  { before: 'inline', after: 'scalarrepl', why: 'the temporaries it removes are made in an inlined method and read in its caller (or another inlined method)' },
  { before: 'gvn', after: 'scalarrepl', why: 'GVN merges the repeated slot address computations, so a slot is one address value' },
  { before: 'scalarrepl', after: 'checkelim', why: 'the exception check after a dropped rt_inst_new then follows nothing that can raise' },
  { before: 'scalarrepl', after: 'unbox', why: 'a float stored into a temporary and loaded back becomes the raw value itself, whose box/unbox pairs unbox then cancels' },
  { before: 'dce', after: 'simplifycfg', why: 'simplifycfg counts predecessors over every block in the layout, so unreachable blocks would block merges' },
];

/** Throws when a rule names an unknown pass or the table breaks a rule; names must be unique. */
export function checkPassTable(passes: readonly Pass[], order: readonly OrderRule[]): void {
  const pos = new Map<string, number>();
  passes.forEach((p, i) => {
    if (pos.has(p.name)) throw new Error(`pass table: ${p.name} listed twice`);
    pos.set(p.name, i);
  });
  for (const r of order) {
    const a = pos.get(r.before);
    const b = pos.get(r.after);
    if (a === undefined || b === undefined) throw new Error(`pass order: unknown pass in rule ${r.before} before ${r.after}`);
    if (a >= b) throw new Error(`pass order: ${r.before} must run before ${r.after} (${r.why})`);
  }
}

checkPassTable(PASSES, PASS_ORDER);

export function passNamed(name: string): Pass | undefined {
  return PASSES.find((p) => p.name === name);
}

/** Builds a PassContext; unknown pass names in `disable` or `dumpAfter` throw. */
export function makePassContext(opts: PassOptions = {}): PassContext {
  const known = (names: readonly string[], what: string) => {
    for (const n of names) if (!passNamed(n)) throw new Error(`${what}: unknown pass '${n}' (passes: ${PASSES.map((p) => p.name).join(', ')})`);
    return new Set(names);
  };
  return {
    optLevel: opts.optLevel ?? 2,
    verify: opts.verify ?? false,
    dumpAfter: opts.dumpAfter === 'all' ? 'all' : known(opts.dumpAfter ?? [], 'dump-after'),
    onDump: opts.onDump ?? (() => {}),
    disabled: known(opts.disable ?? [], 'disable'),
    time: opts.time ?? false,
    timings: new Map(),
    externalSigs: opts.externalSigs ?? (() => undefined),
  };
}

/** A failure of the verifier after a pass. */
export class PassError extends Error {
  constructor(
    readonly pass: string,
    override readonly cause: unknown,
  ) {
    super(`after pass ${pass}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** The passes the pipeline runs for ctx (its opt level, minus the disabled ones), in order. */
export function pipeline(ctx: PassContext): Pass[] {
  return PASSES.filter((p) => p.minOpt <= ctx.optLevel && !ctx.disabled.has(p.name));
}

/** Runs one pass over the module, then verifies, dumps and times it as ctx asks. */
export function runPass(m: IrModule, pass: Pass, ctx: PassContext): void {
  const t0 = ctx.time ? performance.now() : 0;
  if (pass.name !== 'prune') forgetPruned(m); // (prune.ts notePruned: only up to the first pass)
  // A precompiled runtime function (Func.frozen, src/link) is already optimized: no body here.
  if (pass.run.kind === 'func') {
    for (const f of m.funcs) if (!f.frozen) pass.run.fn(f, ctx);
  } else pass.run.fn(m, ctx);
  if (ctx.time) ctx.timings.set(pass.name, (ctx.timings.get(pass.name) ?? 0) + performance.now() - t0);
  if (ctx.verify) {
    try {
      verifyModule(m, ctx.externalSigs);
    } catch (e) {
      throw new PassError(pass.name, e);
    }
  }
  if (ctx.dumpAfter === 'all' || ctx.dumpAfter.has(pass.name)) ctx.onDump(pass.name, printModule(m));
}

/** Runs the pipeline for ctx's opt level over every function of the module. */
export function runPasses(m: IrModule, ctx: PassContext): void {
  for (const p of pipeline(ctx)) runPass(m, p, ctx);
}
