// An instance's `__dict__` and `vars(x)` (before scopes are analyzed).
//
// Keel keeps an instance's attributes in slots and a small namespace, not in a dict, so a read
// of `x.__dict__` or `vars(x)` makes a new dict of them (stdlib/_rt/cls.py rt_inst_vars): a copy,
// where CPython hands out the object's own dict. (A function's `__dict__` is a real dict.) The
// copy is right wherever the program only reads it. For `self.__dict__` (a method's receiver:
// an instance) and `vars(x)`, the writes go through the object, rewritten here:
//
//     self.__dict__[k] = v             object.__setattr__(self, k, v)
//     del self.__dict__[k]             object.__delattr__(self, k)
//     self.__dict__.update(args)       for __keel_dk, __keel_dv in dict(args).items():
//                                          object.__setattr__(self, __keel_dk, __keel_dv)
//
// and every other use must be a read that cannot keep the copy: an argument of a built-in that
// does not keep its argument (print, str, repr, len, sorted, list, dict, json.dumps...), the
// receiver of a dict method that does not write (items, keys, values, get, copy), an operand of
// a comparison or `in`, an f-string field, a subscript read, the iterable of a for or a
// comprehension, or an expression statement. Anything else (`d = self.__dict__`,
// `return vars(self)`, `vars(p).pop(k)`) is "not supported yet": a later write through the copy
// would not reach the object.
//
// `x.__dict__` of any other x may be a function's dict: it is left as it is, except where the
// statement writes it directly (`x.__dict__[k] = v`, `x.__dict__.update(...)`, `.pop(...)`...):
// there it is read with rt_dict_for_write, which gives a function's (or a module's) dict and
// raises "not supported yet" for an instance.
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';

type Node = Record<string, unknown> & { _type?: string };

/** Built-ins that read their argument without keeping it (the copy dies with the call). */
const READERS = new Set(['print', 'str', 'repr', 'len', 'sorted', 'list', 'dict', 'tuple', 'set', 'frozenset', 'any', 'all', 'sum', 'min', 'max', 'bool', 'format', 'ascii', 'hash', 'enumerate', 'zip', 'iter', 'reversed', 'isinstance', 'type']);
/** dict methods that do not write (the mutating ones write only the copy). */
const READ_METHODS = new Set(['items', 'keys', 'values', 'get', 'copy', '__contains__', '__len__', '__getitem__']);
/** Module functions that read a dict without keeping it. */
const MODULE_READERS = new Set(['json.dumps', 'pprint.pprint', 'pprint.pformat', 'copy.copy', 'copy.deepcopy']);

const TMP_K = '__keel_dk';
const TMP_V = '__keel_dv';

/** dict methods that write. */
const WRITE_METHODS = new Set(['update', 'pop', 'popitem', 'setdefault', 'clear', '__setitem__', '__delitem__', '__ior__']);

/** `self.__dict__` or `vars(x)` with one plain argument: x; else undefined. */
function dictOfNode(e: unknown, userVars: boolean): ast.expr | undefined {
  const n = e as ast.expr;
  if (!n || typeof n !== 'object') return undefined;
  if (n._type === 'Attribute' && n.attr === '__dict__' && n.value._type === 'Name' && n.value.id === 'self') return n.value;
  if (!userVars && n._type === 'Call' && n.func._type === 'Name' && n.func.id === 'vars' && n.args.length === 1 && n.args[0]._type !== 'Starred' && !n.keywords.length) return n.args[0];
  return undefined;
}

/** Rewrites the writes through instance dicts of a module and checks every other use (in
 * place). `bound`: names the module binds (a `vars` or `print` of its own is not the built-in). */
