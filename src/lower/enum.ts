// Enum classes by compile-time rewriting (docs/stdlib.md, "enum"). Keel has no metaclasses, so
// what EnumType does when an enum class statement runs is spelled out as code around it:
//
//   class Color(Enum):                 class Color(Enum):
//       RED = 1                            _member_names_ = []      (and the other tables,
//       GREEN = auto()          ==>        _member_map_ = {}         one set per class)
//       def describe(self): ...            ...
//                                          def describe(self): ...
//                                      Color.RED = Color._enum_add_('RED', 1)
//                                      Color.GREEN = Color._enum_add_('GREEN', auto())
//                                      Color._enum_done_()
//
// so members are ordinary instances of the class made in definition order by stdlib/enum.py
// (aliases, auto(), __init__ with the value's items, Flag aliases), stored as class attributes
// by constant names (inference sees every store). A member value naming an earlier member reads
// its value (`RW = R | W`). The class object gets CLASSF_ENUM (classes.ts reads enumFlags), with
// which the runtime gives the class itself iteration, len(), C[name], `in` and its repr
// (stdlib/_rt/enum_rt.py), and `C(value)` is lowered as `C._enum_call_(value)` (classes.ts).
// `@unique` becomes `unique(C)` after the members exist. Enum classes must be module-level
// statements of a module that imports enum; anything else is "not supported yet".
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';
import { CLASSF_ENUM, CLASSF_ENUM_FLAG, CLASSF_ENUM_VALUE_FORMAT } from '../runtime/layout.js';

interface Source {
  file: string;
  name: string;
  ast: ast.Module;
}

/** The class flags of each enum base class enum.py defines. */
const BASES: Record<string, number> = {
  Enum: CLASSF_ENUM,
  ReprEnum: CLASSF_ENUM,
  IntEnum: CLASSF_ENUM | CLASSF_ENUM_VALUE_FORMAT,
  StrEnum: CLASSF_ENUM | CLASSF_ENUM_VALUE_FORMAT,
  Flag: CLASSF_ENUM | CLASSF_ENUM_FLAG,
  IntFlag: CLASSF_ENUM | CLASSF_ENUM_FLAG | CLASSF_ENUM_VALUE_FORMAT,
};

/** The CLASSF_ENUM* flags of the class statements this file rewrote. */
const flagsOf = new WeakMap<ast.ClassDef, number>();

/** The CLASSF_ENUM* bits for class statement c (0: not an enum class). */
export function enumFlags(c: ast.ClassDef): number {
  return flagsOf.get(c) ?? 0;
}

function fail(file: string, node: ast.Located, what: string): never {
  throw new CompileError([diag('K300', file, { line: node.lineno, col: node.col_offset + 1 }, what)]);
}

/** Names bound to enum.py's names: `from enum import Enum as E` gives E -> Enum; `import enum
 * [as e]` gives the module aliases. */
function enumImports(mod: ast.Module): { names: Map<string, string>; modules: Set<string> } {
  const names = new Map<string, string>();
  const modules = new Set<string>();
  const walk = (stmts: ast.stmt[]) => {
    for (const s of stmts) {
      if (s._type === 'ImportFrom' && s.module === 'enum' && s.level === 0) {
        for (const a of s.names) names.set(a.asname ?? a.name, a.name);
      } else if (s._type === 'Import') {
        for (const a of s.names) if (a.name === 'enum') modules.add(a.asname ?? 'enum');
      } else if (s._type === 'If' || s._type === 'Try') {
        walk(s.body);
        if (s._type === 'Try') walk(s.finalbody);
      }
    }
  };
  walk(mod.body);
  return { names, modules };
}

/** What an enum.py name stands for in this module (`Enum`, `enum.Flag`, an alias), if it does. */
function enumName(e: ast.expr, imp: { names: Map<string, string>; modules: Set<string> }): string | undefined {
  if (e._type === 'Name') return imp.names.get(e.id);
  if (e._type === 'Attribute' && e.value._type === 'Name' && imp.modules.has(e.value.id)) return e.attr;
  return undefined;
}

const isDunder = (n: string) => n.length > 4 && n.startsWith('__') && n.endsWith('__');
const isSunder = (n: string) => n.length > 2 && n.startsWith('_') && n.endsWith('_') && n[1] !== '_' && n[n.length - 2] !== '_';

/** Parses generated statements (they get the class statement's position). */
function stmts(file: string, text: string, at: ast.Located): ast.stmt[] {
  const parsed = parseModule(text, file);
  if (!parsed.module) throw new Error(`enum: generated code does not parse:\n${text}`);
  const place = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(place);
    const o = n as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (k === 'lineno' || k === 'end_lineno') o[k] = at.lineno;
      else if (k === 'col_offset') o[k] = at.col_offset;
      else if (k === 'end_col_offset') o[k] = at.col_offset;
      else if (k !== '_type') place(o[k]);
    }
  };
  place(parsed.module.body);
  return parsed.module.body;
}

