// outline: an outermost loop of a function that runs only once (a module body, or a function it
// calls outside its loops) becomes a function of its own, which runs the loop a chunk at a time.
//
// Why: V8 compiles a wasm function first with its baseline compiler (Liftoff) and, once it has
// run enough, again with its optimizing one (TurboFan), but only a later call runs the optimized
// code: there is no on-stack replacement for wasm. A hot loop in a function called once (the
// module body, fannkuch's fannkuch, nbody's advance, mandelbrot's mandelbrot) so runs in
// baseline code to the end (fannkuch 1.66 G instructions under node, 1.34 G with --no-liftoff).
// A function that runs a chunk of the loop and returns is called many times and tiers up.
//
// The loop's header h (params p) becomes, in the caller:
//     h(p): code = call @F.loopN(live-ins..., p...); live-outs = loads; br code, dispatch, cont
//     cont: p' = loads; jump h(p')          (the chunk ended: run the next one)
//     dispatch: by code, to each exit's target with its arguments (loads), or `ret` them
// and F.loopN(live-ins..., p...) runs the loop from h with a count of the trips of the loop and
// of the loops directly inside it: at h, once the count passes CHUNK it returns 0 with p stored,
// and an edge leaving the loop (an exit, an exception's unwind edge, a `ret`) returns its number
// with the edge's arguments and the live-outs (loop values used after it) it defines stored.
// Values travel through OUT (the last KiB of the shadow stack's guard area, which nothing uses
// but a collection's slow path): each exit block of F.loopN starts with a poll (Func.pollAt,
// placed by gcroots), after which nothing allocates before it returns, so no collection can run
// between the stores and the caller's loads (a poll the caller has after the call finds nothing
// due), and no obj value there is missed by the collector. Pure definitions of live-ins (constants, addresses taken
// from objects, tag bits) are recomputed in F.loopN from their operands, so gcroots there sees
// the objects they come from. Runs after every optimization (the loop is optimized in place
// first) and before gcroots, which roots both functions as any others.
import type { Block, Func, Inst, InstData, IrModule, Value } from '../ir/function.js';
import { Func as IrFunc } from '../ir/function.js';
import { OPS } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import { reversePostorder } from '../ir/analysis/cfg.js';
import { DomTree } from '../ir/analysis/dominators.js';
import { irreducibleEdges } from '../ir/analysis/loops.js';
import { GC_SHADOW, GC_SHADOW_END, GC_SHADOW_GUARD } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { isUserFunc } from './infer.js';
import { toSSA } from './modglobals.js';
import { applyReplacements, funcLoops } from './util.js';

/** Where exit values travel: the last KiB of the guard area above GC_SHADOW_END. */
export const OUTLINE_OUT = GC_SHADOW_END + GC_SHADOW_GUARD - 1024;
const OUT_SLOTS = 1024 / 8;
if (OUTLINE_OUT + 1024 > GC_SHADOW + 524288) throw new Error('outline: OUT is past the shadow stack');

/** Trips (of the loop and the loops directly inside it) per call of the outlined function. */
export const CHUNK = 1000;

const COUNT = 'outline.count';

export function outline(m: IrModule, _ctx: PassContext): void {
  const once = onceFuncs(m);
  for (const f of [...m.funcs]) {
    if (!once.has(f.name) || !f.blockOrder.length) continue;
    const cfg = loopsOf(f);
    if (!cfg) continue;
    const outer = [...cfg.loops].filter(([h]) => ![...cfg.loops].some(([h2, body]) => h2 !== h && body.has(h)));
    let n = 0;
    for (const [h, body] of outer) {
      if (outlineLoop(m, f, h, body, cfg.loops, `${f.name}.loop${n}`)) n++;
    }
  }
}

interface Loops {
  rpo: Block[];
  dom: DomTree;
  /** Natural loops by header: the blocks that reach a back edge's source without passing it. */
  loops: Map<Block, Set<Block>>;
}

/** The natural loops of f, or undefined when its CFG is irreducible (a retreating edge whose
 * target does not dominate its source). */
