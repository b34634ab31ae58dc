// Lowering of tuples, lists and the statements around them (untyped user code): list and tuple
// displays, subscripts and slices (load, store, del, augmented), unpacking assignment, `for`
// over any iterable, `in` / `not in`, method calls on values (dispatched at run time by
// stdlib/_rt/list.py), `import math` and `math.X` constants; plus moduleFacts, the per-module
// facts these need. Called from hooks in function.ts.
import { forEachField } from '../parse/fields.js';
import { namedExprTargets, patternNames } from '../sema/scopes.js';
import type * as ast from '../parse/ast.js';
import type { Block, Value } from '../ir/function.js';
import type { ModuleFacts } from './context.js';
import type { FunctionLowering } from './function.js';
import { lowerMathCall, MATH_CONSTANTS } from './builtins.js';
import { assignModuleAttribute } from './imports.js';
import { moduleMethodCall } from './modules.js';
import { SELECTORS, augOp, hasPayloadClasses, callAttr, classNamed, resolve, lowerAugAttr, lowerDelAttr, lowerGetAttr, lowerSetAttr, lowerUserMethodCall, type Args } from './classes.js';
import { callValues, isBuiltinMethodName, lowerMathValue, lowerStarCall, lowerStrMethodValue, lowerValueCall, dunderCaller, methodCaller } from './callables.js';
import { builtinMethodMax, isBuiltinMethod } from './attributes.js';
import { SEL_ABS, SEL_BINOP, SEL_BOOL, SEL_CONTAINS, SEL_DELITEM, SEL_INDEX, SEL_INT, SEL_ITER, SEL_LEN, SEL_NEG, TYPE_BOOL, TYPE_BYTES, TYPE_DICT, TYPE_FLOAT, TYPE_FROZENSET, TYPE_INT, TYPE_LIST, TYPE_SET, TYPE_STR, TYPE_TUPLE } from '../runtime/layout.js';
import { dsMethodOn, isDsMethod, lowerDictClassCall, lowerDsMethodCall, raiseAfter } from './dicts.js';
import { ownsIterator } from './gendrop.js';
import { markEagerGenexp } from './gen.js';
import { lowerCleanupLanding } from './exceptions.js';
import { isStrMethod, lowerStrMethodCall, STR_METHODS, strMethodOn } from './strings.js';

/** The word NULL_WORD: an absent optional argument of a runtime function. */
export function nullWord(fl: FunctionLowering): Value {
  return fl.b.emit('ptr.word', [fl.b.emit('const.i32', [], 0n)]);
}

/** A call of a runtime function that may raise, followed by an exception check. */
export function rtCall(fl: FunctionLowering, line: number, name: string, args: Value[], result: 'obj' | 'i32' | null = 'obj'): Value {
  const v = fl.b.emit('call', args, name, result);
  fl.check(line);
  return v;
}

/** A value computed two ways: `yes()` where the i32 `cond` is true, else `no()`, joined in a new
 * block (either side may end its block, raising). */
export function branchValue(fl: FunctionLowering, cond: Value, yes: () => Value, no: () => Value): Value {
  const b = fl.b;
  const yb = b.newBlock();
  const nb = b.newBlock();
  const join = b.newBlock();
  const r = fl.func.addBlockParam(join, 'obj');
  b.br(cond, yb, nb);
  b.seal(yb);
  b.seal(nb);
  b.switchTo(yb);
  const v1 = yes();
  if (!b.terminated) b.jump(join, [v1]);
  b.switchTo(nb);
  const v2 = no();
  if (!b.terminated) b.jump(join, [v2]);
  b.seal(join);
  b.switchTo(join);
  return r;
}

/** A call of a runtime function that never raises. */
export function rtCallPure(fl: FunctionLowering, name: string, args: Value[], result: 'obj' | 'i32' | null = 'obj'): Value {
  return fl.b.emit('call', args, name, result);
}

function constI32(fl: FunctionLowering, n: number): Value {
  return fl.b.emit('const.i32', [], BigInt(n));
}

// ---- module facts ------------------------------------------------------------------------------

/** Names whose call makes a container (range() directly in a `for` does not). */
const CONTAINER_NAMES = new Set(['dict', 'set', 'frozenset', 'list', 'tuple', 'range', 'divmod', 'frexp', 'modf', 'sorted', 'reversed', 'enumerate', 'zip', 'map', 'filter', 'iter', 'readlines', 'argv', 'split',
  // strs and bytes (strings.ts): methods making lists or tuples, and bytes objects, which print through the container-aware writer
  'split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'encode', 'bytes', 'bytearray', 'fromhex', 'readlines', 'argv',
  // an exception's args (a tuple)
  'args',
  // attributes holding tuples, lists or dicts (`C.__mro__`, `P._fields`, `f.__defaults__`)
  '__mro__', '__bases__', 'mro', '__args__', '__parameters__', '__slots__', '__defaults__', '_fields', '__members__', '__annotations__', '__dict__']);
const CONTAINER_NODES = new Set(['List', 'Tuple', 'ListComp', 'Starred', 'Slice', 'Dict', 'Set', 'DictComp', 'SetComp', 'GeneratorExp']);

export function moduleFacts(mod: ast.Module): ModuleFacts {
  const facts: ModuleFacts = { bound: new Set(), mathModules: new Set(), mathNames: new Map(), containers: false };
  const skip = new Set<unknown>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    switch (n._type) {
      case 'Import':
        for (const a of (n as unknown as ast.Import).names) if (a.name === 'math') facts.mathModules.add(a.asname ?? 'math');
        break;
      case 'ImportFrom': {
        const s = n as unknown as ast.ImportFrom;
        if (s.module === 'math') for (const a of s.names) facts.mathNames.set(a.asname ?? a.name, a.name);
        break;
      }
      case 'For': {
        const it = (n as unknown as ast.For).iter;
        if (it._type === 'Call' && it.func._type === 'Name' && it.func.id === 'range') skip.add(it.func);
        break;
      }
      case 'Name':
        if (!skip.has(n) && CONTAINER_NAMES.has((n as unknown as ast.Name).id)) facts.containers = true;
        break;
      case 'Attribute':
        if (CONTAINER_NAMES.has((n as unknown as ast.Attribute).attr)) facts.containers = true;
        break;
      case 'Constant':
        if ((n as unknown as ast.Constant).value instanceof Uint8Array) facts.containers = true;
        break;
      case 'arguments':
        // `*args` parameters hold tuples, `**kwargs` ones dicts
        if ((n as unknown as ast.arguments).vararg || (n as unknown as ast.arguments).kwarg) facts.containers = true;
        break;
      default:
        if (n._type && CONTAINER_NODES.has(n._type)) facts.containers = true;
    }
    forEachField(n, walk);
  };
  walk(mod.body);
  const top = new Set<string>();
  for (const s of mod.body) {
    if (s._type === 'Import' || (s._type === 'ImportFrom' && s.module === 'math')) continue;
    if (s._type === 'ImportFrom') {
      // `from m import f` binds f in this module (a function with *args or keywords is called
      // through its value; __future__ binds nothing here).
      if (s.module !== '__future__') for (const a of s.names) if (a.name !== '*') top.add(a.asname ?? a.name);
      continue;
    }
    collectBound(s, top);
  }
  namedExprTargets(mod.body, top);
  facts.bound = top;
  return facts;
}