/** Replaces, inside a member's value, each name of an earlier member by `C.NAME._value_` (the
 * class body sees the plain values, as in CPython). */
function substitute(e: ast.expr, cls: string, earlier: Set<string>): ast.expr {
  const visit = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(visit);
    const o = n as Record<string, unknown> & { _type?: string };
    if (o._type === 'Name' && earlier.has(o.id as string) && (o.ctx as { _type: string })._type === 'Load') {
      const at = o as unknown as ast.Located;
      const pos = { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
      const load = { _type: 'Load' };
      return {
        _type: 'Attribute', ...pos, ctx: load, attr: '_value_',
        value: { _type: 'Attribute', ...pos, ctx: load, attr: o.id, value: dotted(cls, pos) },
      };
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = k === '_type' ? o[k] : visit(o[k]);
    return out;
  };
  return visit(e) as ast.expr;
}

/** `a.b.c` as a load expression at pos. */
function dotted(path: string, pos: Omit<ast.Located, never>): ast.expr {
  const [first, ...rest] = path.split('.');
  let e = { _type: 'Name', ...pos, ctx: { _type: 'Load' }, id: first } as unknown as ast.expr;
  for (const a of rest) e = { _type: 'Attribute', ...pos, ctx: { _type: 'Load' }, attr: a, value: e } as unknown as ast.expr;
  return e;
}

/** Rewrites the enum class statements of a module that imports enum (see the top of the file). */
export function expandEnums(src: Source): void {
  if (src.name === 'enum') return;
  const imp = enumImports(src.ast);
  if (!imp.names.size && !imp.modules.size) return;
  const local = new Map<string, number>(); // enum classes of this module by name
  const flagsFor = (c: ast.ClassDef): number => {
    let f = 0;
    for (const b of c.bases) {
      const n = enumName(b, imp);
      if (n !== undefined && BASES[n] !== undefined) f |= BASES[n];
      else if (b._type === 'Name' && local.has(b.id)) f |= local.get(b.id)!;
    }
    return f;
  };
  // Each statement list (the module's, blocks', functions') gets the code after its enum
  // class statements. A class body cannot hold it: an enum class statement in a class body
  // (`class Outer: class Color(Enum)`) has its code after the outermost class statement
  // (`Outer.Color.RED = ...`), so `hoist` collects it while `cls` is the enclosing class's path.
  const rewrite = (list: ast.stmt[], cls?: string, hoist?: ast.stmt[]): ast.stmt[] => {
    const out: ast.stmt[] = [];
    for (let s of list) {
      s = functionalEnum(src.file, s, imp) ?? s;
      out.push(s);
      if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef') {
        s.body = rewrite(s.body);
        continue;
      }
      if (s._type !== 'ClassDef') {
        for (const k of ['body', 'orelse', 'finalbody'] as const) {
          const sub = (s as unknown as Record<string, ast.stmt[] | undefined>)[k];
          if (Array.isArray(sub)) (s as unknown as Record<string, ast.stmt[]>)[k] = rewrite(sub, cls, hoist);
        }
        if (s._type === 'Try' || s._type === 'TryStar') for (const h of s.handlers) h.body = rewrite(h.body, cls, hoist);
        continue;
      }
      const path = cls ? `${cls}.${s.name}` : s.name;
      const after = hoist ?? [];
      const flags = flagsFor(s);
      if (!flags) s.body = rewrite(s.body, path, after);
      else after.push(...expandOne(s, flags, path));
      if (!hoist) out.push(...after);
    }
    return out;
  };
  const expandOne = (s: ast.ClassDef, flags: number, C: string): ast.stmt[] => {
    if (s.keywords.length) fail(src.file, s.keywords[0], 'class keywords on an enum class (boundary=, metaclass=)');
    local.set(s.name, flags);
    flagsOf.set(s, flags);
    const after: ast.stmt[] = [];
    const decorators = s.decorator_list;
    for (const d of decorators) if (enumName(d, imp) !== 'unique') fail(src.file, d, 'this decorator on an enum class');
    s.decorator_list = [];
    const body: ast.stmt[] = stmts(src.file, '_member_names_ = []\n_member_map_ = {}\n_value2member_map_ = {}\n_enum_members_ = []\n_enum_values_ = []\n', s);
    const earlier = new Set<string>();
    for (const st of s.body) {
      let name: string | undefined;
      let value: ast.expr | null = null;
      if (st._type === 'Assign' && st.targets.length === 1 && st.targets[0]._type === 'Name') {
        name = st.targets[0].id;
        value = st.value;
      } else if (st._type === 'AnnAssign' && st.target._type === 'Name' && st.value) {
        name = st.target.id;
        value = st.value;
      } else if (st._type === 'Assign' && st.targets.some((t) => t._type !== 'Name')) {
        fail(src.file, st, 'this assignment in an enum class body');
      }
      if (name === '_ignore_') fail(src.file, st, '_ignore_ in an enum class');
      if (name === undefined || value === null || isDunder(name) || isSunder(name) || name.startsWith('__') || value._type === 'Lambda') {
        body.push(st);
        continue;
      }
      if (earlier.has(name)) fail(src.file, st, 'an enum member assigned twice');
      const add = stmts(src.file, `${C}.${name} = ${C}._enum_add_(${JSON.stringify(name)}, None)\n`, st)[0] as ast.Assign;
      (add.value as ast.Call).args[1] = substitute(value, C, earlier);
      after.push(add);
      earlier.add(name);
    }
    s.body = body;
    after.push(...stmts(src.file, `${C}._enum_done_()\n`, s));
    for (const d of decorators) {
      const call = stmts(src.file, `_unique(${C})\n`, s)[0] as ast.Expr;
      (call.value as ast.Call).func = d;
      after.push(call);
    }
    return after;
  };
  src.ast.body = rewrite(src.ast.body);
}

