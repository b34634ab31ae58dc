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
//
// Instances of the program's classes are tracked the same way, with one site per class (made by
// rt_inst_new of a class object that is a class statement's global, or its rt_class_new result
// itself where modglobals made the global a value of the module body): a T_OTHER value whose sites
// are all class sites is an instance of one of those classes, and every other T_OTHER value
// carries the unknown site. That makes the lowering's class switches decidable: the key
// rt_cls_key / rt_inst_key / rt_cls_id of such a value is one of the classes' ids, so an
// `i32.eq key, id` (or an i32.or of them) may be a constant, and a `br` on a constant only
// reaches one of its targets. Blocks are analysed only once reached (from the entry, over the
// edges not ruled out), so the fallback paths of a switch over a receiver of known class (generic
// attribute reads and method calls, whose results are anything) add nothing to the types. In a
// block dominated by a switch edge, the receiver whose key was tested has only the sites of the
// classes that edge allows (keyFacts): a method called in the case of class C gets only C's
// instances as `self`, and a slot read there only C's attribute types.
//
// Tuples a user function makes (rt_tuple_new, filled by rt_tuple_set) are sites too, of type
// T_OTHER: their element type is the join of the items stored at construction. A tuple never
// changes, so one that reaches unknown code keeps its element type (only the lists and tuples
// it holds escape). Reading an item (x[i], unpacking, max()/min() of the items) of a value whose
// sites are all list or tuple sites gives their element types. Iterators over tuples are not
// tracked (they have the unknown site), so a T_OTHER value whose sites are all tuple sites is a
// tuple. Tuple sites only use the sites lists and classes cannot need (tupleBudget).
//
// Dicts and sets a user function makes (rt_dict_new, rt_set_new, set()) are sites too, from the
// same budget, of type T_OTHER: their element type is their keys' (elemBits), and a dict's values
// have valBits / valSites, joined over every store inference follows (d[k] = v, displays and
// comprehensions, s.add, setdefault). d[k] and d.get give the value type, iterating the key type.
// Every other use escapes them as lists (update, |=, pop, copies, **kw, unknown calls); views
// escape only what they hold. An iterator over them carries their sites, as over lists.
import type { Block, Func, IrModule, Value } from '../ir/function.js';
import { CLASSF_EXCEPTION, TYPE_BOOL, TYPE_FLOAT, TYPE_INT, TYPE_LIST, TYPE_NONE, TYPE_STR, TYPE_TUPLE } from '../runtime/layout.js';
import { DomTree } from '../ir/analysis/dominators.js';
import { AttrTypes, slotPointers, slotReceiver } from './attrtypes.js';

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
/** Not a type: a bit of typeFacts' masks, cleared where a dominating `isinstance(x, tuple)`
 * proved x a tuple (rt_type_id TYPE_TUPLE exactly; the type bits do not tell tuples apart). */
const F_NON_TUPLE = 1 << 20;
/** Not a type: a bit of typeFacts' masks, cleared where a dominating `isinstance(x, tuple)`
 * failed. x is no tuple there: its tuple sites are dropped (notTuple), and with them T_OTHER when
 * what is left are list sites and no iterator over a list can be x (iterValues). */
const F_MAY_TUPLE = 1 << 21;

/** Kinds of dict and set sites (inferTypes' siteHash). */
const SITE_DICT = 1;
const SITE_SET = 2;

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
  /** The class id every value of these sites is an instance of, when they are all instances of
   * that one class (no other site, not the unknown one); else undefined. */
  classOf(sites: number): number | undefined;
  /** The class ids of these sites when they are all class sites (not the unknown one); else undefined. */
  classIds(sites: number): number[] | undefined;
  /** The type set of v where block b uses it (narrowed by dominating `is None` tests). */
  typeAt(f: Func, b: number, v: Value): number;
  /** Every value of these sites is a list or an iterator rt_iter made over one (no instance, not
   * the unknown site). */
  onlyLists(sites: number): boolean;
  /** Every value of these sites is a tuple a user function made (not the unknown site). */
  onlyTuples(sites: number): boolean;
  /** Every value of these sites is a dict a user function made or an iterator over one (not the
   * unknown site): a hint (the runtime entries specialize picks test the type themselves). */
  onlyDicts(sites: number): boolean;
  /** A dominating `isinstance(v, tuple)` proved v a tuple where block b uses it. */
  tupleAt(f: Func, b: number, v: Value): boolean;
  /** Block b of f can run (the fixpoint reached it). */
  live(f: Func, b: number): boolean;
  /** The value of a class switch's test (an i32.eq or i32.or of f), when the classes decide it. */
  decidedTest(f: Func, v: Value): number | undefined;
  /** The method a binary operator instruction calls, when its left operand is an instance of a
   * known class defining it (and nothing else can answer: see directSpecial); else undefined. */
  special(f: Func, b: number, inst: number): string | undefined;
  /** (pobj) What attribute `name` of the instances of class `id` may hold, the empty slot aside
   * (attrtypes.ts: its site's entry and what is stored through unknown receivers); undefined when
   * the class has no site of its own, or the program can reach attributes some way inference
   * does not follow (setattr() by a computed name, copies of an instance's values). */
  slotTypes(id: number, name: string): readonly [number, number] | undefined;
}

/** Operators whose special method the analysis can call directly. */
const OP_SPECIAL: Record<string, string> = {
  'py.add': '__add__', 'py.sub': '__sub__', 'py.mul': '__mul__', 'py.truediv': '__truediv__', 'py.floordiv': '__floordiv__', 'py.mod': '__mod__',
  'py.eq': '__eq__', 'py.ne': '__ne__', 'py.lt': '__lt__', 'py.le': '__le__', 'py.gt': '__gt__', 'py.ge': '__ge__',
};

/** The runtime functions giving the lowering's dispatch key of a value: for an instance of a
 * (non-exception) class of the program, its class id. */
const KEY_FUNCS = new Set(['rt_cls_key', 'rt_inst_key', 'rt_cls_id']);
/** Lattice of i32 values for the class switches: nothing yet, a constant, the key of an instance
 * of the classes of a set of sites, anything. */
const K_NONE = 0;
const K_CONST = 1;
const K_KEY = 2;
const K_TOP = 3;

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
  // strings made by the runtime that are always exact strs (f-strings, a literal's join, +, s[i])
  rt_str_join_parts: T_STR, rt_str_concat: T_STR, rt_str_add3: T_STR, rt_str_cat3: T_STR, rt_str_cat4: T_STR, rt_str_join: T_STR, rt_str_join_wrap: T_STR, rt_str_geti: T_STR,
  rt_str_ord_at: T_INT, rt_str_ord_slow: T_INT, // ord(s[i]) as specialize fuses it (and its slow path, once inlined)
  rt_ord: T_INT, // ord(x): an int or a raise (no user code can return anything else)
  // str(), repr() and format() of ints, floats and strs as specialize narrows them
  rt_int_to_str: T_STR, rt_str_repr: T_STR, rt_fmt_int: T_STR, rt_fmt_float: T_STR, rt_fmt_str: T_STR,
  // len() is always an int (CPython raises when __len__ returns anything else)
  rt_len: T_INT,
  // range()'s arguments as plain ints (stdlib/_rt/seq.py)
  rt_range_int: T_INT,
  // the raw-item lists specialize makes (floatlists.ts), seen by the passes that rerun inference
  rt_list_new_f64: T_LIST, rt_list_new_b: T_LIST, rt_list_mul_b: T_LIST,
  // round(x) of a float as specialize narrows it
  rt_float_round0: T_INT,
  // int-only operators and numeric comparisons as specialize narrows them (int_ops.py)
  rt_iop_pow: T_INT | T_FLOAT, rt_iop_rshift: T_INT, rt_iop_lshift: T_INT,
  rt_nop_lt: T_BOOL, rt_nop_le: T_BOOL, rt_nop_gt: T_BOOL, rt_nop_ge: T_BOOL, rt_nop_eq: T_BOOL, rt_nop_ne: T_BOOL,
};
// classes.ts's fallbacks that always raise (their result is never used)
for (const f of ['rt_method_fallback', 'rt_not_callable', 'rt_no_init_args']) RUNTIME_RESULTS[f] = 0;
// more math functions that always return a float (or raise)
for (const f of ['atan2', 'log', 'pow', 'hypot']) RUNTIME_RESULTS[`rt_math_${f}`] = T_FLOAT;

/** Attributes that rt_getattr reads from runtime objects (exceptions, functions, ranges, numbers),
 * whatever the program stores under those names. */
const RUNTIME_ATTRS = new Set(['args', 'value', 'code', 'errno', 'strerror', 'filename', 'filename2', 'name', 'msg', 'obj', 'start', 'stop', 'step', 'real', 'imag', 'numerator', 'denominator', 'end', 'reason', 'object', 'encoding', 'lineno', 'offset', 'text', 'path']);

/** In-place operators whose result on numbers is the binary operator's (on containers T_ANY). */
const INPLACE_AS: Record<string, string> = {
  'py.ior': 'or', 'py.iand': 'and', 'py.ixor': 'xor', 'py.isub': 'sub', 'py.itruediv': 'truediv', 'py.ifloordiv': 'floordiv',
  'py.imod': 'mod', 'py.ipow': 'pow', 'py.ilshift': 'lshift', 'py.irshift': 'rshift',
};

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
const READS_ONLY = new Set(['rt_len', 'rt_write_obj', 'rt_print_obj', 'rt_repr', 'rt_str_call', 'rt_format_value', 'rt_truth', 'rt_ds_check', 'rt_isinstance',
  // a bool list's items as specialize narrows l[k] and l[k] = v (boollist.py): the bytes are
  // read or written in place (a bool, as every item of the list), its length unchanged
  'rt_list_getbx', 'rt_list_setbx', 'rt_list_getbu', 'rt_list_setbu']);
/** Ops that only read their obj operands (a list operand neither escapes nor changes). */
const READ_OPS = new Set(['py.is', 'py.truth']);

/**
 * A value no definition has reached yet (the fixpoint has not got there): decisions that depend
 * on its type wait, since the lattice only grows and a decision taken on nothing would stick.
 */
const unknownYet = (t: number): boolean => (t & ~T_UNBOUND) === 0;