function collectBound(s: ast.stmt, out: Set<string>): void {
  const target = (e: ast.expr): void => {
    if (e._type === 'Name') out.add(e.id);
    else if (e._type === 'Tuple' || e._type === 'List') e.elts.forEach(target);
    else if (e._type === 'Starred') target(e.value);
  };
  switch (s._type) {
    case 'ImportFrom':
      // (nested: `if __name__ == "__main__": from functools import reduce`; the module's
      // top-level imports are moduleFacts' own)
      if (s.module !== 'math' && s.module !== '__future__') for (const a of s.names) if (a.name !== '*') out.add(a.asname ?? a.name);
      break;
    case 'Assign':
      s.targets.forEach(target);
      break;
    case 'AugAssign':
    case 'AnnAssign':
      target(s.target);
      break;
    case 'For':
      target(s.target);
      s.body.forEach((x) => collectBound(x, out));
      s.orelse.forEach((x) => collectBound(x, out));
      break;
    case 'While':
    case 'If':
      s.body.forEach((x) => collectBound(x, out));
      s.orelse.forEach((x) => collectBound(x, out));
      break;
    case 'Try':
      for (const part of [s.body, s.orelse, s.finalbody, ...s.handlers.map((h) => h.body)]) part.forEach((x) => collectBound(x, out));
      for (const h of s.handlers) if (h.name) out.add(h.name);
      break;
    case 'With':
      for (const i of s.items) if (i.optional_vars) target(i.optional_vars);
      s.body.forEach((x) => collectBound(x, out));
      break;
    case 'Match':
      for (const c of s.cases) {
        patternNames(c.pattern, out);
        c.body.forEach((x) => collectBound(x, out));
      }
      break;
    case 'FunctionDef':
    case 'ClassDef':
      out.add(s.name);
      break;
    default:
      break;
  }
}

/** The user module's facts (an empty set of facts for runtime modules). */
export function factsOf(fl: FunctionLowering): ModuleFacts {
  return fl.module.facts ?? { bound: new Set(), mathModules: new Set(), mathNames: new Map(), containers: false };
}

/** Whether `name` means the math module here (not shadowed by a local). */
export function isMathModule(fl: FunctionLowering, name: string): boolean {
  return factsOf(fl).mathModules.has(name) && (!fl.isLocal(name) || importedInFunction(fl, name));
}

function importedInFunction(fl: FunctionLowering, name: string): boolean {
  let found = false;
  const walk = (stmts: ast.stmt[]): void => {
    for (const s of stmts) {
      if (s._type === 'Import' && s.names.some((a) => a.name === 'math' && (a.asname ?? 'math') === name)) found = true;
      if (s._type === 'ImportFrom' && s.module === 'math' && s.names.some((a) => (a.asname ?? a.name) === name)) found = true;
      // every nested block of this function (not nested functions' or classes' bodies)
      if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') continue;
      const o = s as unknown as Record<string, unknown>;
      for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(o[k])) walk(o[k] as ast.stmt[]);
      if (s._type === 'Try' || s._type === 'TryStar') for (const h of s.handlers) walk(h.body);
      if (s._type === 'Match') for (const c of s.cases) walk(c.body);
    }
  };
  if (fl.info && fl.info.node._type === 'FunctionDef') walk(fl.info.node.body);
  return found && !boundOtherwise(fl, name);
}

/** Whether this function binds `name` by something other than a math import (`ceil = None`):
 * then a math import here assigns the name like any other import (lowerMathImport). */
export function boundOtherwise(fl: FunctionLowering, name: string): boolean {
  if (!fl.info || fl.info.node._type !== 'FunctionDef') return false;
  const out = new Set<string>();
  for (const s of fl.info.node.body) collectBound(s, out);
  namedExprTargets(fl.info.node.body, out);
  for (const a of [...fl.info.node.args.posonlyargs, ...fl.info.node.args.args, ...fl.info.node.args.kwonlyargs]) out.add(a.arg);
  if (fl.info.node.args.vararg) out.add(fl.info.node.args.vararg.arg);
  if (fl.info.node.args.kwarg) out.add(fl.info.node.args.kwarg.arg);
  return out.has(name);
}

/** The math attribute a plain name stands for (`from math import sqrt`), if any. */
export function mathName(fl: FunctionLowering, name: string): string | undefined {
  const m = factsOf(fl).mathNames.get(name);
  if (m === undefined) return undefined;
  if (fl.isLocal(name) && !importedInFunction(fl, name)) return undefined;
  return m;
}

// ---- displays -------------------------------------------------------------------------------

/** `[a, b]`, `(a, b)`, with `*x` items too. */
export function lowerSeqLiteral(fl: FunctionLowering, e: ast.List | ast.Tuple): Value {
  if (e.elts.some((x) => x._type === 'Starred')) {
    const l = rtCallPure(fl, 'rt_list_new', [constI32(fl, 0)]);
    for (const x of e.elts) {
      if (x._type === 'Starred') rtCall(fl, x.lineno, 'rt_m_extend', [l, fl.expr(x.value)]);
      else rtCallPure(fl, 'rt_list_append', [l, fl.expr(x)], null);
    }
    return e._type === 'List' ? l : rtCallPure(fl, 'rt_tuple_call', [l]);
  }
  const vals = e.elts.map((x) => fl.expr(x));
  const n = constI32(fl, vals.length);
  const isList = e._type === 'List';
  const seq = rtCallPure(fl, isList ? 'rt_list_new' : 'rt_tuple_new', [n]);
  vals.forEach((v, i) => rtCallPure(fl, isList ? 'rt_list_set' : 'rt_tuple_set', [seq, constI32(fl, i), v], null));
  return seq;
}

// ---- subscripts ------------------------------------------------------------------------------

