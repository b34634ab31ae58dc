// @dataclass by compile-time expansion (docs/stdlib.md, "dataclasses"): the decorated class
// statement gets the methods CPython's dataclasses module would add, written as Python source,
// parsed and appended to the class body before the class is collected (classes.ts), so they are
// ordinary methods (direct calls, dispatch by class id, -O2 inference) and the decorator never
// runs. Why at compile time: the class's namespace must be known whole before any code is
// lowered (classes.ts), and the generated __init__ then has a fixed signature.
//
// Fields are the annotated names of the class body (`x: int`, `x: int = 0`,
// `x: list = field(default_factory=list)`), after the fields of dataclass bases. The generated
// __init__'s defaults are filled in by the lowering where an argument is missing (FuncInfo
// .dcDefaults, see `initDefaults`): a constant as written; any other default stays a class
// attribute (evaluated once, when the class statement runs, as in CPython) read from the class;
// a default_factory is kept as the class attribute `_dc_factory_<name>` and called.
// frozen=True sets CLASSF_FROZEN: stores through rt_setattr raise dataclasses.FrozenInstanceError,
// the generated __init__ stores with object.__setattr__ (rt_object_setattr).
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';

export interface DcField {
  name: string;
  /** The default: a constant expression, or 'attr' (read from the class attribute), 'factory'. */
  kind: 'required' | 'const' | 'attr' | 'factory';
  constant?: ast.expr;
  init: boolean;
  repr: boolean;
  compare: boolean;
}

export interface DcSpec {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  frozen: boolean;
  fields: DcField[];
}

function fail(file: string, node: ast.Located, what: string): never {
  throw new CompileError([diag('K300', file, { line: node.lineno, col: node.col_offset + 1 }, what)]);
}

/** The names a module binds to `dataclasses.<name>` (`from dataclasses import dataclass as d`)
 * and its aliases of the module itself (`import dataclasses`). */
function imported(mod: ast.Module, name: string, e: ast.expr): boolean {
  for (const s of mod.body) {
    if (s._type === 'ImportFrom' && s.module === 'dataclasses' && s.level === 0 && e._type === 'Name') {
      if (s.names.some((a) => a.name === name && (a.asname ?? a.name) === e.id)) return true;
    }
    if (s._type === 'Import' && e._type === 'Attribute' && e.attr === name && e.value._type === 'Name') {
      const id = e.value.id;
      if (s.names.some((a) => a.name === 'dataclasses' && (a.asname ?? a.name) === id)) return true;
    }
  }
  return false;
}

function isConstant(e: ast.expr): boolean {
  switch (e._type) {
    case 'Constant':
      return true;
    case 'UnaryOp':
      return isConstant(e.operand);
    case 'BinOp':
      return isConstant(e.left) && isConstant(e.right);
    case 'Tuple':
      return e.elts.every(isConstant);
    default:
      return false;
  }
}

function boolKw(file: string, k: ast.keyword): boolean {
  if (k.value._type !== 'Constant' || typeof k.value.value !== 'boolean') fail(file, k.value, `${k.arg}= that is not True or False`);
  return k.value.value as boolean;
}

/** If `c` is decorated with @dataclass: rewrites its body (generated methods appended, field()
 * calls replaced) and returns the spec; `baseFields`: the fields of its dataclass bases. */
