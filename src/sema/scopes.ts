// Scopes: which names a function binds locally, which it declares global, and which are
// module-level. (LEGB with closures, nonlocal and class scopes comes with issue 5.)
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';

export interface FunctionScope {
  locals: Set<string>;
  globals: Set<string>;
}

/** Names bound by a statement list (not descending into nested functions or classes). */
export function boundNames(body: ast.stmt[], out: Set<string> = new Set(), globals: Set<string> = new Set()): { bound: Set<string>; globals: Set<string> } {
  const target = (e: ast.expr): void => {
    switch (e._type) {
      case 'Name':
        out.add(e.id);
        break;
      case 'Tuple':
      case 'List':
        e.elts.forEach(target);
        break;
      case 'Starred':
        target(e.value);
        break;
      default:
        break;
    }
  };
  const walk = (stmts: ast.stmt[]): void => {
    for (const s of stmts) {
      switch (s._type) {
        case 'Assign':
          s.targets.forEach(target);
          break;
        case 'AugAssign':
        case 'AnnAssign':
          target(s.target);
          break;
        case 'Delete':
          s.targets.forEach(target);
          break;
        case 'For':
          target(s.target);
          walk(s.body);
          walk(s.orelse);
          break;
        case 'While':
        case 'If':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'FunctionDef':
        case 'ClassDef':
          out.add(s.name);
          break;
        case 'Import':
        case 'ImportFrom':
          for (const a of s.names) out.add(a.asname ?? a.name.split('.')[0]);
          break;
        case 'Global':
          s.names.forEach((n) => globals.add(n));
          break;
        case 'Try':
          walk(s.body);
          s.handlers.forEach((h) => {
            if (h.name) out.add(h.name);
            walk(h.body);
          });
          walk(s.orelse);
          walk(s.finalbody);
          break;
        case 'With':
          s.items.forEach((i) => i.optional_vars && target(i.optional_vars));
          walk(s.body);
          break;
        case 'Match':
          for (const c of s.cases) {
            patternNames(c.pattern, out);
            walk(c.body);
          }
          break;
        default:
          break;
      }
    }
  };
  walk(body);
  namedExprTargets(body, out);
  return { bound: out, globals };
}

/** The capture names of a match pattern (`case [x, *rest]`, `case {"k": v, **kw}`, `as y`). */
export function patternNames(p: ast.pattern, out: Set<string>): Set<string> {
  switch (p._type) {
    case 'MatchAs':
      if (p.pattern) patternNames(p.pattern, out);
      if (p.name) out.add(p.name);
      break;
    case 'MatchStar':
      if (p.name) out.add(p.name);
      break;
    case 'MatchSequence':
    case 'MatchOr':
      p.patterns.forEach((q) => patternNames(q, out));
      break;
    case 'MatchMapping':
      p.patterns.forEach((q) => patternNames(q, out));
      if (p.rest) out.add(p.rest);
      break;
    case 'MatchClass':
      [...p.patterns, ...p.kwd_patterns].forEach((q) => patternNames(q, out));
      break;
    default:
      break;
  }
  return out;
}

/** The statement lists of a compound statement's parts (not nested functions or classes). */
export function stmtBodies(s: ast.stmt): ast.stmt[][] {
  switch (s._type) {
    case 'If':
    case 'For':
    case 'While':
      return [s.body, s.orelse];
    case 'With':
      return [s.body];
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'Match':
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** The names bound by assignment expressions (`(x := v)`) in a statement list, comprehensions
 * included (PEP 572: they bind in the enclosing function), not in nested functions, lambdas
 * or classes. */
export function namedExprTargets(node: unknown, out: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) namedExprTargets(x, out);
    return out;
  }
  const n = node as { _type?: string } & Record<string, unknown>;
  if (n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'ClassDef' || n._type === 'Lambda') return out;
  if (n._type === 'NamedExpr') out.add(((n as unknown as ast.NamedExpr).target as ast.Name).id);
  forEachField(n, (v) => namedExprTargets(v, out));
  return out;
}

