// range: an int.add, int.sub, int.mul, int comparison, or int.floordiv/int.mod by a divisor >= 1, whose operands are proven small ints and whose result is proven small is raw word arithmetic, with no tag test and no overflow test; the tag test (is.small) of a proven small int is 1 and its float conversion (num.to_f64) a raw one; a float division by the conversion of a proven non-zero int has no zero test.
//
// The analysis gives every obj value that inference (infer.ts) proves to be an int or a bool an
// interval [lo, hi] of the Python values it may hold (bools are 0..1), by a sparse fixpoint over
// the SSA graphs of all the program's functions at once:
//   - const.int is its value; int.add/sub/mul/floordiv/mod are interval arithmetic;
//   - a block parameter joins its incoming arguments; a function's parameters join the
//     arguments of every call site (infer.ts makes the same closed-world assumption), its calls
//     return the join of its `ret`s, a global holds the join of what is stored to it; runtime
//     calls and every other op give "unknown";
//   - branches refine (sigma-style, Go's prove pass and ABCD do the same): `br (int.lt a, b)`
//     tells the true edge a < b and b > a, the false edge a >= b and b <= a (likewise for le,
//     gt, ge, eq, ne and through i32.eqz). A fact holds in every block the edge dominates (the
//     target has that edge as its only predecessor) and for the arguments the edge carries; a
//     use is refined by the facts of its block, each bounded by the other operand's interval;
//   - parameters (block, function) widen after a few rounds, to the small-int bounds first and
//     to infinity next; then two narrowing rounds recompute everything without widening.
// Counted loops: a loop-header parameter that every back edge passes unchanged or increments by
// a constant c (a loop counter; also when the trip increments it only on some paths, as
// `if flags[i]: count += 1` does) cannot pass SMALL_MAX - c without 2**56 trips round the loop when
// it enters far enough below that bound, so its upper bound is capped there (lower bound for a
// negative step). This is the one assumption (a loop that runs for years at 1e9 trips a second):
// it is what lets `for i in range(n)` with an int `n` of unknown size run without checks on `i`.
//
// The rewrite: a word whose type set is exactly T_INT (a bool is a pointer word) and whose
// refined interval is within SMALL_MIN..SMALL_MAX is a small int, whose word is value << 1.
// Tagged words add, subtract and compare as their values do, a * b = a_word * b when the
// products fit, and for a divisor >= 1 the words divide as the values do (floor adjusted); so
// an int op over small ints with a small result becomes that raw op.
// A comparison with one small operand and one int of unknown size tests only the other's tag.
import { DomTree } from '../ir/analysis/dominators.js';
import type { Block, Func, Inst, InstData, IrModule, Value } from '../ir/function.js';
import { OPS, type Opcode } from '../ir/ops.js';
import type { IrType } from '../ir/types.js';
import { SMALL_MAX, SMALL_MIN } from '../runtime/layout.js';
import type { PassContext } from './context.js';
import { dce } from './dce.js';
import { addressTaken, inferTypes, isUserFunc, T_BOOL, T_INT, T_LIST, T_STR, T_UNBOUND, type TypeInfo, UNKNOWN_SITE } from './infer.js';
import { applyReplacements, type EdgeRef, incomingEdges } from './util.js';

/** An interval of Python int values; undefined is "no value reaches here" (bottom). */
interface Iv {
  readonly lo: bigint;
  readonly hi: bigint;
}
type MaybeIv = Iv | undefined;

/** Infinity: bounds at or beyond ±FAR are infinite (so sums and products with one stay so). */
const INF = 1n << 120n;
const FAR = 1n << 110n;
const TOP: Iv = { lo: -INF, hi: INF };
const BOOL: Iv = { lo: 0n, hi: 1n };
/** A counter must need this many trips to reach the end of the small range (see the header). */
const TRIPS = 1n << 56n;
/** Rounds of growth before a parameter widens. */
const WIDEN_AFTER = 3;

export const isSmallIv = (a: MaybeIv) => !!a && a.lo >= SMALL_MIN && a.hi <= SMALL_MAX;
const norm = (x: bigint) => (x >= FAR ? INF : x <= -FAR ? -INF : x);
const iv = (lo: bigint, hi: bigint): MaybeIv => (lo > hi ? undefined : { lo: norm(lo), hi: norm(hi) });
const min = (...xs: bigint[]) => xs.reduce((a, b) => (b < a ? b : a));
const max = (...xs: bigint[]) => xs.reduce((a, b) => (b > a ? b : a));

function join(a: MaybeIv, b: MaybeIv): MaybeIv {
  if (!a) return b;
  if (!b) return a;
  return { lo: min(a.lo, b.lo), hi: max(a.hi, b.hi) };
}
function meet(a: MaybeIv, b: MaybeIv): MaybeIv {
  return a && b ? iv(max(a.lo, b.lo), min(a.hi, b.hi)) : undefined;
}
const same = (a: MaybeIv, b: MaybeIv) => a === b || (!!a && !!b && a.lo === b.lo && a.hi === b.hi);
const isSmall = (a: MaybeIv) => !!a && a.lo >= SMALL_MIN && a.hi <= SMALL_MAX;

/** Widening with thresholds: a bound that moved jumps to the small-int bound, then to infinity. */
function widen(old: MaybeIv, next: MaybeIv): MaybeIv {
  if (!old || !next) return next;
  const lo = next.lo >= old.lo ? old.lo : next.lo >= SMALL_MIN ? SMALL_MIN : -INF;
  const hi = next.hi <= old.hi ? old.hi : next.hi <= SMALL_MAX ? SMALL_MAX : INF;
  return { lo, hi };
}

function arith(op: Opcode, a: Iv, b: Iv): MaybeIv {
  switch (op) {
    case 'int.add':
      return iv(a.lo + b.lo, a.hi + b.hi);
    case 'int.sub':
      return iv(a.lo - b.hi, a.hi - b.lo);
    case 'int.mul': {
      const c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi].map(norm);
      return iv(min(...c), max(...c));
    }
    case 'int.floordiv':
      // For a divisor >= 1, a // b lies between 0 and a.
      return b.lo >= 1n ? iv(min(a.lo, 0n), max(a.hi, 0n)) : TOP;
    case 'int.mod':
      // For a divisor >= 1, 0 <= a % b < b, and a % b <= a when a >= 0.
      return b.lo >= 1n ? iv(0n, a.lo >= 0n ? min(a.hi, b.hi - 1n) : b.hi - 1n) : TOP;
    default:
      return TOP;
  }
}

type Rel = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';
/** `v * v < w` / `v * v <= w`: facts about the root of a compared square (`while i * i <= n`). */
type SqRel = 'sqlt' | 'sqle';
const CMP: Record<string, Rel> = { 'int.lt': 'lt', 'int.le': 'le', 'int.gt': 'gt', 'int.ge': 'ge', 'int.eq': 'eq', 'int.ne': 'ne' };
const NEGATE: Record<Rel, Rel> = { lt: 'ge', le: 'gt', gt: 'le', ge: 'lt', eq: 'ne', ne: 'eq' };
const SWAP: Record<Rel, Rel> = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' };
const RAW_CMP: Record<Rel, Opcode> = { lt: 'i64.lt_s', le: 'i64.le_s', gt: 'i64.gt_s', ge: 'i64.ge_s', eq: 'i64.eq', ne: 'i64.ne' };
// The int-only comparisons (stdlib/_rt/int_ops.py): raw i32 answers.
const SLOW_CMP: Record<Rel, string> = { lt: 'rt_iop_lt', le: 'rt_iop_le', gt: 'rt_iop_gt', ge: 'rt_iop_ge', eq: 'rt_iop_eq', ne: 'rt_iop_ne' };
const RAW_ARITH: Record<string, Opcode> = { 'int.add': 'i64.add', 'int.sub': 'i64.sub', 'int.mul': 'i64.mul' };