function sliceParts(fl: FunctionLowering, s: ast.Slice): Value[] {
  return [s.lower, s.upper, s.step].map((x) => (x ? fl.expr(x) : nullWord(fl)));
}

export function lowerSubscript(fl: FunctionLowering, e: ast.Subscript): Value {
  if (fl.typed) return fl.unsupported(e, 'subscripts in runtime code');
  // C[x] on a class of the program defining __class_getitem__ (an implicit class method)
  if (e.value._type === 'Name' && e.slice._type !== 'Slice') {
    const k = classNamed(fl, e.value.id);
    if (k && resolve(k, '__class_getitem__')) {
      const loc = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
      const func: ast.Attribute = { _type: 'Attribute', value: e.value, attr: '__class_getitem__', ctx: { _type: 'Load' }, ...loc };
      return fl.expr({ _type: 'Call', func, args: [e.slice], keywords: [], ...loc } as ast.Call);
    }
  }
  const v = fl.expr(e.value);
  if (e.slice._type === 'Slice') return rtCall(fl, e.lineno, 'rt_getslice', [v, ...sliceParts(fl, e.slice)]);
  const k = fl.expr(e.slice);
  return rtCall(fl, e.lineno, 'rt_getitem', [v, k]);
}

// ---- assignment ---------------------------------------------------------------------------------

/** Every form of `t1 = t2 = value` the hook in function.ts does not handle itself. */
export function lowerAssign(fl: FunctionLowering, s: ast.Assign): void {
  const tgt = s.targets[0];
  const val = s.value;
  // `a, b = b, a`: no tuple is made; every value is computed before any target is assigned.
  if (s.targets.length === 1 && (tgt._type === 'Tuple' || tgt._type === 'List') && (val._type === 'Tuple' || val._type === 'List')
    && tgt.elts.length === val.elts.length && !tgt.elts.some((x) => x._type === 'Starred') && !val.elts.some((x) => x._type === 'Starred')) {
    const vs = val.elts.map((x) => fl.expr(x));
    tgt.elts.forEach((t, i) => assignTo(fl, t, vs[i]));
    return;
  }
  const v = fl.expr(val, fl.typed && tgt._type === 'Name' ? undefined : 'obj');
  for (const t of s.targets) assignTo(fl, t, v);
}

/** Stores `v` into an assignment target. */
export function assignTo(fl: FunctionLowering, t: ast.expr, v: Value): void {
  switch (t._type) {
    case 'Name':
      fl.assign(t, v);
      return;
    case 'Tuple':
    case 'List':
      return unpackTo(fl, t, v);
    case 'Subscript': {
      const o = fl.expr(t.value);
      if (t.slice._type === 'Slice') {
        rtCall(fl, t.lineno, 'rt_setslice', [o, ...sliceParts(fl, t.slice), v], null);
        return;
      }
      const k = fl.expr(t.slice);
      rtCall(fl, t.lineno, 'rt_setitem', [o, k, v], null);
      return;
    }
    case 'Attribute':
      if (!fl.typed && assignModuleAttribute(fl, t, v)) return;
      if (fl.typed) return fl.unsupported(t, 'attributes in runtime code');
      return lowerSetAttr(fl, t, v);
    case 'Starred':
      return fl.error(t, 'starred assignment target must be in a list or tuple');
    default:
      return fl.unsupported(t, `assigning to ${t._type}`);
  }
}

function unpackTo(fl: FunctionLowering, t: ast.Tuple | ast.List, v: Value): void {
  const star = t.elts.findIndex((x) => x._type === 'Starred');
  let items: Value[];
  if (star < 0) {
    const n = t.elts.length;
    const u = rtCall(fl, t.lineno, 'rt_unpack', [v, constI32(fl, n)]);
    items = t.elts.map((_, i) => rtCallPure(fl, 'rt_seq_item', [u, constI32(fl, i)]));
  } else {
    const before = star;
    const after = t.elts.length - star - 1;
    const u = rtCall(fl, t.lineno, 'rt_unpack_ex', [v, constI32(fl, before), constI32(fl, after)]);
    items = t.elts.map((_, i) => rtCallPure(fl, 'rt_seq_item', [u, constI32(fl, i)]));
  }
  t.elts.forEach((x, i) => assignTo(fl, x._type === 'Starred' ? x.value : x, items[i]));
}

/** `a[i] += v`, `a[i:j] += v` (Name targets are function.ts's). */
export function lowerAugAssign(fl: FunctionLowering, s: ast.AugAssign): void {
  const t = s.target;
  if (t._type === 'Attribute' && !fl.typed) return lowerAugAttr(fl, s, t);
  if (t._type !== 'Subscript') return fl.unsupported(t, 'this augmented assignment target');
  const o = fl.expr(t.value);
  if (t.slice._type === 'Slice') {
    const parts = sliceParts(fl, t.slice);
    const cur = rtCall(fl, t.lineno, 'rt_getslice', [o, ...parts]);
    const r = augOp(fl, s, cur, fl.expr(s.value));
    rtCall(fl, t.lineno, 'rt_setslice', [o, ...parts, r], null);
    return;
  }
  const k = fl.expr(t.slice);
  const cur = rtCall(fl, t.lineno, 'rt_getitem', [o, k]);
  const r = augOp(fl, s, cur, fl.expr(s.value));
  rtCall(fl, t.lineno, 'rt_setitem', [o, k, r], null);
}

export function lowerDelete(fl: FunctionLowering, s: ast.Delete): void {
  for (const t of s.targets) {
    if (t._type === 'Attribute' && !fl.typed) {
      lowerDelAttr(fl, t);
      continue;
    }
    if (t._type === 'Name' && !fl.typed) {
      fl.deleteName(t);
      continue;
    }
    if ((t._type === 'Tuple' || t._type === 'List') && !fl.typed) {
      lowerDelete(fl, { ...s, targets: t.elts });
      continue;
    }
    if (t._type !== 'Subscript') return fl.unsupported(t, 'deleting this target');
    const o = fl.expr(t.value);
    if (t.slice._type === 'Slice') rtCall(fl, t.lineno, 'rt_delslice', [o, ...sliceParts(fl, t.slice)], null);
    else rtCall(fl, t.lineno, 'rt_delitem', [o, fl.expr(t.slice)], null);
  }
}

export function lowerImport(fl: FunctionLowering, s: ast.Import): void {
  if (fl.typed || !s.names.every((a) => a.name === 'math')) return fl.unsupported(s, 'import');
}

// ---- for over an iterable --------------------------------------------------------------------