const bitsOf = (sites: number): number[] => {
  const out: number[] = [];
  // the set bits below MAX_SITES, lowest first (one step per set bit, not per site)
  for (let s = sites & (UNKNOWN_SITE - 1); s !== 0; s &= s - 1) out.push(31 - Math.clz32(s & -s));
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
export function constI32(f: Func, v: Value | undefined): number | undefined {
  if (v === undefined) return undefined;
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  return d.op === 'const.i32' ? Number(d.imm) : undefined;
}

/** Runtime functions calling their first argument: with no value for it the call never runs. */
const CALLS = new Set(['rt_call0', 'rt_call1', 'rt_call2', 'rt_call3', 'rt_call4', 'rt_call', 'rt_call_vec', 'rt_call_kwdict']);

/** The constant class id of rt_class_new instruction `inst` of f, unless it makes an exception class. */
function newClassId(f: Func, inst: number): number | undefined {
  const c = f.insts[inst];
  const id = constI32(f, c.args[4]);
  const flags = constI32(f, c.args[5]);
  return id !== undefined && flags !== undefined && !(flags & CLASSF_EXCEPTION) ? id : undefined;
}

/** Is v a class statement's new class object (rt_class_new's result)? */
function isClassNew(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  return def.kind === 'inst' && f.insts[def.inst].op === 'call' && f.insts[def.inst].imm === 'rt_class_new';
}

/** The runtime functions whose known result has the float bit (RUNTIME_RESULTS). */
const FLOAT_RESULTS = new Set(Object.keys(RUNTIME_RESULTS).filter((n) => RUNTIME_RESULTS[n] & T_FLOAT));

/**
 * Could inferTypes(m) prove some value a float (T_FLOAT alone, T_UNBOUND aside)? False only when
 * no user function of m has an instruction through which one can arise, read off the code as it
 * is now (so after any pass: inline splices runtime bodies, with their box.float, into user code).
 * A type with the float bit and none of int, bool or an object's comes from: a float-only source
 * (const.float, box.float, float(), a runtime function whose known result has the float bit); `/`
 * or `**` (binType: int / int is a float, int ** int may be); or an isinstance() test, whose
 * narrowing (typeFacts) can take anything down to float. Without those the float bit is only in
 * T_ANY-derived types, which keep the object bits (binType on an object is T_ANY, unResult too,
 * `is None` narrowing drops only None) and so never become float-only. Every other flow
 * (parameters, results, globals, attributes, items) joins such types. Used by sigunbox, which
 * changes nothing without a float-only value, to skip its inference.
 */
export function mayProveFloat(m: IrModule): boolean {
  for (const f of m.funcs) {
    if (!isUserFunc(f)) continue; // (inferTypes analyses these only)
    for (let bi = 0; bi < f.blockOrder.length; bi++) {
      const insts = f.blocks[f.blockOrder[bi]].insts;
      for (let k = 0; k < insts.length; k++) {
        const d = f.insts[insts[k]];
        switch (d.op) {
          case 'const.float':
          case 'box.float':
          case 'py.truediv':
          case 'py.itruediv':
          case 'py.pow':
          case 'py.ipow':
            return true;
          case 'call': {
            const c = d.imm as string;
            if (c === 'rt_float_call' || c === 'rt_isinstance' || c === 'rt_isinstance_t' || FLOAT_RESULTS.has(c)) return true;
          }
        }
      }
    }
  }
  return false;
}

/** Functions whose table index is taken (func.ref): call.indirect may call them with anything,
 * so no pass may assume facts about their arguments or change their signature. */
export function addressTaken(m: IrModule): Set<string> {
  const out = new Set<string>();
  // (indexed loops: the compiler runs without V8's optimizing tier, where for-of is slow)
  for (let fi = 0; fi < m.funcs.length; fi++) {
    const f = m.funcs[fi];
    for (let bo = 0; bo < f.blockOrder.length; bo++) {
      const insts = f.blocks[f.blockOrder[bo]].insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const d = f.insts[insts[ii]];
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
  /** Per site: its values are tuples (immutable: escaping does not change their element type). */
  const siteTuple: boolean[] = [];
  /** Per site: its values are dicts (SITE_DICT) or sets (SITE_SET) a user function made; their
   * element type (elemBits, elemSites) is that of their keys, and a dict's values have valBits
   * and valSites. */
  const siteHash: number[] = [];
  const valBits: number[] = [];
  const valSites: number[] = [];
  const taken = addressTaken(m);
  const iterValues = iteratorsFlow(funcs);
  // Class statements' globals (set once, by rt_class_new with a constant id) and their class ids;
  // and the class statements whose class object is an SSA value (a module global only the
  // module's body names: modglobals.ts), whose rt_inst_new takes rt_class_new's result itself.
  const classGlobals = new Map<string, number>();
  const classValues = new Set<number>();
  let reflective = false;
  // Lists held in attributes keep their sites (attrSites) unless the program can reach an
  // attribute's value other than by attr.load / rt_getattr of a constant name (getattr() with a
  // computed name, copying an instance's values): there a list could change behind an alias
  // this analysis does not see, so storing a list in an attribute escapes it.
  let attrAliases = false;
  // An attribute stored by a computed name (setattr(x, name, v)) may be any attribute: every
  // attribute read is then anything.
  let attrsAny = false;
  // The instructions that may make a list site (for the tuple sites' budget, below).
  let listMakers = 0;
  // A class of the program defines __eq__ (a def or an assignment in a class body: both name it):
  // list comparisons (l.remove(x)) may then hand items to program code.
  let programEq = false;
  {
    // (one walk over the program's instructions for all four; indexed loops: the compiler runs
    // without V8's optimizing tier, where for-of is slow)
    const sets = new Map<string, number>();
    for (let fi = 0; fi < funcs.length; fi++) {
      const f = funcs[fi];
      if (f.name.endsWith('.__eq__')) programEq = true;
      for (let bo = 0; bo < f.blockOrder.length; bo++) {
        const insts = f.blocks[f.blockOrder[bo]].insts;
        for (let ii = 0; ii < insts.length; ii++) {
          const i = insts[ii];
          const d = f.insts[i];
          if (d.op === 'const.str' && d.imm === '__class__') reflective = true; // an instance's class could change
          if (d.op === 'const.str' && d.imm === '__eq__') programEq = true;
          if (d.op === 'py.add' || d.op === 'py.mul' || (d.op === 'call' && (d.imm === 'rt_list_new' || d.imm === 'rt_list_call' || d.imm === 'rt_seq_mul' || d.imm === 'rt_range_list'))) listMakers++;
          if (d.op === 'call') {
            const c = d.imm as string;
            if (c === 'rt_getattr_call' || c.startsWith('rt_copy_inst')) attrAliases = true;
            if ((c === 'rt_getattr' || c === 'rt_setattr' || c === 'rt_object_setattr' || c === 'rt_class_attr_init' || c === 'rt_delattr') && constStr(f, d.args[1]) === undefined) attrAliases = true;
            if ((c === 'rt_setattr' || c === 'rt_object_setattr' || c === 'rt_class_attr_init') && constStr(f, d.args[1]) === undefined) attrsAny = true;
          }
          if (d.op === 'call' && d.imm === 'rt_class_new') {
            const id = newClassId(f, i);
            if (id !== undefined) classValues.add(id);
          }
          if (d.op !== 'global.set') continue;
          const g = d.imm as string;
          sets.set(g, (sets.get(g) ?? 0) + 1);
          const def = f.valueDefs[d.args[0]];
          const c = def.kind === 'inst' ? f.insts[def.inst] : undefined;
          if (c?.op !== 'call' || c.imm !== 'rt_class_new') continue;
          const id = constI32(f, c.args[4]);
          const flags = constI32(f, c.args[5]);
          if (id !== undefined && flags !== undefined && !(flags & CLASSF_EXCEPTION)) classGlobals.set(g, id);
        }
      }
    }
    for (const [g, n] of sets) if (n !== 1 || reflective) classGlobals.delete(g);
    if (reflective) classValues.clear();
  }
  /** The class id of the instances rt_inst_new of class object v makes, when v is a class
   * statement's global or the result of its rt_class_new. */
  const instClass = (f: Func, v: Value): number | undefined => {
    const def = f.valueDefs[v];
    if (def.kind !== 'inst') return undefined;
    const d = f.insts[def.inst];
    if (d.op === 'global.get') return classGlobals.get(d.imm as string);
    if (d.op === 'call' && d.imm === 'rt_class_new') {
      const id = newClassId(f, def.inst);
      return id !== undefined && classValues.has(id) ? id : undefined;
    }
    return undefined;
  };
  // Tuple sites take only the sites no list or class can need: every instruction that may make a
  // list site and every class statement's global counts, so tracking tuples never sends a list or
  // an instance to the unknown site where it had one of its own before.
  const tupleBudget = MAX_SITES - new Set([...classGlobals.values(), ...classValues]).size - listMakers;
  let tupleSites = 0;
  /** Per site: the class id of its instances, for the sites of classes (undefined for lists). */
  const siteClass: (number | undefined)[] = [];
  /** Instance attributes, per class (attrtypes.ts). */
  const attrs = new AttrTypes(UNKNOWN_SITE, (k) => siteClass[k] !== undefined, bitsOf, (k, name) => m.classNames.get(siteClass[k]!)?.has(name) ?? true);
  const classSites = new Map<number, number>();
  const live = new Map<Func, Uint8Array>();
  const kstate = new Map<Func, Uint8Array>();
  const kval = new Map<Func, Int32Array>();
  const narrowed = new Map<Func, Map<number, Map<Value, number>>>();
  const slotPtrs = new Map<Func, Set<number>>();
  /** Per function, the rt_getattr results whose receiver was, when last analysed, only instances of
   * the program's classes (or None). */
  const instanceReads = new Map<Func, Set<Value>>();
  const keyFactsOf = new Map<Func, Map<number, Map<Value, KeyFact>>>();
  const recvFacts = new Map<Func, Map<number, Map<Value, KeyFact>>>();
  for (const f of funcs) {
    types.set(f, new Uint8Array(f.valueTypes.length));
    sitesOf.set(f, new Int32Array(f.valueTypes.length));
    const anyArgs = f.calledFromRuntime || taken.has(f.name);
    params.set(f.name, f.params.map(() => (anyArgs ? T_ANY : 0)));
    paramSites.set(f.name, f.params.map(() => (anyArgs ? UNKNOWN_SITE : 0)));
    returns.set(f.name, 0);
    returnSites.set(f.name, 0);
    siteIds.set(f, new Map());
    const l = new Uint8Array(f.blocks.length);
    if (f.blockOrder.length) l[f.entry] = 1;
    live.set(f, l);
    kstate.set(f, new Uint8Array(f.valueTypes.length));
    kval.set(f, new Int32Array(f.valueTypes.length));
    // one dominator tree and one count of incoming edges for both kinds of facts
    let dom: DomTree | undefined;
    const domOf = () => (dom ??= DomTree.compute({ entry: f.entry, succs: (x) => f.successors(x as Block) }));
    const preds = new Map<number, number>();
    for (let bo = 0; bo < f.blockOrder.length; bo++) {
      const t = f.terminator(f.blockOrder[bo]);
      if (t === undefined) continue;
      const ts = f.insts[t].targets;
      for (let k = 0; k < ts.length; k++) preds.set(ts[k].block, (preds.get(ts[k].block) ?? 0) + 1);
    }
    narrowed.set(f, typeFacts(f, preds, domOf));
    slotPtrs.set(f, slotPointers(f));
    instanceReads.set(f, new Set());
    keyFactsOf.set(f, keyFacts(f, preds, domOf));
    recvFacts.set(f, receiverFacts(f, keyFactsOf.get(f)!));
  }
  // A user function the runtime calls (the special methods, through rt_cls_dunder) may receive
  // anything: the runtime's calls are not analysed.
  for (let fi = 0; fi < m.funcs.length; fi++) {
    const f = m.funcs[fi];
    if (isUserFunc(f)) continue;
    for (let bo = 0; bo < f.blockOrder.length; bo++) {
      const insts = f.blocks[f.blockOrder[bo]].insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const d = f.insts[insts[ii]];
        if (d.op === 'call' && userNames.has(d.imm as string)) {
          params.set(d.imm as string, params.get(d.imm as string)!.map(() => T_ANY));
          paramSites.set(d.imm as string, paramSites.get(d.imm as string)!.map(() => UNKNOWN_SITE));
        }
      }
    }
  }
  // Generator frame slots: the union of what is stored to each (keyed by the frame.* immediate).
  // A store in a function not analysed here (a resume function inlined into the runtime) may
  // store anything.
  const frames = new Map<string, number>();
  const frameSites = new Map<string, number>();
  for (let fi = 0; fi < m.funcs.length; fi++) {
    const f = m.funcs[fi];
    if (isUserFunc(f)) continue;
    for (let bo = 0; bo < f.blockOrder.length; bo++) {
      const insts = f.blocks[f.blockOrder[bo]].insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const i = insts[ii];
        if (f.insts[i].op !== 'frame.store') continue;
        frames.set(f.insts[i].imm as string, T_ANY | T_UNBOUND);
        frameSites.set(f.insts[i].imm as string, UNKNOWN_SITE);
      }
    }
  }
  /**
   * `a OP b` is exactly `type(a).__op__(a, b)` when a is an instance of one known class k whose
   * __op__ is a plain method of the program, b is an instance of k too or a number, str or None
   * (so no reflected method of a subclass of k goes first), and the method never returns
   * NotImplemented (it returns no object of unknown origin), which would bring in b's reflected
   * method. Decided on the current types: once false it stays false as they grow.
   */
  const directSpecial = (op: string, ta: number, sa: number, tb: number, sb: number): string | undefined => {
    const name = OP_SPECIAL[op];
    if (!name || !within(ta, T_OTHER)) return undefined;
    const k = classOf(sa);
    const fn = k === undefined ? undefined : m.specialMethods.get(k)?.get(name);
    if (fn === undefined || !userNames.has(fn)) return undefined;
    if (!(within(tb, T_INT | T_FLOAT | T_BOOL | T_STR | T_NONE) || (within(tb, T_OTHER) && classOf(sb) === k))) return undefined;
    retReads?.add(fn);
    if (returns.get(fn)! & T_OTHER && returnSites.get(fn)! & UNKNOWN_SITE) return undefined;
    return fn;
  };
  let changed = true;
  // Which functions a round reruns (how the fixpoint runs, never what it computes): a function
  // is analysed again only when its last analysis changed its own state (types, live blocks,
  // switch values), or something it read changed since that analysis began: its parameters,
  // the results of the functions whose results it read, or the shared state it reads (the
  // globals, frame slots and attributes its blocks name; the sites' state, if one of its blocks
  // read it in that analysis: see blockSkip below). Otherwise analysing
  // it again would read the same inputs and make the same joins, changing nothing: skipping it
  // leaves every round's sequence of changes, and so the result, exactly that of analysing every
  // function.
  let clock = 0;
  /** The last change of the sites' state (their element types and sites, escapes; a site made). */
  let sharedAt = 0;
  /** Per global, frame slot and attribute name, its last change: a block reads only those its own
   * global.get, frame.load, attr.load and rt_getattr of a constant name name (blockNames). */
  const globalAt = new Map<string, number>();
  const frameAt = new Map<string, number>();
  const attrAt = new Map<string, number>();
  const paramsAt = new Map<string, number>();
  const returnsAt = new Map<string, number>();
  /** The function being analysed changed its own state. */
  let local = false;
  /** The functions whose results the function being analysed read. */
  let retReads: Set<string> | undefined;
  /** Per function, its last analysis: when it began, whether it changed the function's own
   * state, the functions whose results it read, whether one of its blocks read the sites' state. */
  const lastRun = new Map<Func, { at: number; local: boolean; returns: Set<string>; sites: boolean }>();
  /** Per function, the globals, frame slots and attributes its blocks name (blockNames). */
  const funcNames = new Map<Func, BlockNames>();
  /** Per function, per block, what it names (blockNames; undefined: nothing), found once for
   * namesOf and dirtyBlocks (the analysis changes no instruction). */
  const namesByBlock = new Map<Func, (BlockNames | undefined)[]>();
  const blockNamesOf = (f: Func): (BlockNames | undefined)[] => {
    let a = namesByBlock.get(f);
    if (a === undefined) {
      a = [];
      const order = f.blockOrder;
      for (let bo = 0; bo < order.length; bo++) {
        const nb = blockNames(f, order[bo]);
        if (nb !== NO_NAMES) a[order[bo]] = nb;
      }
      namesByBlock.set(f, a);
    }
    return a;
  };
  const namesOf = (f: Func): BlockNames => {
    let n = funcNames.get(f);
    if (n === undefined) {
      n = { globals: [], frames: [], attrs: [] };
      const byBlock = blockNamesOf(f);
      for (const b of f.blockOrder) {
        const nb = byBlock[b];
        if (nb === undefined) continue;
        n.globals.push(...nb.globals);
        n.frames.push(...nb.frames);
        n.attrs.push(...nb.attrs);
      }
      n = { globals: [...new Set(n.globals)], frames: [...new Set(n.frames)], attrs: [...new Set(n.attrs)] };
      funcNames.set(f, n);
    }
    return n;
  };
  // Inside a function, the same for its blocks (blockSkip): a block is analysed again only if
  // a value it reads (blockReads), a result it read, a global, frame slot or attribute it names
  // (blockNames) or, if its last analysis read the sites' state (siteRead), that state changed
  // since its last analysis began. (Its analysis takes the same path while the values it reads
  // are unchanged, so it reads the sites' state again only if it did then. escape(), grow() and
  // rawWritten() only write: called again with the same sites they change nothing, since a site
  // escapes with every site in its items, and store / storeKV escape what they add to an
  // escaped site.) Per function: per value, the clock of its last change (types, sites, switch
  // value, instance read); per block, the clock when its last analysis began (0: never), the
  // functions whose results it read then, and whether a value it reads changed since (dirtyBlocks:
  // marked at each change from the values' use lists, not found by scanning its reads).
  const stamps = new Map<Func, Int32Array>();
  /** Per function, its class switch tests (switchTest of a value; null: none), found once. */
  const switchTests = new Map<Func, Map<Value, { key: Value; consts: Set<number> } | null>>();
  /** The types and sites of the arguments of the instruction being analysed (one array each,
   * reused: no allocation per instruction). */
  const a: number[] = [];
  const as: number[] = [];
  /** How many entries of a and as may hold a value: past the arguments of the instruction being
   * analysed they are undefined, as past the end of the array (and no length is set per
   * instruction, which trims or grows the arrays). */
  let argsIn = 0;
  const NO_ARG = undefined as unknown as number;
  const visits = new Map<Func, { at: Int32Array; returns: (Set<string> | undefined)[]; sites: Uint8Array; dirty: DirtyBlocks | undefined }>();
  /** The block being analysed read the sites' state (elemTypes, elemSitesOf, valTypes,
   * valSitesOf, store, storeKV: every read of what sharedAt stamps). */
  let siteRead = false;
  const sharedChanged = () => {
    changed = true;
    sharedAt = ++clock;
  };
  /** What is stored under attribute `name` grew (attrs). */
  const attrChanged = (name: string) => {
    changed = true;
    attrAt.set(name, ++clock);
  };
  const join = <K>(map: Map<K, number>, k: K, t: number) => {
    const old = map.get(k) ?? 0;
    if ((old | t) !== old) {
      map.set(k, old | t);
      changed = true;
      if (map === (returns as Map<unknown, number>) || map === (returnSites as Map<unknown, number>)) returnsAt.set(k as string, ++clock);
      else if (map === (globals as Map<unknown, number>) || map === (globalSites as Map<unknown, number>)) globalAt.set(k as string, ++clock);
      else frameAt.set(k as string, ++clock);
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
        siteClass.push(undefined);
        siteTuple.push(false);
        siteHash.push(0);
        valBits.push(0);
        valSites.push(0);
        sharedAt = ++clock;
      }
      ids.set(inst, k);
    }
    return k < 0 ? UNKNOWN_SITE : 1 << k;
  };
  /** The site of the tuples (hash 0) or the dicts and sets (hash SITE_DICT / SITE_SET)
   * instruction `inst` of f makes, from the tuples' budget (the unknown site once it is spent). */
  const budgetSiteFor = (f: Func, inst: number, hash: number): number => {
    const ids = siteIds.get(f)!;
    let k = ids.get(inst);
    if (k === undefined) {
      k = elemBits.length < MAX_SITES && tupleSites < tupleBudget ? elemBits.length : -1;
      if (k >= 0) {
        tupleSites++;
        elemBits.push(0);
        elemSites.push(0);
        escaped.push(false);
        madeLen.push(-1);
        resized.push(hash !== 0); // a tuple never changes length; dicts and sets may
        siteClass.push(undefined);
        siteTuple.push(hash === 0);
        siteHash.push(hash);
        valBits.push(0);
        valSites.push(0);
        sharedAt = ++clock;
      }
      ids.set(inst, k);
    }
    return k < 0 ? UNKNOWN_SITE : 1 << k;
  };
  const tupleSiteFor = (f: Func, inst: number): number => budgetSiteFor(f, inst, 0);
  const hashSiteFor = (f: Func, inst: number, kind: number): number => budgetSiteFor(f, inst, kind);
  /** Every value of these sites is a dict or a set a user function made, or an iterator over
   * one (not the unknown site). */
  const onlyHashed = (sites: number): boolean => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteHash[k] !== 0);
  /** Every value of these sites is a list, a tuple or an iterator over lists: x[i] gives one of
   * their items (or raises). */
  const onlySeqs = (sites: number): boolean => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteClass[k] === undefined && !siteHash[k]);
  const onlyListSites = (sites: number): boolean => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteClass[k] === undefined && !siteTuple[k] && !siteHash[k]);
  /** The sites of a value where typeFacts' mask n holds: where an isinstance() test proved it a
   * tuple, only its tuple sites and the unknown one; where one proved it no tuple, all but its
   * tuple sites. All of them when nothing would be left (the block cannot run with the value as
   * typed so far: it may once its types grow). */
  const sitesWhere = (n: number, sites: number): number => {
    if ((n & (F_NON_TUPLE | F_MAY_TUPLE)) === (F_NON_TUPLE | F_MAY_TUPLE)) return sites;
    const tuples = !(n & F_NON_TUPLE);
    let out = sites;
    for (const k of bitsOf(sites)) if (siteTuple[k] !== tuples) out &= ~(1 << k);
    return out || sites;
  };
  /** The type set of a value of type t and sites `sites` where typeFacts' mask n holds. Where it
   * is no tuple, T_OTHER goes too when its other sites are all lists' and no iterator over a list
   * can be it: only rt_iter makes a T_OTHER value with list sites, and with every iterator only
   * read by the rt_next of its loop (iteratorsFlow) none is ever tested. */
  const typeWhere = (n: number, t: number, sites: number): number => {
    if (n & F_MAY_TUPLE || iterValues || !onlyListSites(sitesWhere(n, sites))) return t & n;
    return t & n & ~T_OTHER;
  };
  /** The site of the instances of class `id` (the unknown site past MAX_SITES). Its "items"
   * (iterating an instance) are anything: it is born escaped. */
  const classSite = (id: number): number => {
    let k = classSites.get(id);
    if (k === undefined) {
      k = elemBits.length < MAX_SITES ? elemBits.length : -1;
      if (k >= 0) {
        elemBits.push(T_ANY);
        elemSites.push(UNKNOWN_SITE);
        escaped.push(true);
        madeLen.push(-1);
        resized.push(true);
        siteClass.push(id);
        siteTuple.push(false);
        siteHash.push(0);
        valBits.push(0);
        valSites.push(0);
        sharedAt = ++clock;
      }
      classSites.set(id, k);
    }
    return k < 0 ? UNKNOWN_SITE : 1 << k;
  };
  const classOf = (sites: number): number | undefined => {
    if (!sites || sites & UNKNOWN_SITE) return undefined;
    let id: number | undefined;
    for (const k of bitsOf(sites)) {
      const c = siteClass[k];
      if (c === undefined || (id !== undefined && id !== c)) return undefined;
      id = c;
    }
    return id;
  };
  /** The sites receiver x (of sites `sites`) may still have in block b of f: those of classes a
   * dominating class switch on x's key (rt_cls_key / rt_inst_key / rt_cls_id of x) has not ruled
   * out (on its false edges, or on its true edges: the key is one of the tested ids). Only class
   * sites are dropped (the unknown site and lists keep whatever key they have). */
  const remainingSites = (f: Func, b: number, x: Value, sites: number): number => {
    const fact = recvFacts.get(f)?.get(b)?.get(x);
    if (!fact || !sites) return sites;
    let out = sites;
    for (const k of bitsOf(sites)) {
      const c = siteClass[k];
      if (c !== undefined && (fact.excl.has(c) || (fact.incl !== undefined && !fact.incl.has(c)))) out &= ~(1 << k);
    }
    return out;
  };
  const elemTypes = (sites: number): number => {
    siteRead = true;
    let t = sites & UNKNOWN_SITE ? T_ANY : 0;
    for (let s = sites & (UNKNOWN_SITE - 1); s !== 0; s &= s - 1) t |= elemBits[31 - Math.clz32(s & -s)];
    return t;
  };
  const elemSitesOf = (sites: number): number => {
    siteRead = true;
    let r = sites & UNKNOWN_SITE;
    for (let s = sites & (UNKNOWN_SITE - 1); s !== 0; s &= s - 1) r |= elemSites[31 - Math.clz32(s & -s)];
    return r;
  };
  /** The types of the values of the dicts of these sites (nothing for sets: reading one raises). */
  const valTypes = (sites: number): number => {
    siteRead = true;
    let t = sites & UNKNOWN_SITE ? T_ANY : 0;
    for (const k of bitsOf(sites)) t |= valBits[k];
    return t;
  };
  const valSitesOf = (sites: number): number => {
    siteRead = true;
    let r = sites & UNKNOWN_SITE;
    for (const k of bitsOf(sites)) r |= valSites[k];
    return r;
  };
  /** Lists of these sites reach code this analysis does not see: their items may be anything. */
  const escape = (sites: number): void => {
    const work = bitsOf(sites);
    while (work.length) {
      const k = work.pop()!;
      if (escaped[k]) continue;
      escaped[k] = true;
      sharedChanged();
      work.push(...bitsOf(elemSites[k]), ...bitsOf(valSites[k]));
      if (siteTuple[k]) continue; // unknown code can read a tuple's items but not change them
      elemBits[k] = T_ANY;
      elemSites[k] |= UNKNOWN_SITE;
      valBits[k] = T_ANY;
      valSites[k] |= UNKNOWN_SITE;
    }
  };
  /** Tuples of these sites may be filled by raw stores (inlined runtime code): their items
   * may be anything. (escape() has made lists so already.) */
  const rawWritten = (sites: number): void => {
    escape(sites);
    for (const k of bitsOf(sites)) {
      if (!siteTuple[k] || (elemBits[k] === T_ANY && elemSites[k] & UNKNOWN_SITE)) continue;
      elemBits[k] = T_ANY;
      elemSites[k] |= UNKNOWN_SITE;
      sharedChanged();
    }
  };
  /** Lists of these sites get longer. */
  const grow = (sites: number): void => {
    for (let s = sites & (UNKNOWN_SITE - 1); s !== 0; s &= s - 1) resized[31 - Math.clz32(s & -s)] = true;
  };
  /** A value of type t from sites vs is stored into lists of sites ls. */
  const store = (ls: number, t: number, vs: number): void => {
    siteRead = true;
    t &= ~T_UNBOUND; // a variable's value is checked for the unbound sentinel before any use
    if (ls & UNKNOWN_SITE) escape(vs);
    for (let s = ls & (UNKNOWN_SITE - 1); s !== 0; s &= s - 1) {
      const k = 31 - Math.clz32(s & -s);
      if (escaped[k]) {
        escape(vs);
        if (!siteTuple[k]) continue;
      }
      if ((elemBits[k] | t) !== elemBits[k] || (elemSites[k] | vs) !== elemSites[k]) {
        elemBits[k] |= t;
        elemSites[k] |= vs;
        sharedChanged();
      }
    }
  };
  /** A key of type kt from sites ks and a value of type vt from sites vs are stored into the
   * dicts (or sets: no value) of sites ds. */
  const storeKV = (ds: number, kt: number, ks: number, vt: number, vs: number): void => {
    siteRead = true;
    kt &= ~T_UNBOUND;
    vt &= ~T_UNBOUND;
    if (ds & UNKNOWN_SITE) escape(ks | vs);
    for (const k of bitsOf(ds)) {
      if (escaped[k]) {
        escape(ks | vs);
        continue;
      }
      if ((elemBits[k] | kt) !== elemBits[k] || (elemSites[k] | ks) !== elemSites[k] || (valBits[k] | vt) !== valBits[k] || (valSites[k] | vs) !== valSites[k]) {
        elemBits[k] |= kt;
        elemSites[k] |= ks;
        valBits[k] |= vt;
        valSites[k] |= vs;
        sharedChanged();
      }
    }
  };
  /** Hashing key k (of type kt, sites ks) into dicts or sets of sites ds may run the program's
   * __hash__ / __eq__ on it and on their keys (runtime calls, whose arguments are anything):
   * objects among them reach code inference does not follow. */
  const hashKey = (ds: number, kt: number, ks: number): void => {
    if ((kt | elemTypes(ds)) & T_OBJ) escape(ks | elemSitesOf(ds));
  };
  while (changed) {
    changed = false;
    for (const f of funcs) {
      const last = lastRun.get(f);
      if (inferSchedule.funcSkip && last && !last.local && (!last.sites || sharedAt < last.at) && (paramsAt.get(f.name) ?? 0) < last.at && [...last.returns].every((g) => (returnsAt.get(g) ?? 0) < last.at) && namesUnchangedSince(last.at, namesOf(f))) continue;
      const at = ++clock;
      local = false;
      let fnSites = false;
      const fnReads = new Set<string>();
      const ty = types.get(f)!;
      const st = sitesOf.get(f)!;
      const sp = stamps.get(f) ?? new Int32Array(f.valueTypes.length);
      stamps.set(f, sp);
      const vis = visits.get(f) ?? { at: new Int32Array(f.blocks.length), returns: [], sites: new Uint8Array(f.blocks.length), dirty: undefined };
      visits.set(f, vis);
      // From its second analysis on, the blocks a change of a value makes dirty (dirtyBlocks).
      const dv = inferSchedule.blockSkip && lastRun.has(f) ? (vis.dirty ??= dirtyBlocks(f, vis.at, sp)) : undefined;
      /** v's state changed (its stamp is now the clock): the blocks that read it are dirty. */
      const touch = (v: Value) => {
        sp[v] = ++clock;
        if (dv !== undefined) for (let k = dv.start[v], e = dv.start[v + 1]; k < e; k++) dv.dirty[dv.users[k]] = 1;
      };
      const testsOf = switchTests.get(f) ?? new Map<Value, { key: Value; consts: Set<number> } | null>();
      switchTests.set(f, testsOf);
      /** v may hold values of types t from sites s (a list type with no site given: the unknown site). */
      const set = (v: Value | undefined, t: number, s = 0) => {
        if (v === undefined || f.typeOf(v) !== 'obj') return;
        // A list or object from an unmodelled source: the unknown site (not "no instance").
        if (t & (T_LIST | T_OTHER) && !s) s = UNKNOWN_SITE;
        if ((ty[v] | t) !== ty[v] || (st[v] | s) !== st[v]) {
          ty[v] |= t;
          st[v] |= s;
          touch(v);
          changed = true;
          local = true;
        }
      };
      const escapeArgs = (args: readonly Value[]) => {
        for (let k = 0; k < args.length; k++) if (f.typeOf(args[k]) === 'obj' && st[args[k]]) escape(st[args[k]]);
      };
      const ps = params.get(f.name)!;
      const pss = paramSites.get(f.name)!;
      const lv = live.get(f)!;
      const ks = kstate.get(f)!;
      const kv = kval.get(f)!;
      /** i32 value v is (state, value) in the switch lattice, joined with what it was. */
      const setK = (v: Value | undefined, state: number, val = 0) => {
        if (v === undefined) return;
        let ns = state;
        let nv = val;
        if (ks[v] === K_NONE) {
          // first value
        } else if (ns === K_NONE) return;
        else if (ks[v] === K_TOP || ns === K_TOP || ks[v] !== ns) ns = K_TOP;
        else if (ns === K_CONST && kv[v] !== nv) ns = K_TOP;
        else if (ns === K_KEY) nv = kv[v] | nv;
        if (ns === K_TOP) nv = 0;
        if (ns !== ks[v] || nv !== kv[v]) {
          ks[v] = ns;
          kv[v] = nv;
          touch(v);
          changed = true;
          local = true;
        }
      };
      /** The lattice value of i32 v (anything for the i32s it does not model). */
      const kOf = (v: Value): [number, number] => (opaque(f, v) ? [K_TOP, 0] : [ks[v], kv[v]]);
      /** The ids a K_KEY value may be. */
      const keyIds = (sites: number): Set<number> => new Set(bitsOf(sites).map((k) => siteClass[k]!));
      /** i32.eq of a key with a constant: 0 or 1 when the key's classes decide it. */
      const testOf = (v: Value) => {
        let t = testsOf.get(v);
        if (t === undefined) testsOf.set(v, (t = switchTest(f, v) ?? null));
        return t ?? undefined;
      };
      /** The value of a test (i32.eq / i32.or) in the lattice: decided when the key's classes are
       * all in, or all out of, the tested constants. */
      const testValue = (v: Value, b: number): [number, number] => {
        const t = testOf(v);
        if (!t) return [K_TOP, 0];
        const [sk, vk] = kOf(t.key);
        if (sk === K_NONE) return [K_NONE, 0];
        if (sk === K_CONST) return [K_CONST, t.consts.has(vk) ? 1 : 0];
        if (sk !== K_KEY) return [K_TOP, 0];
        // the classes the key can still be here (earlier cases of the switch ruled out)
        const fact = keyFactsOf.get(f)!.get(b)?.get(t.key);
        const ids = [...keyIds(vk)].filter((id) => !fact || (!fact.excl.has(id) && (fact.incl === undefined || fact.incl.has(id))));
        if (ids.every((id) => t.consts.has(id))) return [K_CONST, 1];
        if (ids.every((id) => !t.consts.has(id))) return [K_CONST, 0];
        return [K_TOP, 0];
      };
      const keyEq = (a: Value, b: Value): [number, number] => {
        const [sa, va] = kOf(a);
        const [sb, vb] = kOf(b);
        if (sa === K_NONE || sb === K_NONE) return [K_NONE, 0];
        if (sa === K_CONST && sb === K_CONST) return [K_CONST, va === vb ? 1 : 0];
        return [K_TOP, 0];
      };
      f.blocks[f.entry].params.forEach((p, i) => set(p, ps[i], pss[i]));
      const facts = narrowed.get(f)!;
      // (indexed loops here and over the instructions: this is the compiler's hottest loop, and
      // it runs without V8's optimizing tier, bin/keel.js, where for-of costs iterator calls)
      const order = f.blockOrder;
      for (let bo = 0; bo < order.length; bo++) {
        const b = order[bo];
        if (!lv[b]) continue;
        if (dv !== undefined && vis.at[b] && !dv.dirty[b] && unchangedSince(vis.at[b], vis.sites[b] === 1, vis.returns[b]) && (dv.names[b] === undefined || namesUnchangedSince(vis.at[b], dv.names[b]!))) {
          const rets = vis.returns[b];
          if (rets !== undefined) for (const g of rets) fnReads.add(g);
          if (vis.sites[b]) fnSites = true;
          continue;
        }
        vis.at[b] = ++clock;
        if (dv !== undefined) dv.dirty[b] = 0;
        retReads = new Set();
        siteRead = false;
        const nn = facts.get(b);
        const tyAt = (x: Value) => (nn?.has(x) ? typeWhere(nn.get(x)!, ty[x], st[x]) : ty[x]);
        const kf = recvFacts.get(f)!.get(b);
        /** x's sites in this block, narrowed by the dominating class switches on its key. When
         * none is left the block cannot run with x as typed so far (it may once x's types grow):
         * keeping every site is safe, and a T_OTHER value always has a site. */
        const stAt = (x: Value) => {
          const s = kf?.has(x) ? remainingSites(f, b, x, st[x]) || st[x] : st[x];
          return nn?.has(x) ? sitesWhere(nn.get(x)!, s) : s;
        };
        const insts = f.blocks[b].insts;
        for (let ii = 0; ii < insts.length; ii++) {
          const i = insts[ii];
          const d = f.insts[i];
          for (let k = d.args.length; k < argsIn; k++) a[k] = as[k] = NO_ARG;
          argsIn = d.args.length;
          for (let k = 0; k < d.args.length; k++) {
            a[k] = tyAt(d.args[k]);
            as[k] = stAt(d.args[k]);
          }
          const r = d.result;
          const fnDirect = d.op in OP_SPECIAL && !unknownYet(a[0]) && !unknownYet(a[1]) ? directSpecial(d.op, a[0], as[0], a[1], as[1]) : undefined;
          if (fnDirect !== undefined) {
            // as a direct call of the method
            const cp = params.get(fnDirect)!;
            const cps = paramSites.get(fnDirect)!;
            d.args.forEach((x, k) => {
              const t = a[k] & ~T_UNBOUND;
              if ((cp[k] | t) !== cp[k] || (cps[k] | as[k]) !== cps[k]) {
                cp[k] |= t;
                cps[k] |= as[k];
                changed = true;
                paramsAt.set(fnDirect, ++clock);
              }
            });
            set(r, returns.get(fnDirect)!, returnSites.get(fnDirect)!);
          } else switch (d.op) {
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
            case 'attr.store': {
              const recv = slotReceiver(f, d.args[0]);
              if (recv !== undefined && unknownYet(tyAt(recv))) break; // decided once the receiver has types
              if (attrs.store(d.imm as string, recv === undefined ? undefined : stAt(recv), a[1] & ~T_UNBOUND, as[1])) attrChanged(d.imm as string);
              if (attrAliases) escapeArgs(d.args); // a list stored in an attribute: its items may change anywhere
              break;
            }
            case 'attr.load': {
              if (attrsAny) {
                set(r, T_ANY | T_UNBOUND, UNKNOWN_SITE); // setattr() by a computed name may have stored anything
                break;
              }
              const recv = slotReceiver(f, d.args[0]);
              if (recv !== undefined && unknownYet(tyAt(recv))) break;
              const [t, s] = attrs.loadSlot(d.imm as string, recv === undefined ? undefined : stAt(recv));
              set(r, t | T_UNBOUND, s);
              break;
            }
            case 'const.i32':
              setK(r, K_CONST, Number(d.imm));
              break;
            case 'i32.eq': {
              const [s0, v0] = testOf(r!) ? testValue(r!, b) : keyEq(d.args[0], d.args[1]);
              setK(r, s0, v0);
              break;
            }
            case 'i32.or': {
              if (testOf(r!)) {
                const [s0, v0] = testValue(r!, b);
                setK(r, s0, v0);
                break;
              }
              const [sx, vx] = kOf(d.args[0]);
              const [sy, vy] = kOf(d.args[1]);
              if (sx === K_NONE || sy === K_NONE) break;
              if (sx === K_CONST && sy === K_CONST) setK(r, K_CONST, vx | vy);
              else setK(r, K_TOP);
              break;
            }
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
            case 'int.within':
              set(r, T_INT);
              break;
            case 'py.iadd':
            case 'py.imul': {
              // On numbers and strs the binary operator; a list (or anything that may be one)
              // changes in place: its items and length are no longer known.
              if (unknownYet(a[0]) || unknownYet(a[1])) break;
              if (!d.args.some((x, k) => a[k] & T_LIST)) {
                escapeArgs(d.args); // a tuple's items go into a new tuple (the unknown site)
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
                escapeArgs(d.args); // a tuple's items go into a new tuple (the unknown site)
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
              const setter = callee === 'rt_setattr' || callee === 'rt_object_setattr' || callee === 'rt_class_attr_init'; // (the last: a class statement's attributes)
              const attr = setter || callee === 'rt_getattr' ? constStr(f, d.args[1]) : undefined;
              if (attr !== undefined && (setter || callee === 'rt_getattr') && unknownYet(a[0])) break; // the receiver's classes decide
              if (attr !== undefined && setter) {
                if (attrs.store(attr, as[0], a[2] & ~T_UNBOUND, as[2], isClassNew(f, d.args[0]))) attrChanged(attr);
                if (!attrAliases) break;
              }
              // (the receiver's classes a dominating class switch has not ruled out: only
              // instances of the program's classes, or None?)
              const recv = attr !== undefined && callee === 'rt_getattr' ? remainingSites(f, b, d.args[0], as[0]) : 0;
              const instances = attr !== undefined && callee === 'rt_getattr' && within(a[0], T_OTHER | T_NONE) && !(recv & UNKNOWN_SITE) && bitsOf(recv).every((k) => siteClass[k] !== undefined);
              if (attr !== undefined && callee === 'rt_getattr' && (instances || (!RUNTIME_ATTRS.has(attr) && !m.moduleAttrNames?.has(attr))) && !attr.startsWith('__') && !attrsAny) {
                // rt_getattr returns a value stored under the name, except the attributes the
                // runtime itself makes: those of exceptions and functions (and dunders), anything
                // (an instance of a program class has none: class sites are never exceptions, and
                // a class with a built-in base finds every name in its class, attrtypes.ts).
                // On the fallback path of a class switch, the receiver is none of the classes
                // the switch tested; None has no attribute of such a name (the read raises).
                // (only then does "nothing" mean the read raises: see the rt_call* case below)
                const reads = instanceReads.get(f)!;
                if (instances !== reads.has(r!)) {
                  local = true; // (read by later calls of the value, no `changed`: as before)
                  touch(r!);
                  if (instances) reads.add(r!);
                  else reads.delete(r!);
                }
                if (instances && !recv) break;
                // a bound method of a list, dict or set (`add = s.add`) changes it when called
                // through code not followed here: it escapes (class sites are born escaped)
                if (!instances) escape(as[0]);
                const [t, s] = instances ? attrs.loadAttr(attr, recv) : attrs.loadAny(attr);
                set(r, t | T_UNBOUND, s);
                break;
              }
              // Calling the result of an attribute read of instances that gives nothing (the
              // fallback of a method call whose receiver's classes lack the method): the read
              // raised, the call never runs. (Decided on the current types: as they grow, the
              // read may stop being one of instances only, and the call then counts.)
              if (CALLS.has(callee) && unknownYet(a[0]) && instanceReads.get(f)!.has(d.args[0])) break;
              if (KEY_FUNCS.has(callee)) {
                // The dispatch key of an instance of known classes: one of their ids.
                if (unknownYet(a[0])) break;
                const cs = as[0];
                const known = within(a[0], T_OTHER) && cs && !(cs & UNKNOWN_SITE) && bitsOf(cs).every((k) => siteClass[k] !== undefined);
                setK(r, known ? K_KEY : K_TOP, known ? cs : 0);
                break;
              }
              if (callee === 'rt_builtin_has_method') {
                // an instance of the program's classes is no built-in object: 0 (attribute reads
                // of names built-in objects also have, src/lower/attributes.ts)
                if (unknownYet(a[0])) break;
                const cs = as[0];
                const inst = within(a[0], T_OTHER) && cs && !(cs & UNKNOWN_SITE) && bitsOf(cs).every((k) => siteClass[k] !== undefined);
                setK(r, inst ? K_CONST : K_TOP, 0);
                break;
              }
              if (callee === 'rt_inst_new') {
                const g = instClass(f, d.args[0]);
                if (g !== undefined) {
                  set(r, T_OTHER, classSite(g));
                  break;
                }
              }
              if (userNames.has(callee)) {
                const cp = params.get(callee)!;
                const cps = paramSites.get(callee)!;
                d.args.forEach((x, k) => {
                  // An argument is never the unbound sentinel: reads of a variable check for it.
                  const t = a[k] & ~T_UNBOUND;
                  if (f.typeOf(x) === 'obj' && ((cp[k] | t) !== cp[k] || (cps[k] | as[k]) !== cps[k])) {
                    cp[k] |= t;
                    cps[k] |= as[k];
                    changed = true;
                    paramsAt.set(callee, ++clock);
                  }
                });
                retReads!.add(callee);
                set(r, returns.get(callee)!, returnSites.get(callee)!);
                break;
              }
              switch (callee) {
                case 'rt_list_new':
                  set(r, T_LIST, siteFor(f, i));
                  break;
                case 'rt_list_call':
                case 'rt_range_list': {
                  // list(x): a copy of a list's items, the ints of a range, or anything.
                  // (rt_range_list: specialize's list(range(...)), seen by the passes that rerun inference)
                  const site = siteFor(f, i);
                  const def = f.valueDefs[d.args[0]];
                  if (unknownYet(a[0])) break;
                  const fromRange = callee === 'rt_range_list' || (def.kind === 'inst' && f.insts[def.inst].op === 'call' && f.insts[def.inst].imm === 'rt_range_new');
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
                case 'rt_dict_setx':
                case 'rt_list_seti':
                case 'rt_list_setx':
                case 'rt_list_setu':
                  if (unknownYet(a[0])) break;
                  if ((callee === 'rt_setitem' || callee === 'rt_dict_setx') && within(a[0], T_OTHER) && onlyHashed(as[0])) {
                    // d[k] = v on dicts the program made (a set raises)
                    hashKey(as[0], a[1], as[1]);
                    storeKV(as[0], a[1], as[1], a[2], as[2]);
                    break;
                  }
                  // a key that may be a slice object (T_OTHER) makes it a slice assignment: the
                  // value's items go in (as rt_setslice, an unknown call)
                  if (within(a[0], T_LIST) && !(d.imm === 'rt_setitem' && a[1] & T_OTHER)) store(as[0], a[2], as[2]);
                  else escapeArgs(d.args);
                  break;
                case 'rt_m_pop':
                case 'rt_dsm_pop':
                  // l.pop([i]) on a list: one of its items (its length changes); anything else
                  // (a dict's or a set's pop, a user method) as an unknown call
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_LIST)) {
                    grow(as[0]);
                    set(r, elemTypes(as[0]), elemSitesOf(as[0]));
                  } else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_sm_remove':
                  // l.remove(x) on a list: a shorter list, no new item; its comparisons run no
                  // program code when no class of the program defines __eq__ (so neither x nor the
                  // items reach unknown code). Anything else as an unknown call.
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_LIST) && !programEq) {
                    grow(as[0]);
                    set(r, T_NONE);
                  } else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_int_call':
                  // int(x) of a number or a str is an exact int (or raises); of anything else
                  // (an instance's __int__), as an unknown call
                  if (unknownYet(a[0])) break;
                  if (within(a[0], NUM | T_STR)) set(r, T_INT);
                  else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_float_call':
                  // float(x) of a number or a str is a float (or raises: the runtime calls no
                  // __float__); of anything else, as an unknown call
                  if (unknownYet(a[0])) break;
                  if (within(a[0], NUM | T_STR)) set(r, T_FLOAT);
                  else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_tuple_new':
                  set(r, T_OTHER, tupleSiteFor(f, i));
                  break;
                case 'rt_tuple_set':
                  // filling a tuple under construction
                  if (unknownYet(a[0])) break;
                  store(as[0], a[2], as[2]);
                  break;
                case 'rt_getitem':
                case 'rt_dict_getx':
                case 'rt_list_geti':
                case 'rt_list_getx':
                case 'rt_list_getu':
                case 'rt_tuple_getx':
                case 'rt_seq_item': {
                  // an item of lists and tuples (None and iterators raise); of anything else, anything
                  if (unknownYet(a[0])) break;
                  if ((d.imm === 'rt_getitem' || d.imm === 'rt_dict_getx') && within(a[0], T_OTHER | T_NONE) && onlyHashed(as[0])) {
                    // d[k] of dicts the program made: one of their values (sets, iterators and None raise)
                    hashKey(as[0], a[1], as[1]);
                    set(r, valTypes(as[0]), valSitesOf(as[0]));
                    break;
                  }
                  if (d.imm === 'rt_getitem' && a[0] & (T_LIST | T_OTHER) && a[1] & T_OTHER) {
                    // a key that may be a slice object: a new list or tuple of the items (as rt_getslice)
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                    break;
                  }
                  const seqs = within(a[0], T_LIST) || (within(a[0], T_LIST | T_OTHER | T_NONE) && onlySeqs(as[0]));
                  set(r, elemTypes(as[0]) | (seqs ? 0 : T_ANY), elemSitesOf(as[0]));
                  break;
                }
                case 'rt_seq_mul':
                case 'rt_list_mul_b': {
                  // `[x] * n` as specialize narrows it (a list times an int; rt_list_mul_b: of
                  // bools, made as a bool list): as py.mul on lists, at the same site, for the
                  // passes that rerun inference
                  if (unknownYet(a[0]) || unknownYet(a[1])) break;
                  const site = siteFor(f, i);
                  let s = 0;
                  d.args.forEach((x, k) => {
                    if (a[k] & T_LIST) s |= st[x];
                  });
                  store(site, elemTypes(s), elemSitesOf(s));
                  set(r, T_LIST, site);
                  break;
                }
                case 'rt_unpack':
                case 'rt_unpack_seq':
                  // `a, b = x`: a list or tuple of the right length is itself (else it raises);
                  // anything else, a new tuple of its items
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_LIST | T_OTHER) && onlySeqs(as[0])) set(r, a[0] & ~T_UNBOUND, as[0]);
                  else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_minmax':
                case 'rt_minmax_ints':
                  // max(x) / min(x): one of x's items, or the default
                  if (unknownYet(a[0])) break;
                  escapeArgs(d.args); // the items meet a user __lt__ / __gt__
                  if (within(a[0], T_LIST | T_OTHER) && onlySeqs(as[0])) set(r, elemTypes(as[0]) | (a[2] & ~T_UNBOUND), elemSitesOf(as[0]) | as[2]);
                  else set(r, T_ANY | T_UNBOUND);
                  break;
                case 'rt_iter':
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_OTHER) && onlyHashed(as[0])) {
                    // over dicts or sets the program made: rt_next gives their keys
                    set(r, T_OTHER, as[0]);
                    break;
                  }
                  // The iterator stands for the lists it walks (their sites); rt_next gives their items.
                  set(r, T_OTHER, as[0] | (within(a[0], T_LIST) ? 0 : UNKNOWN_SITE));
                  break;
                case 'rt_dict_new':
                  set(r, T_OTHER, hashSiteFor(f, i, SITE_DICT));
                  break;
                case 'rt_set_new':
                  set(r, T_OTHER, hashSiteFor(f, i, SITE_SET));
                  break;
                case 'rt_set_call':
                  // set() / frozenset() with no argument (the null word, typed T_UNBOUND alone,
                  // which unknownYet counts as nothing yet: test for no type at all): a new empty set
                  if (a[0] === 0) break;
                  if (a[0] === T_UNBOUND) set(r, T_OTHER, hashSiteFor(f, i, SITE_SET));
                  else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_dict_set':
                case 'rt_set_add':
                case 'rt_sm_add':
                case 'rt_dm_setdefault':
                case 'rt_dm_get':
                case 'rt_delitem': {
                  // d[k] = v of a display or comprehension, s.add(k), d.setdefault(k[, v]),
                  // d.get(k[, v]), del d[k] on dicts and sets the program made (on the other of
                  // the two kinds they raise); on anything else, an unknown call
                  if (unknownYet(a[0])) break;
                  const ds = as[0];
                  if (!(callee === 'rt_dict_set' || callee === 'rt_set_add' || (within(a[0], T_OTHER) && onlyHashed(ds)))) {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                    break;
                  }
                  hashKey(ds, a[1], as[1]);
                  // a missing default is the null word: None
                  const dflt = callee === 'rt_dm_get' || callee === 'rt_dm_setdefault' ? (a[2] & ~T_UNBOUND) | (a[2] & T_UNBOUND ? T_NONE : 0) : 0;
                  if (callee === 'rt_dict_set') storeKV(ds, a[1], as[1], a[2], as[2]);
                  else if (callee === 'rt_set_add' || callee === 'rt_sm_add') storeKV(ds, a[1], as[1], 0, 0);
                  else if (callee === 'rt_dm_setdefault') storeKV(ds, a[1], as[1], dflt, as[2]);
                  if (callee === 'rt_dm_get' || callee === 'rt_dm_setdefault') set(r, valTypes(ds) | dflt, valSitesOf(ds) | as[2]);
                  else set(r, T_NONE);
                  break;
                }
                case 'rt_in':
                case 'rt_dict_inx':
                case 'rt_not_in':
                  // x in c: a bool (or a raise); on dicts and sets the program made only hashing
                  // runs (anything else may run the program's __contains__ / __eq__)
                  if (unknownYet(a[1])) break;
                  if (within(a[1], T_OTHER) && onlyHashed(as[1])) hashKey(as[1], a[0], as[0]);
                  else escapeArgs(d.args);
                  set(r, T_BOOL);
                  break;
                case 'rt_dm_keys':
                case 'rt_dm_values':
                case 'rt_dm_items':
                  // a view of dicts the program made: unknown code may read their keys and
                  // values (which escape), never change the dicts themselves
                  if (unknownYet(a[0])) break;
                  if (within(a[0], T_OTHER) && onlyHashed(as[0])) escape(elemSitesOf(as[0]) | valSitesOf(as[0]));
                  else escapeArgs(d.args);
                  set(r, T_ANY | T_UNBOUND);
                  break;
                case 'rt_str_call':
                case 'rt_repr':
                case 'rt_format_value':
                  // str(), repr() and f"{x}" of a built-in scalar: a str (no user code runs)
                  if (unknownYet(a[0])) break;
                  if (within(a[0], NUM | T_NONE | T_STR)) set(r, T_STR);
                  else {
                    if (!READS_ONLY.has(callee)) escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_round':
                  // round(x) of an int, a bool or a float, no ndigits: an int (or a raise; no
                  // user code runs). specialize narrows the float case to rt_float_round0.
                  if (unknownYet(a[0]) || unknownYet(a[1])) break;
                  if (within(a[0], NUM) && within(a[1], T_NONE)) set(r, T_INT);
                  else {
                    escapeArgs(d.args);
                    set(r, T_ANY | T_UNBOUND);
                  }
                  break;
                case 'rt_next':
                case 'rt_list_iter_next':
                case 'rt_list_iter_nexto':
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
              // The unwind block's return (function.ts getUnwind: the traceback entry, then the
              // unbound sentinel) comes with an exception: the caller's check.exc leaves and the
              // result is never read, so the sentinel is not among the function's results.
              if (d.args.length && f.typeOf(d.args[0]) === 'obj' && !unwinds(f, b)) {
                join(returns, f.name, a[0]);
                join(returnSites, f.name, as[0]);
              }
              break;
            default:
              if (!READ_OPS.has(d.op) && !(d.op === 'word.ptr' && slotPtrs.get(f)!.has(i))) {
                escapeArgs(d.args);
                // A tuple's raw address in user code: inlined runtime code (rt_tuple_set) may
                // store its items, which no rt_tuple_set call shows any more.
                if (d.op === 'word.ptr' && st[d.args[0]]) rawWritten(st[d.args[0]]);
              }
              if (d.op.startsWith('py.')) set(r, binResult(INPLACE_AS[d.op] ?? d.op.slice(3), a[0], a[1]));
              else if (r !== undefined) set(r, T_ANY | T_UNBOUND);
          }
          for (let n = 0; n < d.targets.length; n++) {
            const t = d.targets[n];
            // a br on a decided condition takes one edge (nothing decided yet: neither)
            if (d.op === 'br') {
              const [sc, vc] = kOf(d.args[0]);
              if (sc === K_NONE) continue;
              if (sc === K_CONST && (vc !== 0) !== (n === 0)) continue;
            }
            if (!lv[t.block]) {
              lv[t.block] = 1;
              changed = true;
              local = true;
            }
            const tp = f.blocks[t.block].params;
            for (let k = 0; k < t.args.length; k++) set(tp[k], tyAt(t.args[k]), stAt(t.args[k]));
          }
        }
        vis.returns[b] = retReads.size ? retReads : undefined;
        vis.sites[b] = siteRead ? 1 : 0;
        if (siteRead) fnSites = true;
        for (const g of retReads) fnReads.add(g);
      }
      lastRun.set(f, { at, local, returns: fnReads, sites: fnSites });
    }
  }
  retReads = undefined;
  /** Nothing block analysis reads from outside its function changed since clock `at`: the
   * sites' state (if it read it: `sites`), the results of the functions whose results it read.
   * (The values it reads: dirtyBlocks.) */
  function unchangedSince(at: number, sites: boolean, rets: Set<string> | undefined): boolean {
    if (sites && sharedAt > at) return false;
    if (rets) for (const g of rets) if ((returnsAt.get(g) ?? 0) > at) return false;
    return true;
  }
  /** f's blocks and the values they read (blockReads) as use lists: per value, the blocks that
   * read it. Made at f's second analysis: a block is dirty when a value it reads changed since its
   * last analysis began (`at`), then whenever one changes (touch) until it is analysed again. */
  function dirtyBlocks(f: Func, at: Int32Array, sp: Int32Array): DirtyBlocks {
    const n = f.valueTypes.length;
    const dirty = new Uint8Array(f.blocks.length);
    const names: (BlockNames | undefined)[] = [];
    const reads: number[][] = [];
    const count = new Int32Array(n + 1);
    const order = f.blockOrder;
    const byBlock = blockNamesOf(f);
    for (let bo = 0; bo < order.length; bo++) {
      const b = order[bo];
      const r = blockReads(f, b);
      reads.push(r);
      for (let k = 0; k < r.length; k++) {
        count[r[k] + 1]++;
        if (at[b] && sp[r[k]] > at[b]) dirty[b] = 1;
      }
      const nb = byBlock[b];
      if (nb !== undefined && (nb.globals.length || nb.frames.length || nb.attrs.length)) names[b] = nb;
    }
    for (let v = 0; v < n; v++) count[v + 1] += count[v];
    const start = Int32Array.from(count);
    const users = new Int32Array(count[n]);
    for (let bo = 0; bo < order.length; bo++) {
      const r = reads[bo];
      for (let k = 0; k < r.length; k++) users[count[r[k]]++] = order[bo];
    }
    return { dirty, names, start, users };
  }
  /** No global, frame slot or attribute the block names changed since clock `at`. */
  function namesUnchangedSince(at: number, names: BlockNames): boolean {
    for (let k = 0; k < names.globals.length; k++) if ((globalAt.get(names.globals[k]) ?? 0) > at) return false;
    for (let k = 0; k < names.frames.length; k++) if ((frameAt.get(names.frames[k]) ?? 0) > at) return false;
    for (let k = 0; k < names.attrs.length; k++) if ((attrAt.get(names.attrs[k]) ?? 0) > at) return false;
    return true;
  }
  function typeAt(f: Func, b: number, v: Value): number {
    const t = types.get(f)?.[v] ?? 0;
    const n = narrowed.get(f)?.get(b)?.get(v);
    return n === undefined ? t : typeWhere(n, t, sitesOf.get(f)![v]);
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
    classOf,
    classIds: (sites) => (!sites || sites & UNKNOWN_SITE || !bitsOf(sites).every((k) => siteClass[k] !== undefined) ? undefined : bitsOf(sites).map((k) => siteClass[k]!)),
    onlyLists: (sites) => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteClass[k] === undefined && !siteTuple[k] && !siteHash[k]),
    onlyTuples: (sites) => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteTuple[k]),
    onlyDicts: (sites) => !!sites && !(sites & UNKNOWN_SITE) && bitsOf(sites).every((k) => siteHash[k] === SITE_DICT),
    special: (f, b, inst) => {
      const d = f.insts[inst];
      const st = sitesOf.get(f);
      if (!st || !(d.op in OP_SPECIAL)) return undefined;
      return directSpecial(d.op, typeAt(f, b, d.args[0]), st[d.args[0]], typeAt(f, b, d.args[1]), st[d.args[1]]);
    },
    typeAt,
    tupleAt: (f, b, v) => !((narrowed.get(f)?.get(b)?.get(v) ?? ~0) & F_NON_TUPLE),
    decidedTest: (f, v) => {
      const s = kstate.get(f);
      if (!s || s[v] !== K_CONST || !switchTest(f, v)) return undefined;
      return kval.get(f)![v];
    },
    live: (f, b) => !isUserFunc(f) || !!live.get(f)?.[b],
    slotTypes: (id, name) => {
      const k = classSites.get(id);
      if (k === undefined || k < 0 || attrsAny || attrAliases) return undefined;
      return attrs.loadSlot(name, 1 << k);
    },
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