export function rewriteInstanceDicts(file: string, mod: ast.Module, bound: { has(name: string): boolean }): void {
  const fail = (n: ast.Located, what: string): never => {
    throw new CompileError([diag('K300', file, { line: n.lineno, col: n.col_offset + 1 }, what)]);
  };
  const at = <T extends object>(n: ast.Located, o: T): T => ({ ...o, lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset });
  const name = (n: ast.Located, id: string, store = false): ast.Name => at(n, { _type: 'Name', id, ctx: { _type: store ? 'Store' : 'Load' } }) as unknown as ast.Name;
  const objectCall = (n: ast.Located, method: string, args: ast.expr[]): ast.stmt =>
    at(n, { _type: 'Expr', value: at(n, { _type: 'Call', func: at(n, { _type: 'Attribute', value: name(n, 'object'), attr: method, ctx: { _type: 'Load' } }), args, keywords: [] }) }) as unknown as ast.stmt;
  const userVars = bound.has('vars');
  const dictOf = (e: unknown) => dictOfNode(e, userVars);
  const isInstanceDict = (e: unknown) => dictOf(e) !== undefined;
  /** `x.__dict__` of another x, written by the statement: read for writing (rt_dict_for_write). */
  const markWrite = (e: unknown) => {
    const n = e as ast.expr;
    if (n && n._type === 'Attribute' && n.attr === '__dict__' && dictOf(n) === undefined) (n as { keelWrite?: boolean }).keelWrite = true;
  };
  const markWrites = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(markWrites);
    const o = n as Node;
    if ((o._type === 'Subscript' && (o.ctx as Node)._type !== 'Load') || (o._type === 'Attribute' && WRITE_METHODS.has(o.attr as string))) markWrite(o.value);
    forEachField(o, markWrites);
  };
  if (bound.has('object')) return;
  let found = false;
  const scan = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(scan);
    const o = n as ast.expr;
    if ((o._type === 'Attribute' && o.attr === '__dict__') || isInstanceDict(o)) found = true;
    forEachField(n, scan);
  };
  scan(mod.body);
  if (!found) return;

  // The writes, as statements. A subscript store or deletion through `name.__dict__` goes
  // through the object whatever it is (object.__setattr__ sets a function's attributes too).
  const storeTarget = (e: ast.expr): ast.expr | undefined => dictOf(e) ?? (e._type === 'Attribute' && e.attr === '__dict__' && e.value._type === 'Name' ? e.value : undefined);
  const rewriteStmt = (s: ast.stmt): ast.stmt => {
    if (s._type === 'Assign' && s.targets.length === 1 && s.targets[0]._type === 'Subscript' && storeTarget(s.targets[0].value) && s.targets[0].slice._type !== 'Slice') {
      const t = s.targets[0] as ast.Subscript;
      return objectCall(s, '__setattr__', [storeTarget(t.value)!, t.slice, s.value]);
    }
    if (s._type === 'Delete' && s.targets.length === 1 && s.targets[0]._type === 'Subscript' && storeTarget(s.targets[0].value) && s.targets[0].slice._type !== 'Slice') {
      const t = s.targets[0] as ast.Subscript;
      return objectCall(s, '__delattr__', [storeTarget(t.value)!, t.slice]);
    }
    if (s._type === 'Expr' && s.value._type === 'Call' && s.value.func._type === 'Attribute' && s.value.func.attr === 'update' && isInstanceDict(s.value.func.value)) {
      const x = dictOf(s.value.func.value)!;
      if (x._type !== 'Name') return fail(x, 'an instance __dict__ updated through an expression other than a name');
      const call = s.value;
      const items = at(s, { _type: 'Call', func: at(s, { _type: 'Attribute', value: at(s, { _type: 'Call', func: name(s, 'dict'), args: call.args, keywords: call.keywords }), attr: 'items', ctx: { _type: 'Load' } }), args: [], keywords: [] });
      return at(s, {
        _type: 'For', target: at(s, { _type: 'Tuple', elts: [name(s, TMP_K, true), name(s, TMP_V, true)], ctx: { _type: 'Store' } }), iter: items,
        body: [objectCall(s, '__setattr__', [name(s, x.id), name(s, TMP_K), name(s, TMP_V)])], orelse: [], type_comment: null,
      }) as unknown as ast.stmt;
    }
    const o = s as unknown as Node;
    for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(o[k])) o[k] = (o[k] as ast.stmt[]).map(rewriteStmt);
    if (Array.isArray(o.handlers)) for (const h of o.handlers as { body: ast.stmt[] }[]) h.body = h.body.map(rewriteStmt);
    if (Array.isArray(o.cases)) for (const c of o.cases as { body: ast.stmt[] }[]) c.body = c.body.map(rewriteStmt);
    return s;
  };
  mod.body = mod.body.map(rewriteStmt);
  markWrites(mod.body);

  // Every remaining use must be a read.
  const readerCall = (c: ast.Call): boolean => {
    const f = c.func;
    if (f._type === 'Name') return READERS.has(f.id) && !bound.has(f.id);
    if (f._type === 'Attribute' && f.value._type === 'Name') return MODULE_READERS.has(`${f.value.id}.${f.attr}`);
    return false;
  };
  const check = (n: unknown, parent: Node | undefined, key: string): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => check(x, parent, key));
    const o = n as Node;
    if (isInstanceDict(o)) {
      const p = parent;
      const ok = !!p && (
        (p._type === 'Call' && key === 'args' && readerCall(p as unknown as ast.Call))
        || (p._type === 'Attribute' && key === 'value' && READ_METHODS.has((p as unknown as ast.Attribute).attr))
        || p._type === 'Compare'
        || (p._type === 'Expr' && key === 'value')
        || (p._type === 'FormattedValue' && key === 'value')
        || (p._type === 'Subscript' && key === 'value' && ((p as unknown as ast.Subscript).ctx._type === 'Load'))
        || ((p._type === 'For' || p._type === 'comprehension') && key === 'iter'));
      if (!ok) fail(o as unknown as ast.Located, "an object's __dict__ other than read (Keel makes a copy: a write through it would not reach the object)");
    }
    forEachField(o, (v, k) => check(v, o, k));
  };
  check(mod.body, undefined, 'body');
}