export function functionScope(fn: ast.FunctionDef): FunctionScope {
  const params = new Set<string>();
  const a = fn.args;
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) params.add(p.arg);
  if (a.vararg) params.add(a.vararg.arg);
  if (a.kwarg) params.add(a.kwarg.arg);
  const { bound, globals } = boundNames(fn.body, params);
  for (const g of globals) bound.delete(g);
  return { locals: bound, globals };
}

/** The names a function binds other than by import statements (parameters included). */
export function nonImportBindings(fn: ast.FunctionDef): Set<string> {
  const strip = (stmts: ast.stmt[]): ast.stmt[] =>
    stmts
      .filter((s) => s._type !== 'Import' && s._type !== 'ImportFrom')
      .map((s) => {
        const c = { ...s } as Record<string, unknown>;
        for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(c[k]) && s._type !== 'FunctionDef' && s._type !== 'ClassDef') c[k] = strip(c[k] as ast.stmt[]);
        if (s._type === 'Try') c.handlers = s.handlers.map((h) => ({ ...h, body: strip(h.body) }));
        return c as unknown as ast.stmt;
      });
  return functionScope({ ...fn, body: strip(fn.body) }).locals;
}

/** The names a module body binds other than by import statements. */
export function moduleNonImportBindings(body: ast.stmt[]): Set<string> {
  const fake = { args: { posonlyargs: [], args: [], kwonlyargs: [], vararg: null, kwarg: null, defaults: [], kw_defaults: [] }, body } as unknown as ast.FunctionDef;
  return nonImportBindings(fake);
}

// ---- the scope tree: free and cell variables (closures) ------------------------------------------
// Python 3.12's rules: a name a function binds is local unless declared `global` or `nonlocal`;
// a name it only reads, or declares nonlocal, is free when an enclosing function binds it (class
// scopes are skipped by the functions nested in them), else global. A local that a nested
// function takes is a cell variable of its function. The iteration variables of comprehensions
// belong to the comprehension (3.12 inlines comprehensions but isolates them), not to the
// function around it.

export type ScopeNode = ast.Module | ast.FunctionDef | ast.Lambda | ast.ClassDef;

export interface Scope {
  kind: 'module' | 'function' | 'class';
  node: ScopeNode;
  parent: Scope | undefined;
  /** The parameters (slot order: positional-only, positional, keyword-only, *args, **kwargs). */
  params: string[];
  /** Names bound here, parameters included, minus the global and nonlocal ones. */
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Names read or written in this scope itself (not in nested ones). */
  uses: Set<string>;
  /** Names this function takes from enclosing functions, in closure order. */
  free: string[];
  /** Locals of this function that nested functions take. */
  cells: Set<string>;
  children: Scope[];
}

export class ScopeError extends Error {
  constructor(
    readonly node: ast.Located,
    message: string,
    /** A "not supported yet" diagnostic rather than CPython's SyntaxError. */
    readonly unsupported = false,
  ) {
    super(message);
  }
}

/** PEP 695 type parameters (`def f[T](x: T)`, `class Stack[T]:`) are accepted where only
 * annotations use them, which Keel does not evaluate; a read of one anywhere else (its value
 * is a TypeVar in CPython) is not supported yet. */
function checkTypeParams(n: ast.FunctionDef | ast.ClassDef): void {
  if (!n.type_params?.length) return;
  const names = new Set(n.type_params.map((t) => (t as unknown as { name: string }).name));
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    const o = x as { _type?: string } & Record<string, unknown>;
    if (o._type === 'Name' && names.has((o as unknown as ast.Name).id) && (o as unknown as ast.Name).ctx?._type !== 'Store') {
      throw new ScopeError(o as unknown as ast.Located, `reading the type parameter '${(o as unknown as ast.Name).id}'`, true);
    }
    forEachField(o, (v, k) => {
      if (k !== 'annotation' && k !== 'returns' && k !== 'type_params') walk(v);
    });
  };
  if (n._type === 'FunctionDef') walk([n.args.defaults, n.args.kw_defaults, n.body]);
  else walk([n.bases.map((b) => (b._type === 'Subscript' ? b.value : b)), n.keywords, n.body]);
}

