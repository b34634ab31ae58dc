// depth-param: a program function called only directly, and only by program functions, takes its
// call depth as an i32 parameter instead of counting it in memory (RT_DEPTH): its RecursionError
// test compares the parameter, and it neither loads nor stores the counter on its hot path.
//
// The lowering counts every user function's frame in memory (src/lower/function.ts enterDepth):
//   d = load.i32 RT_DEPTH, 0;  n = i32.add d, 1;  [store.i32 RT_DEPTH, 0, n;]  br (i32.ge_s n, LIMIT) ...
// with `store.i32 RT_DEPTH, 0, d` before each ret (the depth pass drops the stores of leaves).
// Here n becomes a new last parameter, and every call passes the callee's depth: a function
// with the parameter passes its own plus one, any other caller its own count n plus one (or
// `load RT_DEPTH + 1` where the count is not that simple), computed once at entry. A function with the parameter keeps RT_DEPTH as its caller left it,
// so around each call that may read the counter (a program function counting in memory, an
// indirect call, a runtime function that may run program code) it stores its depth there and
// puts the old value back right after the call, before the exception check: the callee then
// counts from the right depth, and callers counting in memory find RT_DEPTH as they stored it.
// fib's recursion (three memory accesses per call before) passes n + 1 in a register.
//
// Only RT_DEPTH's entry test reads the counter besides sys.setrecursionlimit (sys_rt.py), whose
// programs are left alone, and a function with any other RT_DEPTH access (a callee inlined with
// its own counting) keeps counting in memory. Runs after `depth` (which decides leaves from
// the calls as lowered) and before gcroots (which sees the final calls).
import type { Block, Func, Inst, IrModule, Value } from '../ir/function.js';
import { runtimeFuncFor } from '../codegen/func.js';
import { RT_DEPTH } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { runtimeThatRunsUserCode } from './depth.js';
import { addressTaken, isUserFunc } from './infer.js';
import { isEntryPoint } from './prune.js';
import { applyReplacements, inCycle } from './util.js';

/** The entry counting of a candidate: the load of RT_DEPTH, its `+ 1`, and every other access. */
interface Counting {
  load: Inst;
  add: Inst;
  /** The bump store and the restores of `d`. */
  stores: Inst[];
  /** Other loads of RT_DEPTH: the entry tests of callees inlined as leaves (the depth pass drops
   * their stores), which read this function's own depth n. */
  reads: Inst[];
}

const DEPTH = BigInt(RT_DEPTH);

