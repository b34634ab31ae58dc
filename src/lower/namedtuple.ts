// collections.namedtuple, expanded at compile time. CPython builds the class at run time with
// exec(); Keel's classes are whole-program (classes.ts), so a statement (at module level or in a
// function or class body)
//     P = namedtuple('P', 'x y')            (or ['x', 'y'], 'x, y', defaults=[...])
// is replaced, before anything is lowered, by the class statement it stands for: the source of a
// subclass of tuple (as CPython's: `__slots__ = ()`, a `__new__` making the tuple, a read-only
// property per field) with _fields, _field_defaults, _asdict, _replace, _make and CPython's repr
// `P(x=1, y=2)`. It is parsed by Keel's parser and given the statement's position (tracebacks
// name that line).
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';

interface Source {
  file: string;
  ast: ast.Module;
}

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** The absent-argument marker of _replace (methods take constant defaults only; compared by identity). */
const ABSENT = "'<namedtuple: no argument>'";

/** Whether a call is `namedtuple(...)` or `collections.namedtuple(...)`. */
function isNamedtupleCall(e: ast.expr): e is ast.Call {
  if (e._type !== 'Call') return false;
  const f = e.func;
  return (f._type === 'Name' && f.id === 'namedtuple') || (f._type === 'Attribute' && f.attr === 'namedtuple' && f.value._type === 'Name' && f.value.id === 'collections');
}

/** Replaces the module-level namedtuple assignments of a module by class statements. A call of
 * namedtuple anywhere else is a "not supported yet" diagnostic (when the module imports it). */
export function expandNamedtuples(src: Source): void {
  const fail = (n: ast.Located, what: string): never => {
    throw new CompileError([diag('K300', src.file, { line: n.lineno, col: n.col_offset + 1 }, what)]);
  };
  const typing = src.ast.body.some((s) => (s._type === 'ImportFrom' && s.module === 'typing' && s.level === 0 && s.names.some((a) => a.name === 'NamedTuple' && !a.asname)) || (s._type === 'Import' && s.names.some((a) => a.name === 'typing' && !a.asname)));
  if (typing) src.ast.body = src.ast.body.map((s) => (s._type === 'ClassDef' && isNamedTupleClass(s) ? typedClassFor(src, s, fail) : s));
  let imports = false;
  const findImport = (n: unknown): void => {
    if (imports || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(findImport);
    const s = n as ast.stmt;
    if ((s._type === 'ImportFrom' && s.module === 'collections' && s.level === 0) || (s._type === 'Import' && s.names.some((a) => a.name === 'collections'))) imports = true;
    else forEachField(n, findImport);
  };
  findImport(src.ast.body);
  if (!imports) return;
  const expanded = new Set<ast.Call>();
  // `P = namedtuple(...)` as a statement anywhere (module, function or class body, a branch):
  // the class statement in its place (a class statement in a function makes a new class per
  // call, as namedtuple() does).
  const expandIn = (body: ast.stmt[]): ast.stmt[] => body.flatMap((s): ast.stmt[] => {
    if (s._type === 'Assign' && s.targets.length === 1 && s.targets[0]._type === 'Name' && isNamedtupleCall(s.value)) {
      expanded.add(s.value);
      return [classFor(src, s, s.targets[0].id, s.value, fail)];
    }
    // `class Point(namedtuple('Point', 'x y')):` the generated class first, under a name of its
    // own (CPython's base is an unnamed class object named 'Point'; its repr shows the
    // subclass's name, type(self).__name__), and the class statement deriving from it
    const nt = s._type === 'ClassDef' ? s.bases.findIndex(isNamedtupleCall) : -1;
    if (s._type === 'ClassDef' && nt >= 0) {
      const call = s.bases[nt] as ast.Call;
      expanded.add(call);
      const hidden = `${s.name}_namedtuple_base`;
      const base = classFor(src, s, undefined, call, fail, hidden);
      (base as { pyName?: string }).pyName = strConst(call.args[0]);
      s.bases = s.bases.map((b, i) => (i === nt ? ({ _type: 'Name', id: hidden, ctx: { _type: 'Load' }, lineno: b.lineno, col_offset: b.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset } as ast.Name) : b));
      s.body = expandIn(s.body);
      return [base, s];
    }
    const o = s as unknown as Record<string, unknown>;
    for (const k of ['body', 'orelse', 'finalbody']) if (Array.isArray(o[k])) o[k] = expandIn(o[k] as ast.stmt[]);
    if (Array.isArray(o.handlers)) for (const h of o.handlers as { body: ast.stmt[] }[]) h.body = expandIn(h.body);
    if (Array.isArray(o.cases)) for (const c of o.cases as { body: ast.stmt[] }[]) c.body = expandIn(c.body);
    return [s];
  });
  src.ast.body = expandIn(src.ast.body);
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const e = n as ast.expr;
    if (isNamedtupleCall(e) && !expanded.has(e)) fail(e, "namedtuple() other than an assignment P = namedtuple('P', fields)");
    forEachField(n, walk);
  };
  walk(src.ast.body);
}

