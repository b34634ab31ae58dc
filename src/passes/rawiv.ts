// rawiv: a loop counter that is a small int word untagged in the loop (`untag.int i`: a byte
// index) and tested and stepped by its bits is a raw i64 (the int's value): no shift per trip.
//
// The shape (sieve's `for j in range(i * i, n + 1, i): flags[j] = False` on a bool list, after
// range proved the arithmetic small and expansion, licm and the late cleanups):
//     H(i: obj):  x = word.bits i ; c = i64.lt_s x, N ; br c, ..., ...   (the loop's header)
//     ...         u = untag.int i  (at least one, anywhere)
//     latch:      jump H(bits.word (i64.add x, S))   (every back edge, S defined outside the loop)
// where the bits x are used only by the test and the increments (each used only by its
// bits.word, used only by its back edge), N and S are defined outside the loop (or constants),
// and S and the bits of every entry argument are even (evenBits: small int words, tag bit 0).
// The parameter then holds x >> 1 (an i64): entry edges pass word.bits(i0) >> 1, back edges
// i + (S >> 1), `untag.int i` is i itself, and the test is `i64.lt_s i, (N >> 1) + (N & 1)`
// (for even x, x < N iff x / 2 < ceil(N / 2)). Any other use of i (the slow path of an index
// check passes the word to the runtime) gets the word back, bits.word(i + i), made right before
// it. With x and S even, (x + S) >> 1 = (x >> 1) + (S >> 1), so the parameter is x >> 1 on
// every trip. The halved S and N are computed once, after their definitions (a constant's
// beside its use, as a constant).
//
// Why: the marking loop of sieve ran `sar` to untag the index and `lea` to rebuild n + 1 on every
// trip (8 instructions against C's 6); raw, Cranelift keeps it to C's shape.
import { DomTree } from '../ir/analysis/dominators.js';
import { LoopInfo, type Loop } from '../ir/analysis/loops.js';
import type { Block, Func, Inst, InstData, Value } from '../ir/function.js';
import { SMALL_MAX, SMALL_MIN } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { applyReplacements, incomingEdges } from './util.js';

export function rawiv(f: Func, _ctx: PassContext): void {
  if (!f.blockOrder.length) return;
  const cfg = { entry: f.entry, succs: (b: number) => f.successors(b as Block) };
  const dom = DomTree.compute(cfg);
  const info = LoopInfo.compute(cfg, dom);
  if (!info.loops.length || !info.reducible) return;
  let uses = usesOf(f);
  let even = evenBits(f);
  for (const loop of info.loops) {
    const h = loop.header as Block;
    for (const p of [...f.blocks[h].params]) {
      const m = match(f, loop, p, uses, even);
      if (!m) continue;
      rewrite(f, loop, p, m);
      uses = usesOf(f);
      even = evenBits(f);
    }
  }
}

interface Match {
  /** The `word.bits p` instructions, the `untag.int p` ones, the test, each back edge's add. */
  bits: Inst[];
  untags: Inst[];
  /** Other uses of p (a slow path's call): they get the word back, made from the value. */
  others: Inst[];
  test: Inst;
  bound: Value;
  adds: Map<Block, { add: Inst; word: Inst; step: Value; target: number }[]>;
}

/** Where each value is used: instructions (as an operand or a target argument). */
function usesOf(f: Func): Map<Value, Inst[]> {
  const out = new Map<Value, Inst[]>();
  const add = (v: Value, i: Inst) => {
    const l = out.get(v);
    if (l) l.push(i);
    else out.set(v, [i]);
  };
  for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
    const d = f.insts[i];
    for (const a of d.args) add(a, i);
    for (const t of d.targets) for (const a of t.args) add(a, i);
  }
  return out;
}

/** Whether an i64 value's bits are known even (`bits(v)`), or an obj word's (`word(v)`): small
 * int constants, word.bits/bits.word of such, sums and products of even bits, and block
 * parameters all of whose incoming arguments are even (the greatest fixpoint: a loop counter
 * that starts even and steps by an even amount). */
