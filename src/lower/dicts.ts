// Lowering of dicts, sets and frozensets (untyped user code): displays ({k: v, **m}, {a, *b}),
// the dict(), set() and frozenset() builtins, dict.fromkeys, and method calls on values whose
// names belong to dicts or sets. Methods are dispatched at run time by the receiver's type
// (stdlib/_rt/dict_methods.py, set_methods.py); names shared with lists (pop, clear, copy) go
// to dispatchers that fall back to the list methods. Arity and keyword errors carry CPython's
// message for the receiver's type, chosen at run time by rt_ds_check. Hooks: function.ts
// (displays), builtins.ts (calls of the builtins), containers.ts (method calls).
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import type { FunctionLowering } from './function.js';
import { nullWord, rtCall, rtCallPure } from './containers.js';
import { lowerStarCall } from './callables.js';

const constI32 = (fl: FunctionLowering, n: number): Value => fl.b.emit('const.i32', [], BigInt(n));
const constStr = (fl: FunctionLowering, s: string): Value => fl.b.emit('const.str', [], s);

/** A new tuple holding `vals` (for variadic runtime functions). */
function tupleOf(fl: FunctionLowering, vals: Value[]): Value {
  const t = rtCallPure(fl, 'rt_tuple_new', [constI32(fl, vals.length)]);
  vals.forEach((v, i) => rtCallPure(fl, 'rt_tuple_set', [t, constI32(fl, i), v], null));
  return t;
}

// ---- displays -------------------------------------------------------------------------------------

/** `{k1: v1, k2: v2, **m}`: each run of pairs is evaluated, then inserted (CPython's BUILD_MAP),
 * each `**m` merged in order (DICT_UPDATE). */
export function lowerDictDisplay(fl: FunctionLowering, e: ast.Dict): Value {
  const d = rtCallPure(fl, 'rt_dict_new', []);
  let run: [Value, Value, number][] = [];
  const flush = () => {
    for (const [k, v, line] of run) rtCall(fl, line, 'rt_dict_set', [d, k, v], null);
    run = [];
  };
  e.keys.forEach((k, i) => {
    const ve = e.values[i];
    if (k === null) {
      flush();
      rtCall(fl, ve.lineno, 'rt_dict_merge_kw', [d, fl.expr(ve)]);
      return;
    }
    const kv = fl.expr(k);
    run.push([kv, fl.expr(ve), k.lineno]);
  });
  flush();
  return d;
}

/** A constant as CPython 3.12's AST optimizer sees it (folded tuples and signed numbers). */
function isFoldedConstant(e: ast.expr): boolean {
  if (e._type === 'Constant') return true;
  if (e._type === 'UnaryOp' && e.operand._type === 'Constant' && typeof e.operand.value !== 'string') return true;
  if (e._type === 'Tuple') return e.elts.every(isFoldedConstant);
  return false;
}

const firstConstantSets = new WeakMap<object, Map<string, ast.expr[]>>();

/** A constant's identity as CPython's constant cache sees it (type and value). */
function constantKey(e: ast.expr): string {
  if (e._type === 'Tuple') return `(${e.elts.map(constantKey).join(',')})`;
  if (e._type === 'UnaryOp' && e.operand._type === 'Constant') return `${e.op._type}${constantKey(e.operand)}`;
  if (e._type === 'Constant') {
    const v = e.value;
    return `${typeof v}:${typeof v === 'number' ? Object.is(v, -0) ? '-0' : String(v) : String(v)}`;
  }
  return '?';
}

/** `{a, b, *c}`. Three or more constants are built as CPython 3.12 compiles them (a frozenset
 * constant merged into a new set), which can order colliding keys differently. */
export function lowerSetDisplay(fl: FunctionLowering, e: ast.Set): Value {
  if (e.elts.length > 2 && e.elts.every(isFoldedConstant)) {
    // CPython's compiler shares one constant among equal frozensets of a module: the first
    // display with these items fixes the order in which every such display is built.
    let seen = firstConstantSets.get(fl.module);
    if (!seen) firstConstantSets.set(fl.module, (seen = new Map()));
    const key = [...new Set(e.elts.map(constantKey))].sort().join(',');
    const elts = seen.get(key) ?? e.elts;
    seen.set(key, elts);
    const t = tupleOf(fl, elts.map((x) => fl.expr(x)));
    return rtCall(fl, e.lineno, 'rt_set_from_tuple', [t]);
  }
  const s = rtCallPure(fl, 'rt_set_new', [constI32(fl, 0)]);
  // Items before the first starred one are evaluated first, then added (BUILD_SET).
  const first = e.elts.findIndex((x) => x._type === 'Starred');
  const head = first < 0 ? e.elts : e.elts.slice(0, first);
  const vals = head.map((x) => fl.expr(x));
  vals.forEach((v, i) => rtCall(fl, head[i].lineno, 'rt_set_add', [s, v], null));
  if (first >= 0) {
    for (const x of e.elts.slice(first)) {
      if (x._type === 'Starred') rtCall(fl, x.lineno, 'rt_set_update', [s, fl.expr(x.value)], null);
      else rtCall(fl, x.lineno, 'rt_set_add', [s, fl.expr(x)], null);
    }
  }
  return s;
}