/** `v rel w` holds. */
interface Fact {
  readonly v: Value;
  readonly rel: Rel | SqRel;
  readonly w: Value;
}

/** The integer square root (floor) of x >= 0. */
function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = BigInt(Math.floor(Math.sqrt(Number(x))));
  while (r * r > x) r--;
  while ((r + 1n) * (r + 1n) <= x) r++;
  return r;
}

/** v's interval under the fact `v rel w`, where w lies in `w`. */
function bound(rel: Rel | SqRel, v: Iv, w: Iv): MaybeIv {
  switch (rel) {
    case 'sqlt':
    case 'sqle': {
      // v * v <= m: |v| <= isqrt(m); no v when m < 0.
      const m = rel === 'sqlt' ? w.hi - 1n : w.hi;
      if (m >= FAR) return v;
      if (m < 0n) return undefined;
      const r = isqrt(m);
      return meet(v, { lo: -r, hi: r });
    }
    case 'lt':
      return meet(v, { lo: -INF, hi: norm(w.hi - 1n) });
    case 'le':
      return meet(v, { lo: -INF, hi: w.hi });
    case 'gt':
      return meet(v, { lo: norm(w.lo + 1n), hi: INF });
    case 'ge':
      return meet(v, { lo: w.lo, hi: INF });
    case 'eq':
      return meet(v, w);
    case 'ne':
      if (w.lo !== w.hi) return v;
      return iv(v.lo === w.lo ? v.lo + 1n : v.lo, v.hi === w.lo ? v.hi - 1n : v.hi);
  }
}

/** len() of a list or a str: an i32 count of items (a user __len__ may return up to sys.maxsize,
 * so only these builtin types bound it). `for i in range(len(xs))` then counts within it, and
 * `range(i + 1, n)` starts far enough below the small-int bound to be a counted loop too. */
const LEN: Iv = { lo: 0n, hi: (1n << 31n) - 1n };
/** ord() of a character: a code point (json_build's checksum `(acc * 31 + ord(out[i])) % m`,
 * whose sum and remainder then need no overflow or tag test). rt_str_ord_at's fast path, once
 * inlined, is a tag.int of a loaded byte (taggedIv). */
const ORD: Iv = { lo: 0n, hi: 0x10ffffn };
const ORD_CALLS: ReadonlySet<string> = new Set(['rt_ord', 'rt_str_ord_at', 'rt_str_ord_slow']);
const lenIsWord = (t: number) => t !== 0 && (t & ~(T_LIST | T_STR)) === 0;

/** A loop counter: back edges carry the parameter itself or it plus a constant step. */
interface Counter {
  /** The largest step magnitude; its sign says which way the counter goes. */
  readonly step: bigint;
  readonly up: boolean;
}

/** One function's analysis state. */
export class FnRange {
  readonly ty: Uint8Array;
  readonly dom: DomTree;
  readonly into: Map<Block, EdgeRef[]>;
  /** The facts that hold on entry to each reachable block. */
  readonly facts = new Map<Block, readonly Fact[]>();
  readonly ivs: MaybeIv[];
  /** How often each parameter grew (for widening). */
  readonly grew: Int32Array;
  readonly counters = new Map<Value, Counter>();

  constructor(
    readonly f: Func,
    ty: Uint8Array,
    /** The list sites of each value (inference's). */
    readonly st: Int32Array,
  ) {
    this.ty = ty;
    this.dom = DomTree.compute({ entry: f.entry, succs: (b) => f.successors(b as Block) });
    this.into = incomingEdges(f);
    this.ivs = new Array<MaybeIv>(f.valueTypes.length).fill(undefined);
    this.grew = new Int32Array(f.valueTypes.length);
    for (const b of this.dom.preorder() as Block[]) {
      const up = this.dom.idom(b);
      const inherited = up === undefined ? [] : this.facts.get(up as Block)!;
      const edges = (this.into.get(b) ?? []).filter((e) => this.dom.isReachable(this.blockOf(e.inst)));
      const more = edges.length === 1 ? this.edgeFacts(edges[0]) : [];
      // (a block entered by an edge that adds nothing shares its dominator's array: they are never changed)
      this.facts.set(b, more.length ? [...inherited, ...more] : inherited);
    }
    for (const b of this.dom.rpo as Block[]) if (b !== f.entry) this.findCounters(b);
  }

  private readonly instBlock = new Map<Inst, Block>();
  blockOf(i: Inst): Block {
    if (!this.instBlock.size) {
      const order = this.f.blockOrder;
      for (let bo = 0; bo < order.length; bo++) {
        const insts = this.f.blocks[order[bo]].insts;
        for (let k = 0; k < insts.length; k++) this.instBlock.set(insts[k], order[bo]);
      }
    }
    return this.instBlock.get(i)!;
  }

  /** Is v a word of an int or a bool (the values that get intervals)? */
  intish(v: Value): boolean {
    const t = this.ty[v] & ~T_UNBOUND;
    return this.f.typeOf(v) === 'obj' && t !== 0 && (t & ~(T_INT | T_BOOL)) === 0;
  }
  /** Is v a word that can only be an int (never a bool: bools are pointer words)? */
  intOnly(v: Value): boolean {
    return this.f.typeOf(v) === 'obj' && (this.ty[v] & ~T_UNBOUND) === T_INT;
  }

  defOf(v: Value) {
    const d = this.f.valueDefs[v];
    return d.kind === 'inst' ? this.f.insts[d.inst] : undefined;
  }

  /** The facts an edge adds: the comparison its branch tests, true or false. */
  edgeFacts(e: EdgeRef): readonly Fact[] {
    let perTarget = this.edgeFactsOf.get(e.inst);
    if (!perTarget) this.edgeFactsOf.set(e.inst, (perTarget = []));
    return (perTarget[e.index] ??= this.newEdgeFacts(e));
  }
  /** edgeFacts per edge (the terminators do not change during an analysis: foldBranches runs
   * between analyses, each with FnRanges of its own). */
  private readonly edgeFactsOf = new Map<Inst, (readonly Fact[])[]>();

  private newEdgeFacts(e: EdgeRef): Fact[] {
    const t = this.f.insts[e.inst];
    if (t.op !== 'br' || t.targets.length !== 2 || t.targets[0].block === t.targets[1].block) return [];
    let taken = e.index === 0;
    let c = this.defOf(t.args[0]);
    while (c?.op === 'i32.eqz') {
      taken = !taken;
      c = this.defOf(c.args[0]);
    }
    if (!c || !(c.op in CMP)) return [];
    const rel = taken ? CMP[c.op] : NEGATE[CMP[c.op]];
    const [a, b] = c.args;
    const out: Fact[] = [
      { v: a, rel, w: b },
      { v: b, rel: SWAP[rel], w: a },
    ];
    // `x * x < w` bounds x too (`while i * i <= n`: i <= isqrt(n) in the body).
    for (const fact of [...out]) {
      const m = this.defOf(fact.v);
      if (m?.op === 'int.mul' && m.args[0] === m.args[1] && (fact.rel === 'lt' || fact.rel === 'le')) {
        out.push({ v: m.args[0], rel: fact.rel === 'lt' ? 'sqlt' : 'sqle', w: fact.w });
      }
    }
    return out;
  }

