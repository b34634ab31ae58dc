// inline: no direct call to a small non-recursive function of the program remains where its body can be spliced in.
//
// Callees: functions of the module (the user's `__main__.*` and the runtime's alike) on no cycle
// of the call graph, of at most MAX_CALLEE instructions (MAX_RUNTIME_CALLEE when the caller is a
// runtime function, to keep the runtime small); callers: the functions user code can reach
// (codegen drops the others). Functions are visited callees first (Tarjan's SCCs come out in reverse topological order), so a callee's size is measured
// after its own calls were inlined. Splicing `v = call @g, args` in block B: B ends before the
// call and jumps to a copy of g's entry block, whose parameters are the call's arguments; every
// other block of g is copied with fresh values; each `ret xs` becomes an edge to a continuation
// block C(rs) that takes the rest of B, and the call's result is C's parameter. Instructions
// keep g's source lines when g is a user function (same file); runtime code takes the call's line.
// Nothing is deleted: a function left without callers simply is not emitted (codegen keeps only
// reachable functions), and exported or address-taken functions stay.
//
// Exceptions (return-code propagation: a raise leaves an exception pending and returns).
// In runtime callers nothing changes: the pending exception reaches C exactly as it reached the
// instruction after the call. In user callers, checkelim later turns a `check.exc` into a jump
// unless an instruction of its own block may raise, which assumes that no exception is pending
// when a block is entered other than through a handler edge. So:
//   - a callee that cannot raise at all (no raising op, no exc.set, only calls of such functions:
//     a fixpoint over the program) is spliced as above ("plain");
//   - otherwise the call must be followed by a `check.exc ok, handler` (only movable pure
//     instructions between them, which move above the copy), and each `ret` of the copy goes on
//     by a plan (routePlan, a forward dataflow of "may / must an exception be pending"): to C
//     when nothing can be pending there; straight to the caller's handler when one surely is (the
//     callee's unwind block, entered only through handler edges, which records the callee's
//     traceback frame with rt_tb_add: the caller's handler then records the caller's, so the
//     traceback keeps both frames); or through a `check.exc C(xs), handler` of its own when only
//     the block's own instructions can have raised, which checkelim judges correctly. A callee
//     with a return that fits none of these (a runtime function that raises, then jumps to a
//     block that returns) is not inlined into user code.
import type { Block, Func, Inst, IrModule, Target, Value } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { applyReplacements, hasCycle, inCycle, reachableBlocks } from './util.js';
import { deserializeFunc, serializeFunc, type SerialFunc } from '../link/serialize.js';
import { selectVariant } from '../link/frozen.js';
import { constfold } from './constfold.js';
import { gvn } from './gvn.js';
import { copyprop } from './copyprop.js';
import { dce } from './dce.js';
import { simplifycfg } from './simplifycfg.js';

/** Largest callee (instructions, terminators included) inlined into a user function. */
const MAX_CALLEE = 30;
/** Largest user callee inlined into a user function (measured cleaned: see tidy). Runtime callees
 * keep MAX_CALLEE: src/link keeps the bodies of precompiled functions only up to that size. */
const MAX_USER_CALLEE = 60;
/** Largest user callee inlined into a user function when the call passes or returns an instance
 * made right there (rt_inst_new): once spliced, scalarrepl can usually drop that temporary. */
const MAX_CALLEE_TEMP = 120;
const NEW_INSTANCE = 'rt_inst_new';
/** Largest callee inlined into a runtime function: only where the call costs about as much. */
const MAX_RUNTIME_CALLEE = 8;
/** Runtime helpers written to be spliced, whatever their size: a block that hot runtime functions
 * repeat, factored out (stdlib/_rt/str.py rt_str_part_into: a join's or concatenation's copy of a
 * piece, a word loop that a call per piece would cost more than). src/link keeps their bodies
 * whatever their size, so a program's own copy of a caller can splice them too. */