/**
 * `for a, b in zip(x, y)` and `for i, v in enumerate(x[, start])` with a target that unpacks
 * each item: the loop steps the iterators of x and y itself (and counts), so no zip or
 * enumerate object and no tuple per item is made. The calls are CPython's: the arguments are
 * evaluated, enumerate's start checked, then iter() of each iterable; each step calls next() on
 * the iterators in order and stops at the first that is exhausted. Not in a loop with a yield
 * (the iterators would need frame slots): those take the generic path.
 */
interface LockstepLoop {
  iterables: ast.expr[];
  /** enumerate's start (null: 0); undefined for zip */
  start?: ast.expr | null;
}

function lockstepLoop(fl: FunctionLowering, it: ast.expr, t: ast.expr): LockstepLoop | undefined {
  if (it._type !== 'Call' || it.func._type !== 'Name') return undefined;
  const id = it.func.id;
  if (id !== 'zip' && id !== 'enumerate') return undefined;
  if (fl.isLocal(id) || fl.renamed(id) !== undefined || factsOf(fl).bound.has(id)) return undefined;
  if (it.args.some((a) => a._type === 'Starred') || it.keywords.some((k) => k.arg === null)) return undefined;
  if ((t._type !== 'Tuple' && t._type !== 'List') || t.elts.some((e) => e._type === 'Starred')) return undefined;
  if (id === 'zip') {
    if (it.keywords.length || it.args.length === 0 || t.elts.length !== it.args.length) return undefined;
    return { iterables: it.args };
  }
  if (t.elts.length !== 2) return undefined;
  const kw = it.keywords;
  if (it.args.length === 2 && kw.length === 0) return { iterables: [it.args[0]], start: it.args[1] };
  if (it.args.length === 1 && kw.length === 0) return { iterables: [it.args[0]], start: null };
  if (it.args.length === 1 && kw.length === 1 && kw[0].arg === 'start') return { iterables: [it.args[0]], start: kw[0].value };
  return undefined;
}

/** The iteration of a `for` loop or clause: its iterators (one, or zip's), and enumerate's count;
 * or a count over `range(...)`. */
export interface Iteration {
  its: Value[];
  lock?: LockstepLoop;
  /** the hidden variable of enumerate's count, or of the range's next value */
  counter?: string;
  /** a counting loop over range(): the stop, the (literal) step and the node for its lines */
  range?: { stop: Value; step: bigint; node: ast.expr };
}

/** Whether `e` is an int literal (`3`, `-1`): range() needs no conversion of it. */
export function isIntLiteral(e: ast.expr): boolean {
  if (e._type === 'Constant') return typeof e.value === 'bigint';
  return e._type === 'UnaryOp' && e.op._type === 'USub' && e.operand._type === 'Constant' && typeof e.operand.value === 'bigint';
}

/** The literal step of `range(a, b, step)` (1 when absent); undefined when it is no int literal. */
function literalStep(it: ast.Call): bigint | undefined {
  const st = it.args[2];
  if (!st) return 1n;
  if (st._type === 'Constant' && typeof st.value === 'bigint') return st.value;
  if (st._type === 'UnaryOp' && st.op._type === 'USub' && st.operand._type === 'Constant' && typeof st.operand.value === 'bigint') return -st.operand.value;
  return undefined;
}

/** A comprehension clause or loop over the builtin `range(...)` with a literal nonzero step:
 * a count, as function.ts's `for` statement over range() (no range object, no iterator). */
function rangeIteration(fl: FunctionLowering, iter: ast.expr): Iteration | undefined {
  if (iter._type !== 'Call' || iter.func._type !== 'Name' || iter.func.id !== 'range' || iter.keywords.length) return undefined;
  if (iter.args.length < 1 || iter.args.length > 3 || !isRangeLoop(fl, iter) || fl.renamed('range') !== undefined) return undefined;
  const step = literalStep(iter);
  if (step === undefined || step === 0n) return undefined;
  const b = fl.b;
  // range() converts its arguments to ints, in order (bools, __index__: FunctionLowering.rangeArg).
  const vals = iter.args.map((a) => fl.expr(a)).map((v, i) => (isIntLiteral(iter.args[i]) ? v : fl.rangeArg(iter.args[i], v)));
  const start = vals.length === 1 ? b.emit('const.int', [], 0n) : vals[0];
  const stop = vals.length === 1 ? vals[0] : vals[1];
  const counter = `$count${++countVars}`;
  b.declareVar(counter, 'obj');
  b.defVar(counter, start);
  return { its: [], counter, range: { stop, step, node: iter } };
}

let countVars = 0;

/** Evaluates the iterable of a `for` over `iter` binding `target` and makes its iterators;
 * `lockstep`: whether a zip or enumerate call may be stepped in place (not across a yield). */
export function startIteration(fl: FunctionLowering, iter: ast.expr, target: ast.expr, lockstep: boolean): Iteration {
  const b = fl.b;
  const counting = lockstep ? rangeIteration(fl, iter) : undefined;
  if (counting) return counting;
  const lock = lockstep ? lockstepLoop(fl, iter, target) : undefined;
  if (!lock) return { its: [rtCall(fl, iter.lineno, 'rt_iter', [fl.expr(iter)])] };
  const vals = lock.iterables.map((e) => fl.expr(e));
  let counter: string | undefined;
  if (lock.start !== undefined) {
    const start = lock.start ? rtCall(fl, iter.lineno, 'rt_enumerate_start', [fl.expr(lock.start)]) : b.emit('const.int', [], 0n);
    counter = `$count${++countVars}`;
    b.declareVar(counter, 'obj');
    b.defVar(counter, start);
  }
  return { its: vals.map((v) => rtCall(fl, iter.lineno, 'rt_iter', [v])), lock, counter };
}

/**
 * The next items of an iteration: rt_next of each iterator in order, to `ended` at the first
 * that gives NULL_WORD (exhausted, or raised: the exception test follows each call, where
 * checkelim sees it). Leaves the builder in a new block where all items are there, and returns
 * them (enumerate's count first, the count variable stepped); a range() count steps itself.
 */
export function nextItems(fl: FunctionLowering, itn: Iteration, line: number, ended: Block): Value[] {
  const b = fl.b;
  if (itn.range) {
    const { stop, step, node } = itn.range;
    const n = b.useVar(itn.counter!);
    const more = b.newBlock();
    b.br(fl.truth(node, fl.compareValues(node, step > 0n ? 'Lt' : 'Gt', n, stop)), more, ended);
    b.seal(more);
    b.switchTo(more);
    b.defVar(itn.counter!, fl.binop(node, 'Add', n, b.emit('const.int', [], step)));
    return [n];
  }
  const items: Value[] = [];
  for (const it of itn.its) {
    const v = rtCall(fl, line, 'rt_next', [it]);
    items.push(v);
    const more = b.newBlock();
    b.br(b.emit('py.is', [v, nullWord(fl)]), ended, more);
    b.seal(more);
    b.switchTo(more);
  }
  if (itn.counter) {
    const n = b.useVar(itn.counter);
    b.defVar(itn.counter, fl.binop(itn.lock!.iterables[0], 'Add', n, b.emit('const.int', [], 1n)));
    items.unshift(n);
  }
  return items;
}