function loopsOf(f: Func): Loops | undefined {
  const succs = (b: number) => f.successors(b as Block);
  const rpo = reversePostorder({ entry: f.entry, succs }) as Block[];
  const dom = DomTree.compute({ entry: f.entry, succs }, rpo);
  if (irreducibleEdges({ entry: f.entry, succs }, dom).length) return undefined;
  return { rpo, dom, loops: funcLoops(f, rpo).loops };
}

/**
 * The user functions that run at most a few times: module bodies, and functions whose every
 * reference is a direct call from such a function outside its loops (no function object of
 * theirs can be called from elsewhere). Their loops are the ones that never tier up.
 */
function onceFuncs(m: IrModule): Set<string> {
  const once = new Set<string>();
  const cands = m.funcs.filter((f) => isUserFunc(f) && !f.frozen && !f.opaque && !f.calledFromRuntime && f.blockOrder.length);
  for (const f of cands) if (f.name.endsWith('.<module>') || f.name === '_start' || f.name === '_initialize') once.add(f.name);
  // every reference to a candidate: the function it is in, and whether it is a call outside loops
  const refs = new Map<string, { from: string; plain: boolean }[]>();
  const names = new Set(cands.map((f) => f.name));
  for (const g of m.funcs) {
    if (!g.blockOrder.length) continue;
    let inLoop: Set<Block> | undefined;
    for (const b of g.blockOrder) for (const i of g.blocks[b].insts) {
      const d = g.insts[i];
      if (typeof d.imm !== 'string') continue;
      const name = names.has(d.imm) ? d.imm : d.imm.includes(':') && names.has(d.imm.slice(0, d.imm.indexOf(':'))) ? d.imm.slice(0, d.imm.indexOf(':')) : undefined;
      if (name === undefined) continue;
      if (d.op === 'call' && inLoop === undefined) {
        const l = loopsOf(g);
        inLoop = new Set(l ? [...l.loops.values()].flatMap((s) => [...s]) : g.blockOrder);
      }
      refs.set(name, [...(refs.get(name) ?? []), { from: g.name, plain: d.op === 'call' && !inLoop!.has(b) }]);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of cands) {
      if (once.has(f.name)) continue;
      const rs = refs.get(f.name) ?? [];
      if (rs.length && rs.every((r) => r.plain && r.from !== f.name && once.has(r.from))) once.add(f.name), (changed = true);
    }
  }
  return once;
}

const STORE: Record<IrType, 'store.obj' | 'store.i64' | 'store.i32' | 'store.f64'> = { obj: 'store.obj', i64: 'store.i64', i32: 'store.i32', f64: 'store.f64' };
const LOAD: Record<IrType, 'load.obj' | 'load.i64' | 'load.i32' | 'load.f64'> = { obj: 'load.obj', i64: 'load.i64', i32: 'load.i32', f64: 'load.f64' };

