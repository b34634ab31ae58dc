// Calls through a local bound to a built-in method: `append = out.append` then `append(x)`.
//
// Tuned Python binds a method once to save the attribute lookup in a loop. Keel makes the bound
// method a function object whose calls go through the generic call path (argument binding, an
// args tuple, dispatch by name): ~200 ns a call, slower than CPython, where `out.append(x)` is a
// few ns. This rewrite (before scopes are analyzed) keeps the receiver in a hidden local and
// calls the method on it directly when the receiver is an exact built-in container or str,
// whose methods cannot be replaced, so both calls do the same thing:
//
//     append = out.append          __keel_bm_append = out
//                                  append = __keel_bm_append.append
//                                  __keel_bk_append = type(__keel_bm_append) in (list, ...)
//     append(x)                    (__keel_bm_append.append(x) if __keel_bk_append else append(x))
//
// Only a name bound once in its function (by that statement, directly in the function's body),
// never declared global or nonlocal there or in a nested scope, with every use after the
// statement, is rewritten, and only its calls in the function's own scope whose arguments hold
// no nested scope (lambdas, comprehensions: their AST nodes would be lowered twice).
import type * as ast from '../parse/ast.js';
import { walk } from './doctests.js';
import { boundNames } from './genericalias.js';

/** Methods of list, dict, set, str, bytes and bytearray worth a direct call. */
const METHODS = new Set([
  'append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'add', 'discard', 'update', 'get',
  'setdefault', 'join', 'split', 'strip', 'rstrip', 'lstrip', 'startswith', 'endswith', 'replace',
  'find', 'lower', 'upper', 'isdigit', 'isalpha', 'encode', 'decode', 'difference_update',
  'intersection_update', 'issubset', 'issuperset', 'union', 'intersection', 'difference',
]);
/** The exact types whose methods a call may take directly (the guard's tuple). */
const TYPES = ['list', 'dict', 'set', 'frozenset', 'str', 'bytes', 'bytearray', 'tuple'];

type Node = Record<string, unknown> & { _type?: string };

const SCOPES = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** Rewrites the calls through bound built-in methods in every function of a module (in place). */
export function rewriteBoundCalls(mod: ast.Module): void {
  // `type`, `list`, ... must mean the built-ins wherever the guard is evaluated.
  const bound = boundNames(mod);
  if (bound.has('type') || TYPES.some((t) => bound.has(t))) return;
  walkAll(mod, (o) => {
    if (o._type === 'FunctionDef' || o._type === 'AsyncFunctionDef') rewriteFunction(o as unknown as ast.FunctionDef);
  });
}

/** Every AST node under n (doctests.ts's walk). */
function walkAll(n: unknown, f: (o: Node) => void): void {
  walk(n, f as (o: { _type: string }) => void);
}

/** Visits the nodes of a function's own scope (not nested functions', classes' or
 * comprehensions' bodies), telling for each whether it is inside a nested scope. */
function walkOwn(n: unknown, f: (o: Node, nested: boolean) => void, nested = false): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) walkOwn(x, f, nested);
    return;
  }
  const o = n as Node;
  if (o._type) f(o, nested);
  const inner = nested || (o._type !== undefined && SCOPES.has(o._type));
  for (const k in o) if (k !== '_type') walkOwn(o[k], f, inner);
}

function rewriteFunction(fn: ast.FunctionDef): void {
  const body = fn.body;
  for (let k = 0; k < body.length; k++) {
    const s = body[k];
    if (s._type !== 'Assign' || s.targets.length !== 1 || s.targets[0]._type !== 'Name') continue;
    const v = s.value;
    if (v._type !== 'Attribute' || !METHODS.has(v.attr)) continue;
    const name = (s.targets[0] as ast.Name).id;
    if (name.startsWith('__keel_')) continue;
    if (!qualifies(fn, name, k)) continue;
    const loc = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
    const recv = `__keel_bm_${name}`;
    const ok = `__keel_bk_${name}`;
    const load = (id: string): ast.Name => ({ _type: 'Name', id, ctx: { _type: 'Load' }, ...loc } as ast.Name);
    const store = (id: string): ast.Name => ({ _type: 'Name', id, ctx: { _type: 'Store' }, ...loc } as ast.Name);
    const keep: ast.stmt = { _type: 'Assign', targets: [store(recv)], value: v.value, type_comment: null, ...loc } as ast.Assign;
    v.value = load(recv);
    const guard: ast.expr = {
      _type: 'Compare', left: { _type: 'Call', func: load('type'), args: [load(recv)], keywords: [], ...loc },
      ops: [{ _type: 'In' }], comparators: [{ _type: 'Tuple', elts: TYPES.map(load), ctx: { _type: 'Load' }, ...loc }], ...loc,
    } as ast.Compare;
    const check: ast.stmt = { _type: 'Assign', targets: [store(ok)], value: guard, type_comment: null, ...loc } as ast.Assign;
    for (let j = k + 1; j < body.length; j++) rewriteCalls(body[j], name, v.attr, recv, ok);
    body.splice(k, 1, keep, s, check);
    k += 2;
  }
}