export const SPLICED: ReadonlySet<string> = new Set(['rt_str_part_into']);
/** Records a traceback frame. Never inlined (nor RAISES): they are on cold paths, and checkelim
 * and routePlan recognize unwind and raise blocks by these calls. */
const TB_ADD = 'rt_tb_add';
/** Always leave an exception pending (the lowering calls them for `raise`, failed lookups,
 * re-raises and the recursion limit; stdlib/_rt/exc.py). */
const RAISES = new Set(['rt_raise', 'rt_raise_name_error', 'rt_raise_value', 'rt_raise_from', 'rt_exc_reraise', 'rt_reraise_handled', 'rt_recursion_error']);
/** The collector's globals marker: an empty stub until the gcroots pass writes its body. */
const MARK_GLOBALS = 'rt_gc_mark_globals';
/** A caller stops growing past this many instructions (keeps compile time linear). */
const MAX_CALLER = 5000;

type Form = 'plain' | 'check';

interface Program {
  readonly byName: Map<string, Func>;
  readonly recursive: Set<string>;
  readonly mayRaise: Map<string, boolean>;
  /** Per callee: its check-form plan (routePlan), or undefined when it cannot be routed. */
  readonly routes: Map<string, Map<Block, RetRoute> | undefined>;
  /** The bodies of precompiled functions, read when first needed (bodyOf). */
  readonly bodies: Map<Func, Func | undefined>;
  /** Runtime functions' bodies as inlined into user functions: tidied copies (bodyOf). */
  readonly tidiedBodies: Map<Func, Func | undefined>;
  /** User callees already cleaned (tidy). */
  readonly tidied: Set<Func>;
  /** Per user callee (cleaned, so no longer changing): has it a loop? */
  readonly loops: Map<Func, boolean>;
  readonly ctx: PassContext;
}

export function inline(m: IrModule, ctx: PassContext): void {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const calls = new Map<Func, Func[]>();
  for (const f of m.funcs) calls.set(f, calleesOf(f, byName));
  // A call of an opaque stub (Func.opaque: a dispatcher into user code) makes no cycle: the
  // runtime function that calls it is inlined the same whatever the program's classes do.
  const sccs = stronglyConnected(m.funcs, new Map([...calls].map(([f, cs]) => [f, cs.some((g) => g.opaque) ? cs.filter((g) => !g.opaque) : cs])));
  const recursive = new Set<string>();
  for (const scc of sccs) {
    if (scc.length > 1 || calls.get(scc[0])!.includes(scc[0])) for (const f of scc) recursive.add(f.name);
  }
  const p: Program = { byName, recursive, mayRaise: mayRaiseAll(m.funcs, calls, byName), routes: new Map(), bodies: new Map(), tidiedBodies: new Map(), tidied: new Set(), loops: new Map(), ctx };
  // Only functions that user code can reach are worth the work (codegen drops the rest).
  const live = new Set<Func>(m.funcs.filter(isUserFunc));
  const stack = [...live];
  while (stack.length) for (const g of calls.get(stack.pop()!)!) if (!live.has(g)) live.add(g), stack.push(g);
  // A precompiled runtime function (src/link) was optimized both as a function user code reaches
  // (with inlining into it) and as one it does not: it takes the variant that fits this program.
  for (const f of m.funcs) if (f.frozen) selectVariant(f, live.has(f));
  for (const scc of sccs) for (const f of scc) if (live.has(f) && !f.frozen) inlineInto(f, p);
}

/** The cleanups the pipeline runs right after this pass, run early (once, when first considered
 * for inlining: its own calls were inlined by then) on a user function that may be inlined: as lowered, a method is mostly unbound-name tests, dead attribute fallbacks
 * and one-way branches on constants that inference settled (a 3-field `dot` measures ~180
 * instructions, ~40 once cleaned), so its size is measured and its body copied after cleaning. */