export function expandDataclass(file: string, mod: ast.Module, c: ast.ClassDef, baseFields: DcField[]): DcSpec | undefined {
  if (c.decorator_list.length !== 1) return undefined;
  const d = c.decorator_list[0];
  const target = d._type === 'Call' ? d.func : d;
  if (!imported(mod, 'dataclass', target)) return undefined;
  const spec: DcSpec = { init: true, repr: true, eq: true, order: false, frozen: false, fields: baseFields.map((f) => ({ ...f })) };
  let slots = false;
  if (d._type === 'Call') {
    if (d.args.length) fail(file, d.args[0], 'dataclass() with positional arguments');
    for (const k of d.keywords) {
      if (k.arg === 'init' || k.arg === 'repr' || k.arg === 'eq' || k.arg === 'order' || k.arg === 'frozen') spec[k.arg] = boolKw(file, k);
      else if (k.arg === 'slots') slots = boolKw(file, k);
      else fail(file, k, `dataclass(${k.arg ?? '**'}=...)`);
    }
  }
  if (spec.order && !spec.eq) throw new CompileError([diag('K301', file, { line: d.lineno, col: d.col_offset + 1 }, 'eq must be true if order is true')]);
  const body: ast.stmt[] = [];
  for (const s of c.body) {
    if (s._type !== 'AnnAssign' || s.target._type !== 'Name') {
      body.push(s);
      continue;
    }
    const name = s.target.id;
    const f: DcField = { name, kind: 'required', init: true, repr: true, compare: true };
    let v = s.value;
    if (v && v._type === 'Call' && imported(mod, 'field', v.func)) {
      const call = v;
      v = null;
      if (call.args.length) fail(file, call.args[0], 'field() with positional arguments');
      for (const k of call.keywords) {
        if (k.arg === 'default') v = k.value;
        else if (k.arg === 'default_factory') {
          f.kind = 'factory';
          body.push({ ...s, _type: 'Assign', targets: [{ ...s.target, id: `_dc_factory_${name}` } as ast.Name], value: k.value, type_comment: null } as unknown as ast.stmt);
        } else if (k.arg === 'init' || k.arg === 'repr' || k.arg === 'compare') f[k.arg] = boolKw(file, k);
        else if (k.arg === 'metadata') {
          // fields(C)[i].metadata reads the class attribute (stdlib/dataclasses.py)
          body.push({ ...s, _type: 'Assign', targets: [{ ...s.target, id: `_dc_meta_${name}` } as ast.Name], value: k.value, type_comment: null } as unknown as ast.stmt);
        }
        else fail(file, k, `field(${k.arg ?? '**'}=...)`);
      }
      if (v && f.kind === 'factory') throw new CompileError([diag('K301', file, { line: call.lineno, col: call.col_offset + 1 }, 'cannot specify both default and default_factory')]);
    }
    if (v) {
      f.kind = isConstant(v) ? 'const' : 'attr';
      f.constant = v;
      body.push({ ...s, value: v }); // the class attribute holds the default, as in CPython
    } else body.push({ ...s, value: null });
    const old = spec.fields.findIndex((x) => x.name === name);
    if (old >= 0) spec.fields[old] = f;
    else spec.fields.push(f);
  }
  // CPython: a field without a default after one with a default is a TypeError at class creation.
  let seenDefault: DcField | undefined;
  for (const f of spec.fields) {
    if (!f.init) continue;
    if (f.kind === 'required' && seenDefault) throw new CompileError([diag('K301', file, { line: c.lineno, col: c.col_offset + 1 }, `non-default argument '${f.name}' follows default argument`)]);
    if (f.kind !== 'required') seenDefault = f;
  }
  const defined = new Set(c.body.filter((s): s is ast.FunctionDef => s._type === 'FunctionDef').map((s) => s.name));
  const src: string[] = [];
  const q = (s: string) => JSON.stringify(s);
  const set = (n: string, v: string) => (spec.frozen ? `object.__setattr__(self, ${q(n)}, ${v})` : `self.${n} = ${v}`);
  if (spec.init && !defined.has('__init__')) {
    const params = spec.fields.filter((f) => f.init).map((f) => (f.kind === 'required' ? f.name : `${f.name}=None`));
    const lines = spec.fields.map((f) => {
      if (f.init) return set(f.name, f.name);
      if (f.kind === 'factory') return set(f.name, `type(self)._dc_factory_${f.name}()`);
      return f.kind === 'required' ? 'pass' : set(f.name, `type(self).${f.name}`);
    });
    if (defined.has('__post_init__')) lines.push('self.__post_init__()');
    src.push(`def __init__(${['self', ...params].join(', ')}):\n${(lines.length ? lines : ['pass']).map((l) => `    ${l}\n`).join('')}`);
  }
  const shown = spec.fields.filter((f) => f.repr);
  if (spec.repr && !defined.has('__repr__')) {
    const parts = shown.map((f, i) => `${i ? ', ' : ''}${f.name}={self.${f.name}!r}`).join('');
    src.push(`def __repr__(self):\n    return f"{type(self).__qualname__}(${parts.replace(/"/g, '\\"')})"\n`);
  }
  const cmp = spec.fields.filter((f) => f.compare);
  const tup = (who: string) => `(${cmp.map((f) => `${who}.${f.name}`).join(', ')}${cmp.length === 1 ? ',' : ''})`;
  const compare = (m: string, op: string) => `def ${m}(self, other):\n    if type(other) is type(self):\n        return ${tup('self')} ${op} ${tup('other')}\n    return NotImplemented\n`;
  if (spec.eq && !defined.has('__eq__')) src.push(compare('__eq__', '=='));
  if (spec.order) {
    for (const [m, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']]) {
      if (defined.has(m)) throw new CompileError([diag('K301', file, { line: c.lineno, col: c.col_offset + 1 }, `Cannot overwrite attribute ${m} in class ${c.name}. Consider using functools.total_ordering`)]);
      src.push(compare(m, op));
    }
  }
  if (spec.eq && spec.frozen && !defined.has('__hash__')) src.push(`def __hash__(self):\n    return hash(${tup('self')})\n`);
  // For the module's fields(), asdict(), astuple() (stdlib/dataclasses.py).
  const all = spec.fields;
  src.push(`_dc_fields = (${all.map((f) => q(f.name)).join(', ')}${all.length === 1 ? ',' : ''})\n`);
  const noinit = all.filter((f) => !f.init);
  src.push(`_dc_noinit = (${noinit.map((f) => q(f.name)).join(', ')}${noinit.length === 1 ? ',' : ''})\n`);
  // match_args=True: the __init__ parameters, unless the class body binds __match_args__.
  const bodyBinds = (n: string) => c.body.some((x) => x._type === 'Assign' && x.targets.some((t) => t._type === 'Name' && t.id === n));
  if (!bodyBinds('__match_args__')) {
    const ma = spec.fields.filter((f) => f.init);
    src.push(`__match_args__ = (${ma.map((f) => q(f.name)).join(', ')}${ma.length === 1 ? ',' : ''})\n`);
  }
  // slots=True: instances hold the fields only (CPython makes a new class with __slots__)
  if (slots) {
    if (bodyBinds('__slots__')) throw new CompileError([diag('K301', file, { line: c.lineno, col: c.col_offset + 1 }, `${c.name} already specifies __slots__`)]);
    const own = spec.fields.filter((f) => !baseFields.some((b) => b.name === f.name));
    src.push(`__slots__ = (${own.map((f) => q(f.name)).join(', ')}${own.length === 1 ? ',' : ''})\n`);
  }
  src.push(`def _dc_values(self):\n    return (${all.map((f) => `self.${f.name}`).join(', ')}${all.length === 1 ? ',' : ''})\n`);
  if (src.length) {
    const parsed = parseModule(src.join('\n'), file);
    if (!parsed.module) throw new Error(`dataclasses: generated code does not parse: ${parsed.diagnostics.map((x) => x.message).join('; ')}`);
    for (const s of parsed.module.body) {
      relocate(s, c);
      body.push(s);
      if (s._type === 'FunctionDef' && s.name === '__init__') {
        const m = new Map<string, DcDefault>();
        for (const f of spec.fields) {
          if (!f.init || f.kind === 'required') continue;
          m.set(f.name, f.kind === 'const' ? { expr: f.constant } : f.kind === 'attr' ? { attr: f.name } : { factory: `_dc_factory_${f.name}` });
        }
        initDefaults.set(s, m);
      }
    }
  }
  c.body = body;
  c.decorator_list = [];
  return spec;
}

/** How a missing argument of a generated __init__ is made: a constant expression, the class
 * attribute `attr` (read through the receiver, which finds the class's), or the class attribute
 * `factory` called. */
export interface DcDefault {
  expr?: ast.expr;
  attr?: string;
  factory?: string;
}

/** The generated __init__ functions and their parameters' defaults (classes.ts collectMethod
 * copies them into FuncInfo.dcDefaults). */
export const initDefaults = new WeakMap<ast.FunctionDef, Map<string, DcDefault>>();

/** Gives the generated code the class statement's position (tracebacks point at the class). */
function relocate(n: unknown, at: ast.Located): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) return n.forEach((x) => relocate(x, at));
  const o = n as Record<string, unknown>;
  if (typeof o.lineno === 'number') {
    o.lineno = at.lineno;
    o.end_lineno = at.lineno;
    o.col_offset = at.col_offset;
    o.end_col_offset = at.col_offset;
  }
  for (const k of Object.keys(o)) if (k !== '_type') relocate(o[k], at);
}