  /** The interval of v as known (unrefined); bools are 0..1, non-ints unknown. */
  raw(v: Value): MaybeIv {
    if (!this.intish(v)) return TOP;
    if ((this.ty[v] & ~T_UNBOUND) === T_BOOL) return BOOL;
    return this.ivs[v];
  }

  /** The interval of v at a use where `facts` hold. */
  at(v: Value, facts: readonly Fact[]): MaybeIv {
    return this.refine(v, this.raw(v), facts);
  }

  /** Interval r of v, bounded by the facts about v in order (undefined once one is unknown). */
  private refine(v: Value, r: MaybeIv, facts: readonly Fact[]): MaybeIv {
    // (indexed loops here and in the rounds: the compiler runs without V8's optimizing tier,
    // where for-of is slow)
    for (let k = 0; k < facts.length; k++) {
      const fact = facts[k];
      if (!r) return r;
      if (fact.v !== v || !this.intish(fact.w)) continue;
      const w = this.raw(fact.w);
      if (!w) return undefined;
      r = bound(fact.rel, r, w);
    }
    return r;
  }

  /** The interval of the argument an edge carries to parameter k of its target. */
  argAt(e: EdgeRef, k: number): MaybeIv {
    const src = this.blockOf(e.inst);
    if (!this.dom.isReachable(src)) return undefined;
    const a = this.f.insts[e.inst].targets[e.index].args[k];
    if (!this.intish(a)) return undefined; // only the unbound sentinel: its uses are guarded
    // (the facts of its block, then those of the edge)
    return this.refine(a, this.at(a, this.facts.get(src)!), this.edgeFacts(e));
  }

  private findCounters(b: Block): void {
    const params = this.f.blocks[b].params;
    const edges = this.into.get(b) ?? [];
    params.forEach((p, k) => {
      if (!this.intOnly(p)) return;
      let step = 0n;
      let ok = true;
      let back = false;
      for (const e of edges) {
        const src = this.blockOf(e.inst);
        if (!this.dom.dominates(b, src)) continue;
        back = true;
        const cs = this.stepsOf(this.f.insts[e.inst].targets[e.index].args[k], p, b, new Set());
        for (const c of cs ?? [undefined]) {
          if (c === 0n) continue;
          if (c === undefined || (step !== 0n && (c > 0n) !== (step > 0n))) ok = false;
          else if (c > 0n ? c > step : c < step) step = c;
        }
      }
      if (ok && back && step !== 0n) this.counters.set(p, { step: step > 0n ? step : -step, up: step > 0n });
    });
  }

  /**
   * The steps a value a back edge of header b passes to its parameter p can make in one trip:
   * 0 for p itself, c for p + c (a constant), and through the parameter of a block inside the
   * loop that no back edge enters (`if flag: count += 1` merges p and p + 1 there), the steps of
   * each incoming argument; undefined for anything else. Every path through the trip passes
   * such a block at most once, and each argument is p or p + c of the same trip's p, so the
   * parameter moves by at most the largest step a trip.
   */
  private stepsOf(a: Value, p: Value, b: Block, seen: Set<Value>): bigint[] | undefined {
    if (a === p) return [0n];
    const d = this.defOf(a);
    const konst = (v: Value) => (this.defOf(v)?.op === 'const.int' ? (this.defOf(v)!.imm as bigint) : undefined);
    let c: bigint | undefined;
    if (d?.op === 'int.add' && d.args[0] === p) c = konst(d.args[1]);
    else if (d?.op === 'int.add' && d.args[1] === p) c = konst(d.args[0]);
    else if (d?.op === 'int.sub' && d.args[0] === p) c = (x => (x === undefined ? x : -x))(konst(d.args[1]));
    if (c !== undefined) return c === 0n ? undefined : [c];
    const def = this.f.valueDefs[a];
    if (def.kind !== 'param' || seen.has(a) || seen.size >= 8) return undefined;
    const m = def.block as Block;
    if (m === b || !this.dom.dominates(b, m)) return undefined;
    seen.add(a);
    const out: bigint[] = [];
    for (const e of this.into.get(m) ?? []) {
      const src = this.blockOf(e.inst);
      if (!this.dom.isReachable(src)) continue;
      if (this.dom.dominates(m, src)) return undefined; // m heads a loop of its own
      const cs = this.stepsOf(this.f.insts[e.inst].targets[e.index].args[def.index], p, b, seen);
      if (!cs) return undefined;
      out.push(...cs);
    }
    return out;
  }

  /** The counted-loop cap of a parameter (see the header), given its joined value. */
  cap(p: Value, b: Block, next: MaybeIv): MaybeIv {
    const c = this.counters.get(p);
    if (!c || !next) return next;
    const k = this.f.blocks[b].params.indexOf(p);
    let outside: MaybeIv;
    const edges = this.into.get(b) ?? [];
    for (let ei = 0; ei < edges.length; ei++) if (!this.dom.dominates(b, this.blockOf(edges[ei].inst))) outside = join(outside, this.argAt(edges[ei], k));
    if (!outside) return next;
    if (c.up && outside.hi <= SMALL_MAX - c.step * (TRIPS + 1n)) return meet(next, { lo: -INF, hi: SMALL_MAX - c.step });
    if (!c.up && outside.lo >= SMALL_MIN + c.step * (TRIPS + 1n)) return meet(next, { lo: SMALL_MIN + c.step, hi: INF });
    return next;
  }
}

/** Is x the null word (an absent argument)? */
function isNull(s: FnRange, x: Value): boolean {
  const d = s.defOf(x);
  const c = d?.op === 'ptr.word' ? s.defOf(d.args[0]) : undefined;
  return c?.op === 'const.i32' && c.imm === 0n;
}

/** The interval an int.within states: its constant bounds. */
function withinIv(s: FnRange, d: InstData): MaybeIv {
  const lo = s.defOf(d.args[1]);
  const hi = s.defOf(d.args[2]);
  return lo?.op === 'const.int' && hi?.op === 'const.int' ? iv(lo.imm as bigint, hi.imm as bigint) : TOP;
}

/** Module-wide facts: function parameters, returns, globals. */
class Summaries {
  readonly params = new Map<string, MaybeIv[]>();
  readonly rets = new Map<string, MaybeIv>();
  readonly globals = new Map<string, MaybeIv>();
  readonly grew = new Map<string, number>();
  /** Per list site: the join of the items stored into its lists (items mode only). */
  readonly items = new Map<number, MaybeIv>();
  /** Per list site: the length its lists are made with (items mode only). */
  readonly lens = new Map<number, MaybeIv>();
}

const bitsOf = (sites: number): number[] => {
  const out: number[] = [];
  // the set bits below 31, lowest first (one step per set bit)
  for (let s = sites & 0x7fffffff; s !== 0; s &= s - 1) out.push(31 - Math.clz32(s & -s));
  return out;
};

/** The list operations whose item values the items mode follows (the same ones inference models:
 * every other store into a list escapes it, and an escaped site's items are unknown). */
const ITEM_SET = new Set(['rt_list_set', 'rt_list_setx', 'rt_list_seti', 'rt_list_setu', 'rt_setitem', 'rt_tuple_set']);
const ITEM_APPEND = new Set(['rt_list_append', 'rt_m_append']);
const ITEM_COPY = new Set(['rt_seq_mul']);
const ITEM_COPY_OPS = new Set(['py.add', 'py.mul']);
/** Reads of one item of a proven list (items mode: their interval is the items'). */
export const ITEM_READS = new Set(['rt_list_getx', 'rt_list_geti', 'rt_list_getu']);