export function depthParam(m: IrModule, _ctx: PassContext): void {
  // sys.setrecursionlimit reads the count of the frames below it from RT_DEPTH.
  if (m.func('rt_sys_setrecursionlimit')) return;
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  const taken = addressTaken(m);
  const counting = new Map<string, Counting>();
  for (const f of m.funcs) {
    if (!isUserFunc(f) || f.frozen || !f.blockOrder.length || isEntryPoint(f.name) || f.name.endsWith('.<module>')) continue;
    if (f.calledFromRuntime || taken.has(f.name)) continue;
    const c = entryCounting(f);
    if (c) counting.set(f.name, c);
  }
  // Every call must be a direct one from a program function (the runtime's calls cannot pass it).
  for (const f of m.funcs) {
    if (isUserFunc(f)) continue;
    // (a precompiled function's code is parsed from the artifact when first read: only when what
    // it reaches, a superset of its calls (src/link artifact.ts), names a candidate; generate parses
    // only the code of those it emits)
    if (f.frozen?.entry.reach.some((n) => counting.has(n))) for (const c of f.frozen.code.calls) counting.delete(c);
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) if (f.insts[i].op === 'call') counting.delete(String(f.insts[i].imm));
  }
  if (!counting.size) return;

  const runsUser = runtimeThatRunsUserCode(m, byName);
  /** May the instruction run code that reads RT_DEPTH (other than a candidate's call)? */
  const readsDepth = (f: Func, i: Inst): boolean => {
    const d = f.insts[i];
    if ((d.op as string).startsWith('call.')) return true;
    const callee = d.op === 'call' ? String(d.imm) : runtimeFuncFor(d.op);
    if (callee === undefined || callee.startsWith('wasi.')) return false;
    const g = byName.get(callee);
    return !g || isUserFunc(g) || runsUser.has(callee);
  };

  // Callees first: the parameter replaces n; the counter's accesses go.
  const own = new Map<string, Value>();
  for (const [name, c] of counting) {
    const f = byName.get(name)!;
    const p = f.addBlockParam(f.entry, 'i32');
    f.params.push('i32');
    own.set(name, p);
    const n = f.insts[c.add].result!;
    const drop = new Set<Inst>([c.load, c.add, ...c.stores, ...c.reads]);
    for (const b of f.blockOrder) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !drop.has(i));
    applyReplacements(f, new Map([[n, p], ...c.reads.map((r): [Value, Value] => [f.insts[r].result!, p])]));
    if (c.reads.length) hoistTests(f, p);
  }

  // Every call: the callee's depth as the last argument; RT_DEPTH around calls that read it.
  for (const f of m.funcs) {
    if (!isUserFunc(f) || f.frozen) continue;
    const p = own.get(f.name);
    const mk = (op: Parameters<Func['makeInst']>[0], args: Value[], imm: bigint | undefined, t: 'i32' | null, line: number) => f.makeInst(op, args, imm, t, [], line);
    const res = (i: Inst) => f.insts[i].result!;
    // The callees' depth, computed once at entry from this function's own: p, or the count n a
    // function counting in memory stored (RT_DEPTH holds it all through its body); else loaded
    // at each call.
    let next: Value | undefined;
    const calls = f.blockOrder.some((b) => f.blocks[b].insts.some((i) => f.insts[i].op === 'call' && counting.has(String(f.insts[i].imm))));
    const mine = calls && p === undefined ? entryCounting(f) : undefined;
    if (calls && (p !== undefined || mine)) {
      // (a function whose self-recursion is a loop (tailacc): its frame's depth is the loop's)
      const loop = f.tailDepth !== undefined ? (f.valueDefs[f.tailDepth] as { block: Block }).block : undefined;
      const entry = f.blocks[loop ?? f.entry].insts;
      const base = f.tailDepth ?? p ?? res(mine!.add);
      const one = mk('const.i32', [], 1n, 'i32', 0);
      const add = mk('i32.add', [base, res(one)], undefined, 'i32', 0);
      const at = loop !== undefined ? 0 : p !== undefined ? entry.length - 1 : entry.indexOf(mine!.add) + 1;
      entry.splice(at, 0, one, add);
      next = res(add);
    }
    // A call that reads the counter in a loop (wordcount's count loop: counts.get and seen.add
    // may run __hash__ and __eq__): RT_DEPTH = p once at entry and back before every ret, instead
    // of around each such call on every trip. (Not for a loop of self-calls (tailacc), whose
    // depth changes with each trip.)
    const hoisted = p !== undefined && f.tailDepth === undefined && f.blockOrder.some((b) => f.blocks[b].insts.some((i) => !counting.has(String(f.insts[i].imm)) && readsDepth(f, i)) && inCycle(f, b));
    if (hoisted) {
      const zero = mk('const.i32', [], 0n, 'i32', 0);
      const old = mk('load.i32', [res(zero)], DEPTH, 'i32', 0);
      f.blocks[f.entry].insts.unshift(zero, old, mk('store.i32', [res(zero), p], DEPTH, null, 0));
      for (const b of f.blockOrder) {
        const insts = f.blocks[b].insts;
        const t = insts[insts.length - 1];
        if (t === undefined || f.insts[t].op !== 'ret') continue;
        const z = mk('const.i32', [], 0n, 'i32', f.insts[t].line);
        insts.splice(insts.length - 1, 0, z, mk('store.i32', [res(z), res(old)], DEPTH, null, f.insts[t].line));
      }
    }
    for (const b of f.blockOrder) {
      const out: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        const callee = d.op === 'call' ? String(d.imm) : undefined;
        if (callee !== undefined && counting.has(callee)) {
          let arg = next;
          if (arg === undefined) {
            const one = mk('const.i32', [], 1n, 'i32', d.line);
            const zero = mk('const.i32', [], 0n, 'i32', d.line);
            const load = mk('load.i32', [res(zero)], DEPTH, 'i32', d.line);
            const add = mk('i32.add', [res(load), res(one)], undefined, 'i32', d.line);
            out.push(one, zero, load, add);
            arg = res(add);
          }
          out.push(i);
          d.args = [...d.args, arg];
          continue;
        }
        if (p === undefined || hoisted || !readsDepth(f, i)) {
          out.push(i);
          continue;
        }
        const zero = mk('const.i32', [], 0n, 'i32', d.line);
        const old = mk('load.i32', [res(zero)], DEPTH, 'i32', d.line);
        const set = mk('store.i32', [res(zero), f.tailDepth ?? p], DEPTH, null, d.line);
        const back = mk('store.i32', [res(zero), res(old)], DEPTH, null, d.line);
        out.push(zero, old, set, i, back);
      }
      f.blocks[b].insts = out;
    }
  }
}

