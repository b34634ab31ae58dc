// infer: whole-program type inference for universal words (an analysis: it changes nothing).
// For every obj value of the program's own functions it computes the set of Python types the
// value may have at run time, as a bit set, by a fixpoint over all functions at once:
// parameters receive the union of their arguments at every call site, calls return the union
// of the callee's returns, globals the union of everything stored to them, block parameters the
// union of their incoming arguments. Runtime functions (typed stdlib code) are not analysed:
// their obj results are "anything". An op that raises for some operand types contributes only
// the types of the cases that do not raise.
//
// Lists are tracked per allocation site (design.md section 5): every list a user function makes
// (a display, [x] * n, list(...), a + b) is a site, and a value that may be a list carries the
// set of sites it may come from. Each site has an element type: the join of every value stored
// into a list of that site (displays, l[i] = v, append) and of the elements it was copied from.
// Reading an item (l[i], `for x in l`) gives the element type of the value's sites. A list that
// reaches anything this analysis does not model (a runtime function that may keep it, mutate it
// or hand out its items: sort, slices, methods, unpacking, a dict, ...) "escapes": its element
// type becomes anything, and so do those of the lists it contains (transitively), since unknown
// code could reach and change them. A list from unknown code (a runtime result) has the unknown
// site, whose elements are anything.
import type { Func, IrModule, Value } from '../ir/function.js';

export const T_INT = 1;
export const T_FLOAT = 2;
export const T_BOOL = 4;
export const T_NONE = 8;
export const T_STR = 16;
/** Anything else: containers, objects, functions... (no operation on it is specialized). */
export const T_OTHER = 32;
/** A list (its allocation sites are in TypeInfo.sites). */
export const T_LIST = 128;
export const T_ANY = 63 | T_LIST;
/** The unbound-variable sentinel (never a Python value: every use of it is guarded). */
export const T_UNBOUND = 64;
const NUM = T_INT | T_FLOAT | T_BOOL;
/** Objects no operation on numbers specializes. */
const T_OBJ = T_OTHER | T_LIST;

/** Allocation sites: bit k is site k; UNKNOWN_SITE stands for every list this analysis did not see made. */
export const MAX_SITES = 30;
export const UNKNOWN_SITE = 1 << MAX_SITES;

export interface TypeInfo {
  /** Per function, the type set of each value (0 for non-obj values and unbound sentinels). */
  readonly types: Map<Func, Uint8Array>;
  /** Per function, the list allocation sites each value may come from (a bit set). */
  readonly sites: Map<Func, Int32Array>;
  /** The element type set of the lists of the given sites (anything for the unknown site). */
  elemTypes(sites: number): number;
  /** The allocation site of a list-making instruction of a user function, if it has one. */
  siteOf(f: Func, inst: number): number | undefined;
  /** Site k's lists reach code inference does not model. */
  escaped(k: number): boolean;
  /** The sites of the lists that lists of site k may hold. */
  elemSites(k: number): number;
  /** The length every list of these sites has all its life (made by a display of that many
   * items, never appended to, never escaping), the least over the sites; -1 if unknown. */
  fixedLen(sites: number): number;
  /** The lists of these sites never change length (never appended to, never escaping). */
  stableLen(sites: number): boolean;
}

/** Is `f` one of the user's functions (as opposed to the runtime's)? The program's functions are
 * named `<module>.<name>` (`__main__.f`, `pkg.mod.f`, `__export__.f`); the runtime's have no dot. */
export function isUserFunc(f: Func): boolean {
  return f.name.includes('.') || f.name === '_start' || f.name === '_initialize';
}