export function range(m: IrModule, ctx: PassContext): void {
  const { fns, folded } = analyze(m, inferTypes(m), false);
  for (const s of fns) rewrite(s);
  // A decided branch leaves its comparison unused, and expand (before the late DCE) would give
  // it a fast path and a slow call: DCE drops it now, with the arm no longer reached.
  if (!ctx.disabled.has('dce')) for (const f of folded) dce(f, ctx);
}

/** The length of lists of the given sites all their life (made with it, never resized), per
 * analyze(m, info, true)'s lens; unknown unless every site is made by an operation it models. */
export function lensIv(info: TypeInfo, lens: Map<number, MaybeIv>, sites: number): MaybeIv {
  if (!info.stableLen(sites) || !info.onlyLists(sites)) return TOP;
  let r: MaybeIv;
  for (const k of bitsOf(sites)) r = join(r, lens.has(k) ? lens.get(k) : TOP);
  return r;
}

/** The interval of the items of lists of the given sites, per analyze(m, info, true)'s items. */
export function itemsIv(info: TypeInfo, items: Map<number, MaybeIv>, sites: number): MaybeIv {
  if (!sites || sites & UNKNOWN_SITE) return TOP;
  let r: MaybeIv;
  for (const k of bitsOf(sites)) r = join(r, info.escaped(k) ? TOP : items.get(k));
  return r;
}

/**
 * The interval fixpoint. With `items`, it also follows the int items of lists per allocation
 * site (inference's sites, before inlining hides list reads and writes in loads and stores): a
 * store gives its value's interval to the sites of its list, a copy (`[0] * n`, `a + b`,
 * `list(l)`) the items of its source's sites, `list(range(a, b, c))` the hull of 0, a and b, and
 * a read of an item (rt_list_getx/geti) the items of its list's sites. In both modes it folds
 * the branches its intervals decide and reruns on the smaller CFG (items: so that the bounds
 * tests items removes see the facts of the arm a range loop's step sign picks).
 */