/** Whether local `id` of function fn may hold another value later than at some point of its
 * body: bound more than once (a parameter counts once), or in a loop, or by del, except, match or
 * `:=` (a copy of it taken then could go stale). */
export function isRebound(fn: ast.FunctionDef, id: string, isParam: boolean): boolean {
  let count = isParam ? 1 : 0;
  let inLoop = false;
  const target = (e: ast.expr, loop: boolean): void => {
    if (e._type === 'Name' && e.id === id) {
      count++;
      inLoop ||= loop;
    } else if (e._type === 'Tuple' || e._type === 'List') e.elts.forEach((x) => target(x, loop));
    else if (e._type === 'Starred') target(e.value, loop);
  };
  const walk = (stmts: ast.stmt[], loop: boolean): void => {
    for (const s of stmts) {
      if (s._type === 'Assign') s.targets.forEach((t) => target(t, loop));
      else if (s._type === 'AugAssign' || s._type === 'AnnAssign') target(s.target, loop);
      else if (s._type === 'For') {
        target(s.target, true);
        walk(s.body, true);
        walk(s.orelse, loop);
      } else if (s._type === 'While') {
        walk(s.body, true);
        walk(s.orelse, loop);
      } else if (s._type === 'If') {
        walk(s.body, loop);
        walk(s.orelse, loop);
      } else if (s._type === 'Delete') count += 2;
      else {
        // with/try/match: their bodies, and the names they bind themselves
        if (s._type === 'With') for (const i of s.items) if (i.optional_vars) target(i.optional_vars, loop);
        if (s._type === 'Try' && s.handlers.some((h) => h.name === id)) count += 2;
        if (s._type === 'Match' && s.cases.some((c) => patternNames(c.pattern, new Set()).has(id))) count += 2;
        for (const body of stmtBodies(s)) walk(body, loop);
      }
    }
  };
  walk(fn.body, false);
  if (namedExprTargets(fn.body, new Set()).has(id)) count += 2;
  return count > 1 || inLoop;
}

/** Builtins that run a generator expression passed to them to the end at once (when the
 * program does not rebind their names): such an expression may copy the variables it reads. */
export const EAGER_GENEXP_CONSUMERS = new Set(['set', 'frozenset', 'dict', 'next', 'sum', 'min', 'max', 'any', 'all', 'list', 'tuple', 'sorted', 'bytes', 'bytearray']);

/** Whether call c consumes its generator expression argument at once: `"sep".join(g)` or an
 * EAGER_GENEXP_CONSUMERS builtin (whether the name is the builtin, the lowering checks). */
export function eagerGenexpCall(c: ast.Call): boolean {
  const f = c.func;
  if (!c.args.length || c.args[0]._type !== 'GeneratorExp') return false;
  if (f._type === 'Name') return EAGER_GENEXP_CONSUMERS.has(f.id);
  return f._type === 'Attribute' && f.attr === 'join' && f.value._type === 'Constant' && typeof f.value.value === 'string' && c.args.length === 1;
}

/** Makes cells of the locals of function scope s that generator expression g reads (other than in
 * its first iterable, evaluated when it is made) and that the function rebinds. */
function lazyGenexpCells(s: Scope, g: ast.GeneratorExp, hidden: Set<string>): void {
  const fn = s.node as ast.FunctionDef;
  const bound = new Set(hidden);
  for (const c of g.generators) boundNames([{ _type: 'For', target: c.target, body: [], orelse: [] } as unknown as ast.stmt], bound);
  const read = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(read);
    const o = node as { _type?: string } & Record<string, unknown>;
    if (o._type === 'Name') {
      const id = (o as unknown as ast.Name).id;
      if (!bound.has(id) && s.locals.has(id) && !s.cells.has(id) && isRebound(fn, id, s.params.includes(id))) s.cells.add(id);
      return;
    }
    if (o._type === 'Lambda' || o._type === 'FunctionDef') return;
    forEachField(o, read);
  };
  g.generators.forEach((c, i) => {
    if (i > 0) read(c.iter);
    read(c.ifs);
  });
  read(g.elt);
}