/** Per block, facts that hold where a block dominates: a block's map is its immediate
 * dominator's with the facts of its own (`own`, applied to a copy) added, or, with none of its
 * own, its dominator's map itself (the maps are only looked up once built). Linear in the blocks
 * where one map per dominated block was quadratic (a long chain of tests, doctest's examples). */
function domFacts<F>(own: Map<number, ((m: Map<Value, F>) => void)[]>, domOf: () => DomTree): Map<number, Map<Value, F>> {
  const out = new Map<number, Map<Value, F>>();
  if (!own.size) return out;
  const dom = domOf();
  const stack: [number, Map<Value, F> | undefined][] = [[dom.entry, undefined]];
  while (stack.length) {
    const [b, inherited] = stack.pop()!;
    let m = inherited;
    const fs = own.get(b);
    if (fs) {
      m = new Map(inherited);
      for (const apply of fs) apply(m);
    }
    if (m) out.set(b, m);
    for (const k of dom.children(b)) stack.push([k, m]);
  }
  return out;
}

/** A class switch's test: an i32.eq of a key with constants, or an i32.or of such tests of one
 * key (dispatch in src/lower/classes.ts): the key and the constants. */
function switchTest(f: Func, v: Value): { key: Value; consts: Set<number> } | undefined {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return undefined;
  const d = f.insts[def.inst];
  if (d.op === 'i32.eq') {
    const [x, y] = d.args;
    const cx = constI32(f, x);
    const cy = constI32(f, y);
    if (cy !== undefined && cx === undefined) return { key: x, consts: new Set([cy]) };
    if (cx !== undefined && cy === undefined) return { key: y, consts: new Set([cx]) };
    return undefined;
  }
  if (d.op === 'i32.or') {
    const l = switchTest(f, d.args[0]);
    const r = switchTest(f, d.args[1]);
    if (!l || !r || l.key !== r.key) return undefined;
    return { key: l.key, consts: new Set([...l.consts, ...r.consts]) };
  }
  return undefined;
}