export function analyze(m: IrModule, info: TypeInfo, items: boolean): { fns: FnRange[]; items: Map<number, MaybeIv>; lens: Map<number, MaybeIv>; folded: Set<Func> } {
  /** The functions some of whose branches the intervals decided (now jumps). */
  const folded = new Set<Func>();
  let fns = m.funcs.filter(isUserFunc).map((f) => new FnRange(f, info.types.get(f)!, info.sites.get(f)!));
  const user = new Set(fns.map((s) => s.f.name));
  // m.func's answers, kept: it searches the module's functions in order, per call of a user
  // function per round (the functions analyze looks at do not change)
  const funcs = new Map<string, Func>();
  const funcNamed = (name: string): Func => {
    let f = funcs.get(name);
    if (f === undefined) funcs.set(name, (f = m.func(name)!));
    return f;
  };
  const taken = addressTaken(m);
  let cur = new Summaries();
  // Incremental rounds: a function's run is a function of its own intervals and counters, the
  // entries of `cur` it reads and `narrow`. A function whose last run changed nothing of its own
  // and whose inputs have not changed since would do the same again: it is skipped and what it
  // added to the round's joins (its log) is added again, in the same order.
  /** Per function name: the callees and globals whose entries it reads; whether it reads items or lens. */
  const deps = new Map<string, { callees: string[]; globals: string[]; readsItems: boolean }>();
  for (const s of fns) {
    const callees = new Set<string>();
    const globals = new Set<string>();
    let readsItems = false;
    for (const d of s.f.insts) {
      if (d.op === 'call' && user.has(d.imm as string)) callees.add(d.imm as string);
      else if (d.op === 'global.get') globals.add(d.imm as string);
      else if (d.op === 'call' && (ITEM_READS.has(d.imm as string) || ITEM_COPY.has(d.imm as string) || d.imm === 'rt_list_call' || d.imm === 'rt_range_list')) readsItems = true;
      else if (ITEM_COPY_OPS.has(d.op)) readsItems = true;
    }
    deps.set(s.f.name, { callees: [...callees], globals: [...globals], readsItems });
  }
  /** What each function's last run added to the round's joins. */
  const logs = new Map<FnRange, ((n: Summaries) => void)[]>();
  /** The functions whose last run changed none of their intervals or counters. */
  let stable = new Set<FnRange>();
  /** The entries of `cur` the last merge changed; undefined: run every function. */
  let changedKeys: { params: Set<string>; rets: Set<string>; globals: Set<string>; items: boolean } | undefined;
  let lastNarrow = false;
  const start = () => {
    cur = new Summaries();
    for (const s of fns) cur.params.set(s.f.name, s.f.params.map(() => undefined));
    stable = new Set();
    changedKeys = undefined;
  };
  start();

  /** Items mode: the length a list-making instruction gives its list (unknown unless modeled). */
  const madeLen = (s: FnRange, d: InstData, facts: readonly Fact[]): MaybeIv => {
    const f = s.f;
    const callee = d.op === 'call' ? (d.imm as string) : '';
    const nonNeg = (x: MaybeIv): MaybeIv => (x ? { lo: max(x.lo, 0n), hi: max(x.hi, 0n) } : x);
    const intAt = (x: Value): MaybeIv => (s.intish(x) ? s.at(x, facts) : TOP);
    if (callee === 'rt_list_new') {
      const n = s.defOf(d.args[0]);
      return n?.op === 'const.i32' ? { lo: n.imm as bigint, hi: n.imm as bigint } : TOP;
    }
    if ((callee === 'rt_seq_mul' || callee === 'rt_list_mul_b') && d.args.length === 2) {
      const k = d.args.findIndex((x) => (s.ty[x] & ~T_UNBOUND) === T_LIST);
      if (k < 0) return TOP;
      const l = lensIv(info, cur.lens, s.st[d.args[k]]);
      const n = nonNeg(intAt(d.args[1 - k]));
      return l && n ? arith('int.mul', l, n) : undefined;
    }
    if (callee === 'rt_list_call' || callee === 'rt_range_list') {
      const src = s.defOf(d.args[0]);
      if (src?.op === 'call' && src.imm === 'rt_range_new') {
        const [a, b, c] = src.args.map((x) => (isNull(s, x) ? null : intAt(x)));
        if (a === null || (b !== null && c !== null)) return TOP;
        if (b === null) return nonNeg(a);
        return a && b ? nonNeg(arith('int.sub', b, a)) : undefined;
      }
      if (callee === 'rt_list_call' && (s.ty[d.args[0]] & ~T_UNBOUND) === T_LIST) return lensIv(info, cur.lens, s.st[d.args[0]]);
      return TOP;
    }
    void f;
    return TOP;
  };

  /** Items mode: what instruction i of s's function stores into lists, joined into next.items. */
  const itemStores = (s: FnRange, i: Inst, facts: readonly Fact[], emit: (op: (n: Summaries) => void) => void): void => {
    const f = s.f;
    const d = f.insts[i];
    const callee = d.op === 'call' ? (d.imm as string) : '';
    // The length a list is made with: every site-making instruction gives one (unknown unless modeled).
    const made = info.siteOf(f, i);
    // (most instructions do neither: no closures for them, per instruction per round, nor the
    // context V8 makes on entry to a function whose variables closures capture)
    if (made === undefined && !ITEM_SET.has(callee) && !ITEM_APPEND.has(callee) && !ITEM_COPY.has(callee) && !ITEM_COPY_OPS.has(d.op) && callee !== 'rt_list_call' && callee !== 'rt_range_list') return;
    emitItemStores(s, i, d, callee, made, facts, emit);
  };
  const emitItemStores = (s: FnRange, i: Inst, d: InstData, callee: string, made: number | undefined, facts: readonly Fact[], emit: (op: (n: Summaries) => void) => void): void => {
    const f = s.f;
    const valOf = (v: Value): MaybeIv => (s.intish(v) ? s.at(v, facts) : TOP);
    const put = (sites: number, val: MaybeIv) => {
      emit((next) => {
        for (const k of bitsOf(sites & ~UNKNOWN_SITE)) next.items.set(k, join(next.items.get(k), val));
      });
    };
    const listArgs = () => d.args.filter((x) => f.typeOf(x) === 'obj' && s.ty[x] & T_LIST);
    if (made !== undefined) {
      const len = madeLen(s, d, facts);
      emit((next) => next.lens.set(made, join(next.lens.get(made), len)));
    }
    if (ITEM_SET.has(callee) && d.args.length === 3) put(s.st[d.args[0]], valOf(d.args[2]));
    else if (ITEM_APPEND.has(callee) && d.args.length === 2) put(s.st[d.args[0]], valOf(d.args[1]));
    else if (ITEM_COPY.has(callee) || ITEM_COPY_OPS.has(d.op)) {
      const site = info.siteOf(f, i);
      if (site !== undefined) for (const x of listArgs()) put(1 << site, itemsIv(info, cur.items, s.st[x]));
    } else if (callee === 'rt_list_call' || callee === 'rt_range_list') {
      const site = info.siteOf(f, i);
      if (site === undefined) return;
      const src = s.defOf(d.args[0]);
      if (src?.op === 'call' && src.imm === 'rt_range_new') {
        // range(a): 0 <= item < a; range(a, b): a <= item < b; range(a, b, c): between a and b
        // (null: an absent argument; undefined: no value has reached it yet)
        const [a, b, c] = src.args.map((x) => (isNull(s, x) ? null : valOf(x)));
        if (a === null) put(1 << site, TOP);
        else if (b === null) put(1 << site, a && iv(0n, a.hi - 1n));
        else if (c === null) put(1 << site, a && b && iv(a.lo, b.hi - 1n));
        else put(1 << site, a && b && join(a, b));
      } else if (callee === 'rt_list_call' && (s.ty[d.args[0]] & ~T_UNBOUND) === T_LIST) put(1 << site, itemsIv(info, cur.items, s.st[d.args[0]]));
      else put(1 << site, TOP);
    }
  };

  /** One round over every function; returns whether anything changed. */
  const round = (narrow: boolean): boolean => {
    let changed = false;
    const next = new Summaries();
    /** Sets a parameter-like entry: grows (widening after a few rounds) or, narrowing, shrinks. */
    const settle = (old: MaybeIv, val: MaybeIv, count: () => number): MaybeIv => {
      if (narrow) return meet(old, val);
      const j = join(old, val);
      if (same(j, old)) return old;
      return count() > WIDEN_AFTER ? widen(old, j) : j;
    };
    const all = changedKeys === undefined || narrow !== lastNarrow;
    lastNarrow = narrow;
    const dirty = (name: string): boolean => {
      const dep = deps.get(name)!;
      const ck = changedKeys!;
      return ck.params.has(name) || (dep.readsItems && ck.items) || dep.callees.some((c) => ck.rets.has(c)) || dep.globals.some((g) => ck.globals.has(g));
    };
    for (const s of fns) {
      const f = s.f;
      if (!all && stable.has(s) && !dirty(f.name)) {
        const log = logs.get(s)!;
        for (let k = 0; k < log.length; k++) log[k](next);
        continue;
      }
      const log: ((n: Summaries) => void)[] = [];
      logs.set(s, log);
      const emit = (op: (n: Summaries) => void) => {
        op(next);
        log.push(op);
      };
      let own = false;
      const set = (v: Value, val: MaybeIv) => {
        if (!same(s.ivs[v], val)) {
          s.ivs[v] = val;
          changed = own = true;
        }
      };
      // A function called through the table may get any argument: its parameters are unknown.
      const entryParams = f.blocks[f.entry].params;
      for (let k = 0; k < entryParams.length; k++) if (s.intish(entryParams[k])) set(entryParams[k], taken.has(f.name) ? TOP : cur.params.get(f.name)![k]);
      const rpo = s.dom.rpo as Block[];
      for (let bi = 0; bi < rpo.length; bi++) {
        const b = rpo[bi];
        const facts = s.facts.get(b)!;
        if (b !== f.entry) {
          const params = f.blocks[b].params;
          for (let k = 0; k < params.length; k++) {
            const p = params[k];
            if (!s.intish(p)) continue;
            let val: MaybeIv;
            const edges = s.into.get(b) ?? [];
            for (let ei = 0; ei < edges.length; ei++) val = join(val, s.argAt(edges[ei], k));
            let r = settle(s.ivs[p], s.cap(p, b, val), () => ((own = true), ++s.grew[p]));
            r = s.cap(p, b, r);
            set(p, r);
          }
        }
        // (an indexed loop: the compiler runs without V8's optimizing tier, where for-of costs)
        const insts = f.blocks[b].insts;
        for (let ii = 0; ii < insts.length; ii++) {
          const i = insts[ii];
          const d = f.insts[i];
          if (d.op === 'call' && user.has(d.imm as string)) {
            const callee = d.imm as string;
            const vals = d.args.map((a) => (s.intish(a) ? s.at(a, facts) : undefined));
            emit((next) => {
              const ps = next.params.get(callee) ?? funcNamed(callee).params.map(() => undefined);
              vals.forEach((v, k) => (ps[k] = join(ps[k], v)));
              next.params.set(callee, ps);
            });
          } else if (d.op === 'ret' && d.args.length === 1 && s.intish(d.args[0])) {
            const v = s.at(d.args[0], facts);
            emit((next) => next.rets.set(f.name, join(next.rets.get(f.name), v)));
          } else if (d.op === 'global.set' && s.intish(d.args[0])) {
            const g = d.imm as string;
            const v = s.at(d.args[0], facts);
            emit((next) => next.globals.set(g, join(next.globals.get(g), v)));
          }
          if (items) itemStores(s, i, facts, emit);
          const r = d.result;
          if (r === undefined || !s.intish(r)) continue;
          let val: MaybeIv = TOP;
          if (d.op === 'const.int' || d.op === 'const.bool') val = { lo: d.imm as bigint, hi: d.imm as bigint };
          else if (d.op === 'box.bool') val = BOOL;
          else if (d.op in RAW_ARITH || d.op === 'int.floordiv' || d.op === 'int.mod') {
            const x = s.at(d.args[0], facts);
            const y = s.at(d.args[1], facts);
            val = x && y ? arith(d.op, x, y) : undefined;
          } else if (d.op === 'global.get') val = cur.globals.get(d.imm as string);
          else if (d.op === 'call' && user.has(d.imm as string)) val = cur.rets.get(d.imm as string);
          else if (d.op === 'call' && d.imm === 'rt_len' && d.args.length === 1 && lenIsWord(s.ty[d.args[0]])) val = LEN;
          else if (d.op === 'call' && ORD_CALLS.has(d.imm as string)) val = ORD;
          else if (d.op === 'tag.int') val = taggedIv(s, d.args[0]);
          else if (d.op === 'int.within') val = meet(s.at(d.args[0], facts), withinIv(s, d));
          else if (items && d.op === 'call' && ITEM_READS.has(d.imm as string)) val = itemsIv(info, cur.items, s.st[d.args[0]]);
          set(r, val);
        }
      }
      if (own) stable.delete(s);
      else stable.add(s);
    }
    // Module-wide entries take this round's joins (widened, or narrowed).
    const merged = new Summaries();
    const bump = (key: string) => () => {
      const n = (cur.grew.get(key) ?? 0) + 1;
      cur.grew.set(key, n);
      return n;
    };
    for (const s of fns) {
      const name = s.f.name;
      const old = cur.params.get(name)!;
      const nw = next.params.get(name);
      merged.params.set(name, old.map((o, k) => settle(o, nw?.[k], bump(`param ${name} ${k}`))));
      merged.rets.set(name, settle(cur.rets.get(name), next.rets.get(name), bump(`ret ${name}`)));
    }
    for (const g of new Set([...cur.globals.keys(), ...next.globals.keys()])) merged.globals.set(g, settle(cur.globals.get(g), next.globals.get(g), bump(`global ${g}`)));
    for (const k of new Set([...cur.items.keys(), ...next.items.keys()])) merged.items.set(k, settle(cur.items.get(k), next.items.get(k), bump(`items ${k}`)));
    for (const k of new Set([...cur.lens.keys(), ...next.lens.keys()])) merged.lens.set(k, settle(cur.lens.get(k), next.lens.get(k), bump(`lens ${k}`)));
    for (const [k, v] of cur.grew) merged.grew.set(k, v);
    const diff = <K>(a: Map<K, MaybeIv>, b: Map<K, MaybeIv>) => new Set([...b].filter(([k, v]) => !same(a.get(k), v)).map(([k]) => k));
    changedKeys = {
      params: new Set([...merged.params].filter(([k, v]) => !v.every((x, j) => same(cur.params.get(k)![j], x))).map(([k]) => k)),
      rets: diff(cur.rets, merged.rets),
      globals: diff(cur.globals, merged.globals),
      items: diff(cur.items, merged.items).size > 0 || diff(cur.lens, merged.lens).size > 0,
    };
    if (changedKeys.params.size || changedKeys.rets.size || changedKeys.globals.size || changedKeys.items) changed = true;
    cur = merged;
    return changed;
  };
  // A branch the intervals decide becomes a jump, and the analysis starts again on the smaller
  // CFG: its facts now hold where only the taken edge led (a `for j in range(a, b, step)` whose
  // step is proven positive keeps only the `j < b` test, so the body knows j < b). The ops are
  // unchanged (types stay valid); only terminators change, at most a few times.
  for (let pass = 0; ; pass++) {
    while (round(false));
    round(true);
    round(true);
    const fold = fns.map(foldBranches);
    fns.forEach((s, k) => fold[k] && folded.add(s.f));
    if (pass === 2 || !fold.some((x) => x)) break;
    fns = fns.map((s) => new FnRange(s.f, s.ty, s.st));
    start();
  }
  return { fns, items: cur.items, lens: cur.lens, folded };
}