/** Builds the scope tree of a module; every function, lambda and class node maps to its scope. */
export function analyzeScopes(mod: ast.Module): Map<ScopeNode, Scope> {
  const out = new Map<ScopeNode, Scope>();
  const make = (kind: Scope['kind'], node: ScopeNode, parent: Scope | undefined, params: string[], body: ast.stmt[]): Scope => {
    const s: Scope = { kind, node, parent, params, locals: new Set(), globals: new Set(), nonlocals: new Set(), uses: new Set(), free: [], cells: new Set(), children: [] };
    out.set(node, s);
    parent?.children.push(s);
    const { bound, globals } = boundNames(body, new Set(params));
    s.globals = globals;
    collectNonlocals(body, s.nonlocals);
    for (const n of bound) if (!globals.has(n) && !s.nonlocals.has(n)) s.locals.add(n);
    return s;
  };
  const root = make('module', mod, undefined, [], mod.body);
  // Generator expressions run later than they are made (not an eager consumer's argument): the
  // rebound locals of their function they read are cells, so they see later values as CPython's
  // closures do.
  const eager = new WeakSet<ast.expr>();
  const walkStmts = (s: Scope, body: ast.stmt[]) => {
    for (const st of body) walkNode(s, st, new Set());
  };
  /** Visits a node of scope s; `hidden`: comprehension variables in force here. */
  const walkNode = (s: Scope, node: unknown, hidden: Set<string>): void => {
    if (Array.isArray(node)) {
      for (const x of node) walkNode(s, x, hidden);
      return;
    }
    if (!node || typeof node !== 'object' || !('_type' in node)) return;
    const n = node as ast.stmt | ast.expr;
    switch (n._type) {
      case 'Name':
        if (!hidden.has(n.id)) s.uses.add(n.id);
        return;
      case 'FunctionDef':
      case 'Lambda': {
        // Decorators and defaults run in the enclosing scope; the body in the new one.
        if (n._type === 'FunctionDef') {
          checkTypeParams(n);
          walkNode(s, n.decorator_list, hidden);
          s.uses.add(n.name);
        }
        walkNode(s, n.args.defaults, hidden);
        walkNode(s, n.args.kw_defaults, hidden);
        const body: ast.stmt[] = n._type === 'FunctionDef' ? n.body : [];
        const inner = make('function', n, s, paramNames(n.args), body);
        if (n._type === 'FunctionDef') walkStmts(inner, n.body);
        else walkNode(inner, n.body, new Set());
        return;
      }
      case 'Match':
        checkMatch(n);
        forEachField(n, (v) => walkNode(s, v, hidden));
        return;
      case 'ClassDef': {
        checkTypeParams(n);
        walkNode(s, n.decorator_list, hidden);
        walkNode(s, n.bases, hidden);
        walkNode(s, n.keywords, hidden);
        s.uses.add(n.name);
        walkStmts(make('class', n, s, [], n.body), n.body);
        return;
      }
      case 'Call':
        if (eagerGenexpCall(n)) eager.add(n.args[0]);
        forEachField(n, (v) => walkNode(s, v, hidden));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        if (n._type === 'GeneratorExp' && !eager.has(n) && s.kind === 'function' && s.node._type === 'FunctionDef') lazyGenexpCells(s, n, hidden);
        const h = new Set(hidden);
        for (const g of n.generators) {
          walkNode(s, g.iter, h);
          boundNames([{ _type: 'For', target: g.target, body: [], orelse: [] } as unknown as ast.stmt], h);
          walkNode(s, g.ifs, h);
        }
        if (n._type === 'DictComp') walkNode(s, [n.key, n.value], h);
        else walkNode(s, n.elt, h);
        return;
      }
      default:
        forEachField(n, (v) => walkNode(s, v, hidden));
    }
  };
  walkStmts(root, mod.body);
  // Resolution: every function's free names, and the cells they come from.
  const resolve = (s: Scope) => {
    if (s.kind !== 'module') {
      const wanted = [...s.nonlocals, ...[...s.uses].filter((n) => !s.locals.has(n) && !s.globals.has(n) && !s.nonlocals.has(n))];
      for (const name of wanted) {
        const path: Scope[] = [];
        let e = s.parent;
        let found: Scope | undefined;
        while (e && e.kind !== 'module') {
          if (e.kind === 'function') {
            if (e.globals.has(name)) break;
            if (e.locals.has(name)) {
              found = e;
              break;
            }
            path.push(e);
          }
          e = e.parent;
        }
        if (!found) {
          if (s.nonlocals.has(name)) throw new ScopeError(s.node as ast.Located, `no binding for nonlocal '${name}' found`);
          continue;
        }
        found.cells.add(name);
        for (const p of [s, ...path]) if (!p.free.includes(name)) p.free.push(name);
      }
    }
    s.children.forEach(resolve);
  };
  resolve(root);
  return out;
}

