// gcroots: every obj value live across a point where the collector may run is in the function's
// shadow-stack frame there; user functions poll for a due collection after their few allocating
// operations, or else at entry and at loop headers.
//
// The collector (stdlib/_rt/gc.py) is precise and non-moving and only runs at safe points: a
// poll (`RT_GC_DUE` non-zero: store the live obj values, call @rt_gc_collect). A user function
// with at most MAX_AFTER_POLLS allocating operations (pollingAfter) polls right after each of
// them and nowhere else, so it returns with every allocation it caused followed by a poll, and a
// call of it is no allocating operation of its callers (fib's hot path tests nothing: its
// allocations are the big-int path of its `+`, the RecursionError and the traceback entry).
// Every other user function polls at the entry and at every loop header. A collection only becomes due when something
// allocates (mayAllocate: a runtime function that sets RT_GC_DUE, whatever calls one, every user
// function and indirect call), so a loop that allocates nothing needs no poll of its own (the
// entry's covers what came before it: sieve's and fannkuch's list loops, nbody's float loops),
// and a loop whose few allocating operations are each followed by a check.exc leaving the loop
// on raise polls on their normal edges instead of at its header: an iteration that allocates
// then passes a poll, while the hot path (the fast path of an inlined list index, whose slow
// path calls rt_setitem) tests nothing. A call may collect when its callee may reach a
// poll: every user function, and a runtime function that calls one (decided for the whole
// program, as checkelim decides "may raise"); generic ops count as calls of their runtime
// functions. Calls of runtime functions that never reach user code (almost all: rt_add, rt_alloc,
// printing) are not collection points, so runtime code may keep raw addresses across them and
// numeric code pays nothing but the polls.
//
// At each collection point the obj values live across it are stored (never reloaded: objects do
// not move) into slots of a frame on the shadow stack ([GC_SHADOW, RT_GC_SP)), pushed at the
// nearest block dominating the calls that store (out of loops: a path that returns early, like
// fib's base case, never pushes), zeroed there (stale words of older frames must not be
// scanned) and popped (RT_GC_SP = its value at entry) before every `ret` reachable from the
// push, the unwind blocks' included. Values that cannot point into the heap (constants, small ints,
// bools) get no slot; two values share a slot when no collection point sees both live; a store
// dominated by an earlier store of the same value is dropped. A poll's stores are on its slow
// path only, and a function whose calls keep nothing across them pushes no frame: the slow
// path stores above RT_GC_SP (in the guard frame pushes leave) and passes @rt_gc_collect the
// bytes it stored. An address taken from an obj (word.ptr) keeps the obj live where it is used. An indirect call (call.*) may collect. Runs last, at every opt level, after which no pass may move
// code across calls. Without an allocation reachable from the entry points, nothing changes
// (hello world stays small). Finally, @rt_gc_mark_globals gets its body: one mark per global.
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { funcLoops, inCycle } from './util.js';
import { reversePostorder } from '../ir/analysis/cfg.js';
import { DomTree } from '../ir/analysis/dominators.js';
import { OPS, type Opcode } from '../ir/ops.js';
import { GC_SHADOW_END, GC_SHADOW_GUARD, RT_GC_DUE, RT_GC_SP } from '../runtime/layout.js';
import { runtimeFuncFor } from '../codegen/func.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { isEntryPoint } from './prune.js';
import { LinkFallback } from '../link/code.js';

export const GC_COLLECT = 'rt_gc_collect';
export const GC_OVERFLOW = 'rt_gc_overflow';
export const GC_ALLOC = 'rt_alloc';
export const GC_MARK = 'rt_gc_mark';
export const GC_MARK_GLOBALS = 'rt_gc_mark_globals';

/** Ops whose result never points into the heap (static objects, small ints, bools). */
const NEVER_HEAP = new Set<Opcode>(['const.int', 'const.float', 'const.str', 'const.none', 'const.bool', 'box.bool', 'tag.int']);

/** The function an instruction calls, if any (explicitly, or as a generic op's runtime function). */
function calleeOf(op: Opcode, imm: unknown): string | undefined {
  if (op === 'call') return String(imm);
  return runtimeFuncFor(op);
}

/** A call whose target is only known at run time (a function object's code): it may run any
 * user function, so it may collect. */
function isIndirectCall(op: Opcode): boolean {
  return (op as string).startsWith('call.');
}

/** Functions reachable from the entry points (all of them when there is none: hand-written IR). */
function reachable(m: IrModule, byName: Map<string, Func>): Set<string> {
  const seen = new Set<string>();
  const work: Func[] = [];
  const add = (n: string) => {
    const f = byName.get(n);
    if (f && !seen.has(n)) seen.add(n), work.push(f);
  };
  for (const f of m.funcs) if (isEntryPoint(f.name)) add(f.name);
  if (!seen.size) return new Set(byName.keys());
  while (work.length) {
    const f = work.pop()!;
    if (f.frozen) for (const c of f.frozen.code.calls) add(c); // precompiled (src/link)
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const c = calleeOf(f.insts[i].op, f.insts[i].imm);
      if (c !== undefined) add(c);
    }
  }
  return seen;
}