/** Binds the target of an iteration to its next items. */
export function assignItems(fl: FunctionLowering, itn: Iteration, target: ast.expr, items: Value[]): void {
  if (itn.lock) (target as ast.Tuple | ast.List).elts.forEach((e, i) => assignTo(fl, e, items[i]));
  else assignTo(fl, target, items[0]);
}

export function lowerForIter(fl: FunctionLowering, s: ast.For): void {
  if (fl.typed) return fl.unsupported(s.iter, 'iterating over anything but range() in runtime code');
  const b = fl.b;
  const line = s.iter.lineno;
  const itn = startIteration(fl, s.iter, s.target, !fl.gen?.hasYield(s));
  const lock = itn.lock;
  // In a generator with a yield in the loop, the iterator lives in a frame slot (gen.ts).
  const itVar = lock ? undefined : fl.gen?.iterVar(s);
  if (itVar) b.defVar(itVar, itn.its[0]);
  const header = b.newBlock();
  const orelse = b.newBlock();
  const exit = b.newBlock();
  // A generator only this loop holds is closed when the loop leaves early (gendrop.ts): break
  // goes through `brk`, return through the region's cleanup, an exception through `landing`.
  // zip and enumerate hold theirs: they are closed in the order CPython's tuple of them is freed.
  const owned = (lock ? lock.iterables : [s.iter]).map((e, i) => (ownsIterator(fl, e) ? i : -1)).filter((i) => i >= 0).reverse();
  const its0 = itn.its;
  const drop = () => {
    for (const i of owned) rtCallPure(fl, 'rt_gen_drop', [itVar ? b.useVar(itVar) : its0[i]], null);
  };
  const landing = owned.length ? b.newBlock() : undefined;
  const landingLine = landing ? fl.func.addBlockParam(landing, 'i64') : undefined;
  const brk = owned.length ? b.newBlock() : exit;
  if (landing) fl.regions.push({ handler: landing, cleanup: drop });
  b.jump(header);
  fl.enterLoop(s, header);
  const now = itVar ? { its: [b.useVar(itVar)] } : itn;
  // rt_next returns NULL_WORD at the end, or when a generator's body or a user __next__ raised.
  const items = nextItems(fl, now, line, orelse);
  b.seal(orelse);
  b.setLine(s.lineno);
  assignItems(fl, itn, s.target, items);
  fl.loops.push({ brk, cont: header, depth: fl.regions.length });
  fl.stmts(s.body);
  fl.loops.pop();
  fl.gen?.leaveLoop(s);
  if (!b.terminated) b.jump(header);
  b.seal(header);
  b.switchTo(orelse);
  // rt_next also ends the loop when it raised (a dict or set that changed size).
  fl.check(line);
  // zip and enumerate are freed when the loop ends: the generators they hold that are not
  // exhausted yet are closed (zip stopped at a shorter iterable) before the else clause.
  if (lock && landing) drop();
  const afterLoop = b.block;
  if (landing) {
    fl.regions.pop();
    b.seal(brk);
    b.switchTo(brk);
    if (!fl.hasPreds(brk)) b.unreachable();
    else {
      drop();
      b.jump(exit);
    }
    lowerCleanupLanding(fl, landing, landingLine!, drop);
  }
  b.switchTo(afterLoop);
  fl.stmts(s.orelse);
  if (!b.terminated) b.jump(exit);
  b.seal(exit);
  b.switchTo(exit);
  if (!fl.hasPreds(exit)) b.unreachable();
}

// ---- in, attributes, methods -----------------------------------------------------------------

export function lowerIn(fl: FunctionLowering, node: ast.Located, op: 'In' | 'NotIn', l: Value, r: Value): Value {
  if (fl.typed) return fl.unsupported(node, '`in` in runtime code');
  return rtCall(fl, node.lineno, op === 'In' ? 'rt_in' : 'rt_not_in', [l, r]);
}

/** `math.pi` and friends (attributes of other values come with classes). */
export function lowerAttribute(fl: FunctionLowering, e: ast.Attribute): Value {
  if (e.value._type === 'Name' && isMathModule(fl, e.value.id)) {
    const c = MATH_CONSTANTS[e.attr];
    if (c !== undefined) return fl.b.emit('const.float', [], c);
    return lowerMathValue(fl, e, e.attr);
  }
  if (fl.typed) return fl.unsupported(e, 'attributes in runtime code');
  // `str.upper` (the builtin class's method) as a value
  if (e.value._type === 'Name' && e.value.id === 'str' && !fl.isLocal('str') && !factsOf(fl).bound.has('str') && isStrMethod(e.attr) && e.attr !== 'decode' && e.attr !== 'hex') {
    return lowerStrMethodValue(fl, e.attr, STR_METHODS[e.attr].max);
  }
  // `int.bit_length`, `list.append`, `dict.get` (another built-in class's method) as a value
  if (e.value._type === 'Name' && Object.prototype.hasOwnProperty.call(CLASS_METHOD_VALUES, e.value.id) && CLASS_METHOD_VALUES[e.value.id].includes(` ${e.attr} `)
    && !fl.isLocal(e.value.id) && !factsOf(fl).bound.has(e.value.id) && isBuiltinMethod(e.attr)) {
    return methodCaller(fl, e.attr, builtinMethodMax(e.attr), `${e.value.id}.${e.attr}`, e.value.id);
  }
  // `int.__add__`, `str.__len__` (a built-in class's special method) as a value
  const sel = valueDunderSelector(e.attr);
  if (e.value._type === 'Name' && Object.prototype.hasOwnProperty.call(CLASS_TYPE_IDS, e.value.id) && sel !== undefined
    && !fl.isLocal(e.value.id) && !factsOf(fl).bound.has(e.value.id)) {
    rtCall(fl, e.lineno, 'rt_class_dunder_check', [constI32(fl, CLASS_TYPE_IDS[e.value.id]), constI32(fl, sel), fl.b.emit('const.str', [], e.value.id), fl.b.emit('const.str', [], e.attr)], null);
    return dunderCaller(fl, e.attr, SELECTORS.get(e.attr)![1], e.value.id);
  }
  return lowerGetAttr(fl, e);
}

