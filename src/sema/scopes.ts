// Scopes: which names a function binds locally, which it declares global, and which are
// module-level. (LEGB with closures, nonlocal and class scopes comes with issue 5.)
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
        default:
          break;
      }
    }
  };
  walk(body);
  return { bound: out, globals };
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