/** The functions the code generator may emit: reachable from the entry points through calls and
 * function references (a superset of what codegen keeps). */
function emitted(m: IrModule): Func[] {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const seen = new Set<Func>();
  const work: Func[] = [];
  const add = (n: string) => {
    const f = byName.get(n);
    if (f && !seen.has(f)) seen.add(f), work.push(f);
  };
  for (const f of m.funcs) if (isEntryPoint(f.name)) add(f.name);
  if (!seen.size) return m.funcs;
  while (work.length) {
    const f = work.pop()!;
    if (f.frozen) for (const c of [...f.frozen.code.calls, ...f.frozen.code.funcRefs]) add(c);
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const c = d.op === 'func.ref' ? String(d.imm) : calleeOf(d.op, d.imm);
      if (c !== undefined) add(c);
    }
  }
  return [...seen];
}

/** Is the collector part of this program (it allocates, and the runtime's collector is here)? */
export function gcActive(m: IrModule): boolean {
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  if (!byName.has(GC_COLLECT) || !byName.has(GC_ALLOC)) return false;
  return reachable(m, byName).has(GC_ALLOC);
}

/** Names of the functions a call of which may run a collection. */
export function mayCollect(m: IrModule): Set<string> {
  const out = new Set<string>();
  for (const f of m.funcs) if (isUserFunc(f)) out.add(f.name);
  const runtime = m.funcs.filter((f) => !isUserFunc(f) && f.name !== GC_COLLECT);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of runtime) {
      if (out.has(f.name)) continue;
      // a replaced stub (Func.opaque) is taken to collect, whatever its body
      const hit = f.opaque || f.frozen?.variant.mayCollect || f.blockOrder.some((b) => f.blocks[b].insts.some((i) => {
        const d = f.insts[i];
        const c = calleeOf(d.op, d.imm);
        return (c !== undefined && out.has(c)) || isIndirectCall(d.op);
      }));
      if (hit) out.add(f.name), (changed = true);
    }
  }
  return out;
}

/** Names of the functions a call of which may allocate, hence make a collection due: runtime
 * functions that set RT_GC_DUE (rt_alloc and its kin) and whatever calls them, and every user
 * function (they may allocate; they also poll, at their entry, before doing so). */
export function mayAllocate(m: IrModule): Set<string> {
  const out = new Set<string>();
  const setsDue = (f: Func) => f.blockOrder.some((b) => f.blocks[b].insts.some((i) => {
    const d = f.insts[i];
    if (d.op !== 'store.i32') return false;
    const def = f.valueDefs[d.args[0]];
    const a = def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' ? Number(f.insts[def.inst].imm) : undefined;
    return a !== undefined && a + Number(d.imm) === RT_GC_DUE;
  }));
  for (const f of m.funcs) if (isUserFunc(f) || f.name === GC_ALLOC || f.name === 'rt_alloc_try' || (f.name !== GC_COLLECT && setsDue(f))) out.add(f.name);
  const runtime = m.funcs.filter((f) => !isUserFunc(f) && f.name !== GC_COLLECT);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of runtime) {
      if (out.has(f.name)) continue;
      // a precompiled function (src/link) has no body here: the fact recorded when it was built
      const hit = f.opaque || f.frozen?.variant.mayAllocate || f.blockOrder.some((b) => f.blocks[b].insts.some((i) => {
        const d = f.insts[i];
        const c = calleeOf(d.op, d.imm);
        return (c !== undefined && out.has(c)) || isIndirectCall(d.op);
      }));
      if (hit) out.add(f.name), (changed = true);
    }
  }
  return out;
}

export function gcroots(m: IrModule, _ctx: PassContext): void {
  if (!gcActive(m)) {
    // Precompiled runtime code (src/link) was rooted for a program that allocates: a function
    // this pass left alone then is the same here (the code generator emits the reachable ones).
    if (m.funcs.some((f) => f.frozen?.variant.rooted) && emitted(m).some((f) => f.frozen?.variant.rooted)) throw new LinkFallback('the program does not allocate');
    return;
  }
  const collecting = mayCollect(m);
  const allocating = mayAllocate(m);
  const after = pollingAfter(m, allocating);
  for (const f of m.funcs) {
    if (f.name === GC_COLLECT || !f.blockOrder.length) continue;
    rootFunc(f, collecting, allocating, after);
  }
  const mg = m.func(GC_MARK_GLOBALS);
  if (mg && m.func(GC_MARK)) writeMarkGlobals(mg, m.globals);
}

/** A collection point: a call at `index` of `block`, or a poll at the top of `block`. */
interface Point {
  block: Block;
  /** Position of the call in the block; -1 for a poll. */
  index: number;
  live: Value[];
}

/** Whether rootFunc changes a runtime function (src/link records it: a precompiled function it
 * leaves alone serves a program with no collector too). */