/** Outlines the loop of f with header h; false (f unchanged) when it cannot. */
function outlineLoop(m: IrModule, f: Func, h: Block, body: Set<Block>, loops: Map<Block, Set<Block>>, name: string): boolean {
  // where each instruction is, and which values the loop defines
  const blockOf = new Map<Inst, Block>();
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) blockOf.set(i, b);
  const defBlock = (v: Value): Block | undefined => {
    const d = f.valueDefs[v];
    return d.kind === 'param' ? d.block : blockOf.get(d.inst);
  };
  const inside = (v: Value) => body.has(defBlock(v)!);
  const region = f.blockOrder.filter((b) => body.has(b));
  for (const b of region) for (const i of f.blocks[b].insts) {
    const op = f.insts[i].op;
    if (op === 'frame.load' || op === 'frame.store') return false; // a generator's frame
  }

  // Live-ins: values from outside the loop that it uses. A pure definition is recomputed
  // inside (its operands become the live-ins), so no address or tag bits of an object reach the
  // new function without the object.
  const liveIns: Value[] = [];
  const cloned: Value[] = []; // in dependency order
  const seen = new Set<Value>();
  const need = (v: Value): void => {
    if (seen.has(v) || inside(v)) return;
    seen.add(v);
    const d = f.valueDefs[v];
    if (d.kind === 'inst' && OPS[f.insts[d.inst].op].pure && f.insts[d.inst].targets.length === 0) {
      for (const a of f.insts[d.inst].args) need(a);
      cloned.push(v);
    } else liveIns.push(v);
  };
  // Live-outs: loop values used after it; exits: edges leaving it, and its returns.
  const liveOuts: Value[] = [];
  const isOut = new Set<Value>();
  const exits: { from: Block; inst: Inst; target: number }[] = [];
  const dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) });
  for (const b of f.blockOrder) {
    if (!dom.isReachable(b)) continue;
    const here = body.has(b);
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const uses = [...d.args, ...d.targets.flatMap((t) => t.args)];
      if (here) {
        uses.forEach(need);
        if (d.op === 'ret') exits.push({ from: b, inst: i, target: -1 });
        d.targets.forEach((t, k) => {
          if (!body.has(t.block)) exits.push({ from: b, inst: i, target: k });
        });
      } else {
        for (const u of uses) if (inside(u) && !isOut.has(u)) isOut.add(u), liveOuts.push(u);
      }
    }
  }
  const params = f.blocks[h].params;
  const widest = Math.max(params.length, ...exits.map((e) => (e.target < 0 ? f.insts[e.inst].args.length : f.insts[e.inst].targets[e.target].args.length)));
  if (liveOuts.length + widest > OUT_SLOTS) return false;
  const argSlot = (k: number) => 8 * (liveOuts.length + k);
  const outSlot = new Map<Value, number>(liveOuts.map((v, k) => [v, 8 * k]));

  // the loops directly inside this one count their trips too: a counted one (countedLoop) adds
  // its trip count once where it is entered, the others add 1 at their header
  const children = [...loops.keys()].filter((x) => x !== h && body.has(x) && ![...loops].some(([y, s]) => y !== h && y !== x && body.has(y) && s.has(x)));
  const counted = new Map<Block, Counted>();
  for (const c of children) {
    const k = countedLoop(f, c, loops.get(c)!);
    if (k) counted.set(c, k);
  }
  const inner = children.filter((c) => !counted.has(c));

  // ---- the new function ----
  const g = new IrFunc(name, [...liveIns.map((v) => f.typeOf(v)), ...params.map((v) => f.typeOf(v))], ['i32']);
  const map = new Map<Value, Value>();
  const mv = (v: Value): Value => {
    const r = map.get(v);
    if (r === undefined) throw new Error(`outline: v${v} of ${f.name} has no copy in ${name}`);
    return r;
  };
  const entry = g.newBlock();
  for (const v of liveIns) map.set(v, g.addBlockParam(entry, f.typeOf(v)));
  const first = params.map((v) => g.addBlockParam(entry, f.typeOf(v)));
  const entryInsts: Inst[] = [];
  for (const v of cloned) {
    const d = f.insts[(f.valueDefs[v] as { inst: Inst }).inst];
    const c = g.makeInst(d.op, d.args.map(mv), d.imm, f.typeOf(v), [], d.line);
    map.set(v, g.insts[c].result!);
    entryInsts.push(c);
  }
  const zero = g.makeInst('const.i32', [], 0n, 'i32');
  entryInsts.push(zero);
  const out = () => g.makeInst('const.i32', [], BigInt(OUTLINE_OUT), 'i32');
  // the chunk test: the loop's back edges come here
  const head = g.newBlock();
  const headParams = params.map((v) => g.addBlockParam(head, f.typeOf(v)));
  const copy = new Map<Block, Block>();
  for (const b of region) {
    const nb = g.newBlock();
    copy.set(b, nb);
    for (const p of f.blocks[b].params) map.set(p, g.addBlockParam(nb, f.typeOf(p)));
  }
  entryInsts.push(g.makeInst('jump', [], undefined, null, [{ block: head, args: first }]));
  g.blocks[entry].insts = entryInsts;
  const bump = (): Inst[] => {
    const get = g.makeInst('global.get', [], COUNT, 'i32');
    const one = g.makeInst('const.i32', [], 1n, 'i32');
    const add = g.makeInst('i32.add', [g.insts[get].result!, g.insts[one].result!], undefined, 'i32');
    const set = g.makeInst('global.set', [g.insts[add].result!], COUNT, null);
    return [get, one, add, set];
  };
  // the block an edge from outside counted loop c into its header goes through: it adds the
  // loop's count of trips (countedLoop), clamped to 0..CHUNK + 1, then jumps to the header
  const countedEntry = (c: Block, k: Counted, args: Value[], line: number): Block => {
    const e = g.newBlock();
    const insts: Inst[] = [];
    const op = (o: Parameters<IrFunc['makeInst']>[0], xs: Value[], imm?: bigint, t: IrType | null = 'i64'): Value => {
      const i = g.makeInst(o, xs, imm, t, [], line);
      insts.push(i);
      return g.insts[i].result!;
    };
    const first = args[k.param];
    const bits = g.typeOf(first) === 'obj' ? op('word.bits', [first]) : first;
    const bound = typeof k.bound === 'bigint' ? op('const.i64', [], k.bound) : mv(k.bound);
    const trips = op('i64.shr_s', [op('i64.sub', [bound, bits]), op('const.i64', [], k.shift)]);
    const pos = op('i64.and', [trips, op('i64.xor', [op('i64.shr_s', [trips, op('const.i64', [], 63n)]), op('const.i64', [], -1n)])]);
    const cap = op('const.i64', [], BigInt(CHUNK + 1));
    const over = op('i64.sub', [pos, cap]);
    const n = op('i64.add', [cap, op('i64.and', [over, op('i64.shr_s', [over, op('const.i64', [], 63n)])])]);
    const get = g.makeInst('global.get', [], COUNT, 'i32', [], line);
    insts.push(get);
    const cur = g.insts[get].result!;
    const sum = op('i32.add', [cur, op('i64.to_i32', [n], undefined, 'i32')], undefined, 'i32');
    insts.push(g.makeInst('global.set', [sum], COUNT, null, [], line));
    insts.push(g.makeInst('jump', [], undefined, null, [{ block: copy.get(c)!, args }], line));
    g.blocks[e].insts = insts;
    return e;
  };
  const pollAt = new Set<Block>();
  // an exit block: store `vals` at argument slots k.., the live-outs defined on every path here,
  // return `code`
  const exitBlock = (code: number, vals: Value[], defined: (v: Value) => boolean): Block => {
    const e = g.newBlock();
    pollAt.add(e);
    const insts: Inst[] = [];
    const o = out();
    insts.push(o);
    const at = g.insts[o].result!;
    vals.forEach((v, k) => insts.push(g.makeInst(STORE[g.typeOf(v)], [at, v], BigInt(argSlot(k)), null)));
    for (const v of liveOuts) if (defined(v)) insts.push(g.makeInst(STORE[f.typeOf(v)], [at, mv(v)], BigInt(outSlot.get(v)!), null));
    const c = g.makeInst('const.i32', [], BigInt(code), 'i32');
    insts.push(c, g.makeInst('ret', [g.insts[c].result!], undefined, null));
    g.blocks[e].insts = insts;
    return e;
  };
  {
    const [get, one, add, set] = bump();
    const lim = g.makeInst('const.i32', [], BigInt(CHUNK), 'i32');
    const over = g.makeInst('i32.gt_s', [g.insts[add].result!, g.insts[lim].result!], undefined, 'i32');
    const cont = exitBlock(0, headParams, () => false);
    const br = g.makeInst('br', [g.insts[over].result!], undefined, null, [{ block: cont, args: [] }, { block: copy.get(h)!, args: headParams }]);
    g.blocks[head].insts = [get, one, add, set, lim, over, br];
  }
  // the loop's instructions: results first (a use may come before its definition in layout order)
  for (const b of region) for (const i of f.blocks[b].insts) {
    const r = f.insts[i].result;
    if (r !== undefined) map.set(r, g.newValue(f.typeOf(r), { kind: 'inst', inst: -1 as Inst }));
  }
  for (const b of region) {
    const insts: Inst[] = inner.includes(b) ? bump() : [];
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const exitAt = (t: number) => exits.findIndex((x) => x.inst === i && x.target === t);
      // a live-out is stored at an exit when it is defined on every path there (the exit is the
      // block's terminator, so anything the block itself defines is)
      const defined = (v: Value) => dom.dominates(defBlock(v)!, b);
      if (d.op === 'ret') {
        const k = exitAt(-1);
        insts.push(g.makeInst('jump', [], undefined, null, [{ block: exitBlock(k + 1, d.args.map(mv), defined), args: [] }], d.line));
        continue;
      }
      const targets = d.targets.map((t, k) => {
        if (t.block === h) return { block: head, args: t.args.map(mv) };
        const ck = counted.get(t.block);
        if (ck && !loops.get(t.block)!.has(b)) return { block: countedEntry(t.block, ck, t.args.map(mv), d.line), args: [] };
        if (body.has(t.block)) return { block: copy.get(t.block)!, args: t.args.map(mv) };
        return { block: exitBlock(exitAt(k) + 1, t.args.map(mv), defined), args: [] };
      });
      const c = g.makeInst(d.op, d.args.map(mv), d.imm, null, targets, d.line);
      if (d.result !== undefined) {
        const r = mv(d.result);
        g.insts[c].result = r;
        g.valueDefs[r] = { kind: 'inst', inst: c };
      }
      insts.push(c);
    }
    g.blocks[copy.get(b)!].insts = insts;
  }
  const { repl } = toSSA(g, new Set([COUNT]), 'i32', g.insts[zero].result!);
  applyReplacements(g, repl);
  g.pollAt = new Set([...pollAt].filter((b) => g.blockOrder.includes(b)));
  m.addFunc(g);

  // ---- the caller: h calls it ----
  const call = f.makeInst('call', [...liveIns, ...params], name, 'i32', [], f.insts[f.blocks[h].insts[0]]?.line ?? 0);
  const code = f.insts[call].result!;
  const hInsts: Inst[] = [call];
  const base = f.makeInst('const.i32', [], BigInt(OUTLINE_OUT), 'i32');
  const at = f.insts[base].result!;
  hInsts.push(base);
  const repl2 = new Map<Value, Value>();
  for (const v of liveOuts) {
    const l = f.makeInst(LOAD[f.typeOf(v)], [at], BigInt(outSlot.get(v)!), f.typeOf(v));
    hInsts.push(l);
    repl2.set(v, f.insts[l].result!);
  }
  const loads = (types: IrType[]): { insts: Inst[]; vals: Value[] } => {
    const o = f.makeInst('const.i32', [], BigInt(OUTLINE_OUT), 'i32');
    const insts = [o];
    const vals = types.map((t, k) => {
      const l = f.makeInst(LOAD[t], [f.insts[o].result!], BigInt(argSlot(k)), t);
      insts.push(l);
      return f.insts[l].result!;
    });
    return { insts, vals };
  };
  const cont = f.newBlock();
  {
    const { insts, vals } = loads(params.map((v) => f.typeOf(v)));
    f.blocks[cont].insts = [...insts, f.makeInst('jump', [], undefined, null, [{ block: h, args: vals }])];
  }
  // each exit: its arguments, then its target (or the return)
  const exitTo = exits.map((x) => {
    const b = f.newBlock();
    const d = f.insts[x.inst];
    if (x.target < 0) {
      const { insts, vals } = loads(d.args.map((v) => f.typeOf(v)));
      f.blocks[b].insts = [...insts, f.makeInst('ret', vals, undefined, null, [], d.line)];
    } else {
      const t = d.targets[x.target];
      const { insts, vals } = loads(t.args.map((v) => f.typeOf(v)));
      f.blocks[b].insts = [...insts, f.makeInst('jump', [], undefined, null, [{ block: t.block, args: vals }], d.line)];
    }
    return b;
  });
  // the dispatch: code k (1..) goes to exit k
  let next: Block = exitTo[exitTo.length - 1];
  for (let k = exitTo.length - 2; k >= 0; k--) {
    const test = f.newBlock();
    const c = f.makeInst('const.i32', [], BigInt(k + 1), 'i32');
    const eq = f.makeInst('i32.eq', [code, f.insts[c].result!], undefined, 'i32');
    f.blocks[test].insts = [c, eq, f.makeInst('br', [f.insts[eq].result!], undefined, null, [{ block: exitTo[k], args: [] }, { block: next, args: [] }])];
    next = test;
  }
  if (!exitTo.length) {
    // a loop that never leaves (but by raising through a call... which is an exit too): code is 0
    next = f.newBlock();
    f.blocks[next].insts = [f.makeInst('unreachable', [], undefined, null)];
  }
  hInsts.push(f.makeInst('br', [code], undefined, null, [{ block: next, args: [] }, { block: cont, args: [] }]));
  f.blockOrder = f.blockOrder.filter((b) => b === h || !body.has(b));
  // the uses after the loop read the live-outs it left (h's params among them: the call still
  // passes the ones this chunk starts from)
  f.blocks[h].insts = [];
  applyReplacements(f, repl2);
  f.blocks[h].insts = hInsts;
  return true;
}