/** Whether `name` is bound only by the statement at body[k] of fn, never global/nonlocal, and
 * not read before it. */
function qualifies(fn: ast.FunctionDef, name: string, k: number): boolean {
  let binds = 0;
  let bad = false;
  const args = fn.args;
  for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg]) if (a && a.arg === name) bad = true;
  walkOwn(fn.body, (o, nested) => {
    if ((o._type === 'Global' || o._type === 'Nonlocal') && (o.names as string[]).includes(name)) bad = true;
    if (nested) return;
    if (o._type === 'Name' && o.id === name && (o.ctx as Node)._type !== 'Load') binds++;
    else if ((o._type === 'FunctionDef' || o._type === 'AsyncFunctionDef' || o._type === 'ClassDef') && o.name === name) bad = true;
    else if (o._type === 'alias' && ((o.asname as string | null) ?? (o.name as string)).split('.')[0] === name) bad = true;
    else if (o._type === 'ExceptHandler' && o.name === name) bad = true;
    else if ((o._type === 'MatchAs' || o._type === 'MatchStar') && o.name === name) bad = true;
    else if (o._type === 'MatchMapping' && o.rest === name) bad = true;
  });
  if (bad || binds !== 1) return false;
  // not read before (or in) the binding statement
  let early = false;
  for (let j = 0; j <= k; j++) {
    walkAll(j === k ? (fn.body[j] as ast.Assign).value : fn.body[j], (o) => {
      if (o._type === 'Name' && o.id === name) early = true;
    });
  }
  return !early;
}

/** Replaces the calls `name(...)` in the function's own scope within `s`. */
function rewriteCalls(s: ast.stmt, name: string, attr: string, recv: string, ok: string): void {
  const done = new Set<ast.Call>();
  const visit = (n: unknown, nested: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        const r = nested ? undefined : replacement(n[i]);
        if (r) n[i] = r;
        visit(n[i], nested);
      }
      return;
    }
    const o = n as Node;
    const inner = nested || (o._type !== undefined && SCOPES.has(o._type));
    for (const key in o) {
      if (key === '_type') continue;
      const c = o[key];
      const r = inner || Array.isArray(c) ? undefined : replacement(c);
      if (r) o[key] = r;
      visit(o[key], inner);
    }
  };
  const replacement = (c: unknown): ast.expr | undefined => {
    const e = c as ast.expr;
    if (!e || typeof e !== 'object' || e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== name || done.has(e)) return undefined;
    done.add(e);
    let simple = true;
    walkAll([e.args, e.keywords], (o) => {
      if (o._type && (SCOPES.has(o._type) || o._type === 'NamedExpr' || o._type === 'Yield' || o._type === 'YieldFrom' || o._type === 'Await')) simple = false;
    });
    if (!simple) return undefined;
    const loc = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    const load = (id: string): ast.Name => ({ _type: 'Name', id, ctx: { _type: 'Load' }, ...loc } as ast.Name);
    const direct: ast.Call = {
      _type: 'Call', func: { _type: 'Attribute', value: load(recv), attr, ctx: { _type: 'Load' }, ...loc } as ast.Attribute,
      args: e.args.map(clone), keywords: e.keywords.map(clone), ...loc,
    } as ast.Call;
    return { _type: 'IfExp', test: load(ok), body: direct, orelse: e, ...loc } as ast.IfExp;
  };
  visit(s, false);
}

/** A deep copy of an AST subtree (its constants may be bigints). */
function clone<T>(x: T): T {
  if (!x || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(clone) as T;
  const out: Record<string, unknown> = {};
  for (const k in x) out[k] = clone((x as Record<string, unknown>)[k]);
  return out as T;
}