/** What a block knows of a switch key (or of the receiver a key was taken of): the constants it
 * is not (`excl`) and, when known, the only ones it can be (`incl`). */
interface KeyFact {
  incl: Set<number> | undefined;
  excl: Set<number>;
}

/** Per block, per switch key, the constants the key is known not to be there (those of the tests
 * whose false edge, entering its target alone, dominates the block) and the constants it can only
 * be (those of the tests whose true edge dominates it). */
function keyFacts(f: Func, preds: Map<number, number>, domOf: () => DomTree): Map<number, Map<Value, KeyFact>> {
  const own = new Map<number, ((m: Map<Value, KeyFact>) => void)[]>();
  for (let bo = 0; bo < f.blockOrder.length; bo++) {
    const t = f.terminator(f.blockOrder[bo]);
    if (t === undefined) continue;
    const br = f.insts[t];
    if (br.op !== 'br' || br.targets[0].block === br.targets[1].block) continue;
    const test = switchTest(f, br.args[0]);
    if (!test) continue;
    for (const edge of [0, 1]) {
      const target = br.targets[edge].block;
      if (preds.get(target) !== 1) continue;
      if (!own.has(target)) own.set(target, []);
      own.get(target)!.push((m) => {
        // copied before it changes: the dominator's map shares it
        const old = m.get(test.key);
        const fact: KeyFact = old ? { incl: old.incl, excl: new Set(old.excl) } : { incl: undefined, excl: new Set() };
        m.set(test.key, fact);
        if (edge === 1) for (const c of test.consts) fact.excl.add(c);
        else fact.incl = fact.incl ? new Set([...fact.incl].filter((c) => test.consts.has(c))) : new Set(test.consts);
      });
    }
  }
  return domFacts(own, domOf);
}