/** The methods of built-in classes other than str that `cls.name` reads as a function of the
 * receiver and the arguments (stdlib/_rt/attr_builtins.py's rt_builtin_method_names; not the
 * class methods fromkeys and from_bytes). */
const CLASS_METHOD_VALUES: Record<string, string> = {
  int: ' bit_length bit_count is_integer as_integer_ratio conjugate to_bytes ',
  bool: ' bit_length bit_count is_integer as_integer_ratio conjugate to_bytes ',
  float: ' is_integer as_integer_ratio conjugate hex ',
  list: ' append extend pop insert reverse clear copy index count sort remove ',
  tuple: ' index count ',
  dict: ' get setdefault popitem keys values items update pop clear copy ',
  set: ' add remove discard union intersection difference symmetric_difference intersection_update difference_update symmetric_difference_update issubset issuperset isdisjoint update pop clear copy ',
  frozenset: ' union intersection difference symmetric_difference issubset issuperset isdisjoint copy ',
  bytes: ' decode hex split strip startswith endswith find count index replace join ',
};

/** The type id each class of CLASS_METHOD_VALUES checks its first argument against. */
const CLASS_TYPE_IDS: Record<string, number> = {
  int: TYPE_INT, bool: TYPE_INT, float: TYPE_FLOAT, list: TYPE_LIST, tuple: TYPE_TUPLE, dict: TYPE_DICT,
  set: TYPE_SET, frozenset: TYPE_FROZENSET, bytes: TYPE_BYTES, str: TYPE_STR,
};
/** The item protocol's methods called on a built-in class (`dict.__setitem__(self, k, v)` in a
 * subclass that overrides it): the runtime operation and its argument count. */
const CLASS_DUNDERS: Record<string, [string, number]> = {
  __getitem__: ['rt_getitem', 1], __setitem__: ['rt_setitem', 2], __delitem__: ['rt_delitem', 1],
};

/** The selector of special method `name` when it is one rt_value_op implements for built-in
 * values (`int.__add__(x, y)`, `(3).__mul__(4)`, `s.__len__()`): repr, str, the comparisons,
 * hash, bool, len, the item protocol, iter, `in`, the unary operators, __index__, __int__ and the binary operators
 * with their reflected forms. Which types have which is the runtime's rt_type_has_dunder. */
export function valueDunderSelector(name: string): number | undefined {
  const s = SELECTORS.get(name);
  if (!s) return undefined;
  const sel = s[0];
  return sel <= SEL_DELITEM || sel === SEL_BOOL || sel === SEL_LEN || sel === SEL_ITER || sel === SEL_CONTAINS
    || (sel >= SEL_BINOP && sel < SEL_BINOP + 24) || (sel >= SEL_NEG && sel <= SEL_ABS) || sel === SEL_INDEX || sel === SEL_INT ? sel : undefined;
}

/** The special methods bool defines itself (the others are int's). */
const BOOL_DUNDERS = new Set(['__repr__', '__invert__', '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__']);

/** "expected 1 argument, got 0": CPython's TypeError for a special method of a built-in type
 * called with `got` arguments after self where it takes `want`. */
export function dunderArityMessage(want: number, got: number): string {
  return `expected ${want} argument${want === 1 ? '' : 's'}, got ${got}`;
}

/** `list.append(x, v)`, `dict.get(x, k)`, `dict.__setitem__(x, k, v)`: the built-in method on
 * x's built-in value (rt_descr_self: the payload of an instance of a subclass, so overrides are
 * passed by; CPython's TypeError for an x of another type), after every argument is evaluated.
 * Undefined for other calls (no arguments, `*args`, other names). */
function lowerBuiltinClassMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute): Value | undefined {
  if (fl.typed || f.value._type !== 'Name') return undefined;
  const cls = f.value.id;
  if (!Object.prototype.hasOwnProperty.call(CLASS_TYPE_IDS, cls) || fl.isLocal(cls) || factsOf(fl).bound.has(cls)) return undefined;
  const plain = cls === 'str' ? isStrMethod(f.attr) && f.attr !== 'decode' && f.attr !== 'hex' && f.attr !== 'maketrans'
    : CLASS_METHOD_VALUES[cls].includes(` ${f.attr} `) && isBuiltinMethod(f.attr);
  const dunder = Object.prototype.hasOwnProperty.call(CLASS_DUNDERS, f.attr) && cls !== 'int' && cls !== 'bool' && cls !== 'float' ? CLASS_DUNDERS[f.attr] : undefined;
  const sel = !plain && !dunder ? valueDunderSelector(f.attr) : undefined;
  if (!plain && !dunder && sel === undefined) return undefined;
  if (!e.args.length || e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => !k.arg)) return undefined;
  if (sel !== undefined) {
    if (e.keywords.length) return undefined;
    const want = SELECTORS.get(f.attr)![1];
    const c = (t: number) => fl.b.emit('const.i32', [], BigInt(t));
    const name = fl.b.emit('const.str', [], f.attr);
    const owner = fl.b.emit('const.str', [], cls);
    // `float.__lshift__` is an AttributeError before the arguments are evaluated
    // (bool's own special methods take only bools: `bool.__and__(True, True)` is True)
    const t = cls === 'bool' && BOOL_DUNDERS.has(f.attr) ? TYPE_BOOL : CLASS_TYPE_IDS[cls];
    rtCall(fl, e.lineno, 'rt_class_dunder_check', [c(t), c(sel), owner, name], null);
    const [x, a] = e.args.map((v) => fl.expr(v));
    if (e.args.length !== want + 1) return raiseAfter(fl, e, dunderArityMessage(want, e.args.length - 1));
    return rtCall(fl, e.lineno, 'rt_builtin_dunder', [x, c(t), name, owner, c(sel), a ?? fl.b.emit('const.none')]);
  }
  if (dunder && (e.keywords.length || e.args.length !== dunder[1] + 1)) return undefined;
  const x = fl.expr(e.args[0]);
  const a: Args = { pos: e.args.slice(1).map((v) => fl.expr(v)), kw: e.keywords.map((k) => ({ name: k.arg!, value: fl.expr(k.value), node: k })) };
  const b = fl.b;
  const self = rtCall(fl, e.lineno, 'rt_descr_self', [x, b.emit('const.i32', [], BigInt(CLASS_TYPE_IDS[cls])), b.emit('const.str', [], f.attr), b.emit('const.str', [], cls)]);
  if (plain) return builtinMethodOn(fl, e, f, self, a);
  if (f.attr === '__getitem__') return rtCall(fl, e.lineno, dunder![0], [self, ...a.pos]);
  rtCall(fl, e.lineno, dunder![0], [self, ...a.pos], null);
  return b.emit('const.none');
}