/**
 * The functional API, `Color = Enum('Color', 'RED GREEN BLUE')`, as the class statement it
 * stands for: names as one str (spaces or commas), a list or tuple of names (values from
 * `_generate_next_value_` with `start=`, as CPython's EnumType._create_ does: the class
 * attribute `_enum_start_` gives it to `_enum_add_`), of (name, value) pairs, or a dict display.
 * `module=` and `qualname=` are accepted (they only name where the class lives). Undefined when
 * `s` is no such assignment; names computed at run time are "not supported yet".
 */
function functionalEnum(file: string, s: ast.stmt, imp: { names: Map<string, string>; modules: Set<string> }): ast.ClassDef | undefined {
  if (s._type !== 'Assign' || s.targets.length !== 1 || s.targets[0]._type !== 'Name' || s.value._type !== 'Call') return undefined;
  const call = s.value;
  const base = enumName(call.func, imp);
  if (base === undefined || BASES[base] === undefined) return undefined;
  const target = s.targets[0].id;
  const [nameArg, names, ...rest] = call.args;
  const str = (e: ast.expr | undefined): string | undefined => (e && e._type === 'Constant' && typeof e.value === 'string' ? e.value : undefined);
  if (!nameArg || !names || rest.length || call.args.some((a) => a._type === 'Starred')) fail(file, call, `${base}() other than ${base}('Name', names) (the functional API)`);
  if (str(nameArg) !== target) fail(file, nameArg, `the functional API with a class name other than the assigned name '${target}'`);
  let start: ast.expr | undefined;
  for (const k of call.keywords) {
    if (k.arg === 'start') start = k.value;
    else if (k.arg !== 'module' && k.arg !== 'qualname') fail(file, k, `the functional API's keyword ${k.arg ?? '**'}=`);
  }
  // Members as (name, value expression or undefined for the next generated value).
  const members: [string, ast.expr | undefined][] = [];
  const text = str(names);
  const items = names._type === 'List' || names._type === 'Tuple' ? names.elts : undefined;
  if (text !== undefined) {
    for (const n of text.replace(/,/g, ' ').split(/\s+/).filter((x) => x)) members.push([n, undefined]);
  } else if (items && items.every((x) => str(x) !== undefined)) {
    for (const x of items) members.push([str(x)!, undefined]);
  } else if (items && items.every((x) => (x._type === 'Tuple' || x._type === 'List') && x.elts.length === 2 && str(x.elts[0]) !== undefined)) {
    for (const x of items as (ast.Tuple | ast.List)[]) members.push([str(x.elts[0])!, x.elts[1]]);
  } else if (names._type === 'Dict' && names.keys.every((k) => str(k ?? undefined) !== undefined)) {
    names.keys.forEach((k, i) => members.push([str(k!)!, names.values[i]]));
  } else {
    fail(file, names, "the functional API's names other than a str, or a list, tuple or dict display of str literals");
  }
  for (const [n] of members) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) fail(file, names, `the member name '${n}' in the functional API`);
  const lines = [`class ${target}(_B):`, `    _enum_start_ = None`];
  for (const [n, v] of members) lines.push(`    ${n} = ${v ? 'None' : `${target}._enum_auto_()`}`);
  if (!members.length) lines.push('    pass');
  const cls = stmts(file, lines.join('\n') + '\n', s)[0] as ast.ClassDef;
  cls.bases = [call.func];
  const startStmt = cls.body[0] as ast.Assign;
  startStmt.value = start ?? ({ _type: 'Constant', value: 1n, kind: null, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: s.col_offset } as ast.Constant);
  members.forEach(([, v], i) => {
    if (v) (cls.body[i + 1] as ast.Assign).value = v;
  });
  return cls;
}