/** keyFacts by receiver: per block, per value x whose class key (rt_cls_key / rt_inst_key /
 * rt_cls_id of x) a dominating switch tested, what that says of x's class id. */
function receiverFacts(f: Func, keys: Map<number, Map<Value, KeyFact>>): Map<number, Map<Value, KeyFact>> {
  const out = new Map<number, Map<Value, KeyFact>>();
  // blocks sharing a keys map (domFacts) share its receivers' map
  const done = new Map<Map<Value, KeyFact>, Map<Value, KeyFact> | undefined>();
  for (const [b, m] of keys) {
    if (done.has(m)) {
      const r = done.get(m);
      if (r) out.set(b, r);
      continue;
    }
    for (const [key, fact] of m) {
      const def = f.valueDefs[key];
      if (def.kind !== 'inst') continue;
      const kd = f.insts[def.inst];
      if (kd.op !== 'call' || !KEY_FUNCS.has(kd.imm as string)) continue;
      const x = kd.args[0];
      if (!out.has(b)) out.set(b, new Map());
      const r = out.get(b)!;
      const old = r.get(x);
      if (!old) r.set(x, { incl: fact.incl && new Set(fact.incl), excl: new Set(fact.excl) });
      else {
        for (const c of fact.excl) old.excl.add(c);
        if (fact.incl) old.incl = old.incl ? new Set([...old.incl].filter((c) => fact.incl!.has(c))) : new Set(fact.incl);
      }
    }
    done.set(m, out.get(b));
  }
  return out;
}