/** The truth of `a rel c` for every pair of values in the intervals, when it is decided. */
function decide(rel: Rel, a: Iv, c: Iv): boolean | undefined {
  switch (rel) {
    case 'lt':
      return a.hi < c.lo ? true : a.lo >= c.hi ? false : undefined;
    case 'le':
      return a.hi <= c.lo ? true : a.lo > c.hi ? false : undefined;
    case 'gt':
      return decide('lt', c, a);
    case 'ge':
      return decide('le', c, a);
    case 'eq':
      return a.lo === a.hi && c.lo === c.hi && a.lo === c.lo ? true : a.hi < c.lo || c.hi < a.lo ? false : undefined;
    case 'ne': {
      const e = decide('eq', a, c);
      return e === undefined ? e : !e;
    }
  }
}

/** Turns each `br` on an int comparison the intervals decide into a jump to the taken target;
 * returns whether any changed. */
function foldBranches(s: FnRange): boolean {
  const f = s.f;
  let changed = false;
  for (const b of s.dom.rpo as Block[]) {
    const insts = f.blocks[b].insts;
    const t = f.insts[insts[insts.length - 1]];
    if (t?.op !== 'br' || t.targets.length !== 2) continue;
    let taken = true;
    let v = t.args[0];
    const instOf = (x: Value) => (f.valueDefs[x].kind === 'inst' ? (f.valueDefs[x] as { inst: Inst }).inst : undefined);
    while (instOf(v) !== undefined && f.insts[instOf(v)!].op === 'i32.eqz') {
      taken = !taken;
      v = f.insts[instOf(v)!].args[0];
    }
    const ci = instOf(v);
    const c = ci === undefined ? undefined : f.insts[ci];
    if (!c || !(c.op in CMP) || !s.intish(c.args[0]) || !s.intish(c.args[1])) continue;
    // The operands' intervals where the comparison is made (its block's facts).
    const home = s.blockOf(ci!);
    if (home === undefined || !s.dom.isReachable(home)) continue;
    const facts = s.facts.get(home)!;
    const x = s.at(c.args[0], facts);
    const y = s.at(c.args[1], facts);
    if (!x || !y) continue;
    const r = decide(CMP[c.op], x, y);
    if (r === undefined) continue;
    const target = t.targets[r === taken ? 0 : 1];
    t.op = 'jump';
    t.args = [];
    t.targets = [target];
    changed = true;
  }
  return changed;
}

/**
 * Does every result f returns hold an int >= 0? Each `ret v` must be proven so: v's interval
 * is >= 0 where it is returned, or v is an int.add of such values or of results of f's calls of
 * itself. The intervals alone cannot say it for fib (its results join `n` and the sum of two
 * of its own results, which widens to unknown); by induction on the calls it holds: a call
 * returns only after the calls of itself it adds up did, with results >= 0.
 */
function returnsNonNeg(s: FnRange): boolean {
  const f = s.f;
  const nonNeg = (v: Value, facts: readonly Fact[], depth: number): boolean => {
    if (!s.intOnly(v)) return false;
    const d = s.defOf(v);
    if (d?.op === 'call' && d.imm === f.name) return true;
    const r = s.at(v, facts);
    if (r && r.lo >= 0n) return true;
    const def = f.valueDefs[v];
    if (d?.op !== 'int.add' || def.kind !== 'inst' || depth > 4) return false;
    const home = s.facts.get(s.blockOf(def.inst))!;
    return d.args.every((a) => nonNeg(a, home, depth + 1));
  };
  let any = false;
  for (const b of s.dom.rpo as Block[]) {
    const insts = f.blocks[b].insts;
    const t = f.insts[insts[insts.length - 1]];
    if (t?.op !== 'ret' || t.args.length !== 1) continue;
    const v = t.args[0];
    if (s.defOf(v)?.op === 'ptr.word') continue; // the exception sentinel
    if (!nonNeg(v, s.facts.get(b)!, 0)) return false;
    any = true;
  }
  return any;
}

