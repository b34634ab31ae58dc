// Complex numbers: imaginary literals and the built-in name `complex`.
//
// The complex type is a class written in Python (stdlib/_keel_complex.py). Like genericalias.ts,
// this rewrites a user module's AST before it is lowered: every imaginary literal `2j` becomes
// a module global made once, `_keel_complex_0 = _keel_complex(0.0, 2.0)` (CPython's value: real
// part +0.0), every read of the name `complex`
// in a module that never binds it becomes `_keel_complex`, and the module gets
// `from _keel_complex import complex as _keel_complex` (the driver then loads that module as any
// import). Annotations are left alone (never evaluated); a literal inside a match pattern stays
// a constant (the lowering reports it as not supported).

import type * as ast from '../parse/ast.js';
import { boundNames, importPlace } from './genericalias.js';

const CLASS_MODULE = '_keel_complex';
const ALIAS = '_keel_complex';

type Node = { _type?: string } & Record<string, unknown>;

/** Rewrites the module's imaginary literals and reads of `complex` (in place); true when it
 * changed any. */
export function rewriteComplex(mod: ast.Module): boolean {
  const nameFree = !boundNames(mod).has('complex');
  let changed = false;
  // Each distinct literal is made once, by an assignment after the import (CPython's constants
  // are shared objects too): a literal in a loop reads a global instead of building a complex.
  const literals = new Map<string, string>();
  const rewrite = (e: Node | null): Node | null => {
    if (!e || typeof e !== 'object') return null;
    if (e._type === 'Constant') {
      const v = (e as unknown as ast.Constant).value;
      if (v === null || typeof v !== 'object' || v instanceof Uint8Array || v.kind !== 'complex') return null;
      const c = e as unknown as ast.Constant;
      const loc = { lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset };
      changed = true;
      const key = `${v.real},${v.imag}`;
      let name = literals.get(key);
      if (!name) literals.set(key, (name = `_keel_complex_${literals.size}`));
      return { _type: 'Name', id: name, ctx: { _type: 'Load' }, ...loc } as unknown as Node;
    }
    if (nameFree && e._type === 'Name' && e.id === 'complex' && (e.ctx as Node)._type === 'Load') {
      changed = true;
      return { ...e, id: ALIAS };
    }
    return null;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        const r = rewrite(n[i] as Node);
        if (r) n[i] = r;
        else visit(n[i]);
      }
      return;
    }
    const o = n as Node;
    if (o._type === 'MatchValue' || o._type === 'MatchSingleton') return;
    for (const key in o) {
      if (key === '_type' || key === 'annotation' || key === 'returns') continue;
      const v = o[key];
      if (!v || typeof v !== 'object' || Array.isArray(v)) {
        visit(v);
        continue;
      }
      const r = rewrite(v as Node);
      if (r) o[key] = r;
      else visit(v);
    }
  };
  visit(mod.body);
  if (!changed) return false;
  const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  const imp: ast.ImportFrom = { _type: 'ImportFrom', module: CLASS_MODULE, names: [{ _type: 'alias', name: 'complex', asname: ALIAS, ...loc }], level: 0, ...loc };
  const num = (x: number): ast.Constant => ({ _type: 'Constant', value: x, kind: null, ...loc });
  const made = [...literals].map(([key, id]): ast.Assign => {
    const [re, im] = key.split(',').map(Number);
    const call = { _type: 'Call', func: { _type: 'Name', id: ALIAS, ctx: { _type: 'Load' }, ...loc }, args: [num(re), num(im)], keywords: [], ...loc } as ast.Call;
    return { _type: 'Assign', targets: [{ _type: 'Name', id, ctx: { _type: 'Store' }, ...loc }], value: call, type_comment: null, ...loc } as ast.Assign;
  });
  mod.body.splice(importPlace(mod.body), 0, imp, ...made);
  return true;
}