/**
 * Per block, the values a dominating `x is None` / `x is not None` test proves are not None
 * there (the blocks dominated by the edge on which the test failed, its target entered by that
 * edge alone), and the types a dominating isinstance() test allows or rules out.
 */
function typeFacts(f: Func, preds: Map<number, number>, domOf: () => DomTree): Map<number, Map<Value, number>> {
  const defOf = (v: Value) => {
    const def = f.valueDefs[v];
    return def.kind === 'inst' ? f.insts[def.inst] : undefined;
  };
  const isNone = (v: Value) => defOf(v)?.op === 'const.none';
  const own = new Map<number, ((m: Map<Value, number>) => void)[]>();
  /** v has only the types of mask in the blocks target dominates (target's only edge is the test's). */
  const narrow = (target: number, v: Value, mask: number) => {
    if (preds.get(target) !== 1) return;
    if (!own.has(target)) own.set(target, []);
    own.get(target)!.push((m) => m.set(v, (m.get(v) ?? ~0) & mask));
  };
  for (const b of f.blockOrder) {
    const t = f.terminator(b);
    if (t === undefined) continue;
    const br = f.insts[t];
    if (br.op !== 'br' || br.targets[0].block === br.targets[1].block) continue;
    // the condition through py.truth(box.bool(..)) and i32.eqz to a py.is with None or an
    // isinstance() of built-in classes
    let c = br.args[0];
    let negated = false;
    for (;;) {
      const d = defOf(c);
      if (d?.op === 'py.truth' && defOf(d.args[0])?.op === 'box.bool') c = defOf(d.args[0])!.args[0];
      else if (d?.op === 'i32.eqz') {
        c = d.args[0];
        negated = !negated;
      } else break;
    }
    const [yes, no] = negated ? [br.targets[1].block, br.targets[0].block] : [br.targets[0].block, br.targets[1].block];
    const is = defOf(c);
    if (is?.op === 'py.is') {
      const v = isNone(is.args[1]) ? is.args[0] : isNone(is.args[0]) ? is.args[1] : undefined;
      if (v !== undefined) narrow(no, v, ~T_NONE);
    } else if (is?.op === 'call' && (is.imm === 'rt_isinstance' || is.imm === 'rt_isinstance_t')) {
      const m = defOf(is.args[1]);
      if (m?.op !== 'const.i32') continue;
      // rt_isinstance_t(rt_type_id(x), mask): purecalls' form of rt_isinstance(x, mask)
      const t = is.imm === 'rt_isinstance' ? undefined : defOf(is.args[0]);
      if (t !== undefined && !(t.op === 'call' && t.imm === 'rt_type_id')) continue;
      const x = t ? t.args[0] : is.args[0];
      const [incl, excl] = isinstanceTypes(Number(m.imm));
      narrow(yes, x, (incl | T_UNBOUND | F_NON_TUPLE) & ~(Number(m.imm) === 1 << TYPE_TUPLE ? F_NON_TUPLE : 0));
      narrow(no, x, ~excl & ~(Number(m.imm) & (1 << TYPE_TUPLE) ? F_MAY_TUPLE : 0));
    }
  }
  return domFacts(own, domOf);
}