/** Rewrites the int ops the intervals prove to stay within small ints. */
function rewrite(s: FnRange): void {
  const f = s.f;
  const repl = new Map<Value, Value>();
  // Comparisons that still need a tag test on one operand, done after the main walk (they split blocks).
  const mixed: { inst: Inst; small: number }[] = [];
  // Float conversions of ints proven non-zero: a true division by one needs no zero test
  // (spectral_norm's `1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`).
  const nonZero = new Set<Value>();
  const retNonNeg = returnsNonNeg(s);
  for (const b of s.dom.rpo as Block[]) {
    const facts = s.facts.get(b)!;
    const out: Inst[] = [];
    for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      const isCmp = d.op in CMP;
      const isDiv = d.op === 'int.floordiv' || d.op === 'int.mod';
      if (d.op === 'is.small' && s.intOnly(d.args[0]) && isSmall(s.at(d.args[0], facts))) {
        // The tag test of an inlined fast path (a list index) on a proven small int.
        d.op = 'const.i32';
        d.args = [];
        d.imm = 1n;
        out.push(i);
        continue;
      }
      if (d.op === 'float.div' && nonZero.has(d.args[1])) {
        d.op = 'f64.div'; // (the zero test and its ZeroDivisionError are expand's)
        out.push(i);
        continue;
      }
      if (d.op === 'num.to_f64' && s.intOnly(d.args[0]) && isSmall(s.at(d.args[0], facts))) {
        const v = s.at(d.args[0], facts)!;
        if (v.lo > 0n || v.hi < 0n) nonZero.add(d.result!);
        // float(x) of a small int: exact below 2**53, rounded to nearest-even above (as CPython)
        const w = f.makeInst('word.bits', [d.args[0]], undefined, 'i64', [], d.line);
        const one = f.makeInst('const.i64', [], 1n, 'i64', [], d.line);
        const x = f.makeInst('i64.shr_s', [f.insts[w].result!, f.insts[one].result!], undefined, 'i64', [], d.line);
        out.push(w, one, x);
        d.op = 'i64.to_f64';
        d.args = [f.insts[x].result!];
        out.push(i);
        continue;
      }
      if (d.op === 'ret' && f.retInt && d.args.length === 1 && s.intOnly(d.args[0]) && isSmall(s.at(d.args[0], facts)) && !['const.int', 'int.within'].includes(s.defOf(d.args[0])?.op ?? '')) {
        // A proven small int returned by a function tailacc may transform (its returns become
        // `acc + r`): an int.within says so, for expand (no tag test on r; fib's `return n`).
        const r = s.at(d.args[0], facts)!;
        const lo = f.makeInst('const.int', [], r.lo, 'obj', [], d.line);
        const hi = f.makeInst('const.int', [], r.hi, 'obj', [], d.line);
        const w = f.makeInst('int.within', [d.args[0], f.insts[lo].result!, f.insts[hi].result!], undefined, 'obj', [], d.line);
        out.push(lo, hi, w, i);
        d.args = [f.insts[w].result!];
        continue;
      }
      if (!(d.op in RAW_ARITH) && !isCmp && !isDiv) {
        out.push(i);
        continue;
      }
      const [a, c] = d.args;
      const ia = s.at(a, facts);
      const ic = s.at(c, facts);
      const sa = s.intOnly(a) && isSmall(ia);
      const sc = s.intOnly(c) && isSmall(ic);
      if (!sa || !sc || (!isCmp && !isSmall(arith(d.op, ia!, ic!))) || (isDiv && ic!.lo < 1n)) {
        // One proven small int against an int of any size: only the other needs its tag tested.
        if (isCmp && sa !== sc && s.intOnly(sa ? c : a)) mixed.push({ inst: i, small: sa ? 0 : 1 });
        // An int.add/int.sub that keeps its tests: a proven small operand says so with an
        // int.within, for expand (no tag test for it; one overflow comparison when its sign is
        // known: `total += i` with 0 <= i). Not beside a call of the function itself: tailacc
        // matches `x + f(...)` as it is.
        const selfCall = (v: Value) => s.defOf(v)?.op === 'call' && s.defOf(v)!.imm === f.name;
        // Beside one, an operand proven >= 0 is noted for tailacc (its accumulator's sign; x may
        // be a call of the function too, as fib's fib(n - 1)).
        if (d.op === 'int.add' && (selfCall(a) || selfCall(c))) {
          for (const [x, ix] of [[a, ia], [c, ic]] as const) {
            if (s.intOnly(x) && ((ix && ix.lo >= 0n) || (selfCall(x) && retNonNeg))) (f.tailNonNeg ??= new Set()).add(x);
          }
        }
        if ((d.op === 'int.add' || d.op === 'int.sub') && s.intOnly(a) && s.intOnly(c) && !selfCall(a) && !selfCall(c)) {
          d.args = d.args.map((v, k) => {
            const r = k === 0 ? ia : ic;
            if (!(k === 0 ? sa : sc) || s.defOf(v)?.op === 'const.int' || s.defOf(v)?.op === 'int.within') return v;
            const lo = f.makeInst('const.int', [], r!.lo, 'obj', [], d.line);
            const hi = f.makeInst('const.int', [], r!.hi, 'obj', [], d.line);
            const w = f.makeInst('int.within', [v, f.insts[lo].result!, f.insts[hi].result!], undefined, 'obj', [], d.line);
            out.push(lo, hi, w);
            return f.insts[w].result!;
          });
        }
        out.push(i);
        continue;
      }
      const emit = (op: Opcode, args: Value[], type: IrType, imm?: bigint): Value => {
        const x = f.makeInst(op, args, imm, type, [], d.line);
        out.push(x);
        return f.insts[x].result!;
      };
      const constOf = (v: Value) => (s.defOf(v)?.op === 'const.int' ? (s.defOf(v)!.imm as bigint) : undefined);
      const word = (v: Value) => (constOf(v) !== undefined ? emit('const.i64', [], 'i64', constOf(v)! << 1n) : emit('word.bits', [v], 'i64'));
      if (isCmp) {
        const wa = word(a);
        const wc = word(c);
        d.op = RAW_CMP[CMP[d.op]];
        d.args = [wa, wc];
      } else if (isDiv && constOf(c) !== undefined && (constOf(c)! & (constOf(c)! - 1n)) === 0n) {
        // A power of two 2**k: a // 2**k is a >> k and a % 2**k is a & (2**k - 1) for every a
        // (floor division, two's complement), on the words: (2a >> (k + 1)) << 1 and
        // 2a & ((2**k - 1) << 1). No division instruction (wazero emits idiv, 40+ cycles, for a
        // constant divisor; spectral_norm's `// 2`).
        const k = BigInt(constOf(c)!.toString(2).length - 1);
        const wa = word(a);
        const r =
          d.op === 'int.mod' ? emit('i64.and', [wa, emit('const.i64', [], 'i64', (constOf(c)! - 1n) << 1n)], 'i64')
          : emit('i64.shl', [emit('i64.shr_s', [wa, emit('const.i64', [], 'i64', k + 1n)], 'i64'), emit('const.i64', [], 'i64', 1n)], 'i64');
        d.op = 'bits.word';
        d.args = [r];
      } else if (isDiv) {
        // Divisor >= 1: the words divide as the values do (2a / 2b), truncating; a negative
        // remainder (only when a may be negative) moves the quotient down by one and the
        // remainder up by b. shr_s by 63 is -1 for a negative remainder, 0 otherwise.
        const wa = word(a);
        const wc = word(c);
        // (the remainder only where it is used: DCE keeps a division, which may trap)
        const rem = d.op === 'int.mod' || ia!.lo < 0n ? emit('i64.rem_s', [wa, wc], 'i64') : undefined;
        const neg = ia!.lo < 0n ? emit('i64.shr_s', [rem!, emit('const.i64', [], 'i64', 63n)], 'i64') : undefined;
        let r: Value;
        if (d.op === 'int.mod') r = neg ? emit('i64.add', [rem!, emit('i64.and', [wc, neg], 'i64')], 'i64') : rem!;
        else {
          const q = emit('i64.div_s', [wa, wc], 'i64');
          r = emit('i64.shl', [neg ? emit('i64.add', [q, neg], 'i64') : q, emit('const.i64', [], 'i64', 1n)], 'i64');
        }
        d.op = 'bits.word';
        d.args = [r];
      } else if (d.op === 'int.mul') {
        // word(a * c) = word(a) * c: one factor stays tagged, the other is its value.
        const ka = constOf(a);
        const kc = constOf(c);
        const r =
          kc !== undefined ? emit('i64.mul', [word(a), emit('const.i64', [], 'i64', kc)], 'i64')
          : ka !== undefined ? emit('i64.mul', [word(c), emit('const.i64', [], 'i64', ka)], 'i64')
          : emit('i64.mul', [word(a), emit('i64.shr_s', [word(c), emit('const.i64', [], 'i64', 1n)], 'i64')], 'i64');
        d.op = 'bits.word';
        d.args = [r];
      } else {
        const r = emit(RAW_ARITH[d.op], [word(a), word(c)], 'i64');
        d.op = 'bits.word';
        d.args = [r];
      }
      out.push(i);
    }
    f.blocks[b].insts = out;
  }
  for (const x of mixed) splitMixedCompare(f, x.inst, x.small, repl);
  applyReplacements(f, repl);
  foldConstantBranches(f);
  for (const t of certainIndexErrors(s)) {
    const d = f.insts[t];
    d.op = 'jump';
    d.targets = [d.targets[1]];
  }
}

