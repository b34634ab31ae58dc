// A module's `__file__` (the absolute path of its source, as CPython 3.9+ sets it for the main
// script and for imported modules) and `__doc__` (its docstring, or None). A module that reads
// one of these names gets an assignment of it after its docstring and `from __future__` imports.
import type * as ast from '../parse/ast.js';

/** Which of `ids` the tree below `node` reads or binds as a Name (one walk for all of them). */
function namesUsed(node: unknown, ids: ReadonlySet<string>, found: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) namesUsed(n, ids, found);
  } else if (node !== null && typeof node === 'object') {
    const n = node as { _type?: string; id?: string };
    if (n._type === 'Name' && n.id !== undefined && ids.has(n.id)) found.add(n.id);
    else for (const k in node) if (k !== '_type') namesUsed((node as Record<string, unknown>)[k], ids, found);
  }
  return found;
}

const MODULE_NAMES: ReadonlySet<string> = new Set(['__file__', '__doc__']);

export function bindFile(src: { path?: string; ast: ast.Module }): void {
  const body = src.ast.body;
  const first = body[0];
  const doc = first && first._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string' ? first.value.value : undefined;
  const used = namesUsed(body, MODULE_NAMES, new Set());
  const values: [string, string | null][] = [];
  if (src.path !== undefined && used.has('__file__')) values.push(['__file__', src.path]);
  if (used.has('__doc__')) values.push(['__doc__', doc ?? null]);
  if (!values.length) return;
  let at = doc !== undefined ? 1 : 0;
  while (at < body.length && body[at]._type === 'ImportFrom' && (body[at] as ast.ImportFrom).module === '__future__') at++;
  const pos = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  for (const [id, v] of values) {
    const target = { _type: 'Name', id, ctx: { _type: 'Store' }, ...pos } as ast.Name;
    const value = { _type: 'Constant', value: v, kind: null, ...pos } as ast.Constant;
    body.splice(at++, 0, { _type: 'Assign', targets: [target], value, type_comment: null, ...pos } as ast.Assign);
  }
}