/** Some iterator rt_iter makes in these functions is used otherwise than as the argument of an
 * rt_next (a `for` loop's own): it may then be any value of the program (iter(), a generator's
 * frame, a variable). */
function iteratorsFlow(funcs: readonly Func[]): boolean {
  for (const f of funcs) {
    const iters = new Set<Value>();
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      if (d.op === 'call' && d.imm === 'rt_iter' && d.result !== undefined) iters.add(d.result);
    }
    if (!iters.size) continue;
    for (const b of f.blockOrder) for (const i of f.blocks[b].insts) {
      const d = f.insts[i];
      for (let k = 0; k < d.args.length; k++) if (iters.has(d.args[k]) && !(k === 0 && d.op === 'call' && d.imm === 'rt_next')) return true;
      for (const t of d.targets) for (const a of t.args) if (iters.has(a)) return true;
    }
  }
  return false;
}

/** For rt_isinstance's mask of TYPE_* bits (lower/builtins.ts; a class named in it has no subclass
 * in the program): the type bits a value passing the test can have, and those a value failing it
 * cannot. */
function isinstanceTypes(mask: number): [number, number] {
  let incl = 0;
  let excl = 0;
  const exact: [number, number][] = [[TYPE_NONE, T_NONE], [TYPE_BOOL, T_BOOL], [TYPE_FLOAT, T_FLOAT], [TYPE_STR, T_STR]];
  for (let t = 0; t < 32; t++) {
    if (!((mask >>> t) & 1)) continue;
    const e = exact.find(([id]) => id === t);
    if (e) {
      incl |= e[1];
      excl |= e[1];
    } else if (t === TYPE_INT) {
      incl |= T_INT | T_BOOL; // bool is an int
      excl |= T_INT | T_BOOL;
    } else if (t === TYPE_LIST) {
      incl |= T_LIST; // (rt_isinstance tests the type id: an instance of a subclass fails it)
      excl |= T_LIST;
    } else incl |= T_OTHER; // tuples, containers and the rest: not told apart by the type bits
  }
  return [incl, excl];
}