export function runtimeNeedsRoots(f: Func, collecting: Set<string>): boolean {
  return f.blockOrder.some((b) => f.blocks[b].insts.some((i) => {
    const d = f.insts[i];
    const c = calleeOf(d.op, d.imm);
    return (c !== undefined && collecting.has(c)) || isIndirectCall(d.op);
  }));
}

function rootFunc(f: Func, collecting: Set<string>, allocating: Set<string>, after: Set<string>): void {
  const polls = isUserFunc(f) ? placePolls(f, allocating, after) : new Set<Block>();
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  const isPoint = (i: Inst) => {
    const d = f.insts[i];
    const c = calleeOf(d.op, d.imm);
    return (c !== undefined && collecting.has(c)) || isIndirectCall(d.op);
  };
  if (!polls.size && !rpo.some((b) => f.blocks[b].insts.some(isPoint))) return;

  // Liveness of the values that may point into the heap.
  const rootable = (v: Value): boolean => {
    if (f.typeOf(v) !== 'obj') return false;
    const def = f.valueDefs[v];
    if (def.kind === 'param') return true;
    const d = f.insts[def.inst];
    if (NEVER_HEAP.has(d.op)) return false;
    // the word of a constant address (NULL_WORD, a static object): never a heap object
    const a = d.op === 'ptr.word' ? f.valueDefs[d.args[0]] : undefined;
    return !(a?.kind === 'inst' && f.insts[a.inst].op === 'const.i32');
  };
  // An address taken from an obj value (word.ptr, i32 offsets from it, and the fixed buffer
  // address loaded from it) keeps that value live where it is used: optimized code loads through a hoisted address (a closure cell's)
  // long after the word itself was last used, and the object must stay. The bits of a word
  // (word.bits) keep it live only where they become a word again (bits.word): tag tests and
  // tagged arithmetic never dereference them, so fib's recursion stores nothing more.
  const baseOf = new Map<Value, Value>();
  const bitsOf = new Map<Value, Value>();
  for (const b of rpo) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    if (d.result === undefined) continue;
    if (d.op === 'word.ptr' && rootable(d.args[0])) baseOf.set(d.result, d.args[0]);
    else if (d.op === 'word.bits' && rootable(d.args[0])) bitsOf.set(d.result, d.args[0]);
    else if (d.op === 'i32.add' || d.op === 'i32.sub') {
      const base = d.args.map((a) => baseOf.get(a)).find((x) => x !== undefined);
      if (base !== undefined) baseOf.set(d.result, base);
    } else if (d.op === 'load.fixed_i32' && baseOf.has(d.args[0])) {
      // a list's items buffer (its address never changes, so GVN merges and LICM hoists the
      // load): alive only while the list is, so the list stays live wherever the buffer is used
      baseOf.set(d.result, baseOf.get(d.args[0])!);
    }
  }
  const use = (live: Set<Value>, a: Value, op?: Opcode) => {
    if (rootable(a)) live.add(a);
    else {
      const base = baseOf.get(a) ?? (op === 'bits.word' ? bitsOf.get(a) : undefined);
      if (base !== undefined) live.add(base);
    }
  };
  const liveIn = new Map<Block, Set<Value>>();
  for (const b of rpo) liveIn.set(b, new Set());
  const liveOutOf = (b: Block): Set<Value> => {
    const out = new Set<Value>();
    for (const s of f.successors(b)) for (const v of liveIn.get(s) ?? []) out.add(v);
    return out;
  };
  /** Walks b backwards from its live-out set; `visit(k, live)` sees the set live after inst k. */
  const walk = (b: Block, live: Set<Value>, visit?: (k: number, live: Set<Value>) => void): Set<Value> => {
    const insts = f.blocks[b].insts;
    for (let k = insts.length - 1; k >= 0; k--) {
      const d = f.insts[insts[k]];
      if (d.result !== undefined) live.delete(d.result);
      visit?.(k, live);
      for (const a of d.args) use(live, a, d.op);
      for (const t of d.targets) for (const a of t.args) use(live, a);
    }
    return live;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = rpo.length - 1; k >= 0; k--) {
      const b = rpo[k];
      const live = walk(b, liveOutOf(b));
      for (const p of f.blocks[b].params) live.delete(p);
      const old = liveIn.get(b)!;
      if (live.size !== old.size) {
        liveIn.set(b, live);
        changed = true;
      }
    }
  }

  // The collection points and what is live across each.
  const points: Point[] = [];
  for (const b of rpo) {
    const insts = f.blocks[b].insts;
    const top = walk(b, liveOutOf(b), (k, live) => {
      if (isPoint(insts[k])) points.push({ block: b, index: k, live: [...live] });
    });
    if (polls.has(b)) points.push({ block: b, index: -1, live: [...top] });
  }

  // Loop entries: what a loop keeps across its calls and takes from before it (a parameter, a
  // dict made before the loop: live into its header) is stored once, at the end of the block
  // that enters the loop (its header's one predecessor from outside), instead of before a call
  // on every trip (wordcount's count loop stored 5 parameters before each counts.get): that
  // store dominates the loop's, which drop it below. (Its slot stays v's wherever v is live:
  // another value is stored in it only where v is dead, from where no path reaches v's uses.) A
  // user function keeping one value only (fib) keeps its conditional push instead.
  const entryStores: Point[] = [];
  const liveAtEntryStores: Value[][] = [];
  const kept = new Set<Value>();
  for (const p of points) if (p.index >= 0) for (const v of p.live) kept.add(v);
  if (!(isUserFunc(f) && kept.size === 1)) {
    const { preds, loops } = funcLoops(f, rpo);
    for (const [h, body] of loops) {
      const outside = (preds.get(h) ?? []).filter((b) => !body.has(b));
      if (outside.length !== 1) continue;
      const into = liveIn.get(h)!;
      const store = new Set<Value>();
      for (const p of points) if (p.index >= 0 && body.has(p.block)) for (const v of p.live) if (into.has(v)) store.add(v);
      if (!store.size) continue;
      // live just before the entering block's terminator (what the stores must not overwrite)
      const e = outside[0];
      const live = liveOutOf(e);
      const t = f.insts[f.blocks[e].insts[f.blocks[e].insts.length - 1]];
      for (const a of t.args) use(live, a, t.op);
      for (const tt of t.targets) for (const a of tt.args) use(live, a);
      entryStores.push({ block: e, index: f.blocks[e].insts.length - 1, live: [...store] });
      liveAtEntryStores.push([...live]);
    }
  }

  // Slots: greedy colouring of "live at the same point".
  const slot = new Map<Value, number>();
  const conflicts = new Map<Value, Set<Value>>();
  for (const live of [...points.map((p) => p.live), ...liveAtEntryStores]) for (const v of live) {
    let c = conflicts.get(v);
    if (!c) conflicts.set(v, (c = new Set()));
    for (const w of live) if (w !== v) c.add(w);
  }
  let nslots = 0;
  // A frame only for calls that keep values across them (polls alone store lazily: a call of a
  // function that may allocate, then a poll holding its result, pushes nothing).
  const framed = points.some((p) => p.index >= 0 && p.live.length > 0) || points.some((p) => 8 * p.live.length > GC_SHADOW_GUARD);
  if (framed) for (const [v, c] of conflicts) {
    const used = new Set<number>();
    for (const w of c) if (slot.has(w)) used.add(slot.get(w)!);
    let s = 0;
    while (used.has(s)) s++;
    slot.set(v, s);
    nslots = Math.max(nslots, s + 1);
  }

  // Rewrite. Calls first (positions shift as stores go in), polls and the frame after.
  const i32c = (n: number) => f.makeInst('const.i32', [], BigInt(n), 'i32');
  const res = (i: Inst) => f.insts[i].result!;
  let fp: Value | undefined;
  const entryInsts: Inst[] = [];
  if (nslots > 0) {
    const sp = i32c(RT_GC_SP);
    const load = f.makeInst('load.i32', [res(sp)], 0n, 'i32');
    fp = res(load);
    entryInsts.push(sp, load);
  }
  const stores = (live: Value[]): Inst[] => live.map((v) => f.makeInst('store.obj', [fp!, v], BigInt(8 * slot.get(v)!), null));
  // Without a frame (no call may collect), a poll's slow path stores its live values just above
  // the shadow stack's top, in the guard the frame pushes leave free, and tells the collector.
  const lazy = (live: Value[]): Inst[] => {
    if (!live.length) return [];
    const sp = i32c(RT_GC_SP);
    const top = f.makeInst('load.i32', [res(sp)], 0n, 'i32');
    return [sp, top, ...live.map((v, k) => f.makeInst('store.obj', [res(top), v], BigInt(8 * k), null))];
  };
  const byBlock = new Map<Block, Point[]>();
  for (const p of points) {
    if (!byBlock.has(p.block)) byBlock.set(p.block, []);
    byBlock.get(p.block)!.push(p);
  }
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) }, rpo);
  // The calls that keep values in the frame (before the dropping of repeated stores below).
  const framedCalls = new Set(points.filter((p) => p.index >= 0 && p.live.length > 0));
  // Where the frame is pushed: the nearest block dominating every call that stores (moved up
  // out of loops, so it runs at most once), not the entry, so a call that ends early (fib's
  // base case) pays only the load of RT_GC_SP and its store back at `ret`. A poll dominated by
  // the push stores into the frame; one before it stores lazily above RT_GC_SP.
  let pushAt: Block = f.entry;
  if (nslots > 0 && !points.some((p) => p.index === -1 && 8 * p.live.length > GC_SHADOW_GUARD)) {
    // A call with nothing live across it needs no frame of this function: its callee's frames
    // start at RT_GC_SP whether or not ours is pushed (fib's first recursive call).
    const callBlocks = points.filter((p) => framedCalls.has(p)).map((p) => p.block);
    if (callBlocks.length) {
      let at = callBlocks.reduce((a, b) => dom.commonDominator(a, b) as Block);
      while (at !== f.entry && inCycle(f, at)) at = dom.idom(at) as Block;
      pushAt = at;
    }
  }
  // A call's store of v is redundant when a call that dominates it stored v already: v is live
  // on every path between the two, so no value sharing its slot was stored in between.
  const storedAtEnd = new Map<Block, Set<Value>>();
  for (const b of dom.preorder() as Block[]) {
    const idom = dom.idom(b);
    const stored = new Set<Value>(idom === undefined ? [] : storedAtEnd.get(idom as Block));
    const calls = (byBlock.get(b) ?? []).filter((p) => p.index >= 0);
    // a loop's entry stores (after the push, which dominates every framed call's loop)
    if (fp !== undefined) for (const p of entryStores) if (p.block === b && dom.dominates(pushAt, b)) calls.push(p);
    calls.sort((x, y) => x.index - y.index);
    for (const p of calls) {
      p.live = p.live.filter((v) => !stored.has(v));
      for (const v of p.live) stored.add(v);
    }
    storedAtEnd.set(b, stored);
    const insts = f.blocks[b].insts;
    for (const p of calls.reverse()) if (p.live.length) insts.splice(p.index, 0, ...stores(p.live));
  }
  // A user function's frame whose calls keep one value, in slot 0, defined before the push, is
  // pushed only when that value may point into the heap (not a small int). fib keeps the result
  // of its first call across the second, almost always a small int: no push then, and the store
  // of it moves onto the pushing path (pushFrame). The polls store lazily, above RT_GC_SP,
  // pushed or not. (Runtime functions keep their frames as they are.)
  let pushIf: Value | undefined;
  if (fp !== undefined && isUserFunc(f)) {
    // (kept: the values of every call before the dropping of repeated stores)
    const v = kept.size === 1 ? [...kept][0] : undefined;
    const def = v === undefined ? undefined : f.valueDefs[v];
    const at = def === undefined ? undefined : def.kind === 'param' ? def.block : f.blockOrder.find((b) => f.blocks[b].insts.includes(def.inst));
    if (v !== undefined && slot.get(v) === 0 && at !== undefined && (def!.kind === 'param' ? dom.dominates(at, pushAt) : dom.strictlyDominates(at, pushAt))) {
      pushIf = v;
      nslots = 1;
    }
  }
  for (const b of rpo) {
    if (!polls.has(b)) continue;
    const live = byBlock.get(b)!.find((p) => p.index === -1)!.live;
    if (fp !== undefined && pushIf === undefined && dom.dominates(pushAt, b)) splitWithPoll(f, b, stores(live), 0);
    else splitWithPoll(f, b, lazy(live), 8 * live.length);
  }
  if (nslots > 0) pushFrame(f, entryInsts, fp!, nslots, pushAt, pushIf);
}