const TIDY = [
  ['constfold', constfold],
  ['dce', dce],
  ['simplifycfg', simplifycfg],
  ['gvn', gvn],
  ['copyprop', copyprop],
  ['dce', dce],
  ['simplifycfg', simplifycfg],
] as const;

function tidy(f: Func, ctx: PassContext): void {
  for (const [name, run] of TIDY) if (!ctx.disabled.has(name)) run(f, ctx);
}

/** A precompiled function's snapshot as bodyOf gives it to user functions (tidied, no pass
 * disabled): src/link/build.ts stores it, so a compile does not tidy the same bodies again. */
export function tidiedSnapshot(s: SerialFunc, ctx: PassContext): SerialFunc {
  const f = deserializeFunc(s);
  tidy(f, ctx);
  return serializeFunc(f);
}

/** The inline pass's view of a function: its body, or a precompiled function's body as it was
 * after this pass (undefined when it was too large to keep: it is never inlined). Into a user
 * function a runtime callee comes as a tidied copy (precompiled or not, the same): its own
 * inlined calls leave chains of jumps (rt_list_setfx: the slow call's block jumps to a block
 * that only returns), which routePlan cannot route and the size would count. */
function bodyOf(g: Func, p: Program, intoUser: boolean): Func | undefined {
  if (isUserFunc(g) || (!intoUser && !g.frozen)) return g;
  const cache = intoUser ? p.tidiedBodies : p.bodies;
  if (!cache.has(g)) {
    // Not precompiled, only what src/link would keep a snapshot of (at most MAX_CALLEE, measured
    // before tidying): a program links the same code with or without the precompiled runtime.
    // A precompiled one comes tidied from the artifact when no tidying pass is disabled.
    const stored = intoUser && g.frozen && !TIDY.some(([name]) => p.ctx.disabled.has(name)) ? g.frozen.variant.tidied : undefined;
    const s = stored ?? (g.frozen ? g.frozen.variant.snapshot : size(g, true) <= MAX_CALLEE ? serializeFunc(g) : undefined);
    const body = s && deserializeFunc(s);
    if (body && intoUser && !stored) tidy(body, p.ctx);
    cache.set(g, body);
  }
  return cache.get(g);
}

/** Is some block of g on a cycle of its CFG? Asked of a callee once it is cleaned (it no longer
 * changes while this pass runs), so the answer is kept. */
function hasLoop(g: Func, p: Program): boolean {
  let r = p.loops.get(g);
  if (r === undefined) p.loops.set(g, (r = hasCycle(g)));
  return r;
}

/** The inline pass's "raises by itself": any raising op, exc.set, or a call of a function not in the module. */
export function raisesDirectly(f: Func, byName: Map<string, Func>): boolean {
  if (f.opaque) return true; // a replaced stub: whatever its body
  if (f.frozen) return f.frozen.entry.raisesDirect;
  return f.blockOrder.some((b) =>
    f.blocks[b].insts.some((i) => {
      const d = f.insts[i];
      return d.op === 'call' ? !byName.has(d.imm as string) : instMayRaise(d.op, d.imm, byName, new Map());
    }),
  );
}

export function calleesOf(f: Func, byName: Map<string, Func>): Func[] {
  if (f.frozen) return f.frozen.entry.inlineCalls.map((n) => byName.get(n)).filter((g): g is Func => g !== undefined);
  const out = new Set<Func>();
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op === 'call') {
        const g = byName.get(d.imm as string);
        if (g) out.add(g);
      }
    }
  }
  return [...out];
}