/** An i32 the switch lattice does not model (everything but const.i32, i32.eq, i32.or and the
 * key calls): a br on it takes both edges. */
function opaque(f: Func, v: Value): boolean {
  const def = f.valueDefs[v];
  if (def.kind !== 'inst') return true;
  const d = f.insts[def.inst];
  if (d.op === 'const.i32' || d.op === 'i32.eq' || d.op === 'i32.or') return false;
  return !(d.op === 'call' && (KEY_FUNCS.has(d.imm as string) || d.imm === 'rt_builtin_has_method'));
}

/** Block b of f is the lowering's unwind block (it records a traceback entry and returns). */
function unwinds(f: Func, b: number): boolean {
  return f.blocks[b].insts.some((i) => f.insts[i].op === 'call' && f.insts[i].imm === 'rt_tb_add');
}

/** Skip the analysis of a function (funcSkip) or of a block (blockSkip) whose inputs did not
 * change (how the fixpoint runs, never what it computes: test/unit/infer_schedule.test.ts
 * compares the results with and without). */
export const inferSchedule = { blockSkip: true, funcSkip: true };

/**
 * The values whose state (types, sites, switch value, instance read) the analysis of block b
 * reads: every instruction's arguments and jump arguments, and the values it reaches through
 * them: a class switch test's key (i32.eq / i32.or chains) and an attribute slot's receiver. A
 * new case in inferTypes that reads another value's state must add it here.
 */
function blockReads(f: Func, b: number): number[] {
  // (a value may be listed more than once; indexed loops: the compiler runs without V8's
  // optimizing tier, bin/keel.js, where for-of and spreads cost)
  const out: number[] = [];
  const insts = f.blocks[b].insts;
  for (let ii = 0; ii < insts.length; ii++) {
    const d = f.insts[insts[ii]];
    for (let k = 0; k < d.args.length; k++) out.push(d.args[k]);
    for (let n = 0; n < d.targets.length; n++) {
      const ta = d.targets[n].args;
      for (let k = 0; k < ta.length; k++) out.push(ta[k]);
    }
    if ((d.op === 'i32.eq' || d.op === 'i32.or') && d.result !== undefined) {
      const t = switchTest(f, d.result);
      if (t) out.push(t.key);
    }
    if (d.op === 'attr.load' || d.op === 'attr.store') {
      const recv = slotReceiver(f, d.args[0]);
      if (recv !== undefined) out.push(recv);
    }
  }
  return out;
}

/** Per function in inferTypes (dirtyBlocks): per block, whether a value it reads changed since its
 * last analysis began, and the names it reads (undefined: none); per value v, the blocks reading
 * it, users[start[v]] to users[start[v + 1] - 1]. */
interface DirtyBlocks {
  dirty: Uint8Array;
  names: (BlockNames | undefined)[];
  start: Int32Array;
  users: Int32Array;
}

/** The globals, generator frame slots and attribute names whose state (in inferTypes: globals,
 * globalSites, frames, frameSites, attrs) the analysis of block b reads: those its global.get,
 * frame.load, attr.load and rt_getattr of a constant name name, the only instructions that read
 * them. A new case in inferTypes that reads another one must add it here. */
interface BlockNames {
  globals: string[];
  frames: string[];
  attrs: string[];
}
function blockNames(f: Func, b: number): BlockNames {
  // (most blocks name nothing: they share one empty record, never changed; an indexed loop, as
  // the compiler runs without V8's optimizing tier)
  let out: BlockNames = NO_NAMES;
  const insts = f.blocks[b].insts;
  for (let k = 0; k < insts.length; k++) {
    const d = f.insts[insts[k]];
    const op = d.op;
    if (op !== 'global.get' && op !== 'frame.load' && op !== 'attr.load' && (op !== 'call' || d.imm !== 'rt_getattr')) continue;
    if (out === NO_NAMES) out = { globals: [], frames: [], attrs: [] };
    if (op === 'global.get') out.globals.push(d.imm as string);
    else if (op === 'frame.load') out.frames.push(d.imm as string);
    else if (op === 'attr.load') out.attrs.push(d.imm as string);
    else {
      const name = constStr(f, d.args[1]);
      if (name !== undefined) out.attrs.push(name);
    }
  }
  return out;
}
const NO_NAMES: BlockNames = { globals: [], frames: [], attrs: [] };

/** Every value the set allows is in `set` (the unbound sentinel aside: its uses are guarded). */
export const within = (t: number, set: number): boolean => (t & ~T_UNBOUND) !== 0 && (t & ~set & ~T_UNBOUND) === 0;