/** f's counting as the lowering wrote it (entry block: load, +1, maybe the store of n; elsewhere
 * only stores of d back), or undefined when RT_DEPTH is used any other way. */
function entryCounting(f: Func): Counting | undefined {
  const isConst = (v: Value, k: bigint) => {
    const def = f.valueDefs[v];
    return def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' && f.insts[def.inst].imm === k;
  };
  const depthOp = (i: Inst) => {
    const d = f.insts[i];
    return (d.op === 'load.i32' || d.op === 'store.i32') && d.imm === DEPTH;
  };
  const entry = f.blocks[f.entry].insts;
  const load = entry.find(depthOp);
  if (load === undefined || f.insts[load].op !== 'load.i32' || !isConst(f.insts[load].args[0], 0n)) return undefined;
  const d = f.insts[load].result!;
  const add = entry.find((i) => f.insts[i].op === 'i32.add' && f.insts[i].args[0] === d && isConst(f.insts[i].args[1], 1n));
  if (add === undefined) return undefined;
  const n = f.insts[add].result!;
  const stores: Inst[] = [];
  const reads: Inst[] = [];
  for (const b of f.blockOrder) {
    for (const i of f.blocks[b].insts) {
      const x = f.insts[i];
      if (i !== load && depthOp(i)) {
        if (x.op === 'load.i32' && isConst(x.args[0], 0n)) {
          reads.push(i);
          continue;
        }
        if (x.op !== 'store.i32' || !isConst(x.args[0], 0n)) return undefined;
        if (x.args[1] === d || (x.args[1] === n && b === f.entry) || (f.tailDepth !== undefined && x.args[1] === f.tailDepth)) stores.push(i);
        else return undefined;
        continue;
      }
      // d only feeds the +1 and the restores
      if (i !== add && (x.args.includes(d) || x.targets.some((t) => t.args.includes(d)))) return undefined;
    }
  }
  if (stores.filter((s) => f.insts[s].args[1] === n).length > 1) return undefined;
  // With a store of anything else (an inlined callee counting its own frame) RT_DEPTH is not
  // n everywhere in the body, and the loads stay out: returned above.
  return { load, add, stores, reads };
}

/** Moves the tests of inlined leaves' depth (`p + 1 >= LIMIT`: i32 arithmetic and comparisons
 * of p and constants) into the entry block, out of any loop they were in. */
function hoistTests(f: Func, p: Value): void {
  const MOVABLE = new Set(['i32.add', 'i32.sub', 'i32.ge_s', 'i32.gt_s', 'i32.lt_s', 'i32.le_s']);
  const entry = f.blocks[f.entry].insts;
  const constOf = (v: Value): bigint | undefined => {
    const def = f.valueDefs[v];
    return def.kind === 'inst' && f.insts[def.inst].op === 'const.i32' ? (f.insts[def.inst].imm as bigint) : undefined;
  };
  const ready = new Set<Value>([p]);
  for (let moved = true; moved; ) {
    moved = false;
    for (const b of f.blockOrder) {
      if (b === f.entry) continue;
      const keep: Inst[] = [];
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (!MOVABLE.has(d.op) || !d.args.some((a) => ready.has(a)) || !d.args.every((a) => ready.has(a) || constOf(a) !== undefined)) {
          keep.push(i);
          continue;
        }
        d.args = d.args.map((a) => {
          if (ready.has(a)) return a;
          const c = f.makeInst('const.i32', [], constOf(a)!, 'i32', [], d.line);
          entry.splice(entry.length - 1, 0, c);
          return f.insts[c].result!;
        });
        entry.splice(entry.length - 1, 0, i);
        ready.add(d.result!);
        moved = true;
      }
      f.blocks[b].insts = keep;
    }
  }
}