/** Tarjan's algorithm: SCCs in reverse topological order (a callee's SCC before its callers'). */
function stronglyConnected(funcs: readonly Func[], calls: Map<Func, Func[]>): Func[][] {
  const index = new Map<Func, number>();
  const low = new Map<Func, number>();
  const onStack = new Set<Func>();
  const stack: Func[] = [];
  const out: Func[][] = [];
  let counter = 0;
  for (const root of funcs) {
    if (index.has(root)) continue;
    // Iterative DFS: each frame is a function and the position of its next callee.
    const frames: { f: Func; next: number }[] = [{ f: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length) {
      const top = frames[frames.length - 1];
      const cs = calls.get(top.f)!;
      if (top.next < cs.length) {
        const g = cs[top.next++];
        if (!index.has(g)) {
          index.set(g, counter);
          low.set(g, counter++);
          stack.push(g);
          onStack.add(g);
          frames.push({ f: g, next: 0 });
        } else if (onStack.has(g)) low.set(top.f, Math.min(low.get(top.f)!, index.get(g)!));
        continue;
      }
      frames.pop();
      if (frames.length) {
        const parent = frames[frames.length - 1].f;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.f)!));
      }
      if (low.get(top.f) === index.get(top.f)) {
        const scc: Func[] = [];
        let g: Func;
        do {
          g = stack.pop()!;
          onStack.delete(g);
          scc.push(g);
        } while (g !== top.f);
        out.push(scc);
      }
    }
  }
  return out;
}

/** Can the instruction leave an exception pending (given which functions may raise)? */
function instMayRaise(op: string, imm: unknown, byName: Map<string, Func>, mayRaise: Map<string, boolean>): boolean {
  if (op === 'exc.set') return true;
  if (op !== 'call') return OPS[op as keyof typeof OPS].raises;
  const g = byName.get(imm as string);
  return !g || mayRaise.get(g.name) === true;
}

/** Which functions may return with an exception pending: an optimistic fixpoint. */
function mayRaiseAll(funcs: readonly Func[], calls: Map<Func, Func[]>, byName: Map<string, Func>): Map<string, boolean> {
  const mayRaise = new Map<string, boolean>();
  const direct = (f: Func) => raisesDirectly(f, byName);
  const callers = new Map<Func, Func[]>();
  for (const f of funcs) callers.set(f, []);
  for (const f of funcs) for (const g of calls.get(f)!) callers.get(g)!.push(f);
  const work: Func[] = [];
  for (const f of funcs) {
    const r = direct(f);
    mayRaise.set(f.name, r);
    if (r) work.push(f);
  }
  while (work.length) {
    const g = work.pop()!;
    for (const f of callers.get(g)!) {
      if (!mayRaise.get(f.name)) {
        mayRaise.set(f.name, true);
        work.push(f);
      }
    }
  }
  return mayRaise;
}

/** Where a copied `ret` of the callee goes in the check form. */
type RetRoute = 'normal' | 'handler' | 'check';

/** An edge of g that can be taken: `handler` for a check.exc's second target, `ok` for its first. */
interface LiveEdge {
  to: Block;
  kind: 'ok' | 'handler' | 'plain';
}

function liveEdges(g: Func, b: Block): LiveEdge[] {
  const t = g.terminator(b);
  if (t === undefined) return [];
  const d = g.insts[t];
  if (d.op === 'check.exc') return [{ to: d.targets[0].block, kind: 'ok' }, { to: d.targets[1].block, kind: 'handler' }];
  if (d.op === 'br') {
    // A branch on a constant (an unbound check inference settled) takes one arm.
    const def = g.valueDefs[d.args[0]];
    if (def.kind === 'inst' && g.insts[def.inst].op === 'const.i32') return [{ to: d.targets[g.insts[def.inst].imm === 0n ? 1 : 0].block, kind: 'plain' }];
  }
  return d.targets.map((tg) => ({ to: tg.block, kind: 'plain' as const }));
}

/**
 * The check form's plan for callee g, or undefined when g cannot be routed soundly (see the
 * header): for each block ending in `ret`, whether the return is surely normal (no exception can
 * be pending: go on to the continuation), surely exceptional (one is pending for certain: go to
 * the caller's handler), or either, decided by a `check.exc` that checkelim can judge from the
 * block's own instructions (nothing may be pending when the block is entered, and it sets no
 * exception by exc.set, which checkelim does not count as raising).
 */