/** `class P(NamedTuple)` (typing): its bases name NamedTuple or typing.NamedTuple. */
function isNamedTupleClass(c: ast.ClassDef): boolean {
  return c.bases.some((b) => (b._type === 'Name' && b.id === 'NamedTuple') || (b._type === 'Attribute' && b.attr === 'NamedTuple' && b.value._type === 'Name' && b.value.id === 'typing'));
}

/** typing.NamedTuple's class syntax: the annotated names are the fields (an assigned value is
 * the default); the class is namedtuple's (classSource) with the body's other statements
 * (methods, docstring, class attributes) added, a def replacing a generated method. */
function typedClassFor(src: Source, c: ast.ClassDef, fail: (n: ast.Located, what: string) => never): ast.stmt {
  if (c.bases.length !== 1 || c.keywords.length || c.decorator_list.length) fail(c, 'a NamedTuple class with other bases, keywords or decorators');
  const fields: string[] = [];
  const defaults: ast.expr[] = [];
  const rest: ast.stmt[] = [];
  for (const s of c.body) {
    if (s._type !== 'AnnAssign') {
      rest.push(s);
      continue;
    }
    if (s.target._type !== 'Name') fail(s.target, 'this NamedTuple field');
    const f = (s.target as ast.Name).id;
    if (f.startsWith('_')) fail(s.target, `the NamedTuple field name '${f}' (CPython raises ValueError)`);
    if (s.value) defaults.push(s.value);
    else if (defaults.length) throw new CompileError([diag('K301', src.file, { line: s.lineno, col: s.col_offset + 1 }, `TypeError: Non-default namedtuple field ${f} cannot follow default field${defaults.length > 1 ? 's' : ''} ${fields.slice(fields.length - defaults.length).join(' ')}`)]);
    fields.push(f);
  }
  const cls = generatedClass(src, c.name, fields, defaults, c);
  const own = new Set(rest.filter((s): s is ast.FunctionDef => s._type === 'FunctionDef').map((s) => s.name));
  const isDoc = (s: ast.stmt | undefined) => !!s && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string';
  const doc = isDoc(rest[0]) ? rest.splice(0, 1) : [];
  cls.body = [...doc, ...cls.body.filter((s) => !(s._type === 'FunctionDef' && own.has(s.name))), ...rest];
  return { ...cls, lineno: c.lineno, col_offset: c.col_offset, end_lineno: c.end_lineno, end_col_offset: c.end_col_offset } as ast.stmt;
}

function strConst(e: ast.expr | undefined): string | undefined {
  return e && e._type === 'Constant' && typeof e.value === 'string' ? e.value : undefined;
}

/** The class statement of `target = namedtuple(...)` (target undefined: a class statement's
 * base, the class named `name`). */
function classFor(src: Source, s: ast.Located, target: string | undefined, call: ast.Call, fail: (n: ast.Located, what: string) => never, name?: string): ast.stmt {
  const what = (x: string) => `namedtuple() with ${x}`;
  if (call.args.length !== 2 || call.args.some((a) => a._type === 'Starred')) fail(call, what('arguments other than a name and the field names'));
  const typename = strConst(call.args[0]);
  if (typename === undefined) fail(call.args[0], what('a name that is not a str literal'));
  if (target !== undefined && typename !== target) fail(call.args[0], what(`a name other than the variable's ('${typename}' bound to ${target})`));
  const fe = call.args[1];
  let fields: string[] = [];
  const fs = strConst(fe);
  if (fs !== undefined) fields = fs.replace(/,/g, ' ').split(/\s+/).filter((x) => x);
  else if ((fe._type === 'List' || fe._type === 'Tuple') && fe.elts.every((x) => strConst(x) !== undefined)) fields = fe.elts.map((x) => strConst(x)!);
  else fail(fe, what('field names that are not literal strs'));
  for (const f of fields) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(f) || KEYWORDS.has(f) || f.startsWith('_')) fail(fe, what(`the field name '${f}' (CPython raises ValueError)`));
  }
  if (new Set(fields).size !== fields.length) fail(fe, what('duplicate field names'));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(typename!) || KEYWORDS.has(typename!)) fail(call.args[0], what(`the type name '${typename}'`));
  let defaults: ast.expr[] = [];
  for (const k of call.keywords) {
    if (k.arg === 'defaults' && (k.value._type === 'List' || k.value._type === 'Tuple')) defaults = k.value.elts;
    else if (k.arg === 'defaults' && k.value._type === 'Constant' && k.value.value === null) defaults = [];
    else if (k.arg === 'module' && strConst(k.value) !== undefined) continue;
    else fail(k, what(k.arg ? `${k.arg}=` : '**'));
  }
  if (defaults.length > fields.length) fail(call, 'namedtuple() with more defaults than fields');
  return generatedClass(src, name ?? typename!, fields, defaults, s);
}