/** A function with more allocating operations than this polls at its entry and loop headers. */
const MAX_AFTER_POLLS = 4;

/** An allocating operation: the instruction at `index` of `block`. */
interface Site {
  block: Block;
  index: number;
  /** A terminator: there is no place after it for a poll. */
  last: boolean;
}

/** The operations of f that may leave an allocation no poll has followed yet: calls of runtime
 * functions that may allocate, of user functions outside `after` (a function of `after` polls
 * after its own allocations before it returns) and indirect calls. */
function allocSites(f: Func, allocating: Set<string>, after: Set<string>): Site[] {
  const out: Site[] = [];
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = 0; k < insts.length; k++) {
      const d = f.insts[insts[k]];
      const c = calleeOf(d.op, d.imm);
      if ((c !== undefined && allocating.has(c) && !after.has(c)) || isIndirectCall(d.op)) out.push({ block: b, index: wordMade(f, insts, k, allocating, after), last: OPS[d.op].terminator });
    }
  }
  return out;
}

/**
 * Where a poll after the allocating call at index k of `insts` may go. A call returning a raw
 * address (rt_str_alloc in an inlined str concatenation) holds an object that no root names
 * until `ptr.word` makes it a word: a poll right after the call would free it. The poll then
 * goes after that ptr.word (found later in the block, with no call in between that may allocate
 * or collect), where the word is live and rooted like any other.
 */