/** A name imported from math used as a value (`from math import pi`). */
export function lowerMathName(fl: FunctionLowering, e: ast.Name): Value {
  const c = MATH_CONSTANTS[mathName(fl, e.id)!];
  if (c !== undefined) return fl.b.emit('const.float', [], c);
  return lowerMathValue(fl, e, mathName(fl, e.id)!);
}

/** Methods of lists and tuples: name -> [runtime function, min args, max args]. */
const METHODS: Record<string, [string, number, number]> = {
  append: ['rt_m_append', 1, 1],
  extend: ['rt_m_extend', 1, 1],
  pop: ['rt_m_pop', 0, 1],
  insert: ['rt_m_insert', 2, 2],
  reverse: ['rt_m_reverse', 0, 0],
  clear: ['rt_m_clear', 0, 0],
  copy: ['rt_m_copy', 0, 0],
  index: ['rt_m_index', 1, 3],
  count: ['rt_m_count', 1, 1],
  sort: ['rt_m_sort', 0, 0],
  // ints, bools and floats (stdlib/_rt/num_methods.py)
  bit_length: ['rt_m_bit_length', 0, 0],
  bit_count: ['rt_m_bit_count', 0, 0],
  is_integer: ['rt_m_is_integer', 0, 0],
  as_integer_ratio: ['rt_m_as_integer_ratio', 0, 0],
  conjugate: ['rt_m_conjugate', 0, 0],
  to_bytes: ['rt_m_to_bytes', 0, 3], // stdlib/_rt/int_bytes.py; keywords by METHOD_KEYWORDS
  indices: ['rt_m_indices', 1, 1], // slices (stdlib/_rt/slice.py)
  // files (stdlib/_rt/io.py)
  read: ['rt_m_read', 0, 1],
  readline: ['rt_m_readline', 0, 1],
  readlines: ['rt_m_readlines', 0, 0],
  write: ['rt_m_write', 1, 1],
  writelines: ['rt_m_writelines', 1, 1],
  close: ['rt_m_close', 0, 0],
  flush: ['rt_m_flush', 0, 0],
  // generators (stdlib/_rt/gen.py; close is shared with files: io.py's rt_m_close hands generators to rt_gen_close)
  send: ['rt_m_send', 1, 1],
  throw: ['rt_m_throw', 1, 3],
};

/** Built-in methods that take keyword arguments: their parameters in order and how many of
 * them can be given by position (the rest are keyword-only). */
const METHOD_KEYWORDS: Record<string, [string[], number]> = {
  to_bytes: [['length', 'byteorder', 'signed'], 2],
  from_bytes: [['bytes', 'byteorder', 'signed'], 2],
};

/** The arguments of built-in method `name` (METHOD_KEYWORDS) as one per parameter, NULL_WORD
 * for an absent one (`required` leading parameters must be there), or undefined after lowering
 * CPython's TypeError. */
function methodKeywords(fl: FunctionLowering, e: ast.Call, name: string, args: Value[], kw: { name: string; value: Value }[], required = 0): Value[] | undefined {
  const [params, npos] = METHOD_KEYWORDS[name];
  const out: (Value | undefined)[] = params.map((_, i) => args[i]);
  let msg: string | undefined;
  if (args.length > npos) msg = `${name}() takes at most ${npos} positional argument${npos === 1 ? '' : 's'} (${args.length} given)`;
  for (const k of kw) {
    if (msg) break;
    const i = params.indexOf(k.name);
    if (i < 0) msg = `'${k.name}' is an invalid keyword argument for ${name}()`;
    else if (out[i]) msg = `argument for ${name}() given by name ('${k.name}') and position (${i + 1})`;
    else out[i] = k.value;
  }
  const missing = out.slice(0, required).findIndex((v) => !v);
  if (!msg && missing >= 0) msg = `${name}() missing required argument '${params[missing]}' (pos ${missing + 1})`;
  if (msg) {
    raiseAfter(fl, e, msg);
    return undefined;
  }
  return out.map((v) => v ?? nullWord(fl));
}

/** `int.from_bytes(bytes, byteorder='big', *, signed=False)` (stdlib/_rt/int_bytes.py). */
function lowerIntClassCall(fl: FunctionLowering, e: ast.Call, attr: string): Value {
  if (attr !== 'from_bytes') return fl.unsupported(e.func, `int.${attr}`);
  if (e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => !k.arg)) return fl.unsupported(e, 'these arguments to int.from_bytes');
  const args = e.args.map((a) => fl.expr(a));
  const all = methodKeywords(fl, e, attr, args, e.keywords.map((k) => ({ name: k.arg!, value: fl.expr(k.value) })), 1);
  return all ? rtCall(fl, e.lineno, 'rt_int_from_bytes', all) : nullWord(fl);
}

export function lowerMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute): Value {
  markEagerGenexp(e, undefined); // ("sep".join(g))
  if (f.value._type === 'Name' && isMathModule(fl, f.value.id)) return lowerMathCall(fl, e, f.attr);
  // `p.join(...)` where p may be a module object (os.path as a value): modules.ts
  const mm = moduleMethodCall(fl, e, f, (f2) => lowerMethodCall(fl, e, f2));
  if (mm) return mm;
  const cm = lowerBuiltinClassMethodCall(fl, e, f);
  if (cm) return cm;
  if (!fl.typed && f.value._type === 'Name' && f.value.id === 'dict' && !fl.isLocal('dict') && !factsOf(fl).bound.has('dict')) return lowerDictClassCall(fl, e, f.attr);
  if (!fl.typed && f.value._type === 'Name' && f.value.id === 'int' && !fl.isLocal('int') && !factsOf(fl).bound.has('int')) return lowerIntClassCall(fl, e, f.attr);
  const ds = !fl.typed && isDsMethod(f.attr);
  const m = METHODS[f.attr];
  // Methods of the program's classes (classes.ts); other receivers come back here.
  const user = lowerUserMethodCall(fl, e, f, (self, a) => builtinMethodOn(fl, e, f, self, a));
  if (user !== undefined) return user;
  if (ds) return lowerDsMethodCall(fl, e, f);
  const sm = fl.typed ? undefined : lowerStrMethodCall(fl, e, f);
  if (sm) return sm;
  if (fl.typed) return fl.unsupported(f, `the method ${f.attr}()`);
  if (!m && valueDunderSelector(f.attr) !== undefined && !e.args.some((a) => a._type === 'Starred') && e.keywords.every((k) => k.arg)) {
    const recv = fl.expr(f.value);
    // (an instance of a subclass of a built-in type has its value's special methods)
    const self = hasPayloadClasses(fl) ? rtCallPure(fl, 'rt_unwrap', [recv]) : recv;
    return dunderCallOn(fl, e, f.attr, self, { pos: e.args.map((v) => fl.expr(v)), kw: e.keywords.map((k) => ({ name: k.arg!, value: fl.expr(k.value), node: k })) });
  }
  // `fn.__wrapped__(x)`, `obj.callback(x)`: no method of that name, so the attribute's value is called.
  if (!m && !isBuiltinMethodName(f.attr)) return lowerValueCall(fl, e, rtCall(fl, f.lineno, 'rt_getattr', [fl.expr(f.value), fl.b.emit('const.str', [], f.attr)]));
  if (!m) return fl.unsupported(f, `the method ${f.attr}()`);
  const sortKw = f.attr === 'sort' && e.keywords.every((k) => k.arg === 'reverse' || k.arg === 'key');
  if (e.keywords.length && !sortKw && !(METHOD_KEYWORDS[f.attr] && e.keywords.every((k) => k.arg))) return fl.unsupported(e, 'keyword arguments to methods (but sort(key=..., reverse=...))');
  if (e.args.some((a) => a._type === 'Starred')) return lowerStarCall(fl, e);
  const self = fl.expr(f.value);
  const args = e.args.map((a) => fl.expr(a));
  return listMethodOn(fl, e, f, self, args, e.keywords.map((k) => ({ name: k.arg!, value: fl.expr(k.value) })));
}