// ---- builtins: dict(), set(), frozenset() -----------------------------------------------------------

export const DS_BUILTINS = new Set(['dict', 'set', 'frozenset']);

/** dict(...), set(...), frozenset(...): the builtin is known not to be shadowed. */
export function lowerDsBuiltin(fl: FunctionLowering, e: ast.Call, id: string): Value {
  if (e.args.some((a) => a._type === 'Starred')) return lowerStarCall(fl, e);
  if (id !== 'dict') {
    if (e.keywords.length) {
      for (const a of e.args) fl.expr(a);
      return raiseAfter(fl, e, `${id}() takes no keyword arguments`);
    }
    const args = e.args.map((a) => fl.expr(a));
    if (args.length > 1) return raiseAfter(fl, e, `${id} expected at most 1 argument, got ${args.length}`);
    return rtCall(fl, e.lineno, 'rt_set_call', [args[0] ?? nullWord(fl), constI32(fl, id === 'frozenset' ? 1 : 0)]);
  }
  const args = e.args.map((a) => fl.expr(a));
  if (args.length > 1) {
    for (const k of e.keywords) fl.expr(k.value);
    return raiseAfter(fl, e, `dict expected at most 1 argument, got ${args.length}`);
  }
  const d = rtCall(fl, e.lineno, 'rt_dict_call', [args[0] ?? nullWord(fl)]);
  addKeywords(fl, e, d);
  return d;
}

/** The keyword arguments of dict(...) and d.update(...) set in order; `**m` merges m. */
function addKeywords(fl: FunctionLowering, e: ast.Call, d: Value): void {
  for (const k of e.keywords) {
    const v = fl.expr(k.value);
    if (k.arg === null) rtCall(fl, k.lineno, 'rt_dict_merge_kw', [d, v]);
    else rtCall(fl, k.lineno, 'rt_dict_set', [d, constStr(fl, k.arg), v], null);
  }
}

/** Raises TypeError(msg) at e and continues lowering in an unreachable block. */
export function raiseAfter(fl: FunctionLowering, e: ast.Located, msg: string): Value {
  fl.raise(e, 'TypeError', msg);
  const dead = fl.b.newBlock();
  fl.b.seal(dead);
  fl.b.switchTo(dead);
  return nullWord(fl);
}

/** `dict.fromkeys(it[, v])` on the builtin name. */
export function lowerDictClassCall(fl: FunctionLowering, e: ast.Call, attr: string): Value {
  if (attr !== 'fromkeys') return fl.unsupported(e.func, `dict.${attr}`);
  if (e.keywords.length || e.args.some((a) => a._type === 'Starred')) return fl.unsupported(e, 'these arguments to dict.fromkeys');
  const args = e.args.map((a) => fl.expr(a));
  if (args.length < 1 || args.length > 2) {
    return raiseAfter(fl, e, args.length < 1 ? `fromkeys expected at least 1 argument, got 0` : `fromkeys expected at most 2 arguments, got ${args.length}`);
  }
  return rtCall(fl, e.lineno, 'rt_dict_fromkeys', [args[0], args[1] ?? nullWord(fl)]);
}

// ---- methods -------------------------------------------------------------------------------------

/** How a method of one receiver type takes its arguments, as CPython reports arity errors:
 * 'O' exactly one, 'none' none, 'fast' min..max ('get expected at most 2 arguments'), 'var'
 * any number. */
type Style = 'O' | 'none' | 'fast' | 'var';
type Spec = [Style, number, number];
const O: Spec = ['O', 1, 1];
const NONE: Spec = ['none', 0, 0];
const VAR: Spec = ['var', 0, Infinity];

/** Receiver kinds in the order of rt_ds_check's message arguments. */
const KINDS = ['dict', 'set', 'frozenset', 'list'] as const;
type Kind = (typeof KINDS)[number];

/** name -> [runtime function, how it takes its arguments per receiver kind]. A 'var' method
 * gets its positional arguments as one tuple (and dict.update its keywords as a dict). */