function wordMade(f: Func, insts: readonly Inst[], k: number, allocating: Set<string>, after: Set<string>): number {
  const r = f.insts[insts[k]].result;
  if (r === undefined || f.typeOf(r) !== 'i32') return k;
  for (let j = k + 1; j < insts.length; j++) {
    const d = f.insts[insts[j]];
    if (d.op === 'ptr.word' && d.args[0] === r) return j;
    const c = calleeOf(d.op, d.imm);
    if ((c !== undefined && (allocating.has(c) || after.has(c))) || isIndirectCall(d.op) || OPS[d.op].terminator) return k;
  }
  return k;
}

/**
 * The user functions that poll right after each of their allocating operations (allocSites, at
 * most MAX_AFTER_POLLS of them) instead of at their entry and loop headers. Such a function
 * returns with every allocation it made (itself or through calls) already followed by a poll, so
 * a call of it is no allocating operation of its callers: fib, whose only allocations are rt_add's
 * big-int path, the RecursionError and the traceback entry, tests nothing on its hot path. The
 * largest such set: start from every user function, drop those over the limit, repeat (dropping
 * one only adds sites to its callers).
 */
function pollingAfter(m: IrModule, allocating: Set<string>): Set<string> {
  const cands = m.funcs.filter((f) => isUserFunc(f) && !f.frozen && f.blockOrder.length > 0);
  const after = new Set(cands.map((f) => f.name));
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of cands) {
      if (!after.has(f.name)) continue;
      const sites = allocSites(f, allocating, after);
      if (sites.length > MAX_AFTER_POLLS || sites.some((s) => s.last) || unconditional(f, sites, rets(f)) > 1) after.delete(f.name), (changed = true);
    }
  }
  return after;
}