function evenBits(f: Func): (v: Value) => boolean {
  const def = (v: Value): InstData | undefined => {
    const d = f.valueDefs[v];
    return d.kind === 'inst' ? f.insts[d.inst] : undefined;
  };
  const incoming = new Map<Value, Value[]>();
  for (const [b, edges] of incomingEdges(f)) {
    if (edges.length === 0) continue;
    f.blocks[b].params.forEach((p, k) => incoming.set(p, edges.map((e) => f.insts[e.inst].targets[e.index].args[k])));
  }
  const odd = new Set<Value>(f.blocks[f.entry].params);
  let memo = new Map<Value, boolean>();
  const isEven = (v: Value): boolean => {
    let r = memo.get(v);
    if (r === undefined) memo.set(v, (r = evenDef(v)));
    return r;
  };
  const evenDef = (v: Value): boolean => {
    const d = def(v);
    if (d === undefined) return !odd.has(v) && incoming.has(v);
    const r = isEven;
    switch (d.op) {
      case 'const.i64':
        return (BigInt(d.imm as bigint) & 1n) === 0n;
      case 'const.int': {
        const n = BigInt(d.imm as bigint);
        return n >= SMALL_MIN && n <= SMALL_MAX;
      }
      case 'word.bits':
      case 'bits.word':
        return r(d.args[0]);
      case 'i64.add':
      case 'i64.sub':
        return r(d.args[0]) && r(d.args[1]);
      case 'i64.mul':
        return r(d.args[0]) || r(d.args[1]);
      default:
        return false;
    }
  };
  for (let changed = true; changed; ) {
    changed = false;
    memo = new Map();
    for (const [p, args] of incoming) {
      if (odd.has(p) || (f.typeOf(p) !== 'obj' && f.typeOf(p) !== 'i64')) continue;
      if (!args.every((a) => isEven(a))) odd.add(p), (changed = true), (memo = new Map());
    }
  }
  return isEven;
}

function match(f: Func, loop: Loop, p: Value, uses: Map<Value, Inst[]>, even: (v: Value) => boolean): Match | undefined {
  if (f.typeOf(p) !== 'obj') return undefined;
  const h = loop.header as Block;
  const body = new Set<number>(loop.blocks);
  // defined in the loop (a constant is made again where it is needed: not)
  const inLoop = (v: Value): boolean => {
    const d = f.valueDefs[v];
    if (d.kind === 'param') return body.has(d.block);
    return constOf(f, v) === undefined && loop.blocks.some((b) => f.blocks[b].insts.includes(d.inst));
  };
  const index = f.blocks[h].params.indexOf(p);
  const bits: Inst[] = [];
  const untags: Inst[] = [];
  const others: Inst[] = [];
  for (const i of uses.get(p) ?? []) {
    const d = f.insts[i];
    if (d.op === 'word.bits') bits.push(i);
    else if (d.op === 'untag.int') untags.push(i);
    else if (!others.includes(i)) others.push(i);
  }
  if (!untags.length) return undefined;
  // the header's test
  const t = f.terminator(h);
  if (t === undefined || f.insts[t].op !== 'br') return undefined;
  const cond = f.insts[t].args[0];
  const cd = f.valueDefs[cond];
  if (cd.kind !== 'inst' || (uses.get(cond) ?? []).length !== 1) return undefined;
  const test = cd.inst;
  const td = f.insts[test];
  if (td.op !== 'i64.lt_s' || !bits.some((b) => f.insts[b].result === td.args[0]) || bits.some((b) => f.insts[b].result === td.args[1])) return undefined;
  const bound = td.args[1];
  if (inLoop(bound)) return undefined;
  // every other use of the bits: a back edge's increment
  const adds: Match['adds'] = new Map();
  const counted = new Set<Inst>();
  for (const b of bits) {
    const x = f.insts[b].result!;
    for (const i of uses.get(x) ?? []) {
      if (i === test) continue;
      const d = f.insts[i];
      if (d.op !== 'i64.add' || counted.has(i)) return undefined;
      counted.add(i);
      const step = d.args[0] === x ? d.args[1] : d.args[0];
      if (step === x || inLoop(step) || !even(step)) return undefined;
      const wu = uses.get(d.result!) ?? [];
      if (wu.length !== 1 || f.insts[wu[0]].op !== 'bits.word') return undefined;
      const word = wu[0];
      const eu = uses.get(f.insts[word].result!) ?? [];
      if (eu.length !== 1) return undefined;
      const latch = loop.backEdges.find((e) => f.terminator(e.from as Block) === eu[0]);
      const ld = f.insts[eu[0]];
      const target = ld.targets.findIndex((tg) => tg.block === h && tg.args[index] === f.insts[word].result);
      if (!latch || target < 0 || ld.args.includes(f.insts[word].result!) || ld.targets.some((tg, k) => k !== target && tg.args.includes(f.insts[word].result!))) return undefined;
      const l = adds.get(latch.from as Block) ?? [];
      l.push({ add: i, word, step, target });
      adds.set(latch.from as Block, l);
    }
  }
  // every back edge passes an increment, every entry an even word
  for (const e of loop.backEdges) {
    const tg = f.insts[f.terminator(e.from as Block)!].targets[e.index];
    if (!(adds.get(e.from as Block) ?? []).some((a) => a.target === e.index && f.insts[a.word].result === tg.args[index])) return undefined;
  }
  for (const b of f.blockOrder) {
    if (body.has(b)) continue;
    const tt = f.terminator(b);
    if (tt === undefined) continue;
    for (const tg of f.insts[tt].targets) if (tg.block === h && !even(tg.args[index])) return undefined;
  }
  return { bits, untags, others, test, bound, adds };
}