/** Runtime functions whose results inference knows (everything else returns anything). */
const RUNTIME_RESULTS: Record<string, number> = {
  rt_int_from_i64: T_INT,
  rt_box_float: T_FLOAT,
  // math functions that return a float (or raise)
  ...Object.fromEntries(['exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'sqrt', 'fabs', 'exp2', 'log2', 'log10', 'degrees', 'radians'].map((n) => [`rt_math_${n}`, T_FLOAT])),
  // str builder variables (src/lower/strings.ts) always hold strs
  rt_str_iadd: T_STR, rt_str_escape: T_STR,
  // len() is always an int (CPython raises when __len__ returns anything else)
  rt_len: T_INT,
};
// classes.ts's fallbacks that always raise (their result is never used)
for (const f of ['rt_method_fallback', 'rt_not_callable', 'rt_no_init_args']) RUNTIME_RESULTS[f] = 0;
// more math functions that always return a float (or raise)
for (const f of ['atan2', 'log', 'pow', 'hypot']) RUNTIME_RESULTS[`rt_math_${f}`] = T_FLOAT;

/** Attributes that rt_getattr reads from runtime objects (exceptions, functions, ranges),
 * whatever the program stores under those names. */
const RUNTIME_ATTRS = new Set(['args', 'value', 'code', 'errno', 'strerror', 'filename', 'filename2', 'name', 'msg', 'obj', 'start', 'stop', 'step', 'end', 'reason', 'object', 'encoding', 'lineno', 'offset', 'text', 'path']);

/** In-place operators whose result on numbers is the binary operator's (on containers T_ANY). */
const INPLACE_AS: Record<string, string> = { 'py.ior': 'or', 'py.iand': 'and', 'py.ixor': 'xor', 'py.isub': 'sub' };

/** The result types of a Python binary operation over two single types. */
function binType(op: string, a: number, b: number): number {
  const ia = a === T_INT || a === T_BOOL;
  const ib = b === T_INT || b === T_BOOL;
  const na = (a & NUM) !== 0;
  const nb = (b & NUM) !== 0;
  if (a & T_OBJ || b & T_OBJ) return T_ANY;
  switch (op) {
    case 'add':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if (a === T_STR && b === T_STR) return T_STR;
      return 0;
    case 'sub':
    case 'truediv':
      if (op === 'sub' && ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      return 0;
    case 'mul':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if ((a === T_STR && ib) || (ia && b === T_STR)) return T_STR;
      return 0;
    case 'floordiv':
    case 'mod':
      if (ia && ib) return T_INT;
      if (na && nb) return T_FLOAT;
      if (op === 'mod' && a === T_STR) return T_STR;
      return 0;
    case 'pow':
      if (ia && ib) return T_INT | T_FLOAT;
      if (na && nb) return T_FLOAT;
      return 0;
    case 'and':
    case 'or':
    case 'xor':
      if (a === T_BOOL && b === T_BOOL) return T_BOOL;
      if (ia && ib) return T_INT;
      return 0;
    case 'lshift':
    case 'rshift':
      return ia && ib ? T_INT : 0;
    default:
      return T_ANY;
  }
}

function eachBit(set: number, f: (t: number) => void): void {
  for (let t = 1; t <= T_LIST; t <<= 1) if (set & t && t !== T_UNBOUND) f(t); // T_UNBOUND is never an operand
}

export function binResult(op: string, a: number, b: number): number {
  let r = 0;
  eachBit(a, (x) => eachBit(b, (y) => (r |= binType(op, x, y))));
  return r;
}

function unResult(op: string, a: number): number {
  let r = 0;
  eachBit(a, (t) => {
    if (t & T_OBJ) r |= T_ANY;
    else if (t === T_INT || t === T_BOOL) r |= T_INT;
    else if (t === T_FLOAT && op !== 'invert') r |= T_FLOAT;
  });
  return r;
}

/** Runtime functions that only read their obj arguments and keep no reference to them or to their items. */
// (Not comparisons or `in`: they may hand items to a user __eq__, which could change them.)
const READS_ONLY = new Set(['rt_len', 'rt_write_obj', 'rt_repr', 'rt_str_call', 'rt_truth']);
/** Ops that only read their obj operands (a list operand neither escapes nor changes). */
const READ_OPS = new Set(['py.is', 'py.truth']);

/**
 * A value no definition has reached yet (the fixpoint has not got there): decisions that depend
 * on its type wait, since the lattice only grows and a decision taken on nothing would stick.
 */
const unknownYet = (t: number): boolean => (t & ~T_UNBOUND) === 0;

const bitsOf = (sites: number): number[] => {
  const out: number[] = [];
  for (let k = 0; k < MAX_SITES; k++) if (sites & (1 << k)) out.push(k);
  return out;
};
/** The text of a const.str value, if v is one. */
function constStr(f: Func, v: Value): string | undefined {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  return d.op === 'const.str' ? (d.imm as string) : undefined;
}

/** The value of a const.i32, if v is one. */
function constI32(f: Func, v: Value | undefined): number | undefined {
  if (v === undefined) return undefined;
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  return d.op === 'const.i32' ? Number(d.imm) : undefined;
}

/** Functions whose table index is taken (func.ref): call.indirect may call them with anything,
 * so no pass may assume facts about their arguments or change their signature. */
export function addressTaken(m: IrModule): Set<string> {
  const out = new Set<string>();
  for (const f of m.funcs) {
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'func.ref') out.add(d.imm as string);
      }
    }
  }
  return out;
}