/** The blocks of f that end in `ret`. */
function rets(f: Func): Block[] {
  return f.blockOrder.filter((b) => {
    const t = f.terminator(b);
    return t !== undefined && f.insts[t].op === 'ret';
  });
}

/** How many sites run on every path to one of `ends` (their block dominates it): polls after
 * those cost more than one poll before them (at entry, at a loop header) once there are two. */
function unconditional(f: Func, sites: Site[], ends: Block[]): number {
  if (sites.length < 2) return sites.length;
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) }, rpo);
  return sites.filter((s) => dom.isReachable(s.block) && ends.some((e) => dom.isReachable(e) && dom.dominates(s.block, e))).length;
}

/** A poll right after each site: on both edges of the check.exc that ends its block (new
 * blocks), or at the top of a new block holding what followed it (the block is split). Returns
 * the blocks that start with a poll. */
function pollAfterSites(f: Func, sites: Site[]): Set<Block> {
  const polls = new Set<Block>();
  // Later sites of a block first, so the earlier ones' positions stay valid.
  const order = [...sites].sort((x, y) => x.block - y.block || y.index - x.index);
  for (const { block: b, index: k } of order) {
    const insts = f.blocks[b].insts;
    const t = f.insts[insts[insts.length - 1]];
    if (k === insts.length - 2 && t.op === 'check.exc') {
      // both edges: a raise after an allocation (the exception itself) is caught somewhere, and
      // a loop of calls that raise and are caught must still pass polls
      for (const e of [0, 1]) {
        const to = t.targets[e];
        const p = f.newBlock();
        f.blocks[p].insts = [f.makeInst('jump', [], undefined, null, [{ block: to.block, args: to.args }])];
        t.targets[e] = { block: p, args: [] };
        polls.add(p);
      }
      continue;
    }
    const rest = f.newBlock();
    f.blocks[rest].insts = insts.slice(k + 1);
    f.blocks[b].insts = [...insts.slice(0, k + 1), f.makeInst('jump', [], undefined, null, [{ block: rest, args: [] }])];
    polls.add(rest);
  }
  return polls;
}

/** A loop with more allocating operations than this polls at its header (one test per trip). */
const MAX_EDGE_POLLS = 8;

/**
 * The blocks of user function f that start with a poll. A function of `after` (pollingAfter):
 * one after each allocating operation, none at its entry or loop headers. Any other: the entry;
 * and for each loop with an allocating operation, one after each of them when there are at most
 * MAX_EDGE_POLLS (an iteration that allocates passes a poll, while the hot path, say the fast
 * path of an inlined list index whose slow path calls rt_getitem or raises, tests nothing),
 * else one at its header. A loop that allocates nothing has no poll.
 */
function placePolls(f: Func, allocating: Set<string>, after: Set<string>): Set<Block> {
  const sites = allocSites(f, allocating, after);
  // the exits of an outlined loop (outline.ts) poll whatever the mode
  const required = [...(f.pollAt ?? [])].filter((b) => f.blockOrder.includes(b));
  if (after.has(f.name)) return new Set([...pollAfterSites(f, sites), ...required]);
  const rpo = reversePostorder({ entry: f.entry, succs: (b) => f.successors(b as Block) }) as Block[];
  // Loops by header: the blocks that reach a retreating edge's source without passing the header.
  const { loops } = funcLoops(f, rpo);
  const polls = new Set<Block>([f.entry, ...required]);
  const afterSites = new Set<Site>();
  for (const [h, body] of loops) {
    const inLoop = sites.filter((s) => body.has(s.block));
    if (!inLoop.length) continue;
    // After-polls when at most one allocation runs on every trip (its block dominates a back
    // edge's source) and the others are off the main path (slow paths, raises); with two on
    // every trip one poll at the header is cheaper (and collects once in stress mode).
    const latches = [...body].filter((b) => f.successors(b).includes(h));
    if (inLoop.length <= MAX_EDGE_POLLS && !inLoop.some((s) => s.last) && unconditional(f, inLoop, latches) <= 1) for (const s of inLoop) afterSites.add(s);
    else polls.add(h);
  }
  for (const p of pollAfterSites(f, [...afterSites])) polls.add(p);
  return polls;
}

