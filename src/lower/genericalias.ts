// Subscripted built-in classes as values: `Matrix = list[list[int]]`, `cache: dict = dict[str, int]()`.
//
// In CPython `list[int]` calls type.__class_getitem__, which makes a types.GenericAlias. Keel
// rewrites each such subscript outside an annotation, in a module that never rebinds the
// class's name, into a call of stdlib/_keel_generic.py's GenericAlias, and adds the import of
// it to the module (the driver then loads that module as it loads any import). Annotations
// and base classes are left alone: annotations are never evaluated, and classes.ts takes a
// subscripted base to be its class.

import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';

/** The built-in classes whose subscript is a GenericAlias (type.__class_getitem__). */
const GENERIC_BUILTINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);
/** collections' classes whose __class_getitem__ makes one: `deque[int]`, `collections.deque[int]`
 * (rewritten like the builtins, so programs that never subscript them do not load GenericAlias). */
const GENERIC_COLLECTIONS = new Set(['deque', 'defaultdict', 'OrderedDict', 'Counter']);

/** The builtin classes whose `|` is a types.UnionType (`float | int`). */
const UNION_BUILTINS = new Set(['int', 'float', 'str', 'bool', 'bytes', 'bytearray', 'list', 'dict', 'tuple', 'set', 'frozenset', 'type', 'object', 'complex']);

/** The module-level names the added imports bind. */
const ALIAS_NAME = '_keel_GenericAlias';
const UNION_NAME = '_keel_union';
const ALIAS_MODULE = '_keel_generic';

/** Rewrites the module's subscripts of built-in classes (in place); true when it changed any. */
export function rewriteGenericAliases(mod: ast.Module): boolean {
  const bound = boundNames(mod);
  genericCalls(mod, bound);
  // A name means the class when nothing else binds it: a builtin never bound, a collections
  // class bound only by its from-import, `collections` only by `import collections`.
  const wanted = new Set([...GENERIC_BUILTINS].filter((n) => !bound.has(n)));
  for (const s of mod.body) {
    if (s._type !== 'ImportFrom' || s.module !== 'collections' || s.level !== 0) continue;
    for (const a of s.names) if (GENERIC_COLLECTIONS.has(a.name) && bound.get(a.asname ?? a.name) === 1) wanted.add(a.asname ?? a.name);
  }
  const collections = mod.body.some((s) => s._type === 'Import' && s.names.some((a) => a.name === 'collections' && !a.asname)) && bound.get('collections') === 1;
  const isClass = (v: ast.expr) => (v._type === 'Name' && wanted.has(v.id))
    || (collections && v._type === 'Attribute' && GENERIC_COLLECTIONS.has(v.attr) && v.value._type === 'Name' && v.value.id === 'collections');
  // `float | int`, `int | None`, `list[int] | None`: operands that are surely types make a
  // types.UnionType (a name of an unbound builtin class or of a class statement, None, or an
  // alias made here).
  const unionTypes = new Set([...UNION_BUILTINS].filter((n) => !bound.has(n)));
  // and the module's classes (`Node | None`, `Leaf | Branch`): a class statement at module level
  // whose name nothing else binds.
  for (const s of mod.body) if (s._type === 'ClassDef' && bound.get(s.name) === 1) unionTypes.add(s.name);
  const made = (v: ast.expr) => v._type === 'Call' && v.func._type === 'Name' && (v.func.id === ALIAS_NAME || v.func.id === UNION_NAME) && !bound.has(v.func.id);
  const isType = (v: ast.expr) => (v._type === 'Name' && unionTypes.has(v.id)) || isClass(v) || made(v) || (v._type === 'Constant' && v.value === null);
  if (!wanted.size && !collections && !unionTypes.size) return false;
  let changed = false;
  let unions = false;
  const rewrite = (e: ast.expr): ast.expr => {
    const loc = { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    if (e._type === 'BinOp' && e.op._type === 'BitOr' && (isType(e.left) || isType(e.right)) && !(e.left._type === 'Constant' && e.right._type === 'Constant')) {
      unions = true;
      const func: ast.Name = { _type: 'Name', id: UNION_NAME, ctx: { _type: 'Load' }, ...loc };
      return { _type: 'Call', func, args: [e.left, e.right], keywords: [], ...loc } as ast.Call;
    }
    if (e._type !== 'Subscript' || e.ctx._type !== 'Load' || !isClass(e.value) || e.slice._type === 'Slice') return e;
    changed = true;
    const func: ast.Name = { _type: 'Name', id: ALIAS_NAME, ctx: { _type: 'Load' }, ...loc };
    return { _type: 'Call', func, args: [e.value, e.slice], keywords: [], ...loc } as ast.Call;
  };
  walk(mod, rewrite);
  if (unions) {
    const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    const at = importPlace(mod.body);
    mod.body.splice(at, 0, { _type: 'ImportFrom', module: ALIAS_MODULE, names: [{ _type: 'alias', name: '_union', asname: UNION_NAME, ...loc }], level: 0, ...loc } as ast.ImportFrom);
  }
  if (changed) {
    const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    const imp: ast.ImportFrom = { _type: 'ImportFrom', module: ALIAS_MODULE, names: [{ _type: 'alias', name: 'GenericAlias', asname: ALIAS_NAME, ...loc }], level: 0, ...loc };
    mod.body.splice(importPlace(mod.body), 0, imp);
  }
  return changed || unions;
}

/** Where an added import goes: after the docstring and the `from __future__` imports. */
export function importPlace(body: ast.stmt[]): number {
  let at = 0;
  const isDoc = (s: ast.stmt) => s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
  if (body[0] && isDoc(body[0])) at = 1;
  while (body[at] && body[at]._type === 'ImportFrom' && (body[at] as ast.ImportFrom).module === '__future__') at++;
  return at;
}

type Node = { _type?: string } & Record<string, unknown>;

/** `Node[K, V](...)`, a generic class of the module (PEP 695 type parameters, or a `Generic[...]`
 * or `Protocol[...]` base) subscripted and called: in CPython the alias's call makes an instance
 * of the class, so the subscript is dropped from the callee. */
function genericCalls(mod: ast.Module, bound: Map<string, number>): void {
  const isSub = (b: ast.expr, name: string) => b._type === 'Subscript' && ((b.value._type === 'Name' && b.value.id === name) || (b.value._type === 'Attribute' && b.value.attr === name));
  const generic = new Set<string>();
  for (const st of mod.body) {
    if (st._type === 'ClassDef' && bound.get(st.name) === 1 && (st.type_params?.length || st.bases.some((b) => isSub(b, 'Generic') || isSub(b, 'Protocol')))) generic.add(st.name);
  }
  if (!generic.size) return;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const o = n as Node;
    if (o._type === 'Call') {
      const f = (o as unknown as ast.Call).func;
      if (f._type === 'Subscript' && f.value._type === 'Name' && generic.has(f.value.id) && f.slice._type !== 'Slice') (o as unknown as ast.Call).func = f.value;
    }
    forEachField(o, visit);
  };
  visit(mod.body);
}