export function inferTypes(m: IrModule): TypeInfo {
  const funcs = m.funcs.filter(isUserFunc);
  const types = new Map<Func, Uint8Array>();
  const sitesOf = new Map<Func, Int32Array>();
  const params = new Map<string, number[]>();
  const paramSites = new Map<string, number[]>();
  const returns = new Map<string, number>();
  const returnSites = new Map<string, number>();
  const globals = new Map<string, number>();
  const globalSites = new Map<string, number>();
  const attrs = new Map<string, number>();
  const userNames = new Set(funcs.map((f) => f.name));
  // Allocation sites, numbered in the order first seen; past MAX_SITES a list has the unknown site.
  const siteIds = new Map<Func, Map<number, number>>();
  const elemBits: number[] = [];
  const elemSites: number[] = [];
  const escaped: boolean[] = [];
  /** Per site: its lists' length when made (a display), -1 if not a constant; and whether
   * they are ever appended to (every other resize is a runtime call that escapes them). */
  const madeLen: number[] = [];
  const resized: boolean[] = [];
  const taken = addressTaken(m);
  for (const f of funcs) {
    types.set(f, new Uint8Array(f.valueTypes.length));
    sitesOf.set(f, new Int32Array(f.valueTypes.length));
    const anyArgs = f.calledFromRuntime || taken.has(f.name);
    params.set(f.name, f.params.map(() => (anyArgs ? T_ANY : 0)));
    paramSites.set(f.name, f.params.map(() => (anyArgs ? UNKNOWN_SITE : 0)));
    returns.set(f.name, 0);
    returnSites.set(f.name, 0);
    siteIds.set(f, new Map());
  }
  // A user function the runtime calls (the special methods, through rt_cls_dunder) may receive
  // anything: the runtime's calls are not analysed.
  for (const f of m.funcs) {
    if (isUserFunc(f)) continue;
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op === 'call' && userNames.has(d.imm as string)) params.set(d.imm as string, params.get(d.imm as string)!.map(() => T_ANY));
      }
    }
  }
  // Generator frame slots: the union of what is stored to each (keyed by the frame.* immediate).
  // A store in a function not analysed here (a resume function inlined into the runtime) may
  // store anything.
  const frames = new Map<string, number>();
  const frameSites = new Map<string, number>();
  for (const f of m.funcs) {
    if (isUserFunc(f)) continue;
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        if (f.insts[i].op !== 'frame.store') continue;
        frames.set(f.insts[i].imm as string, T_ANY | T_UNBOUND);
        frameSites.set(f.insts[i].imm as string, UNKNOWN_SITE);
      }
    }
  }
  let changed = true;
  const join = <K>(map: Map<K, number>, k: K, t: number) => {
    const old = map.get(k) ?? 0;
    if ((old | t) !== old) {
      map.set(k, old | t);
      changed = true;
    }
  };
  const siteFor = (f: Func, inst: number): number => {
    const ids = siteIds.get(f)!;
    let k = ids.get(inst);
    if (k === undefined) {
      k = elemBits.length < MAX_SITES ? elemBits.length : -1;
      if (k >= 0) {
        elemBits.push(0);
        elemSites.push(0);
        escaped.push(false);
        const d = f.insts[inst];
        const n = d.op === 'call' && d.imm === 'rt_list_new' ? constI32(f, d.args[0]) : undefined;
        madeLen.push(n ?? -1);
        resized.push(false);
      }
      ids.set(inst, k);
    }
    return k < 0 ? UNKNOWN_SITE : 1 << k;
  };
  const elemTypes = (sites: number): number => {
    let t = sites & UNKNOWN_SITE ? T_ANY : 0;
    for (const k of bitsOf(sites)) t |= elemBits[k];
    return t;
  };
  const elemSitesOf = (sites: number): number => {
    let r = sites & UNKNOWN_SITE;
    for (const k of bitsOf(sites)) r |= elemSites[k];
    return r;
  };
  /** Lists of these sites reach code this analysis does not see: their items may be anything. */
  const escape = (sites: number): void => {
    const work = bitsOf(sites);
    while (work.length) {
      const k = work.pop()!;
      if (escaped[k]) continue;
      escaped[k] = true;
      changed = true;
      work.push(...bitsOf(elemSites[k]));
      elemBits[k] = T_ANY;
      elemSites[k] |= UNKNOWN_SITE;
    }
  };
  /** Lists of these sites get longer. */
  const grow = (sites: number): void => {
    for (const k of bitsOf(sites)) resized[k] = true;
  };
  /** A value of type t from sites vs is stored into lists of sites ls. */
  const store = (ls: number, t: number, vs: number): void => {
    t &= ~T_UNBOUND; // a variable's value is checked for the unbound sentinel before any use
    if (ls & UNKNOWN_SITE) escape(vs);
    for (const k of bitsOf(ls)) {
      if (escaped[k]) {
        escape(vs);
        continue;
      }
      if ((elemBits[k] | t) !== elemBits[k] || (elemSites[k] | vs) !== elemSites[k]) {
        elemBits[k] |= t;
        elemSites[k] |= vs;
        changed = true;
      }
    }
  };
  while (changed) {
    changed = false;
    for (const f of funcs) {
      const ty = types.get(f)!;
      const st = sitesOf.get(f)!;
      /** v may hold values of types t from sites s (a list type with no site given: the unknown site). */
      const set = (v: Value | undefined, t: number, s = 0) => {
        if (v === undefined || f.typeOf(v) !== 'obj') return;
        if (t & T_LIST && !s) s = UNKNOWN_SITE;
        if ((ty[v] | t) !== ty[v] || (st[v] | s) !== st[v]) {
          ty[v] |= t;
          st[v] |= s;
          changed = true;
        }
      };
      const escapeArgs = (args: readonly Value[]) => {
        for (const x of args) if (f.typeOf(x) === 'obj' && st[x]) escape(st[x]);
      };
      const ps = params.get(f.name)!;
      const pss = paramSites.get(f.name)!;
      f.blocks[f.entry].params.forEach((p, i) => set(p, ps[i], pss[i]));
      for (const b of f.blockOrder) {
        for (const i of f.blocks[b].insts) {
          const d = f.insts[i];
          const a = d.args.map((x) => ty[x]);
          const as = d.args.map((x) => st[x]);
          const r = d.result;
          switch (d.op) {
            case 'const.int':
            case 'tag.int':
              set(r, T_INT);
              break;
            case 'const.float':
            case 'box.float':
              set(r, T_FLOAT);
              break;
            case 'const.str':
              set(r, T_STR);
              break;
            case 'const.none':
              set(r, T_NONE);
              break;
            case 'const.bool':
            case 'box.bool':
              set(r, T_BOOL);
              break;
            case 'ptr.word':
              set(r, T_UNBOUND); // only user code's unbound sentinel is a ptr.word
              break;
            case 'global.get':
              set(r, (globals.get(d.imm as string) ?? 0) | T_UNBOUND, globalSites.get(d.imm as string) ?? 0); // read before any store: unbound
              break;
            case 'global.set':
              join(globals, d.imm as string, a[0]);
              join(globalSites, d.imm as string, as[0]);
              break;
            case 'frame.store':
              // A frame slot is memory only frame.* ops touch: a list kept there keeps its sites.
              join(frames, d.imm as string, a[1]);
              join(frameSites, d.imm as string, as[1]);
              break;
            case 'frame.load':
              set(r, frames.get(d.imm as string) ?? 0, frameSites.get(d.imm as string) ?? 0);
              break;
            // Instance attributes (classes.ts): a slot holds what is stored under its name, by
            // attr.store or rt_setattr (the only writers of slots and namespaces), or is empty.
            case 'attr.store':
              join(attrs, d.imm as string, a[1]);
              escapeArgs(d.args); // a list stored in an attribute: its items may change anywhere
              break;
            case 'attr.load':
              set(r, (attrs.get(d.imm as string) ?? 0) | T_UNBOUND);
              break;
            case 'py.neg':
            case 'py.pos':
            case 'py.invert':
              set(r, unResult(d.op.slice(3), a[0]));
              break;
            case 'py.eq':
            case 'py.ne':
            case 'py.lt':
            case 'py.le':
            case 'py.gt':
            case 'py.ge':
              set(r, (a[0] | a[1]) & T_OBJ ? T_ANY : T_BOOL);
              break;
            case 'int.add':
            case 'int.sub':
            case 'int.mul':
            case 'int.floordiv':
            case 'int.mod':
              set(r, T_INT);
              break;
            case 'py.iadd':
            case 'py.imul': {
              // On numbers and strs the binary operator; a list (or anything that may be one)
              // changes in place: its items and length are no longer known.
              if (unknownYet(a[0]) || unknownYet(a[1])) break;
              if (!d.args.some((x, k) => a[k] & T_LIST)) {
                set(r, binResult(d.op === 'py.iadd' ? 'add' : 'mul', a[0], a[1]));
                break;
              }
              escapeArgs(d.args);
              set(r, T_ANY, UNKNOWN_SITE);
              break;
            }
            case 'py.add':
            case 'py.mul': {
              // list + list and list * int make a new list holding the operands' items.
              const lists = d.args.filter((x, k) => a[k] & T_LIST);
              if (unknownYet(a[0]) || unknownYet(a[1])) break; // decided once the operands have types
              if (!lists.length) {
                set(r, binResult(d.op.slice(3), a[0], a[1]));
                break;
              }
              const exact = d.op === 'py.add' ? within(a[0], T_LIST) && within(a[1], T_LIST)
                : (within(a[0], T_LIST) && within(a[1], T_INT | T_BOOL)) || (within(a[1], T_LIST) && within(a[0], T_INT | T_BOOL));
              if (!exact) escapeArgs(d.args); // the runtime may hand a list operand to a user __add__ / __mul__
              const site = exact ? siteFor(f, i) : UNKNOWN_SITE;
              let s = 0;
              for (const x of lists) s |= st[x];
              store(site, elemTypes(s), elemSitesOf(s));
              set(r, exact ? T_LIST : T_ANY, site);
              break;
            }
            case 'call': {
              const callee = d.imm as string;
              const setter = callee === 'rt_setattr' || callee === 'rt_object_setattr';
              const attr = setter || callee === 'rt_getattr' ? constStr(f, d.args[1]) : undefined;
              if (attr !== undefined && setter) join(attrs, attr, a[2]);
              if (attr !== undefined && callee === 'rt_getattr' && !RUNTIME_ATTRS.has(attr) && !attr.startsWith('__')) {
                // rt_getattr returns a value stored under the name, except the attributes the
                // runtime itself makes: those of exceptions and functions (and dunders), anything.
                set(r, (attrs.get(attr) ?? 0) | T_UNBOUND);
                break;
              }
              if (userNames.has(callee)) {
                const cp = params.get(callee)!;
                const cps = paramSites.get(callee)!;
                d.args.forEach((x, k) => {
                  // An argument is never the unbound sentinel: reads of a variable check for it.
                  const t = ty[x] & ~T_UNBOUND;
                  if (f.typeOf(x) === 'obj' && ((cp[k] | t) !== cp[k] || (cps[k] | st[x]) !== cps[k])) {
                    cp[k] |= t;
                    cps[k] |= st[x];
                    changed = true;
                  }
                });
                set(r, returns.get(callee)!, returnSites.get(callee)!);
                break;
              }
              switch (callee) {
                case 'rt_list_new':
                  set(r, T_LIST, siteFor(f, i));
                  break;
                case 'rt_list_call': {
                  // list(x): a copy of a list's items, the ints of a range, or anything.
                  const site = siteFor(f, i);
                  const def = f.valueDefs[d.args[0]];
                  if (unknownYet(a[0])) break;
                  const fromRange = def.kind === 'inst' && f.insts[def.inst].op === 'call' && f.insts[def.inst].imm === 'rt_range_new';
                  if (fromRange) store(site, T_INT, 0);
                  else {
                    store(site, elemTypes(as[0]), elemSitesOf(as[0]));
                    if (!within(a[0], T_LIST)) store(site, T_ANY, UNKNOWN_SITE);
                  }
                  set(r, T_LIST, site);
                  break;
                }
                case 'rt_list_set':
                  store(as[0], a[2], as[2]);
                  break;
                case 'rt_list_append':
                  grow(as[0]);
                  store(as[0], a[1], as[1]);
                  break;
                case 'rt_m_append': // l.append(v)
                  if (unknownYet(a[0])) break;
                  grow(as[0]);
                  if (within(a[0], T_LIST)) store(as[0], a[1], as[1]);
                  else escapeArgs(d.args);
                  set(r, T_NONE);
                  break;
                case 'rt_setitem':
                case 'rt_list_seti':
                case 'rt_list_setx':
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_LIST)) store(as[0], a[2], as[2]);
                  else escapeArgs(d.args);
                  break;
                case 'rt_getitem':
                case 'rt_list_geti':
                case 'rt_list_getx':
                  if (unknownYet(a[0])) break;
                  set(r, elemTypes(as[0]) | (within(a[0], T_LIST) ? 0 : T_ANY), elemSitesOf(as[0]));
                  break;
                case 'rt_iter':
                  if (unknownYet(a[0])) break;
                  // The iterator stands for the lists it walks (their sites); rt_next gives their items.
                  set(r, T_OTHER, as[0] | (within(a[0], T_LIST) ? 0 : UNKNOWN_SITE));
                  break;
                case 'rt_next':
                  set(r, elemTypes(as[0]) | T_UNBOUND, elemSitesOf(as[0])); // the null word ends the iteration
                  break;
                default:
                  if (!READS_ONLY.has(callee)) escapeArgs(d.args);
                  set(r, RUNTIME_RESULTS[callee] ?? T_ANY | T_UNBOUND); // the runtime may return the null word (e.g. end of iteration)
              }
              break;
            }
            case 'ret':
              // What a function the runtime calls returns goes to code not analysed here.
              if (f.calledFromRuntime && d.args.length && f.typeOf(d.args[0]) === 'obj' && as[0]) escape(as[0]);
              if (d.args.length && f.typeOf(d.args[0]) === 'obj') {
                join(returns, f.name, a[0]);
                join(returnSites, f.name, as[0]);
              }
              break;
            default:
              if (!READ_OPS.has(d.op)) escapeArgs(d.args);
              if (d.op.startsWith('py.')) set(r, binResult(INPLACE_AS[d.op] ?? d.op.slice(3), a[0], a[1]));
              else if (r !== undefined) set(r, T_ANY | T_UNBOUND);
          }
          for (const t of d.targets) {
            const tp = f.blocks[t.block].params;
            t.args.forEach((x, k) => set(tp[k], ty[x], st[x]));
          }
        }
      }
    }
  }
  return {
    types,
    sites: sitesOf,
    elemTypes,
    siteOf: (f, inst) => {
      const k = siteIds.get(f)?.get(inst);
      return k === undefined || k < 0 ? undefined : k;
    },
    escaped: (k) => escaped[k],
    elemSites: (k) => elemSites[k],
    stableLen: (sites) => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => !escaped[k] && !resized[k]),
    fixedLen: (sites) => {
      if (!sites || sites & UNKNOWN_SITE) return -1;
      let n = Infinity;
      for (const k of bitsOf(sites)) {
        if (escaped[k] || resized[k] || madeLen[k] < 0) return -1;
        n = Math.min(n, madeLen[k]);
      }
      return n;
    },
  };
}

/** Every value the set allows is in `set` (the unbound sentinel aside: its uses are guarded). */
export const within = (t: number, set: number): boolean => (t & ~T_UNBOUND) !== 0 && (t & ~set & ~T_UNBOUND) === 0;