/** Moves b's instructions to a new block and makes b: `br RT_GC_DUE, slow, rest`, where slow
 * stores the live values and calls the collector. */
function splitWithPoll(f: Func, b: Block, rootStores: Inst[], lazyBytes: number): void {
  const rest = f.newBlock();
  f.blocks[rest].insts = f.blocks[b].insts;
  const slow = f.newBlock();
  const extra = f.makeInst('const.i32', [], BigInt(lazyBytes), 'i32');
  const collect = f.makeInst('call', [f.insts[extra].result!], 'rt_gc_collect', null);
  f.blocks[slow].insts = [...rootStores, extra, collect, f.makeInst('jump', [], undefined, null, [{ block: rest, args: [] }])];
  const addr = f.makeInst('const.i32', [], 0n, 'i32');
  const due = f.makeInst('load.i32', [f.insts[addr].result!], BigInt(RT_GC_DUE), 'i32');
  const br = f.makeInst('br', [f.insts[due].result!], undefined, null, [{ block: slow, args: [] }, { block: rest, args: [] }]);
  f.blocks[b].insts = [addr, due, br];
}

/** The frame push at the top of block `e` (fp = RT_GC_SP as loaded at entry by `head`), its
 * overflow check, the zeroing of its slots, and the pop before every `ret` reachable from it:
 * RT_GC_SP = fp, right whether or not this call went through the push. */
function pushFrame(f: Func, head: Inst[], fp: Value, nslots: number, e: Block, pushIf?: Value): void {
  const c = (op: Opcode, args: Value[], imm: bigint | undefined, t: 'i32' | 'i64' | null) => f.makeInst(op, args, imm, t);
  const r = (i: Inst) => f.insts[i].result!;
  const body = f.newBlock();
  f.blocks[body].insts = f.blocks[e].insts;
  const size = c('const.i32', [], BigInt(8 * nslots), 'i32');
  const top = c('i32.add', [fp, r(size)], undefined, 'i32');
  const sp = c('const.i32', [], BigInt(RT_GC_SP), 'i32');
  const set = c('store.i32', [r(sp), r(top)], 0n, null);
  const lim = c('const.i32', [], BigInt(GC_SHADOW_END), 'i32');
  const over = c('i32.gt_u', [r(top), r(lim)], undefined, 'i32');
  const zero = c('const.i64', [], 0n, 'i64');
  const clear: Inst[] = [];
  // A slot the block stores before its first call needs no zeroing: no collection can see its
  // stale word (fib stores n for its first call right after the push).
  const early = new Set<bigint>();
  for (const i of f.blocks[body].insts) {
    const d = f.insts[i];
    if (d.op === 'store.obj' && d.args[0] === fp) early.add(d.imm as bigint);
    else if (d.op === 'call' || isIndirectCall(d.op) || calleeOf(d.op, d.imm) !== undefined || d.targets.length || OPS[d.op].terminator) break;
  }
  for (let k = 0; k < nslots; k++) if (!early.has(BigInt(8 * k))) clear.push(c('store.i64', [fp, r(zero)], BigInt(8 * k), null));
  // The one store of a conditional frame, when the block stores it before any call, moves onto
  // the pushing path: a small int needs no slot (fib's hot path stores nothing).
  const moved: Inst[] = [];
  if (pushIf !== undefined) {
    const bi = f.blocks[body].insts;
    for (let k = 0; k < bi.length; k++) {
      const d = f.insts[bi[k]];
      if (d.op === 'store.obj' && d.args[0] === fp && d.args[1] === pushIf) {
        moved.push(...bi.splice(k, 1));
        break;
      }
      if (d.op === 'call' || isIndirectCall(d.op) || calleeOf(d.op, d.imm) !== undefined || d.targets.length || OPS[d.op].terminator) break;
    }
  }
  const ok = f.newBlock();
  f.blocks[ok].insts = [...(clear.length ? [zero] : []), ...clear, ...moved, f.makeInst('jump', [], undefined, null, [{ block: body, args: [] }])];
  const bad = f.newBlock();
  f.blocks[bad].insts = [f.makeInst('call', [], 'rt_gc_overflow', null), f.makeInst('unreachable', [], undefined, null)];
  const push = [size, top, sp, set, lim, over, f.makeInst('br', [r(over)], undefined, null, [{ block: bad, args: [] }, { block: ok, args: [] }])];
  // The blocks that pop the frame before their rets: those reachable from the push.
  let after: Set<Block> | undefined;
  if (pushIf === undefined) f.blocks[e].insts = push;
  else {
    const pushing = f.newBlock();
    f.blocks[pushing].insts = push;
    const small = c('is.small', [pushIf], undefined, 'i32');
    f.blocks[e].insts = [small, f.makeInst('br', [r(small)], undefined, null, [{ block: body, args: [] }, { block: pushing, args: [] }])];
    const copy = pushedCopy(f, body, fp, moved.length ? pushIf : undefined);
    if (copy !== undefined) {
      // The pushing path runs its own copy of what follows (it pops); the small-int path runs
      // the original, which never pushed: no load of RT_GC_SP at entry, no store at its rets
      // (fib's hot path touches no frame at all). The copy reads the kept value from its slot,
      // stored before the copy runs (see pushedCopy).
      const jump = f.blocks[ok].insts[f.blocks[ok].insts.length - 1];
      f.insts[jump].targets[0] = { block: copy.get(body)!, args: [] };
      f.blocks[pushing].insts.unshift(...head);
      after = new Set(copy.values());
    }
  }
  if (after === undefined) {
    f.blocks[f.entry].insts.unshift(...head);
    // Only a ret reachable from the push has a frame to pop (fib's base case skips the store).
    after = new Set<Block>([e]);
    for (const work: Block[] = [e]; work.length; ) for (const s of f.successors(work.pop()!)) if (!after.has(s)) after.add(s), work.push(s);
  }
  for (const b of f.blockOrder) {
    if (!after.has(b)) continue;
    const insts = f.blocks[b].insts;
    const t = insts[insts.length - 1];
    if (t === undefined || f.insts[t].op !== 'ret') continue;
    const a = c('const.i32', [], BigInt(RT_GC_SP), 'i32');
    insts.splice(insts.length - 1, 0, a, c('store.i32', [r(a), fp], 0n, null));
  }
}