/** The class statement classSource makes, parsed: the placeholders __nt_default_K__ become the
 * default expressions, and every generated node takes the position of `at`. */
function generatedClass(src: Source, name: string, fields: string[], defaults: ast.expr[], at: ast.Located): ast.ClassDef {
  const text = classSource(name, fields, defaults.length);
  const parsed = parseModule(text, src.file);
  if (!parsed.module) throw new Error(`namedtuple: generated class does not parse:\n${text}`);
  const place = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(place);
    const o = n as Record<string, unknown>;
    if (o._type === 'Name' && typeof o.id === 'string' && o.id.startsWith('__nt_default_')) return defaults[Number(o.id.slice('__nt_default_'.length, -2))];
    for (const k of Object.keys(o)) {
      if (k === 'lineno' || k === 'end_lineno') o[k] = at.lineno;
      else if (k === 'col_offset') o[k] = at.col_offset;
      else if (k === 'end_col_offset') o[k] = at.end_col_offset;
      else if (k !== '_type') o[k] = place(o[k]);
    }
    return o;
  };
  return place(parsed.module.body[0]) as ast.ClassDef;
}

/** The Python source of the class (fields checked: identifiers not starting with '_'): a
 * subclass of tuple, as CPython's, whose fields are properties reading the items. */
function classSource(name: string, fields: string[], ndefaults: number): string {
  const n = fields.length;
  const tup = n === 0 ? '()' : n === 1 ? `(${fields[0]},)` : `(${fields.join(', ')})`;
  const strs = fields.map((f) => `'${f}'`);
  const fieldsTuple = n === 1 ? `(${strs[0]},)` : `(${strs.join(', ')})`;
  const first = n - ndefaults;
  const params = fields.map((f, i) => (i >= first ? `${f}=__nt_default_${i - first}__` : f));
  const defaultsDict = fields.slice(first).map((f, i) => `'${f}': __nt_default_${i}__`).join(', ');
  const reprParts = fields.map((f, i) => `'${i ? ', ' : ''}${f}=' + repr(self[${i}])`).join(' + ');
  const lines = [
    `class ${name}(tuple):`,
    `    __slots__ = ()`,
    `    _fields = ${fieldsTuple}`,
    `    __match_args__ = ${fieldsTuple}`,
    `    _field_defaults = {${defaultsDict}}`,
    `    def __new__(_cls${params.map((p) => `, ${p}`).join('')}):`,
    `        return tuple.__new__(_cls, ${tup})`,
    // a field is read-only, with CPython's _tuplegetter messages
    ...fields.flatMap((f, i) => [`    @property`, `    def ${f}(self):`, `        return self[${i}]`,
      `    @${f}.setter`, `    def ${f}(self, v):`, `        raise AttributeError("can't set attribute")`,
      `    @${f}.deleter`, `    def ${f}(self):`, `        raise AttributeError("can't delete attribute")`]),
    `    def __repr__(self):`,
    n ? `        return type(self).__name__ + '(' + ${reprParts} + ')'` : `        return type(self).__name__ + '()'`,
    `    def _asdict(self):`,
    `        return {${fields.map((f, i) => `'${f}': self[${i}]`).join(', ')}}`,
    `    def _replace(self${fields.map((f) => `, ${f}=${ABSENT}`).join('')}):`,
    // (through _make, as CPython's: a subclass's own __new__ or __init__ is not called)
    `        return self._make((${fields.map((f, i) => `self[${i}] if ${f} is ${ABSENT} else ${f}`).join(', ')}${n === 1 ? ',' : ''}))`,
    `    @classmethod`,
    `    def _make(cls, iterable):`,
    `        t = tuple(iterable)`,
    `        if len(t) != ${n}:`,
    `            raise TypeError('Expected ${n} arguments, got ' + str(len(t)))`,
    `        return tuple.__new__(cls, t)`,
  ].join('\n');
  return `${lines}\n`;
}


