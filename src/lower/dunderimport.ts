// `__import__('name')`: the built-in import function called with a constant module name.
//
// Rewritten, in a module that never binds `__import__`, into a call of a function the module
// gets, `def _keel_import_a__b(): import a.b; return a`, so the import happens when the call runs
// (as CPython's does) and gives the top-level package, with the named submodule imported. The
// driver then finds that import statement as any other. Other forms (a computed name, fromlist,
// level) stay calls of the unsupported built-in.

import type * as ast from '../parse/ast.js';
import { boundNames, importPlace } from './genericalias.js';

type Node = { _type?: string } & Record<string, unknown>;

/** Rewrites the module's `__import__('a.b')` calls (in place); true when it changed any. */
export function rewriteDunderImport(mod: ast.Module): boolean {
  if (boundNames(mod).has('__import__')) return false;
  const wanted = new Map<string, string>(); // module name -> helper name
  const rewrite = (e: Node | null): Node | null => {
    if (!e || e._type !== 'Call') return null;
    const c = e as unknown as ast.Call;
    if (c.func._type !== 'Name' || c.func.id !== '__import__' || c.args.length !== 1 || c.keywords.length) return null;
    const a = c.args[0];
    if (a._type !== 'Constant' || typeof a.value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(a.value)) return null;
    let helper = wanted.get(a.value);
    if (!helper) wanted.set(a.value, (helper = `_keel_import_${a.value.replace(/\./g, '__')}`));
    const func: ast.Name = { _type: 'Name', id: helper, ctx: { _type: 'Load' }, lineno: c.func.lineno, col_offset: c.func.col_offset, end_lineno: c.func.end_lineno, end_col_offset: c.func.end_col_offset };
    return { ...c, func, args: [] } as unknown as Node;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        visit(n[i]);
        const r = rewrite(n[i] as Node);
        if (r) n[i] = r;
      }
      return;
    }
    const o = n as Node;
    for (const key in o) {
      if (key === '_type') continue;
      const v = o[key];
      visit(v);
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const r = rewrite(v as Node);
        if (r) o[key] = r;
      }
    }
  };
  visit(mod.body);
  if (!wanted.size) return false;
  const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  const defs = [...wanted].map(([name, helper]): ast.FunctionDef => {
    const top = name.split('.')[0];
    const imp = { _type: 'Import', names: [{ _type: 'alias', name, asname: null, ...loc }], ...loc } as ast.Import;
    const ret = { _type: 'Return', value: { _type: 'Name', id: top, ctx: { _type: 'Load' }, ...loc }, ...loc } as ast.Return;
    const args = { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] } as unknown as ast.arguments;
    return { _type: 'FunctionDef', name: helper, args, body: [imp, ret], decorator_list: [], returns: null, type_comment: null, type_params: [], ...loc } as unknown as ast.FunctionDef;
  });
  mod.body.splice(importPlace(mod.body), 0, ...defs);
  return true;
}