/** A conditional frame's pushed path copies at most this many instructions. */
const MAX_PUSHED_COPY = 120;

/**
 * A copy of the blocks reachable from `from` (closed under successors, so values defined there
 * are used only there), renamed, for the path that pushed a conditional frame: returns the map
 * from each block to its copy, or undefined (nothing changed) when the blocks use the frame
 * pointer `fp` (only the pushed path may) or are over MAX_PUSHED_COPY instructions.
 *
 * `kept`, when given, was stored in slot 0 before the copy runs, and nothing in the copy stores
 * into the frame (it does not use fp) nor moves objects: each use of it after a call of the copy
 * (anywhere past the first block's first call) is a load of that slot instead. Its value is then not live across the copy's calls, so in the original
 * (fib's hot path: the first call's result, added after the tag test) it need not sit in a
 * callee-saved register or a spill slot the whole time.
 */
function pushedCopy(f: Func, from: Block, fp: Value, kept?: Value): Map<Block, Block> | undefined {
  const region: Block[] = [from];
  const inRegion = new Set<Block>(region);
  for (let k = 0; k < region.length; k++) for (const s of f.successors(region[k])) if (!inRegion.has(s)) inRegion.add(s), region.push(s);
  let size = 0;
  for (const b of region) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    size++;
    if (d.args.includes(fp) || d.targets.some((t) => t.args.includes(fp))) return undefined;
  }
  if (size > MAX_PUSHED_COPY) return undefined;
  const blocks = new Map<Block, Block>();
  const values = new Map<Value, Value>();
  for (const b of region) {
    const nb = f.newBlock();
    blocks.set(b, nb);
    for (const p of f.blocks[b].params) values.set(p, f.addBlockParam(nb, f.typeOf(p)));
  }
  const v = (x: Value) => values.get(x) ?? x;
  // Region blocks in reverse postorder from `from`: a definition is copied before its uses.
  const rpo = reversePostorder({ entry: from, succs: (b) => f.successors(b as Block) }) as Block[];
  for (const b of rpo) {
    // (in `from`, the uses before its first call keep the value it has in a register)
    let reload = b !== from;
    f.blocks[blocks.get(b)!].insts = f.blocks[b].insts.flatMap((i) => {
      const d = f.insts[i];
      const uses = kept !== undefined && (d.args.includes(kept) || d.targets.some((t) => t.args.includes(kept)));
      const load = reload && uses ? f.makeInst('load.obj', [fp], 0n, 'obj', [], d.line) : undefined;
      if (d.op === 'call' || isIndirectCall(d.op) || calleeOf(d.op, d.imm) !== undefined) reload = true;
      const w = (x: Value) => (load !== undefined && x === kept ? f.insts[load].result! : v(x));
      const n = f.makeInst(d.op, d.args.map(w), d.imm, d.result === undefined ? null : f.typeOf(d.result), d.targets.map((t) => ({ block: blocks.get(t.block)!, args: t.args.map(w) })), d.line);
      if (d.result !== undefined) values.set(d.result, f.insts[n].result!);
      return load === undefined ? [n] : [load, n];
    });
  }
  return blocks;
}

/** @rt_gc_mark_globals: `call @rt_gc_mark, (global.get g)` for every module global. */
function writeMarkGlobals(f: Func, globals: readonly string[]): void {
  const b = f.newBlock();
  const insts: Inst[] = [];
  for (const g of globals) {
    const get = f.makeInst('global.get', [], g, 'obj');
    insts.push(get, f.makeInst('call', [f.insts[get].result!], GC_MARK, null));
  }
  insts.push(f.makeInst('ret', [], undefined, null));
  f.blocks[b].insts = insts;
  f.blockOrder = [b];
}