function routePlan(g: Func, p: Program): Map<Block, RetRoute> | undefined {
  if (p.routes.has(g.name)) return p.routes.get(g.name)!;
  const reach = [...reachableBlocks(g)];
  const user = isUserFunc(g);
  // Forward dataflow: may an exception be pending (least fixpoint), must one be (greatest)?
  const mayIn = new Set<Block>();
  const mustIn = new Set<Block>(reach.filter((b) => b !== g.entry));
  const out = (b: Block): { may: boolean; must: boolean } => {
    let may = mayIn.has(b);
    let must = mustIn.has(b);
    for (const i of g.blocks[b].insts) {
      const d = g.insts[i];
      if (instMayRaise(d.op, d.imm, p.byName, p.mayRaise)) may = true;
      if (d.op === 'call' && RAISES.has(d.imm as string)) must = true;
      else if ((d.op === 'call' && d.imm !== TB_ADD) || d.op === 'exc.set') must = false; // might clear it
    }
    return { may, must };
  };
  const preds = new Map<Block, { from: Block; kind: LiveEdge['kind'] }[]>();
  for (const b of reach) preds.set(b, []);
  for (const b of reach) for (const e of liveEdges(g, b)) preds.get(e.to)?.push({ from: b, kind: e.kind });
  for (let changed = true; changed; ) {
    changed = false;
    const outs = new Map(reach.map((b) => [b, out(b)]));
    for (const b of reach) {
      if (b === g.entry) continue;
      const ps = preds.get(b)!;
      const may = ps.some((e) => e.kind === 'handler' || (e.kind === 'plain' && outs.get(e.from)!.may));
      const must = ps.length > 0 && ps.every((e) => e.kind === 'handler' || (e.kind === 'plain' && outs.get(e.from)!.must));
      if (may && !mayIn.has(b)) {
        mayIn.add(b);
        changed = true;
      }
      if (!must && mustIn.has(b)) {
        mustIn.delete(b);
        changed = true;
      }
    }
  }
  const plan = new Map<Block, RetRoute>();
  let ok = true;
  for (const b of reach) {
    const t = g.terminator(b);
    if (t === undefined) continue;
    const op = g.insts[t].op;
    const o = out(b);
    if (op === 'check.exc' && !user && mayIn.has(b)) ok = false; // a runtime check that checkelim would now judge
    if (op !== 'ret') continue;
    if (o.must) plan.set(b, 'handler');
    else if (!o.may) plan.set(b, 'normal');
    else if (!mayIn.has(b) && !g.blocks[b].insts.some((i) => g.insts[i].op === 'exc.set')) plan.set(b, 'check');
    else ok = false;
  }
  const r = ok ? plan : undefined;
  p.routes.set(g.name, r);
  return r;
}

/** A function's size for the limits. Inlined into user code: its instructions but constants,
 * exception checks and jumps, which cost nothing once constfold, checkelim and simplifycfg have
 * run (at inline time a user function still has a check.exc and a line constant after every
 * operation). */
function size(f: Func, intoUser: boolean): number {
  let n = 0;
  const user = isUserFunc(f);
  for (const b of f.blockOrder) {
    if (!intoUser) n += f.blocks[b].insts.length; // runtime callers: every instruction counts (module size)
    else {
      for (const i of f.blocks[b].insts) {
        const op = f.insts[i].op;
        // a user callee's box/unbox of floats mostly cancel across the splice (the unbox pass);
        // a runtime callee is measured as src/link measures it for its snapshot
        if (op !== 'check.exc' && op !== 'jump' && !op.startsWith('const.') && (!user || (op !== 'box.float' && op !== 'unbox.float'))) n++;
      }
    }
  }
  return n;
}