/** Replaces, bottom-up, every expression `rewrite` maps to another, skipping annotations,
 * base classes and type aliases. */
function walk(n: unknown, rewrite: (e: ast.expr) => ast.expr): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (let i = 0; i < n.length; i++) {
      walk(n[i], rewrite);
      if (isExpr(n[i])) n[i] = rewrite(n[i] as ast.expr);
    }
    return;
  }
  const o = n as Node;
  if (o._type === 'TypeAlias') return;
  for (const key in o) {
    if (key === '_type' || key === 'annotation' || key === 'returns') continue;
    if (o._type === 'ClassDef' && key === 'bases') continue;
    const v = o[key];
    walk(v, rewrite);
    if (isExpr(v)) o[key] = rewrite(v as ast.expr);
  }
}

function isExpr(v: unknown): boolean {
  return !!v && typeof v === 'object' && !Array.isArray(v) && ((v as Node)._type === 'Subscript' || (v as Node)._type === 'BinOp');
}

/** How many times the module binds each name anywhere (assignment targets, defs, classes,
 * parameters, imports, for targets, except handlers...): a module that rebinds `list` keeps
 * `list[...]`. */
export function boundNames(mod: ast.Module): Map<string, number> {
  const out = new Map<string, number>();
  const add = (n: string) => out.set(n, (out.get(n) ?? 0) + 1);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const o = n as Node;
    switch (o._type) {
      case 'Name':
        if ((o.ctx as Node)._type !== 'Load') add(o.id as string);
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'ClassDef':
        add(o.name as string);
        break;
      case 'arg':
        add(o.arg as string);
        break;
      case 'alias':
        add((o.asname as string | null) ?? (o.name as string).split('.')[0]);
        break;
      case 'ExceptHandler':
        if (o.name) add(o.name as string);
        break;
      case 'Global':
      case 'Nonlocal':
        for (const x of o.names as string[]) add(x);
        break;
      case 'MatchAs':
      case 'MatchStar':
        if (o.name) add(o.name as string);
        break;
      case 'MatchMapping':
        if (o.rest) add(o.rest as string);
        break;
    }
    forEachField(o, visit);
  };
  visit(mod.body);
  return out;
}