/** `self.<f.attr>(args)` on a receiver that is no instance of the program's classes (or the
 * built-in value of one deriving from a built-in type): the dict/set, str, list, number, file
 * and generator methods of that name, dispatched on the receiver at run time. */
export function builtinMethodOn(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, self: Value, a: Args): Value {
  const m = METHODS[f.attr];
  if (!fl.typed && isDsMethod(f.attr)) return dsMethodOn(fl, e, f.attr, self, [...a.pos], a.kw.map((k) => ({ arg: k.name, value: k.value, node: k.node })));
  const sm = strMethodOn(fl, e, f.attr, self, a);
  if (sm) return sm;
  if (!m && !fl.typed && valueDunderSelector(f.attr) !== undefined) return dunderCallOn(fl, e, f.attr, self, a);
  // No method of that name anywhere: call the attribute's value (a function stored on the object).
  if (!m && !isBuiltinMethodName(f.attr)) return callAttr(fl, e, self, f.attr, a);
  if (!m || a.kw.some((k) => !(f.attr === 'sort' && (k.name === 'reverse' || k.name === 'key')) && !METHOD_KEYWORDS[f.attr])) return rtCall(fl, e.lineno, 'rt_method_fallback', [self, fl.b.emit('const.str', [], f.attr)]);
  return listMethodOn(fl, e, f, self, [...a.pos], a.kw);
}

/** `self.__mul__(a)` on a receiver that is no instance of the program's classes: the special
 * method of its built-in type (rt_dunder_call, with CPython's TypeError for the wrong arguments)
 * when the type has it (rt_dunder_has), else the attribute's value called (a function stored on
 * the object, or rt_getattr's AttributeError). */
function dunderCallOn(fl: FunctionLowering, e: ast.Call, name: string, self: Value, a: Args): Value {
  const b = fl.b;
  const sel = valueDunderSelector(name)!;
  const want = SELECTORS.get(name)![1];
  const has = rtCallPure(fl, 'rt_dunder_has', [self, constI32(fl, sel)], 'i32');
  return branchValue(fl, has, () => {
    if (a.kw.length) return raiseAfter(fl, e, `wrapper ${name}() takes no keyword arguments`);
    if (a.pos.length !== want) return raiseAfter(fl, e, dunderArityMessage(want, a.pos.length));
    return rtCall(fl, e.lineno, 'rt_dunder_call', [self, b.emit('const.str', [], name), constI32(fl, sel), a.pos[0] ?? b.emit('const.none'), a.pos[1] ?? b.emit('const.none')]);
  }, () => callAttr(fl, e, self, name, a));
}

/** A list or tuple method on evaluated operands (`kw`: sort's key= and reverse=, when given). */
function listMethodOn(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, self: Value, args: Value[], kw: { name: string; value: Value }[]): Value {
  const [fn, min, max] = METHODS[f.attr];
  if (METHOD_KEYWORDS[f.attr]) {
    const all = methodKeywords(fl, e, f.attr, args, kw);
    return all ? rtCall(fl, e.lineno, fn, [self, ...all]) : nullWord(fl);
  }
  if (args.length < min || args.length > max) {
    // The owner's name is known at run time only (list.count vs tuple.count), and a missing
    // method is an AttributeError first: rt_m_arity decides.
    const n = args.length;
    const rest = f.attr === 'sort' ? 'sort() takes no positional arguments' // keyword-only parameters
      : min === max && min === 0 ? `${f.attr}() takes no arguments (${n} given)`
      : min === max && min === 1 ? `${f.attr}() takes exactly one argument (${n} given)`
      : n < min ? `${f.attr} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${f.attr} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`;
    const withOwner = !rest.startsWith(`${f.attr} expected`) && f.attr !== 'sort';
    rtCall(fl, e.lineno, 'rt_m_arity', [self, fl.b.emit('const.str', [], f.attr), fl.b.emit('const.str', [], rest), fl.b.emit('const.i32', [], withOwner ? 1n : 0n)], null);
    return nullWord(fl);
  }
  while (args.length < max) args.push(nullWord(fl));
  if (f.attr === 'sort') {
    // A key function sorts through keyfunc.py.
    const key = kw.find((k) => k.name === 'key');
    const rev = kw.find((k) => k.name === 'reverse');
    if (key) return rtCall(fl, e.lineno, 'rt_m_sort_key', [self, key.value, rev?.value ?? nullWord(fl)]);
    args.push(rev?.value ?? nullWord(fl));
  }
  return rtCall(fl, e.lineno, fn, [self, ...args]);
}

/** Whether function.ts's counting loop handles `for x in range(...)`: the builtin range with
 * *args nowhere (else the loop goes through a range object). A step that is not an int literal
 * is checked and its sign tested at run time there. */
export function isRangeLoop(fl: FunctionLowering, it: ast.Call): boolean {
  if (fl.typed) return true;
  return !(fl.isLocal('range') || factsOf(fl).bound.has('range') || it.args.some((a) => a._type === 'Starred'));
}