/** A loop whose trips are known when it is entered: its header branches into the loop on
 * `i64.lt_s x, N` with N defined outside the loop (or a constant: `bound` is then its value) and
 * x the bits of (or) header parameter `param`, and every back edge passes x + K for it, K a
 * positive constant. It runs ceil((N - x0) / K) trips (none when N <= x0); the entry counts
 * (N - x0) >> shift, 2^shift the largest power of 2 <= K: the trips less one at worst (made up
 * by the outer loop's own count of one per trip), less than twice them at most (a chunk then
 * ends early). A tagged int loop of step 1 (K = 2, shift 1) counts exactly its trips. */
interface Counted {
  param: number;
  bound: Value | bigint;
  shift: bigint;
}

function countedLoop(f: Func, c: Block, body: Set<Block>): Counted | undefined {
  const def = (v: Value): InstData | undefined => {
    const d = f.valueDefs[v];
    return d.kind === 'inst' ? f.insts[d.inst] : undefined;
  };
  const defIn = (v: Value): boolean => {
    const d = f.valueDefs[v];
    if (d.kind === 'param') return body.has(d.block);
    return [...body].some((b) => f.blocks[b].insts.includes(d.inst));
  };
  const t = f.terminator(c);
  if (t === undefined) return undefined;
  const br = f.insts[t];
  if (br.op !== 'br' || !body.has(br.targets[0].block) || body.has(br.targets[1].block)) return undefined;
  const test = def(br.args[0]);
  if (!test || test.op !== 'i64.lt_s') return undefined;
  const bd = def(test.args[1]);
  const bound = bd?.op === 'const.i64' ? BigInt(bd.imm as bigint) : test.args[1];
  if (typeof bound !== 'bigint' && defIn(bound)) return undefined;
  const x = test.args[0];
  const xd = def(x);
  const p = xd?.op === 'word.bits' ? xd.args[0] : x;
  const param = f.blocks[c].params.indexOf(p);
  if (param < 0) return undefined;
  let step: bigint | undefined;
  for (const b of body) {
    const bt = f.terminator(b);
    if (bt === undefined) return undefined;
    for (const tg of f.insts[bt].targets) {
      if (tg.block !== c) continue;
      let nd = def(tg.args[param]);
      if (p !== x) nd = nd?.op === 'bits.word' ? def(nd.args[0]) : undefined;
      const kd = nd?.op === 'i64.add' && nd.args[0] === x ? def(nd.args[1]) : undefined;
      if (!kd || kd.op !== 'const.i64') return undefined;
      const k = BigInt(kd.imm as bigint);
      if (k <= 0n) return undefined;
      step = step === undefined || k < step ? k : step;
    }
  }
  if (step === undefined) return undefined;
  return { param, bound, shift: BigInt(step.toString(2).length - 1) };
}