/** CPython's compile-time errors of a match statement (SyntaxError). */
function checkMatch(m: ast.Match): void {
  const irrefutable = (p: ast.pattern): boolean =>
    (p._type === 'MatchAs' && (!p.pattern || irrefutable(p.pattern))) || (p._type === 'MatchOr' && p.patterns.some(irrefutable));
  m.cases.forEach((c, i) => {
    if (i < m.cases.length - 1 && !c.guard && irrefutable(c.pattern)) {
      const p = c.pattern;
      const what = p._type === 'MatchAs' && p.name && !p.pattern ? `name capture '${p.name}'` : 'wildcard';
      throw new ScopeError(p, `${what} makes remaining patterns unreachable`);
    }
    checkPattern(c.pattern, new Set());
  });
}

/** Names bound twice, alternatives binding different names, duplicate literal keys. */
function checkPattern(p: ast.pattern, seen: Set<string>): void {
  const bind = (name: string | null, at: ast.Located) => {
    if (!name) return;
    if (seen.has(name)) throw new ScopeError(at, `multiple assignments to name '${name}' in pattern`);
    seen.add(name);
  };
  switch (p._type) {
    case 'MatchAs':
      if (p.pattern) checkPattern(p.pattern, seen);
      bind(p.name, p);
      return;
    case 'MatchStar':
      bind(p.name, p);
      return;
    case 'MatchSequence':
      p.patterns.forEach((q) => checkPattern(q, seen));
      return;
    case 'MatchClass':
      [...p.patterns, ...p.kwd_patterns].forEach((q) => checkPattern(q, seen));
      return;
    case 'MatchMapping': {
      const keys = new Set<string>();
      for (const k of p.keys) {
        if (k._type !== 'Constant') continue;
        const v = k.value;
        const key = typeof v === 'string' ? `'${v}'` : String(v);
        if (keys.has(`${typeof v}:${key}`)) throw new ScopeError(k, `mapping pattern checks duplicate key (${key})`);
        keys.add(`${typeof v}:${key}`);
      }
      p.patterns.forEach((q) => checkPattern(q, seen));
      bind(p.rest, p);
      return;
    }
    case 'MatchOr': {
      let first: string[] | undefined;
      for (const alt of p.patterns) {
        const mine = new Set<string>();
        checkPattern(alt, mine);
        const names = [...mine].sort();
        if (first && (names.length !== first.length || names.some((n, i) => n !== first![i]))) throw new ScopeError(alt, 'alternative patterns bind different names');
        first ??= names;
      }
      for (const n of first ?? []) bind(n, p);
      return;
    }
    default:
      return;
  }
}

/** Parameter names in slot order. */
export function paramNames(a: ast.arguments): string[] {
  const out = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg);
  if (a.vararg) out.push(a.vararg.arg);
  if (a.kwarg) out.push(a.kwarg.arg);
  return out;
}

function collectNonlocals(body: ast.stmt[], out: Set<string>): void {
  for (const s of body) {
    if (s._type === 'Nonlocal') s.names.forEach((n) => out.add(n));
    if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') continue;
    for (const k of ['body', 'orelse', 'finalbody'] as const) {
      const sub = (s as unknown as Record<string, unknown>)[k];
      if (Array.isArray(sub)) collectNonlocals(sub as ast.stmt[], out);
    }
    if (s._type === 'Try') s.handlers.forEach((h) => collectNonlocals(h.body, out));
    if (s._type === 'Match') s.cases.forEach((c) => collectNonlocals(c.body, out));
  }
}