const DS_METHODS: Record<string, [string, Partial<Record<Kind, Spec>>]> = {
  get: ['rt_dm_get', { dict: ['fast', 1, 2] }],
  setdefault: ['rt_dm_setdefault', { dict: ['fast', 1, 2] }],
  popitem: ['rt_dm_popitem', { dict: NONE }],
  keys: ['rt_dm_keys', { dict: NONE }],
  values: ['rt_dm_values', { dict: NONE }],
  items: ['rt_dm_items', { dict: NONE }],
  fromkeys: ['rt_dm_fromkeys', { dict: ['fast', 1, 2] }],
  update: ['rt_dsm_update', { dict: ['fast', 0, 1], set: VAR }],
  pop: ['rt_dsm_pop', { dict: ['fast', 1, 2], set: NONE, list: ['fast', 0, 1] }],
  clear: ['rt_dsm_clear', { dict: NONE, set: NONE, list: NONE }],
  copy: ['rt_dsm_copy', { dict: NONE, set: NONE, frozenset: NONE, list: NONE }],
  add: ['rt_sm_add', { set: O }],
  remove: ['rt_sm_remove', { set: O, list: O }],
  discard: ['rt_sm_discard', { set: O }],
  union: ['rt_sm_union', { set: VAR, frozenset: VAR }],
  intersection: ['rt_sm_intersection', { set: VAR, frozenset: VAR }],
  difference: ['rt_sm_difference', { set: VAR, frozenset: VAR }],
  symmetric_difference: ['rt_sm_symmetric_difference', { set: O, frozenset: O }],
  intersection_update: ['rt_sm_intersection_update', { set: VAR }],
  difference_update: ['rt_sm_difference_update', { set: VAR }],
  symmetric_difference_update: ['rt_sm_symmetric_difference_update', { set: O }],
  issubset: ['rt_sm_issubset', { set: O, frozenset: O }],
  issuperset: ['rt_sm_issuperset', { set: O, frozenset: O }],
  isdisjoint: ['rt_sm_isdisjoint', { set: O, frozenset: O }],
};

export function isDsMethod(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(DS_METHODS, name);
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** CPython's complaint about calling kind.name with n positional arguments (and keywords),
 * or undefined when the call is fine. */
function arityError(kind: Kind, name: string, spec: Spec, n: number, kw: boolean): string | undefined {
  const [style, min, max] = spec;
  if (kw && !(kind === 'dict' && name === 'update')) {
    if (style !== 'fast' || (n >= min && n <= max)) return `${kind}.${name}() takes no keyword arguments`;
  }
  if (n >= min && n <= max) return undefined;
  if (style === 'O') return `${kind}.${name}() takes exactly one argument (${n} given)`;
  if (style === 'none') return `${kind}.${name}() takes no arguments (${n} given)`;
  return n < min ? `${name} expected at least ${plural(min, 'argument')}, got ${n}` : `${name} expected at most ${plural(max, 'argument')}, got ${n}`;
}

/** Evaluated keyword arguments (arg null: `**m`). */
export type KwArgs = { arg: string | null; value: Value; node: ast.Located }[];

/** `x.name(args)` for a name of DS_METHODS. */
export function lowerDsMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute): Value {
  if (e.args.some((a) => a._type === 'Starred')) return lowerStarCall(fl, e);
  const self = fl.expr(f.value);
  const args = e.args.map((a) => fl.expr(a));
  // Keyword values are evaluated before the call, as CPython does.
  const kws = e.keywords.map((k) => ({ arg: k.arg, value: fl.expr(k.value), node: k as ast.Located }));
  return dsMethodOn(fl, e, f.attr, self, args, kws);
}

/** The call of DS_METHODS[name] on an evaluated receiver and arguments (also the fallback of
 * the user-class method dispatch for receivers that are not instances). */
export function dsMethodOn(fl: FunctionLowering, e: ast.Call, name: string, self: Value, args: Value[], kwArgs: KwArgs): Value {
  const f = { attr: name };
  const [fn, specs] = DS_METHODS[name];
  const n = args.length;
  const kw = kwArgs.length > 0;
  const kwVals = kwArgs.map((k) => [{ arg: k.arg, lineno: k.node.lineno }, k.value] as const);
  const errors = KINDS.map((k) => (specs[k] ? arityError(k, f.attr, specs[k]!, n, kw) : null));
  if (errors.some((m) => m !== undefined && m !== null)) {
    // Some receiver type rejects these arguments: rt_ds_check raises its message (or
    // AttributeError when the receiver has no such method) unless the receiver's type accepts
    // them. When the only rejections are types without the method, the call needs no check:
    // every runtime function of DS_METHODS checks its receiver first and raises that
    // AttributeError itself.
    const msgs = errors.map((m) => (m === null ? nullWord(fl) : constStr(fl, m ?? '')));
    rtCall(fl, e.lineno, 'rt_ds_check', [self, constStr(fl, f.attr), ...msgs], null);
    if (errors.every((m) => m !== undefined)) return nullWord(fl); // rt_ds_check raised
  }
  const isVar = Object.values(specs).some((s) => s![0] === 'var');
  if (isVar) {
    const extra: Value[] = [];
    if (f.attr === 'update') {
      let kd = nullWord(fl);
      if (kwVals.length) {
        kd = rtCallPure(fl, 'rt_dict_new', []);
        for (const [k, v] of kwVals) {
          if (k.arg === null) rtCall(fl, k.lineno, 'rt_dict_merge_kw', [kd, v]);
          else rtCall(fl, k.lineno, 'rt_dict_set', [kd, constStr(fl, k.arg), v], null);
        }
      }
      extra.push(kd);
    }
    return rtCall(fl, e.lineno, fn, [self, tupleOf(fl, args), ...extra]);
  }
  const max = Math.max(...Object.values(specs).map((s) => s![2]));
  const padded = [...args];
  while (padded.length < max) padded.push(nullWord(fl));
  return rtCall(fl, e.lineno, fn, [self, ...padded.slice(0, max)]);
}