/** Does the call give g an instance the caller just made, or g return one it made itself? */
function passesTemp(f: Func, args: readonly Value[], g: Func): boolean {
  const fresh = (h: Func, v: Value): boolean => {
    const def = h.valueDefs[v];
    return def.kind === 'inst' && h.insts[def.inst].op === 'call' && h.insts[def.inst].imm === NEW_INSTANCE;
  };
  if (args.some((a) => fresh(f, a))) return true;
  return g.blockOrder.some((b) => {
    const t = g.terminator(b);
    return t !== undefined && g.insts[t].op === 'ret' && g.insts[t].args.some((a) => fresh(g, a));
  });
}

/** Can an instruction between a call and its check move above the call? */
function movable(f: Func, i: Inst, result: Value | undefined): boolean {
  const d = f.insts[i];
  const info = OPS[d.op];
  return info.pure && !info.reads && !info.writes && !info.raises && !info.terminator && (result === undefined || !d.args.includes(result));
}

/** How the call at position k of block b may be inlined, if at all. */
function formFor(f: Func, b: Block, k: number, g: Func, p: Program): Form | undefined {
  if (!isUserFunc(f) || !p.mayRaise.get(g.name)) return 'plain';
  const insts = f.blocks[b].insts;
  const call = f.insts[insts[k]];
  const term = f.insts[insts[insts.length - 1]];
  if (term.op !== 'check.exc') return undefined;
  for (let j = k + 1; j < insts.length - 1; j++) if (!movable(f, insts[j], call.result)) return undefined;
  if (call.result !== undefined && term.targets[1].args.includes(call.result)) return undefined;
  return routePlan(g, p) ? 'check' : undefined;
}

function inlineInto(f: Func, p: Program): void {
  const repl = new Map<Value, Value>();
  let total = size(f, isUserFunc(f));
  const work = [...f.blockOrder];
  while (work.length) {
    const b = work.pop()!;
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      if (d.op !== 'call') continue;
      const g0 = p.byName.get(d.imm as string);
      const g = g0 && !g0.opaque ? bodyOf(g0, p, isUserFunc(f)) : undefined; // an opaque stub is never inlined
      if (!g || g0 === f || g.name === TB_ADD || RAISES.has(g.name) || g.name === MARK_GLOBALS || p.recursive.has(g.name) || g.results.length > 1 || !g.blockOrder.length) continue;
      if (g.calledFromRuntime && !isUserFunc(f)) continue; // a generator's resume function stays out of the runtime (inference must see it)
      if (isUserFunc(g) && !g.frozen && !p.tidied.has(g)) {
        p.tidied.add(g);
        tidy(g, p.ctx);
      }
      // A user callee with a loop called in a loop stays a call: spliced there, the values its
      // frame held (gcroots' slots) would stay rooted until overwritten, so a callee that fills
      // memory and drops it (`keep = None` after a MemoryError) would find it still full the
      // next time round.
      if (isUserFunc(g) && isUserFunc(f) && hasLoop(g, p) && inCycle(f, b)) continue;
      const n = size(g, isUserFunc(f));
      const limit = SPLICED.has(g.name) ? Infinity : !isUserFunc(f) ? MAX_RUNTIME_CALLEE : !isUserFunc(g) ? MAX_CALLEE : passesTemp(f, d.args, g) ? MAX_CALLEE_TEMP : MAX_USER_CALLEE;
      if (n > limit || total + n > MAX_CALLER) continue;
      const form = formFor(f, b, k, g, p);
      if (!form) continue;
      work.push(splice(f, b, k, g, form, p, repl));
      total += n;
      break;
    }
  }
  applyReplacements(f, repl);
}