/** The value of a const.i64. */
function constOf(f: Func, v: Value): bigint | undefined {
  const d = f.valueDefs[v];
  return d.kind === 'inst' && f.insts[d.inst].op === 'const.i64' ? BigInt(f.insts[d.inst].imm as bigint) : undefined;
}

/** Inserts `insts` right after the definition of v (a parameter: at the top of its block). */
function placeAfterDef(f: Func, v: Value, insts: Inst[]): void {
  const d = f.valueDefs[v];
  if (d.kind === 'param') {
    f.blocks[d.block].insts.unshift(...insts);
    return;
  }
  for (const b of f.blockOrder) {
    const at = f.blocks[b].insts.indexOf(d.inst);
    if (at >= 0) return void f.blocks[b].insts.splice(at + 1, 0, ...insts);
  }
}

function rewrite(f: Func, loop: Loop, p: Value, m: Match): void {
  const h = loop.header as Block;
  const index = f.blocks[h].params.indexOf(p);
  const body = new Set<number>(loop.blocks);
  const res = (i: Inst) => f.insts[i].result!;
  const c64 = (n: bigint) => f.makeInst('const.i64', [], n, 'i64');
  const drop = new Set<Inst>([...m.bits, ...m.untags]);
  // halved steps: a constant's beside the increment, another once after its definition
  const half = new Map<Value, Value>();
  const halfOf = (s: Value, before: Inst[]): Value => {
    const k = constOf(f, s);
    if (k !== undefined) {
      const c = c64(k >> 1n);
      before.push(c);
      return res(c);
    }
    let r = half.get(s);
    if (r === undefined) {
      const one = c64(1n);
      const sh = f.makeInst('i64.shr_s', [s, res(one)], undefined, 'i64');
      placeAfterDef(f, s, [one, sh]);
      half.set(s, (r = res(sh)));
    }
    return r;
  };
  for (const [latch, list] of m.adds) {
    const insts = f.blocks[latch].insts;
    const term = insts[insts.length - 1];
    for (const a of list) {
      const before: Inst[] = [];
      const inc = f.makeInst('i64.add', [p, halfOf(a.step, before)], undefined, 'i64');
      insts.splice(insts.length - 1, 0, ...before, inc);
      f.insts[term].targets[a.target].args[index] = res(inc);
      drop.add(a.add).add(a.word);
    }
  }
  // entries: the word's bits, halved
  for (const b of f.blockOrder) {
    if (body.has(b)) continue;
    const tt = f.terminator(b);
    if (tt === undefined) continue;
    for (const tg of f.insts[tt].targets) {
      if (tg.block !== h) continue;
      const wb = f.makeInst('word.bits', [tg.args[index]], undefined, 'i64');
      const one = c64(1n);
      const sh = f.makeInst('i64.shr_s', [res(wb), res(one)], undefined, 'i64');
      const insts = f.blocks[b].insts;
      insts.splice(insts.length - 1, 0, wb, one, sh);
      tg.args[index] = res(sh);
    }
  }
  // the test against ceil(N / 2): a constant's beside the test, else once after N's definition
  const n = constOf(f, m.bound);
  let ceil: Inst;
  if (n !== undefined) {
    ceil = c64((n >> 1n) + (n & 1n));
    const hi = f.blocks[h].insts;
    hi.splice(hi.indexOf(m.test), 0, ceil);
  } else {
    const one = c64(1n);
    const hi = f.makeInst('i64.shr_s', [m.bound, res(one)], undefined, 'i64');
    const lo = f.makeInst('i64.and', [m.bound, res(one)], undefined, 'i64');
    ceil = f.makeInst('i64.add', [res(hi), res(lo)], undefined, 'i64');
    placeAfterDef(f, m.bound, [one, hi, lo, ceil]);
  }
  f.insts[m.test].args = [p, res(ceil)];
  // other uses take the word again (the value doubled: a small int's word), made right before
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    for (let k = insts.length - 1; k >= 0; k--) {
      const i = insts[k];
      if (!m.others.includes(i)) continue;
      const twice = f.makeInst('i64.add', [p, p], undefined, 'i64');
      const word = f.makeInst('bits.word', [res(twice)], undefined, 'obj');
      insts.splice(k, 0, twice, word);
      const d = f.insts[i];
      d.args = d.args.map((a) => (a === p ? res(word) : a));
      for (const tg of d.targets) tg.args = tg.args.map((a) => (a === p ? res(word) : a));
    }
  }
  // the parameter is the raw value: untag.int of it is itself
  f.valueTypes[p] = 'i64';
  const repl = new Map<Value, Value>(m.untags.map((u) => [res(u), p]));
  for (const b of f.blockOrder) f.blocks[b].insts = f.blocks[b].insts.filter((i) => !drop.has(i));
  applyReplacements(f, repl);
}