/** The slow paths of the inlined list index fast paths (stdlib/_rt/list.py, boollist.py). */
const INDEX_SLOW = new Set(['rt_list_get_slow', 'rt_list_set_slow', 'rt_list_setf_slow']);

/**
 * The `check.exc` after an inlined list index's slow-path call that always raises: the call's
 * block (the call first, or after the boxing of a float to store) is entered only (after foldConstantBranches dropped the tag test's edge) by the false edge of the fast path's `i64.lt_u (untag.int k), len`, and
 * k is a proven int >= 0 and small, so k >= len and the call raises IndexError. Its check can
 * jump straight to the handler: the loop the index is in then has no call that returns into it
 * (Cranelift kept spectral_norm's accumulator in a stack slot for that call, stored and reloaded
 * on every trip), and the ok path's poll and unbox go with it. The handler's arguments must be
 * defined before the call.
 */
function certainIndexErrors(s: FnRange): Inst[] {
  const f = s.f;
  const into = incomingEdges(f);
  const out: Inst[] = [];
  for (const b of f.blockOrder) {
    const insts = f.blocks[b].insts;
    // The slow call, after at most the boxing of the stored float (rt_list_setfx's slow path
    // once rt_list_setf_slow is inlined into it).
    const at = insts.findIndex((i) => f.insts[i].op !== 'call' || f.insts[i].imm !== 'rt_box_float');
    const call = f.insts[insts[at]];
    const t = insts[insts.length - 1];
    const facts = s.facts.get(b);
    if (at < 0 || at >= insts.length - 1 || call.op !== 'call' || !INDEX_SLOW.has(call.imm as string) || f.insts[t].op !== 'check.exc' || facts === undefined) continue;
    if (insts.slice(at + 1, -1).some((i) => OPS[f.insts[i].op].raises)) continue;
    const k = call.args[1];
    const iv = s.at(k, facts);
    if (!s.intOnly(k) || !isSmall(iv) || iv!.lo < 0n) continue;
    const edges = into.get(b) ?? [];
    if (edges.length !== 1 || edges[0].index !== 1) continue;
    const br = f.insts[edges[0].inst];
    if (br.op !== 'br' || br.targets[0].block === b) continue;
    const test = s.defOf(br.args[0]);
    const x = test?.op === 'i64.lt_u' ? s.defOf(test.args[0]) : undefined;
    if (x?.op !== 'untag.int' || x.args[0] !== k) continue;
    const after = new Set(insts.slice(0, -1).map((i) => f.insts[i].result));
    if (f.insts[t].targets[1].args.some((a) => after.has(a))) continue;
    out.push(t);
  }
  return out;
}

/** A `br` on a tag test this pass made constant (an inlined list index's `is.small` of a proven
 * small int) becomes a jump: no later pass folds constants, and the untaken slow path would
 * otherwise stay in the code with its test. dce-late drops the blocks left unreachable. */
function foldConstantBranches(f: Func): void {
  for (const b of f.blockOrder) {
    const t = f.terminator(b);
    if (t === undefined || f.insts[t].op !== 'br') continue;
    const d = f.insts[t];
    let taken = true;
    let v = d.args[0];
    for (;;) {
      const def = f.valueDefs[v];
      const c = def.kind === 'inst' ? f.insts[def.inst] : undefined;
      if (c?.op === 'i32.eqz') {
        taken = !taken;
        v = c.args[0];
        continue;
      }
      if (c?.op !== 'const.i32') break;
      d.op = 'jump';
      d.targets = [d.targets[(c.imm !== 0n) === taken ? 0 : 1]];
      d.args = [];
      break;
    }
  }
}

/**
 * `int.<rel> a, b` where operand `small` is a proven small int: test the other operand's tag
 * only, compare the words when it is small, and call the runtime comparison otherwise. The
 * instructions after the comparison move to a new block that receives the result.
 */
function splitMixedCompare(f: Func, inst: Inst, small: number, repl: Map<Value, Value>): void {
  const home = f.blockOrder.find((x) => f.blocks[x].insts.includes(inst))!;
  const insts = f.blocks[home].insts;
  const k = insts.indexOf(inst);
  const d = f.insts[inst];
  const rel = CMP[d.op];
  const after = (prev: Block): Block => {
    const nb = f.newBlock();
    f.blockOrder.pop();
    f.blockOrder.splice(f.blockOrder.indexOf(prev) + 1, 0, nb);
    return nb;
  };
  const join = after(home);
  const fast = after(home);
  const slow = after(fast);
  f.blocks[join].insts = insts.slice(k + 1);
  f.blocks[home].insts = insts.slice(0, k);
  const res = f.addBlockParam(join, 'i32');
  repl.set(d.result!, res);
  const put = (blk: Block, op: Opcode, args: Value[], type: IrType | null, imm?: bigint | string, targets: { block: Block; args: Value[] }[] = []): Value => {
    const x = f.makeInst(op, args, imm, type, targets, d.line);
    f.blocks[blk].insts.push(x);
    return f.insts[x].result ?? (-1 as Value);
  };
  const [a, c] = d.args;
  const wa = put(home, 'word.bits', [a], 'i64');
  const wc = put(home, 'word.bits', [c], 'i64');
  const other = small === 0 ? wc : wa;
  const tag = put(home, 'i64.and', [other, put(home, 'const.i64', [], 'i64', 1n)], 'i64');
  put(home, 'br', [put(home, 'i64.eqz', [tag], 'i32')], null, undefined, [{ block: fast, args: [] }, { block: slow, args: [] }]);
  put(fast, 'jump', [], null, undefined, [{ block: join, args: [put(fast, RAW_CMP[rel], [wa, wc], 'i32')] }]);
  const sv = put(slow, 'call', [a, c], 'i32', SLOW_CMP[rel]);
  put(slow, 'jump', [], null, undefined, [{ block: join, args: [sv] }]);
}

/** The interval of tag.int x for an i64 x widened from an i32: a loaded byte or half-word, else
 * the i32 range; anything else is unknown. */
function taggedIv(s: FnRange, x: Value): Iv {
  const w = s.defOf(x);
  if (w?.op !== 'i32.to_i64' && w?.op !== 'u32.to_i64') return TOP;
  const n = s.defOf(w.args[0]);
  if (n?.op === 'load.u8') return { lo: 0n, hi: 255n };
  if (n?.op === 'load.u16') return { lo: 0n, hi: 65535n };
  return w.op === 'i32.to_i64' ? { lo: -(1n << 31n), hi: (1n << 31n) - 1n } : { lo: 0n, hi: (1n << 32n) - 1n };
}