/** Inlines the call at position k of block b; returns the continuation block. */
function splice(f: Func, b: Block, k: number, g: Func, form: Form, p: Program, repl: Map<Value, Value>): Block {
  const insts = f.blocks[b].insts;
  const call = f.insts[insts[k]];
  const keepLines = isUserFunc(g);
  const plan = form === 'check' ? routePlan(g, p)! : undefined;
  const layoutEnd = f.blockOrder.length;

  const cont = f.newBlock();
  const results = g.results.map((t) => f.addBlockParam(cont, t));
  if (call.result !== undefined) repl.set(call.result, results[0]);
  let handler: Target | undefined;
  if (form === 'check') {
    const term = f.insts[insts[insts.length - 1]];
    handler = term.targets[1];
    const ok = term.targets[0];
    f.blocks[b].insts = [...insts.slice(0, k), ...insts.slice(k + 1, -1)];
    f.blocks[cont].insts = [f.makeInst('jump', [], undefined, null, [{ block: ok.block, args: [...ok.args] }], term.line)];
  } else {
    f.blocks[b].insts = insts.slice(0, k);
    f.blocks[cont].insts = insts.slice(k + 1);
  }

  // Copy g's reachable blocks: first the blocks and their parameters, then the instructions,
  // then map the copied operands (a use may come before its definition in the layout).
  const reach = reachableBlocks(g);
  const gblocks = g.blockOrder.filter((gb) => reach.has(gb));
  const bmap = new Map<Block, Block>();
  const vmap = new Map<Value, Value>();
  g.blocks[g.entry].params.forEach((v, i) => vmap.set(v, call.args[i]));
  for (const gb of gblocks) {
    const nb = f.newBlock();
    bmap.set(gb, nb);
    if (gb !== g.entry) for (const v of g.blocks[gb].params) vmap.set(v, f.addBlockParam(nb, g.typeOf(v)));
  }
  const toMap: Value[][] = [];
  for (const gb of gblocks) {
    const out = f.blocks[bmap.get(gb)!].insts;
    for (const i of g.blocks[gb].insts) {
      const d = g.insts[i];
      const line = keepLines ? d.line : call.line;
      let ni: Inst;
      if (d.op === 'ret') {
        const back = { block: cont, args: [...d.args] };
        const exc = handler && { block: handler.block, args: [...handler.args] };
        const route = plan?.get(gb) ?? 'normal';
        if (route === 'normal' || !exc) {
          toMap.push(back.args);
          ni = f.makeInst('jump', [], undefined, null, [back], line);
        } else if (route === 'handler') {
          ni = f.makeInst('jump', [], undefined, null, [exc], line);
        } else {
          toMap.push(back.args);
          ni = f.makeInst('check.exc', [], undefined, null, [back, exc], line);
        }
      } else {
        const targets = d.targets.map((t) => ({ block: bmap.get(t.block)!, args: [...t.args] }));
        ni = f.makeInst(d.op, [...d.args], d.imm, d.result !== undefined ? g.typeOf(d.result) : null, targets, line);
        toMap.push(f.insts[ni].args, ...f.insts[ni].targets.map((t) => t.args));
        if (d.result !== undefined) vmap.set(d.result, f.insts[ni].result!);
      }
      out.push(ni);
    }
  }
  for (const arr of toMap) for (let j = 0; j < arr.length; j++) arr[j] = vmap.get(arr[j])!;

  // The call's own check also caught what the instructions before it in b left pending (a
  // constructor's rt_inst_new may leave MemoryError pending before its __init__ call); the copy's
  // returns go on unchecked when the callee cannot raise there, so the entry into the copy checks.
  const into = { block: bmap.get(g.entry)!, args: [] };
  const before = f.blocks[b].insts.some((i) => instMayRaise(f.insts[i].op, f.insts[i].imm, p.byName, p.mayRaise));
  f.blocks[b].insts.push(handler && before
    ? f.makeInst('check.exc', [], undefined, null, [into, { block: handler.block, args: [...handler.args] }], call.line)
    : f.makeInst('jump', [], undefined, null, [into], call.line));
  // Layout: the copied blocks, then the continuation, right after b.
  const added = f.blockOrder.splice(layoutEnd);
  const cb = added.shift()!;
  added.push(cb);
  f.blockOrder.splice(f.blockOrder.indexOf(b) + 1, 0, ...added);
  return cont;
}
