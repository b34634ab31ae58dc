// Classes (docs/object-model.md, "Classes: how they are built"): the class statement, instance
// creation, attribute get/set/del, method calls, super(), staticmethod/classmethod/property,
// isinstance/issubclass/type(), and the generated dispatcher through which the runtime calls
// special methods (rt_cls_dunder in stdlib/_rt/cls.py).
//
// The program is known whole: every class is a module-level class statement whose name is
// bound once, so each class's namespace of methods is known at compile time, and a method is an
// ordinary IR function `__main__.C.m`. A method call `x.m(...)` on a receiver of unknown class
// becomes a switch over the ids of the classes in which `m` resolves to a method (one direct
// call per target), with the generic runtime path for anything else. Data attributes go through
// the runtime by name (rt_getattr / rt_setattr / rt_delattr: instance slots, then the instance
// namespace, then the class attributes of the MRO).
import { forEachField } from '../parse/fields.js';
import { mangle, privateName } from './mangle.js';
import type * as ast from '../parse/ast.js';
import { CompileError, diag } from '../diag/diagnostic.js';
import { Func, type Value } from '../ir/function.js';
import type { IrModule } from '../ir/function.js';
import type { IrType } from '../ir/types.js';
import { boundNames, stmtBodies } from '../sema/scopes.js';
import { TYPE_BOOL, TYPE_BYTEARRAY, TYPE_BYTES, TYPE_DICT, TYPE_FROZENSET, TYPE_SET, TYPE_FLOAT, TYPE_INT, TYPE_LIST, TYPE_NONE, TYPE_RANGE, TYPE_STR, TYPE_TUPLE, SEL_BINOP, SEL_INPLACE, INST_SLOTS, EXC_OBJ_SIZE, CLASSF_EXCEPTION, CLASSF_FROZEN, CLASSF_PROTOCOL, CLASSF_ENUM, FUNCF_VARARGS, FUNCF_VARKW, FUNCF_PACKED, FUNC_MAX_ARITY, SEL_GETATTR, SEL_SETATTR, SEL_DELATTR, SEL_MISSING, TYPE_STATICMETHOD, TYPE_CLASSMETHOD, CLASSF_PAYLOAD, TYPE_SLICE, SEL_FORMAT, SEL_MATMUL, SEL_RMATMUL, SEL_IMATMUL, SEL_REVERSED, SEL_CLASS_GETITEM, SEL_DIVMOD, SEL_RDIVMOD, SEL_ROUND, SEL_ROUND0, SEL_FLOOR, SEL_CEIL, SEL_TRUNC, CLASS_KEY } from '../runtime/layout.js';
import { EXC_CLASSES, excClassIndex } from '../runtime/exceptions.js';
import { excClassValue } from './exceptions.js';
import type { FuncInfo, ModuleInfo } from './context.js';
import { FunctionLowering } from './function.js';
import type { Intrinsic } from './intrinsics.js';
import { factsOf, nullWord, rtCall, rtCallPure } from './containers.js';
import { isTotalOrdering } from './total_ordering.js';
import { fromModule, globalName } from './imports.js';
import { isGeneratorBody } from './gen.js';
import { callValues, docstring, isBuiltinMethodName, lowerValueCall, tableCode } from './callables.js';
import { branchValue, builtinMethodOn, dunderArityMessage, valueDunderSelector } from './containers.js';
import { type DcDefault, type DcSpec, expandDataclass, initDefaults } from './dataclasses.js';
import { builtinDunderOrAttr, builtinMethodOrAttr, isBuiltinMethod } from './attributes.js';
import { enumFlags } from './enum.js';
import { isDataclassDecorator, runtimeConstructible } from './classvalues.js';
import { isShadowed } from './shadowing.js';

export type Member =
  | { kind: 'method' | 'static' | 'class'; fi: FuncInfo; abstract?: boolean }
  | { kind: 'property'; get?: FuncInfo; set?: FuncInfo; del?: FuncInfo; name: string }
  /** A class attribute; `deco`: made by a def with decorators the compiler does not know (a
   * user decorator wrapping a method): the value the decorators return, computed when the class
   * statement runs. */
  | { kind: 'data'; deco?: Decorated }
  /** `__hash__ = None`, implied by defining __eq__ without __hash__. */
  | { kind: 'none' };

/** A method def with user decorators (`@logged`, `@retry(3)`, `@staticmethod @logged`): its
 * function is compiled like a method (so super() works) but only reached through its function
 * object, which the class statement passes through the decorators and stores as the class
 * attribute (wrapped in a staticmethod / classmethod object when those come first). */
export interface Decorated {
  fi: FuncInfo;
  decorators: ast.expr[];
  wrap?: 'static' | 'class';
}

export interface ClassInfo {
  name: string;
  /** The module (its globals hold the class object). */
  module: string;
  node: ast.ClassDef;
  /** Unique, from 1 (0 means "not an instance of a user class" at run time). */
  id: number;
  bases: ClassInfo[];
  /** C3 linearization, the class first, `object` left out. */
  mro: ClassInfo[];
  members: Map<string, Member>;
  /** Instance slot layout (attribute names). */
  slots: string[];
  /** Names of `__slots__`, when the class declares it. */
  slotsDecl: string[] | undefined;
  /** The class and all its subclasses. */
  subclasses: ClassInfo[];
  flags: number;
  dunders: bigint;
  /** Derives from BaseException: instances are TYPE_EXC, slots after EXC_OBJ_SIZE. */
  exc?: boolean;
  /** Made by a class statement that is not static (in a function or block, or rebound): bound
   * like a variable, a new class object per execution. */
  dynamic?: boolean;
  /** __name__ where it is not the name the class is bound to (namedtuple.ts's bases). */
  pyName?: string;
  /** __qualname__ (`f.<locals>.C` in a function). */
  qualname?: string;
  /** The prefix of its methods' IR names (unique in the program). */
  prefix?: string;
  /** Methods that close over variables of enclosing functions: their code takes env, a function
   * object kept per class object (CLASS_ENVS, in this order) holding the closure cells. */
  envMethods?: FuncInfo[];
  /** @dataclass: its fields and options (dataclasses.ts). */
  dc?: DcSpec;
  /** Its method defs with user decorators, in source order (collectDecorated). */
  decorated?: Decorated[];
  /** A built-in exception class standing in a user class's bases and MRO (row of
   * src/runtime/exceptions.ts); it has no members: BaseException's behaviour is the runtime's. */
  excRow?: number;
  /** Derives from a built-in type (this type id; subclass.py): instances keep the built-in
   * value in slot 0. On a member-less stand-in for the built-in type itself, `stand` is set. */
  builtin?: number;
  stand?: boolean;
  /** User class decorators (`@register class C`), outermost first: evaluated before the class
   * statement runs, applied innermost first to the new class object. A decorated class is
   * dynamic: its name is bound to whatever the decorators return. */
  decorators?: ast.expr[];
}

/** The built-in types a class may derive from (stdlib/_rt/subclass.py makes their values). */
const SUBCLASSABLE = new Set(['list', 'dict', 'set', 'frozenset', 'str', 'int', 'float', 'tuple']);
const MUTABLE_BUILTINS = new Set([TYPE_LIST, TYPE_DICT, TYPE_SET]);
/** The slot holding an instance's built-in value (always slot 0). */
const PAYLOAD_SLOT = '__keel_payload__';

/** The ClassInfo standing for built-in type t in bases and MROs (one per program). */
const builtinInfos = new WeakMap<ClassInfo[], Map<number, ClassInfo>>();
function builtinInfo(all: ClassInfo[], name: string, node: ast.ClassDef): ClassInfo {
  let m = builtinInfos.get(all);
  if (!m) builtinInfos.set(all, (m = new Map()));
  const t = BUILTIN_CLASSES[name];
  let k = m.get(t);
  if (k) return k;
  k = {
    name, module: 'builtins', node, id: -1, bases: [], mro: [], members: new Map(), slots: [], slotsDecl: undefined,
    subclasses: [], flags: 0, dunders: 0n, builtin: t, stand: true,
  };
  k.mro = [k];
  m.set(t, k);
  return k;
}

/** Whether the program has a class deriving from a built-in type (whose instances the built-in
 * methods must see through, rt_unwrap). */
export function hasPayloadClasses(fl: FunctionLowering): boolean {
  return !!fl.module.classes?.all.some((k) => k.builtin !== undefined);
}

/** Whether the program has a class deriving from the built-in type named `name`. */
export function hasBuiltinSubclass(fl: FunctionLowering, name: string): boolean {
  const t = BUILTIN_CLASSES[name];
  return t !== undefined && !!fl.module.classes?.all.some((k) => k.builtin === t);
}

/** Attributes of exceptions the runtime keeps in the TYPE_EXC header (never instance slots). */
const EXC_ATTRS = new Set(['args', '__cause__', '__context__', '__suppress_context__', '__traceback__']);

/** The byte offset of instance slot 0 of class k. */
export const slotBase = (k: ClassInfo) => (k.exc ? EXC_OBJ_SIZE : INST_SLOTS);

/** The ClassInfo standing for built-in exception class `row` (one per program, made on demand). */
const excInfos = new WeakMap<ClassInfo[], Map<number, ClassInfo>>();
function excInfo(all: ClassInfo[], row: number, node: ast.ClassDef): ClassInfo {
  let m = excInfos.get(all);
  if (!m) excInfos.set(all, (m = new Map()));
  let k = m.get(row);
  if (k) return k;
  const [name, base] = EXC_CLASSES[row];
  // io.UnsupportedOperation (row 65) derives from OSError and ValueError.
  const baseRows = name === 'UnsupportedOperation' ? [excClassIndex('OSError')!, excClassIndex('ValueError')!] : base < 0 ? [] : [base];
  const bases = baseRows.map((r) => excInfo(all, r, node));
  k = {
    name, module: 'builtins', node, id: -1, bases, mro: [], members: new Map(), slots: [], slotsDecl: undefined,
    subclasses: [], flags: 0, dunders: 0n, exc: true, excRow: row,
  };
  k.mro = c3(k)!;
  m.set(row, k);
  return k;
}

export interface ClassTable {
  /** The classes of this module. */
  list: ClassInfo[];
  /** The static classes (module-level, name bound once) by name. */
  byName: Map<string, ClassInfo>;
  /** Every class statement of the module. */
  byNode: Map<ast.ClassDef, ClassInfo>;
  /** Every class of the program (shared by the modules' tables). */
  all: ClassInfo[];
}


const UNARY_SELS: Record<string, number> = {
  __repr__: 0, __str__: 1, __hash__: 8, __bool__: 9, __len__: 10, __iter__: 14, __next__: 15,
  __neg__: 41, __pos__: 42, __invert__: 43, __abs__: 44, __index__: 57, __float__: 58, __int__: 59,
};
const BINARY_SELS: Record<string, number> = {
  __eq__: 2, __ne__: 3, __lt__: 4, __le__: 5, __gt__: 6, __ge__: 7, __getitem__: 11, __delitem__: 13, __contains__: 16,
};
const BINOP_NAMES = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor'];
BINOP_NAMES.forEach((n, k) => {
  BINARY_SELS[`__${n}__`] = SEL_BINOP + 2 * k;
  BINARY_SELS[`__r${n}__`] = SEL_BINOP + 2 * k + 1;
  BINARY_SELS[`__i${n}__`] = SEL_INPLACE + k;
});
/** Special method name -> [selector, number of arguments after self]. */
export const SELECTORS = new Map<string, [number, number]>([
  ...Object.entries(UNARY_SELS).map(([k, v]) => [k, [v, 0]] as [string, [number, number]]),
  ...Object.entries(BINARY_SELS).map(([k, v]) => [k, [v, 1]] as [string, [number, number]]),
  ['__setitem__', [12, 2]],
  ['__getattr__', [SEL_GETATTR, 1]],
  ['__setattr__', [SEL_SETATTR, 2]],
  ['__delattr__', [SEL_DELATTR, 1]],
  ['__missing__', [SEL_MISSING, 1]],
  // dispatch-only (no CLASS_DUNDERS bit; k.dunders keeps them for the compiler only)
  ['__format__', [SEL_FORMAT, 1]],
  ['__matmul__', [SEL_MATMUL, 1]],
  ['__rmatmul__', [SEL_RMATMUL, 1]],
  ['__imatmul__', [SEL_IMATMUL, 1]],
  ['__reversed__', [SEL_REVERSED, 0]],
  ['__divmod__', [SEL_DIVMOD, 1]],
  ['__rdivmod__', [SEL_RDIVMOD, 1]],
  ['__round__', [SEL_ROUND, 1]],
  ['__round__/0', [SEL_ROUND0, 0]], // the same method called without an argument
  ['__floor__', [SEL_FLOOR, 0]],
  ['__ceil__', [SEL_CEIL, 0]],
  ['__trunc__', [SEL_TRUNC, 0]],
]);

/** Whether stores (`__setattr__`) or deletions (`__delattr__`) of k's instances go through a
 * method of the class (then never to a slot or property directly). */
function hooks(k: ClassInfo, name: '__setattr__' | '__delattr__'): boolean {
  return resolve(k, name)?.member.kind === 'method';
}
const INPLACE_OPS: Partial<Record<ast.OperatorKind, number>> = {
  Add: 0, Sub: 1, Mult: 2, Div: 3, FloorDiv: 4, Mod: 5, Pow: 6, LShift: 7, RShift: 8, BitAnd: 9, BitOr: 10, BitXor: 11,
};

/** Built-in classes usable as values: name -> type id (object and type are special). */
const BUILTIN_CLASSES: Record<string, number> = {
  int: TYPE_INT, float: TYPE_FLOAT, bool: TYPE_BOOL, str: TYPE_STR, list: TYPE_LIST, tuple: TYPE_TUPLE, range: TYPE_RANGE,
  dict: TYPE_DICT, set: TYPE_SET, frozenset: TYPE_FROZENSET,
  bytes: TYPE_BYTES, bytearray: TYPE_BYTEARRAY, slice: TYPE_SLICE,
};

function fail(file: string, node: ast.Located, what: string): never {
  throw new CompileError([diag('K300', file, { line: node.lineno, col: node.col_offset + 1 }, what)]);
}

// ---- collection (before lowering) -------------------------------------------------------------

/** Collects the module's class statements, registers their methods as functions of `m`. */
export function collectClasses(src: { ast: ast.Module; file: string }, info: ModuleInfo, m: IrModule): void {
  const all = info.program ? (info.program.classes ??= []) : [];
  const table: ClassTable = { list: [], byName: new Map(), byNode: new Map(), all };
  info.classes = table;
  const defs = src.ast.body.filter((s): s is ast.ClassDef => s._type === 'ClassDef');
  const others = boundNames(src.ast.body.filter((s) => s._type !== 'ClassDef')).bound;
  // `from m import C` of a class of another module, bound only by that import: C(...) constructs
  for (const s of src.ast.body) {
    if (s._type !== 'ImportFrom') continue;
    for (const a of s.names) {
      const local = a.asname ?? a.name;
      const k = importedClass(src.ast, info, { _type: 'Name', id: local } as ast.Name);
      const bindings = src.ast.body.filter((x) => x !== s && boundNames([x]).bound.has(local));
      if (k && !bindings.length) table.byName.set(local, k);
    }
  }
  if (!defs.length && !hasNestedClass(src.ast.body)) return;
  noteAbcImports(src.ast);
  // A module-level class statement whose name nothing else binds is *static*: its name always
  // means it (classNamed). Every other class statement (in a function, in a block, or whose
  // name is rebound) is *dynamic*: each execution makes a new class object bound like any
  // variable; its methods are still compiled once and dispatched by class id.
  const topCount = new Map<string, number>();
  for (const c of classDefsIn(src.ast.body)) topCount.set(c.name, (topCount.get(c.name) ?? 0) + 1);
  const isStatic = (c: ast.ClassDef, fns: ScopeFn[]) => !fns.length && src.ast.body.includes(c) && topCount.get(c.name) === 1 && !others.has(c.name) && !table.byName.has(c.name);
  const usedPrefixes = new Set(all.map((k) => k.prefix));
  const collect = (c: ast.ClassDef, fns: ScopeFn[], outer?: ClassInfo) => {
    const file = src.file;
    // `metaclass=ABCMeta` means what deriving from abc.ABC means here (abstract methods checked
    // at construction): stdlib/abc.py's ABCMeta is a subclass of ABC, made a base.
    c.keywords = c.keywords.filter((kw) => {
      const v = kw.value;
      const meta = kw.arg === 'metaclass' && ((v._type === 'Name' && abcMetaNames.has(v.id)) || (v._type === 'Attribute' && v.attr === 'ABCMeta' && v.value._type === 'Name' && abcModules.has(v.value.id)));
      if (meta) c.bases = [...c.bases, v];
      return !meta;
    });
    // Class keywords go to __init_subclass__ (runClassStatement); other metaclasses are not supported.
    for (const kw of c.keywords) if (kw.arg === null || kw.arg === 'metaclass') fail(file, kw, kw.arg ? 'metaclasses' : 'class keywords from **');
    // PEP 695 type parameters (`class Stack[T]:`) only annotate (scopes.ts checkTypeParams).
    // `Generic[T]` bases are dropped, and a subscripted base (`MutableMapping[K, V]`,
    // `list[int]`) is its class, as its __mro_entries__ make it in CPython.
    // `Protocol` / `Protocol[T]` bases are dropped too; the class is marked (CLASSF_PROTOCOL).
    const protocol = c.bases.some(isProtocolBase);
    c.bases = c.bases.filter((b) => !isGenericBase(b) && !isProtocolBase(b)).map((b) => (b._type === 'Subscript' ? b.value : b));
    const bases: ClassInfo[] = [];
    for (const b of c.bases) {
      // A class statement in a class body evaluates its bases in that body's scope; Keel
      // evaluates them where the enclosing class statement is.
      const sibling = outer && b._type === 'Name' ? siblingClass(outer, b.id, table) : undefined;
      if (outer && !sibling && usesNames(b, boundNames(outer.node.body).bound)) fail(file, b, 'this base class from the enclosing class body');
      if (b._type === 'Name' && b.id === 'object' && !sibling && !boundAnywhere(src.ast, fns, 'object')) continue;
      const k = sibling ?? baseClass(src.ast, info, table, fns, others, b);
      if (!k) fail(file, b, b._type === 'Name' ? `deriving from ${b.id}` : 'this base class expression');
      if (bases.includes(k)) throw new CompileError([diag('K301', file, { line: b.lineno, col: b.col_offset + 1 }, `duplicate base class ${k.name}`)]);
      bases.push(k);
    }
    // @dataclass: methods generated into the class body (dataclasses.ts). It may be the
    // innermost of several decorators; the others are user decorators applied at run time.
    const userDecos = c.decorator_list.slice(0, -1);
    c.decorator_list = c.decorator_list.slice(-1);
    const dc = expandDataclass(file, src.ast, c, [...bases].reverse().flatMap((b) => b.dc?.fields ?? []));
    c.decorator_list = [...userDecos, ...c.decorator_list];
    for (const d of c.decorator_list) {
      if (isDataclassDecorator(d) || isTotalOrdering(d)) fail(file, d, 'this class decorator outside the innermost place, or mixed with user class decorators');
    }
    // A class statement in a class body (`Outer.Inner`) makes a class attribute of the enclosing
    // class, a new class object each time that class statement runs (dynamic).
    const dynamic = !!outer || !isStatic(c, fns) || c.decorator_list.length > 0;
    // (a class namedtuple.ts made for a base `namedtuple('P', ...)` is bound to a hidden name
    // but named P, as CPython's)
    const pyName = (c as { pyName?: string }).pyName;
    const shown = pyName ?? c.name;
    const qual = outer ? `${outer.qualname ?? outer.name}.${shown}` : [...fns.map((f) => `${f.name}.<locals>`), shown].join('.');
    let prefix = `${info.name}.${qual}`;
    if (usedPrefixes.has(prefix)) prefix = `${prefix}#${all.length + 1}`;
    usedPrefixes.add(prefix);
    const k: ClassInfo = {
      name: c.name, module: info.name, node: c, id: all.length + 1, bases, mro: [], members: new Map(), slots: [],
      slotsDecl: undefined, subclasses: [], flags: 0, dunders: 0n, exc: bases.some((b) => b.exc),
      dynamic, qualname: qual, prefix, envMethods: [],
    };
    if (pyName !== undefined) k.pyName = pyName;
    if (c.decorator_list.length) k.decorators = c.decorator_list;
    if (k.exc) k.flags |= CLASSF_EXCEPTION;
    if (protocol) k.flags |= CLASSF_PROTOCOL;
    const builtins = [...new Set(bases.map((b) => b.builtin).filter((t) => t !== undefined))];
    if (builtins.length > 1) fail(file, c.bases[1], 'deriving from two different built-in types');
    if (builtins.length) {
      if (k.exc) fail(file, c, 'deriving from an exception and a built-in type');
      k.builtin = builtins[0];
      k.flags |= CLASSF_PAYLOAD;
    }
    if (dc) {
      k.dc = dc;
      if (dc.frozen) k.flags |= CLASSF_FROZEN;
    }
    k.flags |= enumFlags(c); // an enum class (enum.ts): the runtime gives the class object EnumType's behaviour
    const mro = c3(k);
    if (!mro) fail(src.file, c, 'a class hierarchy with no consistent method resolution order (C3)');
    k.mro = mro;
    collectBody(file, k, info, m);
    table.list.push(k);
    all.push(k);
    table.byNode.set(c, k);
    if (!dynamic) table.byName.set(c.name, k);
    return k;
  };
  const walkClass = (st: ast.ClassDef, fns: ScopeFn[], outer?: ClassInfo) => {
    const k = collect(st, fns, outer);
    for (const x of st.body) {
      if (x._type === 'FunctionDef') walk(x.body, [...fns, x]);
      else if (x._type === 'ClassDef') walkClass(x, fns, k);
    }
  };
  // Source order, so a base is collected before the classes deriving from it.
  const walk = (stmts: ast.stmt[], fns: ScopeFn[]) => {
    for (const st of stmts) {
      if (st._type === 'ClassDef') walkClass(st, fns);
      else if (st._type === 'FunctionDef') walk(st.body, [...fns, st]);
      else for (const body of childBodies(st)) walk(body, fns);
    }
  };
  walk(src.ast.body, []);
  for (const k of table.list) for (const s of k.mro) s.subclasses.push(k);
  for (const k of table.list) layout(k);
}

type ScopeFn = ast.FunctionDef;

/** The statement lists directly inside a compound statement (not function or class bodies). */
function childBodies(st: ast.stmt): ast.stmt[][] {
  return stmtBodies(st);
}

/** The class statements of a scope's body, blocks included, nested scopes not. */
function classDefsIn(stmts: ast.stmt[]): ast.ClassDef[] {
  const out: ast.ClassDef[] = [];
  for (const st of stmts) {
    if (st._type === 'ClassDef') out.push(st);
    else for (const b of childBodies(st)) out.push(...classDefsIn(b));
  }
  return out;
}

/** The statements with every class statement (in blocks too) replaced by `pass`. */
function withoutClasses(stmts: ast.stmt[]): ast.stmt[] {
  return stmts.map((st): ast.stmt => {
    if (st._type === 'ClassDef') return { ...st, _type: 'Pass' } as unknown as ast.stmt;
    switch (st._type) {
      case 'If':
      case 'For':
      case 'While':
        return { ...st, body: withoutClasses(st.body), orelse: withoutClasses(st.orelse) } as ast.stmt;
      case 'With':
        return { ...st, body: withoutClasses(st.body) };
      case 'Try':
        return { ...st, body: withoutClasses(st.body), handlers: st.handlers.map((h) => ({ ...h, body: withoutClasses(h.body) })), orelse: withoutClasses(st.orelse), finalbody: withoutClasses(st.finalbody) };
      case 'Match':
        return { ...st, cases: st.cases.map((c) => ({ ...c, body: withoutClasses(c.body) })) };
      default:
        return st;
    }
  });
}

function hasNestedClass(stmts: ast.stmt[]): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'ClassDef') found = true;
    forEachField(o, walk);
  };
  walk(stmts);
  return found;
}

/** Whether `name` is bound in one of the enclosing functions or at module level. */
function boundAnywhere(mod: ast.Module, fns: ScopeFn[], name: string): boolean {
  return fns.some((f) => boundNames(f.body, new Set(paramNamesOf(f))).bound.has(name)) || boundNames(mod.body).bound.has(name);
}

function paramNamesOf(f: ScopeFn): string[] {
  const a = f.args;
  return [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])].map((p) => p.arg);
}

/** The class a base expression names: searched from the innermost enclosing function outwards
 * (a class statement of that scope which is the only binding of the name there), then the
 * module (a static class, an imported one, a built-in exception class). */
function baseClass(mod: ast.Module, info: ModuleInfo, table: ClassTable, fns: ScopeFn[], others: Set<string>, b: ast.expr): ClassInfo | undefined {
  if (b._type === 'Attribute') {
    // `Outer.Inner`: a class statement in the body of a class the name stands for
    const outer = b.value._type === 'Name' || b.value._type === 'Attribute' ? baseClass(mod, info, table, fns, others, b.value) : undefined;
    if (outer && !outer.builtin && outer.excRow === undefined) {
      const k = siblingClass(outer, b.attr, table);
      if (k) return k;
    }
  }
  if (b._type !== 'Name') return importedClass(mod, info, b);
  for (let i = fns.length - 1; i >= 0; i--) {
    const f = fns[i];
    const bound = boundNames(withoutClasses(f.body), new Set(paramNamesOf(f))).bound;
    const defs = classDefsIn(f.body).filter((c) => c.name === b.id);
    if (!bound.has(b.id) && !defs.length) continue;
    if (defs.length !== 1 || bound.has(b.id)) return undefined;
    return table.byNode.get(defs[0]);
  }
  const st = table.byName.get(b.id);
  if (st) return st;
  const defs = classDefsIn(mod.body).filter((c) => c.name === b.id);
  const moduleBound = boundNames(withoutClasses(mod.body)).bound;
  if (defs.length === 1 && !moduleBound.has(b.id)) return table.byNode.get(defs[0]);
  if (defs.length || others.has(b.id)) return importedClass(mod, info, b);
  if (SUBCLASSABLE.has(b.id) && !boundAnywhere(mod, fns, b.id)) return builtinInfo(table.all, b.id, mod.body[0] as ast.ClassDef);
  const row = excClassIndex(b.id);
  return row !== undefined ? excInfo(table.all, row, mod.body[0] as ast.ClassDef) : undefined;
}

/** The class an earlier class statement of `outer`'s body binds to `name`, when that is the
 * only binding of the name there (a base of a later nested class: `class B(A)` beside `class A`). */
function siblingClass(outer: ClassInfo, name: string, table: ClassTable): ClassInfo | undefined {
  const defs = outer.node.body.filter((s): s is ast.ClassDef => s._type === 'ClassDef' && s.name === name);
  const others = boundNames(outer.node.body.filter((s) => s._type !== 'ClassDef')).bound;
  return defs.length === 1 && !others.has(name) ? table.byNode.get(defs[0]) : undefined;
}

/** A class of another module of the program named by a base expression: `C` bound by
 * `from m import C`, or `m.C` with m bound by `import m` / `import m as m` (modules collected
 * earlier only). */
function importedClass(mod: ast.Module, info: ModuleInfo, b: ast.expr): ClassInfo | undefined {
  const program = info.program;
  if (!program) return undefined;
  const find = (module: string | null | undefined, name: string) => (module ? program.modules.get(module)?.classes?.byName.get(name) : undefined);
  for (const s of mod.body) {
    if (s._type === 'ImportFrom' && b._type === 'Name') {
      for (const a of s.names) if ((a.asname ?? a.name) === b.id) return find(fromModule(info, s), a.name);
    }
    if (s._type === 'Import' && b._type === 'Attribute' && b.value._type === 'Name') {
      const alias = b.value.id;
      for (const a of s.names) if (a.asname === alias || (!a.asname && a.name === alias)) return find(a.name, b.attr);
    }
  }
  return undefined;
}

/** C3 linearization (the class first); undefined when there is none. */
function c3(k: ClassInfo): ClassInfo[] | undefined {
  const seqs = [...k.bases.map((b) => [...b.mro]), [...k.bases]].filter((s) => s.length);
  const out = [k];
  while (seqs.some((s) => s.length)) {
    const live = seqs.filter((s) => s.length);
    const head = live.map((s) => s[0]).find((h) => !live.some((s) => s.indexOf(h) > 0));
    if (!head) return undefined;
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
  return out;
}

function collectBody(file: string, k: ClassInfo, info: ModuleInfo, m: IrModule): void {
  // Names the body has bound so far: its expressions read them (runClassBody), except as a
  // callee or inside a lambda or comprehension (which do not see the class body's names).
  const assigned = new Set<string>();
  const defs = new Set<string>();
  const aliased = new Set<string>(); // defs other names alias (`__radd__ = __add__`)
  const check = (e: ast.expr) => {
    const bad = classBodyUse(e, assigned, defs);
    if (bad) fail(file, bad, defs.has(bad.id) ? 'using a method def in a class body expression' : 'a class attribute called or used in a lambda or comprehension in the class body');
  };
  for (const s of k.node.body) {
    switch (s._type) {
      case 'Pass':
        break;
      case 'Expr':
        if (s.value._type === 'Constant' && typeof s.value.value === 'string') break;
        check(s.value);
        break;
      case 'Assign':
      case 'AnnAssign': {
        const targets = s._type === 'Assign' ? s.targets : [s.target];
        if (!targets.every((t) => t._type === 'Name')) fail(file, s, 'this assignment in a class body');
        const prop = s.value && propertyCall(file, k, s.value, defs, (targets[0] as ast.Name).id);
        if (prop) {
          for (const t of targets as ast.Name[]) {
            if (SELECTORS.has(t.id) || t.id.startsWith('__')) fail(file, t, `assigning ${t.id} in a class body`);
            k.members.set(t.id, prop);
            assigned.delete(t.id);
            defs.add(t.id);
          }
          aliasAssigns.add(s);
          break;
        }
        if (s.value?._type === 'Name' && defs.has(s.value.id)) {
          methodAlias(file, k, targets as ast.Name[], s.value, aliased);
          aliasAssigns.add(s);
          for (const t of targets as ast.Name[]) {
            defs.add(t.id);
            assigned.delete(t.id);
          }
          break;
        }
        if (s.value) {
          check(s.value);
          for (const t of targets as ast.Name[]) {
            assigned.add(t.id);
            defs.delete(t.id);
            if (t.id === '__slots__') k.slotsDecl = slotNames(file, s.value).map((x) => mangle(privateName(k.node), x));
            else if (t.id === '__hash__' && s.value._type === 'Constant' && s.value.value === null) k.members.set('__hash__', { kind: 'none' });
            else {
              if (SELECTORS.has(t.id) || t.id === '__init__' || t.id === '__call__') fail(file, t, `assigning ${t.id} in a class body`);
              k.members.set(t.id, { kind: 'data' });
            }
          }
        }
        break;
      }
      case 'FunctionDef':
        // an aliased def keeps its function: a later def of the name would replace its code
        if (aliased.has(s.name)) fail(file, s, 'redefining a method that a class attribute aliases');
        collectMethod(file, k, s, info, m);
        defs.add(s.name);
        assigned.delete(s.name);
        break;
      case 'ClassDef': // a class attribute holding the nested class (collectClasses collects it)
        if (SELECTORS.has(s.name) || s.name === '__init__' || s.name === '__call__' || s.name === '__slots__') fail(file, s, `a class named ${s.name} in a class body`);
        for (const d of s.decorator_list) check(d);
        for (const b of s.bases) check(b);
        assigned.add(s.name);
        defs.delete(s.name);
        k.members.set(s.name, { kind: 'data' });
        break;
      default:
        fail(file, s, `the ${s._type} statement in a class body`);
    }
  }
  if (k.members.has('__eq__') && !k.members.has('__hash__')) k.members.set('__hash__', { kind: 'none' });
  // __doc__: the docstring, else None (a dataclass's generated signature text is not made)
  if (!k.members.has('__doc__') && (classDoc(k.node) !== undefined || !k.dc)) k.members.set('__doc__', { kind: 'data' });
}

/** The class-body assignments methodAlias took: members, not class attributes to evaluate. */
const aliasAssigns = new WeakSet<ast.stmt>();

/** `x = property(getx, setx, delx)` in a class body, its arguments (positional or fget=/fset=/
 * fdel=) method defs of the body or None: the property member @property defs would make (named
 * after its getter, else the target, as CPython 3.12 names it in messages). Undefined for any
 * other call. */
function propertyCall(file: string, k: ClassInfo, e: ast.expr, defs: Set<string>, target: string): Member | undefined {
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'property' || !e.args.concat(e.keywords.map((kw) => kw.value)).some((a) => a._type === 'Name' && defs.has(a.id))) return undefined;
  const roles = ['get', 'set', 'del'] as const;
  const fns: Partial<Record<(typeof roles)[number], FuncInfo>> = {};
  const take = (role: (typeof roles)[number] | undefined, a: ast.expr) => {
    if (!role) return fail(file, a, 'this argument of property() in a class body');
    if (a._type === 'Constant' && a.value === null) return;
    const mem = a._type === 'Name' && defs.has(a.id) ? k.members.get(a.id) : undefined;
    if (!mem || mem.kind !== 'method') return fail(file, a, 'property() of something other than a method def of the class body');
    fns[role] = mem.fi;
  };
  e.args.forEach((a, i) => take(roles[i], a));
  for (const kw of e.keywords) take(kw.arg === 'fget' ? 'get' : kw.arg === 'fset' ? 'set' : kw.arg === 'fdel' ? 'del' : undefined, kw.value);
  return { kind: 'property', ...fns, name: fns.get?.pyName ?? target };
}

/** `__rmul__ = __mul__`, `__repr__ = __str__` in a class body: the targets name the same
 * method (the same function: its __name__ stays the def's), so they dispatch like defs. */
function methodAlias(file: string, k: ClassInfo, targets: ast.Name[], value: ast.Name, aliased: Set<string>): void {
  const member = k.members.get(value.id);
  if (!member || (member.kind !== 'method' && member.kind !== 'static' && member.kind !== 'class')) fail(file, value, 'aliasing this method in a class body');
  for (const t of targets) {
    if (t.id === '__init__' || t.id === '__call__' || t.id === '__slots__' || t.id === '__new__' || t.id === '__init_subclass__') fail(file, t, `assigning ${t.id} in a class body`);
    k.members.set(t.id, member);
  }
  aliased.add(value.id);
}

/** `Protocol`, `Protocol[T]` or `typing.Protocol` as a base. */
function isProtocolBase(b: ast.expr): boolean {
  const v = b._type === 'Subscript' ? b.value : b;
  return (v._type === 'Name' && v.id === 'Protocol') || (v._type === 'Attribute' && v.attr === 'Protocol' && v.value._type === 'Name' && v.value.id === 'typing');
}

/** `Generic[...]` or `typing.Generic[...]` as a base: it adds only typing's machinery. */
function isGenericBase(b: ast.expr): boolean {
  if (b._type !== 'Subscript') return false;
  const v = b.value;
  return (v._type === 'Name' && v.id === 'Generic') || (v._type === 'Attribute' && v.attr === 'Generic' && v.value._type === 'Name' && v.value.id === 'typing');
}

/** `__module__ = "types"` in a class body: the module its repr names (a str constant). */
function moduleLiteral(c: ast.ClassDef): string | undefined {
  for (const st of c.body) {
    if (st._type === 'Assign' && st.targets.length === 1 && st.targets[0]._type === 'Name' && st.targets[0].id === '__module__'
      && st.value._type === 'Constant' && typeof st.value.value === 'string') return st.value.value;
  }
  return undefined;
}

/** A class statement's docstring: a str constant as the first statement of its body. */
function classDoc(c: ast.ClassDef): string | undefined {
  const s = c.body[0];
  return s && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string' ? s.value.value : undefined;
}

/** The first name in e that a class body expression cannot read through runClassBody: a
 * method def's name, or a class attribute that is called or read inside a nested scope. */
function classBodyUse(e: ast.expr, assigned: Set<string>, defs: Set<string>): ast.Name | undefined {
  let found: ast.Name | undefined;
  const walk = (n: unknown, nested: boolean): void => {
    if (!n || typeof n !== 'object' || found) return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, nested));
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'Name') {
      const id = (o as unknown as ast.Name).id;
      if (defs.has(id) || (nested && assigned.has(id))) found = o as unknown as ast.Name;
      return;
    }
    if (o._type === 'Call') {
      const f = (o as unknown as ast.Call).func;
      if (f._type === 'Name' && assigned.has(f.id)) found = f;
    }
    const inner = nested || o._type === 'Lambda' || o._type === 'ListComp' || o._type === 'SetComp' || o._type === 'DictComp' || o._type === 'GeneratorExp';
    forEachField(o, (v) => walk(v, inner));
  };
  walk(e, false);
  return found;
}

function usesNames(e: ast.expr, names: Set<string>): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object' || found) return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string; id?: string } & Record<string, unknown>;
    if (o._type === 'Name' && names.has(o.id!)) found = true;
    if (o._type === 'Lambda' || o._type === 'ListComp' || o._type === 'GeneratorExp') return;
    forEachField(o, walk);
  };
  walk(e);
  return found;
}

function slotNames(file: string, e: ast.expr): string[] {
  const items = e._type === 'Tuple' || e._type === 'List' ? e.elts : [e];
  return items.map((x) => {
    if (x._type !== 'Constant' || typeof x.value !== 'string') fail(file, x, '__slots__ that are not string constants');
    return x.value as string;
  });
}

function collectMethod(file: string, k: ClassInfo, s: ast.FunctionDef, info: ModuleInfo, m: IrModule): void {
  const a = s.args;
  let kind: 'method' | 'static' | 'class' | 'getter' | 'setter' | 'deleter' = 'method';
  let propName = s.name;
  // @abstractmethod (abc): recorded, not called
  const isAbstract = (d: ast.expr) => (d._type === 'Name' && abcNames.has(d.id)) || (d._type === 'Attribute' && d.attr === 'abstractmethod' && d.value._type === 'Name' && abcModules.has(d.value.id));
  const abstract = s.decorator_list.some(isAbstract);
  s.decorator_list = s.decorator_list.filter((d) => !isAbstract(d));
  const known = (d: ast.expr) => (d._type === 'Name' && (d.id === 'staticmethod' || d.id === 'classmethod' || d.id === 'property'))
    || (d._type === 'Attribute' && d.value._type === 'Name' && (d.attr === 'setter' || d.attr === 'deleter') && k.members.get(d.value.id)?.kind === 'property');
  if (s.decorator_list.length > 1 || (s.decorator_list.length === 1 && !known(s.decorator_list[0]))) return collectDecorated(file, k, s, info, m, abstract);
  const d = s.decorator_list[0];
  if (d) {
    if (d._type === 'Name' && d.id === 'staticmethod') kind = 'static';
    else if (d._type === 'Name' && d.id === 'classmethod') kind = 'class';
    else if (d._type === 'Name' && d.id === 'property') kind = 'getter';
    else if (d._type === 'Attribute' && d.value._type === 'Name' && (d.attr === 'setter' || d.attr === 'deleter')
      && k.members.get(d.value.id)?.kind === 'property') {
      kind = d.attr;
      propName = d.value.id;
    } else fail(file, d, 'this decorator');
  }
  // __init_subclass__ and __class_getitem__ are class methods (CPython wraps them implicitly).
  if (s.name === '__init_subclass__' || s.name === '__class_getitem__') {
    if (kind !== 'method' && kind !== 'class') fail(file, d, `this decorator on ${s.name}`);
    kind = 'class';
  }
  // __new__ is a static method (CPython wraps it implicitly); it takes the class first.
  if (s.name === '__new__') {
    if (kind !== 'method' && kind !== 'static') fail(file, d, 'this decorator on __new__');
    kind = 'static';
    if (a.posonlyargs.length + a.args.length === 0) fail(file, s, '__new__ without a class parameter');
  }
  // A method the program may store over (shadowing.ts) is a class attribute holding its function
  // object, found by attribute lookup after the instance's own attributes.
  if ((kind === 'method' || kind === 'static' || kind === 'class') && !abstract && isShadowed(info.program?.shadowing, k.name, s.name)) {
    return collectDecorated(file, k, s, info, m, false, kind === 'method' ? undefined : kind);
  }
  // CPython raises when such a method is called through an instance; not modelled.
  if (kind !== 'static' && a.posonlyargs.length + a.args.length === 0) fail(file, s, 'methods without a self parameter');
  // The function object's slot order (callFunc binds the arguments to it at compile time).
  const params = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg);
  if (a.vararg) params.push(a.vararg.arg); // the tuple of the extra positional arguments
  if (a.kwarg) params.push(a.kwarg.arg); // the dict of the extra keyword arguments
  const suffix = kind === 'setter' ? '.<setter>' : kind === 'deleter' ? '.<deleter>' : '';
  // A method of a class in a function may use the function's variables: its code takes env, a
  // function object holding the closure cells (made by the class statement, CLASS_ENVS).
  const scope = info.scopes?.get(s);
  const env = !!scope?.free.length;
  if (env && isGeneratorBody(s.body)) fail(file, s, 'generator methods that use variables of an enclosing function');
  const fi: FuncInfo = {
    irName: `${k.prefix ?? `${info.name}.${k.name}`}.${s.name}${suffix}`,
    pyName: s.name,
    qualName: `${k.qualname ?? k.name}.${s.name}`,
    node: s,
    params,
    paramTypes: params.map(() => 'obj' as IrType),
    vararg: !!a.vararg,
    varkw: !!a.kwarg || undefined,
    posonly: a.posonlyargs.length || undefined,
    kwonly: a.kwonlyargs.length || undefined,
    kwDefaults: a.kwonlyargs.length ? a.kw_defaults : undefined,
    dcDefaults: initDefaults.get(s),
    result: 'obj',
    defaults: a.defaults,
    module: info,
    cls: k,
    methodKind: kind === 'static' ? 'static' : kind === 'class' ? 'class' : 'method',
    env: env || undefined,
    scope: env ? scope : undefined,
  };
  const sig: IrType[] = env ? ['obj', ...fi.paramTypes] : fi.paramTypes;
  if (!m.func(fi.irName)) m.addFunc(new Func(fi.irName, sig, ['obj']));
  else {
    // A redefinition in the class body: the last one wins; the function keeps its name.
    const old = m.func(fi.irName)!;
    m.funcs.splice(m.funcs.indexOf(old), 1, new Func(fi.irName, sig, ['obj']));
  }
  if (k.envMethods) {
    k.envMethods = k.envMethods.filter((x) => x.irName !== fi.irName);
    if (env) k.envMethods.push(fi);
  }
  if (kind === 'getter') k.members.set(s.name, { kind: 'property', get: fi, name: s.name });
  else if (kind === 'setter' || kind === 'deleter') {
    const p = k.members.get(propName) as Extract<Member, { kind: 'property' }>;
    // prop.setter makes a new property: the new name gets a copy
    const q = { ...p, [kind === 'setter' ? 'set' : 'del']: fi };
    k.members.set(s.name, q);
  } else k.members.set(s.name, { kind, fi, abstract: abstract || undefined });
}

/** A method with user decorators (see Decorated): `@staticmethod` or `@classmethod` may come
 * first (outermost); property and the other decorators the compiler knows may not mix with user
 * decorators. */
function collectDecorated(file: string, k: ClassInfo, s: ast.FunctionDef, info: ModuleInfo, m: IrModule, abstract: boolean, shadowed?: 'static' | 'class'): void {
  const first = s.decorator_list[0];
  // (a shadowed method, collectMethod: its only decorator, if any, is @staticmethod or @classmethod)
  const wrap = shadowed ?? (first?._type === 'Name' && first.id === 'staticmethod' ? 'static' : first?._type === 'Name' && first.id === 'classmethod' ? 'class' : undefined);
  const decorators = wrap ? s.decorator_list.slice(1) : [...s.decorator_list];
  for (const d of decorators) {
    if (d._type === 'Name' && (d.id === 'staticmethod' || d.id === 'classmethod' || d.id === 'property')) fail(file, d, `@${d.id} under another decorator`);
    if (d._type === 'Attribute' && (d.attr === 'setter' || d.attr === 'deleter' || d.attr === 'getter')) fail(file, d, 'property decorators mixed with other decorators');
  }
  // Special methods are called directly by the runtime's dispatch, which knows only plain defs.
  if (SELECTORS.has(s.name) || /^__.*__$/.test(s.name)) fail(file, first, `decorators on the special method ${s.name}`);
  if (abstract) fail(file, first, 'abstractmethod with other decorators');
  const a = s.args;
  if (wrap !== 'static' && a.posonlyargs.length + a.args.length === 0 && !a.vararg) fail(file, s, 'methods without a self parameter');
  const params = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg);
  if (a.vararg) params.push(a.vararg.arg);
  if (a.kwarg) params.push(a.kwarg.arg);
  const scope = info.scopes?.get(s);
  const env = !!scope?.free.length;
  if (env && isGeneratorBody(s.body)) fail(file, s, 'generator methods that use variables of an enclosing function');
  // Each decorated def keeps its own function (a later def of the same name must not replace
  // the code an earlier decorator already wrapped).
  const base = `${k.prefix ?? `${info.name}.${k.name}`}.${s.name}$deco`;
  let irName = base;
  for (let n = 2; m.func(irName); n++) irName = `${base}${n}`;
  const fi: FuncInfo = {
    irName,
    pyName: s.name,
    qualName: `${k.qualname ?? k.name}.${s.name}`,
    node: s,
    params,
    paramTypes: params.map(() => 'obj' as IrType),
    vararg: !!a.vararg,
    varkw: !!a.kwarg || undefined,
    posonly: a.posonlyargs.length || undefined,
    kwonly: a.kwonlyargs.length || undefined,
    kwDefaults: a.kwonlyargs.length ? a.kw_defaults : undefined,
    result: 'obj',
    defaults: a.defaults,
    module: info,
    cls: k,
    methodKind: wrap ?? 'method',
    env: env || undefined,
    scope: env ? scope : undefined,
  };
  m.addFunc(new Func(fi.irName, env ? ['obj', ...fi.paramTypes] : fi.paramTypes, ['obj']));
  const deco: Decorated = { fi, decorators, wrap };
  decoratedDefs.set(s, deco);
  (k.decorated ??= []).push(deco);
  k.members.set(s.name, { kind: 'data', deco });
}

/** The decorated method defs (collectDecorated), for the class statement's evaluation. */
const decoratedDefs = new WeakMap<ast.FunctionDef, Decorated>();

/** The local names of abc.abstractmethod and of the module abc in the module being collected. */
let abcNames = new Set<string>();
let abcModules = new Set<string>();
let abcMetaNames = new Set<string>();
function noteAbcImports(mod: ast.Module): void {
  abcNames = new Set();
  abcModules = new Set();
  abcMetaNames = new Set();
  for (const st of mod.body) {
    if (st._type === 'ImportFrom' && st.module === 'abc' && st.level === 0) for (const a of st.names) if (a.name === 'abstractmethod') abcNames.add(a.asname ?? a.name);
    if (st._type === 'ImportFrom' && st.module === 'abc' && st.level === 0) for (const a of st.names) if (a.name === 'ABCMeta') abcMetaNames.add(a.asname ?? a.name);
    if (st._type === 'Import') for (const a of st.names) if (a.name === 'abc') abcModules.add(a.asname ?? a.name);
  }
}

/** CPython's TypeError for constructing k when k derives from abc.ABC and some abstract method
 * has no override; undefined when k can be instantiated. */
function abstractError(k: ClassInfo): string | undefined {
  if (!k.mro.some((c) => c.module === 'abc' && c.name === 'ABC')) return undefined;
  const names = new Set<string>();
  for (const c of k.mro) for (const n of c.members.keys()) names.add(n);
  const missing = [...names].filter((n) => {
    const r = resolve(k, n);
    return r && (r.member.kind === 'method' || r.member.kind === 'static' || r.member.kind === 'class') && r.member.abstract;
  }).sort();
  if (!missing.length) return undefined;
  return `Can't instantiate abstract class ${k.name} without an implementation for abstract method${missing.length > 1 ? 's' : ''} ${missing.map((n) => `'${n}'`).join(', ')}`;
}

/** Instance slots: the base layouts, then every `self.NAME = ...` of the class's own methods. */
function layout(k: ClassInfo): void {
  // A subclass of a built-in type keeps its value in slot 0.
  const out: string[] = k.builtin !== undefined ? [PAYLOAD_SLOT] : [];
  const add = (n: string) => {
    if (out.includes(n) || (k.exc && EXC_ATTRS.has(n))) return;
    const r = resolve(k, n);
    if (r && r.member.kind !== 'data' && r.member.kind !== 'none') return; // a property or method
    out.push(n);
  };
  for (const b of k.bases) b.slots.forEach(add);
  k.slotsDecl?.forEach(add);
  if (!k.slotsDecl) {
    for (const mem of k.members.values()) {
      const fns = mem.kind === 'method' ? [mem.fi] : mem.kind === 'data' && mem.deco && !mem.deco.wrap ? [mem.deco.fi] : [];
      for (const fi of fns) {
        const self = fi.params[0];
        walkStores((fi.node as ast.FunctionDef).body, (t) => {
          if (t.value._type === 'Name' && t.value.id === self) add(t.attr);
        });
      }
    }
  }
  k.slots = out;
  // no __dict__: every base is slotted too, or a built-in type (tuple, int...: none has one)
  if (k.slotsDecl && k.bases.every((b) => (b.slotsDecl !== undefined && (b.flags & 4)) || (b.stand && b.builtin !== undefined))) k.flags |= 4;
  if (k.slotsDecl && !k.bases.length) k.flags |= 4;
  const h = resolve(k, '__hash__');
  if (h && h.member.kind === 'none') k.flags |= 8;
  for (const [name, [sel]] of SELECTORS) {
    const r = resolve(k, name);
    if (r && r.member.kind === 'method') k.dunders |= 1n << BigInt(sel);
  }
}

function walkStores(stmts: ast.stmt[], f: (t: ast.Attribute) => void): void {
  const target = (t: ast.expr) => {
    if (t._type === 'Attribute') f(t);
    else if (t._type === 'Tuple' || t._type === 'List') t.elts.forEach(target);
    else if (t._type === 'Starred') target(t.value);
  };
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
        walkStores(s.body, f);
        walkStores(s.orelse, f);
        break;
      case 'While':
      case 'If':
        walkStores(s.body, f);
        walkStores(s.orelse, f);
        break;
      case 'Try':
        walkStores(s.body, f);
        s.handlers.forEach((h) => walkStores(h.body, f));
        walkStores(s.orelse, f);
        walkStores(s.finalbody, f);
        break;
      case 'With':
        walkStores(s.body, f);
        break;
      case 'Match':
        s.cases.forEach((c) => walkStores(c.body, f));
        break;
      default:
        break;
    }
  }
}

/** The member `name` resolves to in class k (through its MRO), with the class defining it. */
export function resolve(k: ClassInfo, name: string, after?: ClassInfo): { member: Member; owner: ClassInfo } | undefined {
  let i = after ? k.mro.indexOf(after) + 1 : 0;
  for (; i < k.mro.length; i++) {
    const c = k.mro[i];
    const mem = c.members.get(name);
    if (mem) return { member: mem, owner: c };
  }
  return undefined;
}

/** Lowers every method body (after all functions are registered). */
export function lowerMethods(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined): void {
  const done = new Set<string>();
  for (const k of info.classes?.list ?? []) {
    const members = [...k.members.values(), ...(k.decorated ?? []).map((d): Member => ({ kind: 'method', fi: d.fi }))];
    for (const mem of members) {
      const fns = mem.kind === 'property' ? [mem.get, mem.set, mem.del] : mem.kind === 'data' || mem.kind === 'none' ? [] : [mem.fi];
      for (const fi of fns) {
        if (!fi || done.has(fi.irName)) continue;
        done.add(fi.irName);
        if (info.gen && isGeneratorBody((fi.node as ast.FunctionDef).body)) info.gen.lowerGenerator(fi); // a generator method (gen.ts)
        else new FunctionLowering(info, m.func(fi.irName)!, fi, lookup).lowerBody((fi.node as ast.FunctionDef).body);
      }
    }
  }
}

// ---- helpers ------------------------------------------------------------------------------------

function tableOf(fl: FunctionLowering): ClassTable | undefined {
  return fl.module.classes;
}

/** The class a plain name stands for here (a module-level class, not shadowed by a local). */
export function classNamed(fl: FunctionLowering, id: string): ClassInfo | undefined {
  if (fl.typed || fl.isLocal(id)) return undefined;
  return tableOf(fl)?.byName.get(id);
}

function constI32(fl: FunctionLowering, n: number): Value {
  return fl.b.emit('const.i32', [], BigInt(n));
}

function str(fl: FunctionLowering, s: string): Value {
  return fl.b.emit('const.str', [], s);
}

/** A tuple of the given values. */
function tuple(fl: FunctionLowering, vals: Value[]): Value {
  const t = rtCallPure(fl, 'rt_tuple_new', [constI32(fl, vals.length)]);
  vals.forEach((v, i) => rtCallPure(fl, 'rt_tuple_set', [t, constI32(fl, i), v], null));
  return t;
}

function deadBlock(fl: FunctionLowering): void {
  const dead = fl.b.newBlock();
  fl.b.seal(dead);
  fl.b.switchTo(dead);
}

/** The class object of a known class, read from the global the name `node` stands for (bound
 * once, by the class statement or by a from-import). */
function classValue(fl: FunctionLowering, _k: ClassInfo, node: ast.Located): Value {
  const id = (node as ast.Name).id;
  return fl.name({ _type: 'Name', id, ctx: { _type: 'Load' }, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset } as ast.Name);
}

export interface Args {
  pos: Value[];
  kw: { name: string; value: Value; node: ast.keyword }[];
}

/** A call with `*x` or `**m` arguments (these go through the runtime's argument binding). */
function hasStar(e: ast.Call): boolean {
  return e.args.some((a) => a._type === 'Starred') || e.keywords.some((k) => k.arg === null);
}

function evalArgs(fl: FunctionLowering, e: ast.Call): Args {
  for (const a of e.args) if (a._type === 'Starred') fl.unsupported(a, 'calls with *args');
  const pos = e.args.map((a) => fl.expr(a));
  const kw = e.keywords.map((k) => {
    if (k.arg === null) fl.unsupported(k, 'calls with **kwargs');
    return { name: k.arg!, value: fl.expr(k.value), node: k };
  });
  return { pos, kw };
}

/** The number of positional parameters of method f (its slots start with them). */
function positionalCount(f: FuncInfo): number {
  return f.params.length - (f.kwonly ?? 0) - (f.vararg ? 1 : 0) - (f.varkw ? 1 : 0);
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((x) => `'${x}'`);
  return q.length === 1 ? q[0] : q.slice(0, -1).join(', ') + (q.length > 2 ? ',' : '') + ' and ' + q[q.length - 1];
}

/** Calls f with `leading` (self or cls) then the arguments, bound at compile time as CPython
 * binds them (positional, keyword-only, `*args`, `**kwargs`); CPython's TypeErrors (raised at
 * run time, in CPython's order) for arguments that do not fit. `inDispatcher`: no exception
 * check (the dispatcher returns at once) and errors return NULL_WORD instead of unwinding. */
function callFunc(fl: FunctionLowering, node: ast.Located, f: FuncInfo, leading: Value[], a: Args, inDispatcher = false, recv?: Value): Value {
  const n = positionalCount(f);
  const nk = f.kwonly ?? 0;
  const posonly = f.posonly ?? 0;
  const slots: (Value | undefined)[] = new Array(n + nk).fill(undefined);
  const all = [...leading, ...a.pos];
  const qn = f.qualName ?? f.pyName;
  let problem: string | undefined;
  all.forEach((v, i) => {
    if (i < n) slots[i] = v;
  });
  const extraKw: { name: string; value: Value }[] = [];
  const posonlyPassed: string[] = [];
  for (const k of a.kw) {
    const i = f.params.slice(0, n + nk).indexOf(k.name);
    if (i < posonly) {
      if (f.varkw) extraKw.push(k);
      else if (i >= 0) posonlyPassed.push(k.name);
      else problem ??= `${qn}() got an unexpected keyword argument '${k.name}'`;
    } else if (slots[i] !== undefined) problem ??= `${qn}() got multiple values for argument '${k.name}'`;
    else slots[i] = k.value;
  }
  if (posonlyPassed.length) problem ??= `${qn}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`;
  if (all.length > n && !f.vararg) {
    const least = n - f.defaults.length;
    const takes = least < n ? `from ${least} to ${n} positional arguments` : plural(n, 'positional argument');
    const kwGiven = a.kw.filter((k) => f.params.slice(n, n + nk).includes(k.name)).length;
    const given = kwGiven ? `${plural(all.length, 'positional argument')} (and ${plural(kwGiven, 'keyword-only argument')})` : `${all.length}`;
    problem ??= `${qn}() takes ${takes} but ${given} ${all.length === 1 && !kwGiven ? 'was' : 'were'} given`;
  }
  const firstDefault = n - f.defaults.length;
  const missing: string[] = [];
  const missingKw: string[] = [];
  slots.forEach((s, i) => {
    if (s !== undefined) return;
    if (i >= n) {
      const d = f.kwDefaults?.[i - n];
      if (!d) return missingKw.push(f.params[i]);
      slots[i] = defaultValue(fl, f.module.name, d);
    } else if (i >= firstDefault) {
      const dd = f.dcDefaults?.get(f.params[i]);
      if (dd) {
        slots[i] = dcDefault(fl, node.lineno, dd, recv ?? leading[0]);
        return;
      }
      slots[i] = defaultValue(fl, f.module.name, f.defaults[i - firstDefault]);
    } else missing.push(f.params[i]);
  });
  if (missing.length) problem ??= `${qn}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`;
  if (missingKw.length) problem ??= `${qn}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${nameList(missingKw)}`;
  if (problem !== undefined) {
    if (inDispatcher) {
      fl.b.emit('call', [str(fl, 'TypeError'), str(fl, problem)], 'rt_raise', null);
      fl.b.ret([nullWord(fl)]);
    } else fl.raise(node, 'TypeError', problem);
    deadBlock(fl);
    return nullWord(fl);
  }
  if (f.vararg) slots.push(tuple(fl, all.slice(n)));
  if (f.varkw) {
    const d = rtCallPure(fl, 'rt_dict_new', []);
    for (const k of extraKw) rtCallPure(fl, 'rt_dict_set', [d, str(fl, k.name), k.value], null);
    slots.push(d);
  }
  if (f.env) slots.unshift(envOf(fl, f, recv ?? leading[0]));
  const v = fl.b.emit('call', slots as Value[], f.irName, 'obj');
  if (!inDispatcher) fl.check(node.lineno);
  return v;
}

/** The value of a missing argument of a dataclass's generated __init__ (`recv`: the instance or
 * the class, whose class attributes hold the defaults and factories). */
function dcDefault(fl: FunctionLowering, line: number, dd: DcDefault, recv: Value): Value {
  if (dd.expr) return fl.expr(dd.expr);
  // Read through the class: a function kept there must not bind to the instance.
  const v = rtCall(fl, line, 'rt_getattr', [rtCallPure(fl, 'rt_class_of', [recv]), str(fl, (dd.attr ?? dd.factory)!)]);
  return dd.factory ? callValues(fl, line, v, [], []) : v;
}

/** The function object holding method f's closure, from the class object (of the receiver
 * `recv`, an instance or a class) that the class statement defining f made. */
function envOf(fl: FunctionLowering, f: FuncInfo, recv: Value | undefined): Value {
  const k = f.cls!;
  if (recv === undefined) throw new Error(`lower: no receiver to find the closure of ${f.irName}`);
  return rtCallPure(fl, 'rt_cls_env', [recv, constI32(fl, k.id), constI32(fl, k.envMethods!.indexOf(f))]);
}

/** The names the class body's own code reads (decorators, defaults, class-level statements), not
 * counting the bodies of its functions and lambdas. */
function classLevelReads(body: ast.stmt[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'Name' && (o.ctx as { _type: string })._type === 'Load') out.add(o.id as string);
    for (const key of Object.keys(o)) {
      if (key === '_type') continue;
      if ((o._type === 'FunctionDef' || o._type === 'AsyncFunctionDef' || o._type === 'Lambda') && key === 'body') continue;
      visit(o[key]);
    }
  };
  visit(body);
  return out;
}

/** A method's default value: a constant expression evaluated where it is used (the same
 * immutable value each time); any other was evaluated once, when the class body ran the def
 * (runClassBody), into a global of its own. */
function defaultValue(fl: FunctionLowering, module: string, d: ast.expr): Value {
  return isConstantExpr(d) ? fl.expr(d) : fl.b.emit('global.get', [], defaultGlobal(fl, module, d));
}

/** The global holding a method's default that is no constant (declared on first use). */
function defaultGlobal(fl: FunctionLowering, module: string, d: ast.expr): string {
  const name = `<default>.${module}.${d.lineno}.${d.col_offset}`;
  fl.module.ir!.global(name);
  return name;
}

/** A def in a class body: its defaults that are no constants are evaluated now, in order, in the
 * class body's scope (CPython evaluates them when the def statement runs), into their globals. */
function evalMethodDefaults(fl: FunctionLowering, module: string, st: ast.FunctionDef): void {
  const ds = [...st.args.defaults, ...st.args.kw_defaults.filter((d): d is ast.expr => d !== null)];
  for (const d of ds) {
    if (isConstantExpr(d)) continue;
    fl.b.setLine(d.lineno);
    fl.b.emit('global.set', [fl.expr(d)], defaultGlobal(fl, module, d));
  }
}

function isConstantExpr(e: ast.expr): boolean {
  switch (e._type) {
    case 'Constant':
      return true;
    case 'UnaryOp':
      return isConstantExpr(e.operand);
    case 'BinOp':
      return isConstantExpr(e.left) && isConstantExpr(e.right);
    case 'Tuple':
      return e.elts.every(isConstantExpr);
    default:
      return false;
  }
}

/** A switch on an i32 key: each case's code for the keys it lists, else the fallback. */
function dispatch(fl: FunctionLowering, key: Value, cases: { keys: number[]; emit: () => Value }[], fallback: () => Value): Value {
  const b = fl.b;
  const join = b.newBlock();
  const res = fl.func.addBlockParam(join, 'obj');
  for (const c of cases) {
    const yes = b.newBlock();
    const no = b.newBlock();
    let cond: Value | undefined;
    for (const k of c.keys) {
      const t = b.emit('i32.eq', [key, constI32(fl, k)]);
      cond = cond === undefined ? t : b.emit('i32.or', [cond, t]);
    }
    b.br(cond!, yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    const v = c.emit();
    if (!b.terminated) b.jump(join, [v]);
    b.switchTo(no);
  }
  const v = fallback();
  if (!b.terminated) b.jump(join, [v]);
  b.seal(join);
  b.switchTo(join);
  return res;
}

/** Groups the classes by what `name` resolves to in them. */
function targets(table: ClassTable, name: string, pick: (m: Member) => boolean): Map<Member, ClassInfo[]> {
  const out = new Map<Member, ClassInfo[]>();
  for (const k of table.all) {
    const r = resolve(k, name);
    if (!r || !pick(r.member)) continue;
    const l = out.get(r.member) ?? [];
    l.push(k);
    out.set(r.member, l);
  }
  return out;
}

const isCode = (m: Member) => m.kind === 'method' || m.kind === 'static' || m.kind === 'class';

/** The class attribute holding the names of a class's own methods (stdlib/_rt/cls.py). */
const CODE_NAMES_ATTR = '__keel_methods__';

// ---- the class statement ------------------------------------------------------------------------

export function lowerClassDef(fl: FunctionLowering, s: ast.ClassDef): void {
  const k = tableOf(fl)?.byNode.get(s);
  if (!k) return fl.unsupported(s, 'this class statement');
  const cls = runClassStatement(fl, s, k);
  if (k.dynamic) fl.assign({ _type: 'Name', id: s.name, ctx: { _type: 'Store' }, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset } as ast.Name, cls);
  else fl.b.emit('global.set', [cls], globalName(k.module, k.name));
}

/** Runs class statement s (of class k): its bases, its body's class attributes in order (nested
 * class statements among them), then the class object. */
function runClassStatement(fl: FunctionLowering, s: ast.ClassDef, k: ClassInfo, body?: Map<string, Value>): Value {
  const decos = k.decorators ?? [];
  const decorators = decos.map((d) => fl.expr(d));
  let v = runClassBody(fl, s, k, body);
  for (let i = decorators.length - 1; i >= 0; i--) v = rtCall(fl, decos[i].lineno, 'rt_call1', [decorators[i], v]);
  return v;
}

function runClassBody(fl: FunctionLowering, s: ast.ClassDef, k: ClassInfo, body?: Map<string, Value>): Value {
  // (a nested class's base may be a class made earlier in the same class body: `body`)
  const bases = tuple(fl, s.bases.map((b) => (b._type === 'Name' && body?.has(b.id) ? body.get(b.id)! : fl.expr(b))));
  const keywords = s.keywords.map((kw) => ({ name: kw.arg!, value: fl.expr(kw.value), node: kw }));
  // Class attributes are evaluated first, in order (the class body runs before the class exists);
  // the body's expressions read the attributes bound before them (fl.classBody, collectBody).
  const attrs: [string, Value][] = [];
  const doc = classDoc(s);
  if (k.members.get('__doc__')?.kind === 'data' && !s.body.some((x) => x._type === 'Assign' && x.targets.some((t) => t._type === 'Name' && t.id === '__doc__'))) {
    attrs.push(['__doc__', doc === undefined ? fl.b.emit('const.none') : fl.b.emit('const.str', [], doc)]);
  }
  // The names of its methods (dispatched at compile time): a run-time store of one of them on
  // the class or an instance is refused (rt_code_member) instead of being silently ignored.
  const code = [...k.members].filter(([, mem]) => isCode(mem)).map(([n]) => n);
  if (code.length) attrs.push([CODE_NAMES_ATTR, tuple(fl, code.map((n) => str(fl, n)))]);
  const outerBody = fl.classBody;
  const scope = new Map<string, Value>();
  fl.classBody = scope;
  const readByBody = classLevelReads(s.body);
  for (const st of s.body) {
    if (st._type === 'FunctionDef') evalMethodDefaults(fl, k.module, st);
    const deco = st._type === 'FunctionDef' ? decoratedDefs.get(st) : undefined;
    // A plain method the class body itself reads afterwards (`@deco` with `def deco(fn)` earlier
    // in the body): its function object is the body's value of the name.
    if (st._type === 'FunctionDef' && !deco && readByBody.has(st.name)) {
      const mem = k.members.get(st.name);
      if (mem?.kind === 'method' && mem.fi.node === st) scope.set(st.name, methodObject(fl, mem.fi));
    }
    if (deco) {
      fl.b.setLine(st.lineno);
      const v = decoratedValue(fl, deco);
      attrs.push([deco.fi.pyName, v]);
      scope.set(deco.fi.pyName, v);
      continue;
    }
    if (st._type === 'ClassDef') {
      const inner = tableOf(fl)?.byNode.get(st);
      if (!inner) {
        fl.classBody = outerBody;
        return fl.unsupported(st, 'this class statement');
      }
      const v = runClassStatement(fl, st, inner, new Map(attrs));
      attrs.push([st.name, v]);
      scope.set(st.name, v);
      continue;
    }
    if (st._type === 'Expr' && !(st.value._type === 'Constant' && typeof st.value.value === 'string')) {
      fl.b.setLine(st.lineno);
      fl.expr(st.value);
      continue;
    }
    if (st._type !== 'Assign' && st._type !== 'AnnAssign') continue;
    if (!st.value || aliasAssigns.has(st)) continue;
    const targets = st._type === 'Assign' ? st.targets : [st.target];
    fl.b.setLine(st.lineno);
    const v = fl.expr(st.value);
    for (const t of targets as ast.Name[]) {
      scope.set(t.id, v);
      if (t.id !== '__slots__') attrs.push([t.id, v]);
    }
  }
  fl.classBody = outerBody;
  // The classes of the MRO after this one: a built-in exception class from its table, a static
  // class from its global, a dynamic one (bound anywhere) found by id in the bases' MROs.
  const mro = tuple(fl, k.mro.slice(1).map((c) => (c.excRow !== undefined ? excClassValue(fl, c.excRow) : c.stand ? rtCallPure(fl, 'rt_builtin_class', [constI32(fl, c.builtin!)])
    : c.dynamic ? rtCallPure(fl, 'rt_mro_pick', [bases, constI32(fl, c.id)]) : fl.b.emit('global.get', [], globalName(c.module, c.name)))));
  const slots = tuple(fl, k.slots.map((n) => str(fl, n)));
  const cls = rtCallPure(fl, 'rt_class_new', [
    str(fl, k.pyName ?? k.name), str(fl, moduleLiteral(s) ?? k.module), bases, mro, constI32(fl, k.id), constI32(fl, k.flags), slots, fl.b.emit('const.i64', [], BigInt.asIntN(64, k.dunders)),
  ]);
  // (stored as the class statement's own namespace: no monkeypatching check, rt_code_member)
  for (const [n, v] of attrs) rtCall(fl, s.lineno, 'rt_class_attr_init', [cls, str(fl, n), v], null); // (raises for descriptors)
  if (k.qualname && k.qualname !== (k.pyName ?? k.name)) rtCallPure(fl, 'rt_class_set_qualname', [cls, str(fl, k.qualname)], null);
  // Methods using the enclosing function's variables: a function object each, with the cells.
  if (k.envMethods?.length) {
    const envs = k.envMethods.map((fi) => {
      const f = funcObject(fl, fi, fl.b.emit('func.ref', [], fi.irName));
      rtCallPure(fl, 'rt_func_set_closure', [f, tuple(fl, fi.scope!.free.map((n) => fl.cellOf(fi.node, n)))], null);
      return f;
    });
    rtCallPure(fl, 'rt_class_set_envs', [cls, tuple(fl, envs)], null);
  }
  initSubclass(fl, s, k, cls, keywords);
  return cls;
}

/** The new class `cls` made by class statement s goes to the first __init_subclass__ of its
 * bases' MRO (a class method) with the statement's keywords; object's takes none. */
function initSubclass(fl: FunctionLowering, s: ast.ClassDef, k: ClassInfo, cls: Value, kw: Args['kw']): void {
  const owner = k.mro.slice(1).find((c) => c.members.has('__init_subclass__'));
  const mem = owner?.members.get('__init_subclass__');
  const call = { _type: 'Call', func: { _type: 'Name', id: s.name, ctx: { _type: 'Load' }, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset }, args: [], keywords: s.keywords, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset } as unknown as ast.Call;
  fl.b.setLine(s.lineno);
  if (mem && isCode(mem)) {
    callMember(fl, call, mem, cls, true, { pos: [], kw });
    return;
  }
  if (mem) return void fl.unsupported(s, '__init_subclass__ that is not a method');
  if (kw.length) {
    fl.raise(s, 'TypeError', `${k.name}.__init_subclass__() takes no keyword arguments`);
    deadBlock(fl);
  }
}

/** The class attribute a decorated method def makes: the decorators (evaluated first, top to
 * bottom) applied innermost first to the method's function object, then wrapped in a
 * staticmethod / classmethod object when one of those is outermost. */
function decoratedValue(fl: FunctionLowering, d: Decorated): Value {
  const decos = d.decorators.map((x) => fl.expr(x));
  let v: Value;
  if (d.fi.env) {
    // Its code reads the enclosing function's cells from the function object itself.
    v = funcObject(fl, d.fi, fl.b.emit('func.ref', [], d.fi.irName));
    rtCallPure(fl, 'rt_func_set_closure', [v, tuple(fl, d.fi.scope!.free.map((n) => fl.cellOf(d.fi.node, n)))], null);
  } else v = methodObject(fl, d.fi);
  for (let i = decos.length - 1; i >= 0; i--) v = rtCall(fl, d.decorators[i].lineno, 'rt_call1', [decos[i], v]);
  if (d.wrap) v = rtCallPure(fl, 'rt_descr_new', [v, constI32(fl, d.wrap === 'static' ? TYPE_STATICMETHOD : TYPE_CLASSMETHOD)]);
  return v;
}

// ---- construction and calls ---------------------------------------------------------------------

/** `C(args)` for a class of the program. */
export function lowerConstruct(fl: FunctionLowering, e: ast.Call, k: ClassInfo): Value {
  const cls = classValue(fl, k, e.func);
  if (hasStar(e)) return lowerValueCall(fl, e, cls); // through rt_call_vec and rt_cls_call
  return construct(fl, e, k, cls, evalArgs(fl, e));
}

function construct(fl: FunctionLowering, e: ast.Call, k: ClassInfo, cls: Value, a: Args): Value {
  const abstract = abstractError(k);
  if (abstract) {
    fl.raise(e, 'TypeError', abstract);
    deadBlock(fl);
    return nullWord(fl);
  }
  if (k.exc) return constructExc(fl, e, k, cls, a);
  const ec = enumCall(k);
  if (ec) return callFunc(fl, e, ec, [cls], a); // C(value) of an enum class: the member lookup
  const nw = resolve(k, '__new__');
  if (nw) return constructWithNew(fl, e, k, cls, a, nw.member);
  const inst = rtCallPure(fl, 'rt_inst_new', [cls]);
  const init = resolve(k, '__init__');
  if (init && init.member.kind !== 'method') return fl.unsupported(e, '__init__ that is not a plain method');
  if (k.builtin !== undefined) {
    // The built-in value: from the arguments, or empty for a mutable type the __init__ fills.
    const [args, kwnames] = argTuples(fl, a);
    rtCall(fl, e.lineno, 'rt_payload_init', [inst, constI32(fl, k.builtin), args, kwnames, constI32(fl, init ? 1 : 0)], null);
    if (!init) return inst;
  }
  if (!init || init.member.kind !== 'method') {
    if (a.pos.length || a.kw.length) {
      rtCall(fl, e.lineno, 'rt_no_init_args', [cls]);
    }
    return inst;
  }
  const r = callFunc(fl, e, init.member.fi, [inst], a);
  if (returnsValue((init.member.fi.node as ast.FunctionDef).body)) rtCall(fl, e.lineno, 'rt_init_result', [r], null);
  return inst;
}

/** The arguments of a call as rt_call_vec takes them: a tuple of the positional arguments then
 * the keyword values, and a tuple of the keyword names (NULL_WORD without keywords). */
function argTuples(fl: FunctionLowering, a: Args): [Value, Value] {
  const args = tuple(fl, [...a.pos, ...a.kw.map((x) => x.value)]);
  return [args, a.kw.length ? tuple(fl, a.kw.map((x) => str(fl, x.name))) : nullWord(fl)];
}

/** `C(args)` where C's MRO has a `__new__` (a static method taking the class): its result, then
 * the __init__ of its class when it is an instance of C (CPython's type.__call__). */
function constructWithNew(fl: FunctionLowering, e: ast.Call, k: ClassInfo, cls: Value, a: Args, nw: Member): Value {
  if (nw.kind !== 'static') return fl.unsupported(e, '__new__ that is not a plain method');
  const r = callFunc(fl, e, nw.fi, [cls], a, false, cls);
  const init = resolve(k, '__init__');
  if (!init) return r;
  if (init.member.kind !== 'method') return fl.unsupported(e, '__init__ that is not a plain method');
  const initFi = init.member.fi;
  const b = fl.b;
  const exact = b.newBlock();
  const notExact = b.newBlock();
  const sub = b.newBlock();
  const join = b.newBlock();
  b.br(b.emit('py.is', [rtCallPure(fl, 'rt_type_of', [r]), cls]), exact, notExact);
  b.seal(exact);
  b.seal(notExact);
  b.switchTo(exact);
  const v = callFunc(fl, e, initFi, [r], a);
  if (returnsValue((initFi.node as ast.FunctionDef).body)) rtCall(fl, e.lineno, 'rt_init_result', [v], null);
  b.jump(join, []);
  // An instance of a subclass of C: its own __init__, found by name (rt_cls_member).
  b.switchTo(notExact);
  b.br(rtCall(fl, e.lineno, 'rt_isinstance_i32', [r, cls], 'i32'), sub, join);
  b.seal(sub);
  b.switchTo(sub);
  const m = rtCall(fl, e.lineno, 'rt_cls_member', [r, str(fl, '__init__')]);
  const v2 = callValues(fl, e.lineno, m, a.pos, a.kw);
  rtCall(fl, e.lineno, 'rt_init_result', [v2], null);
  b.jump(join, []);
  b.seal(join);
  b.switchTo(join);
  return r;
}

/** An exception class of the program: BaseException.__new__ keeps the positional arguments as
 * args, then the __init__ found in the MRO runs (BaseException's refuses keyword arguments). */
function constructExc(fl: FunctionLowering, e: ast.Call, k: ClassInfo, cls: Value, a: Args): Value {
  const inst = rtCallPure(fl, 'rt_exc_new', [cls, tuple(fl, a.pos)]);
  const init = resolve(k, '__init__');
  if (!init) {
    if (a.kw.length) {
      fl.raise(e, 'TypeError', `${k.name}() takes no keyword arguments`);
      deadBlock(fl);
    }
    return inst;
  }
  if (init.member.kind !== 'method') return fl.unsupported(e, '__init__ that is not a plain method');
  const r = callFunc(fl, e, init.member.fi, [inst], a);
  if (returnsValue((init.member.fi.node as ast.FunctionDef).body)) rtCall(fl, e.lineno, 'rt_init_result', [r], null);
  return inst;
}

/** For an enum class, the classmethod `_enum_call_` (stdlib/enum.py) a call of the class runs. */
function enumCall(k: ClassInfo): FuncInfo | undefined {
  if (!(k.flags & CLASSF_ENUM)) return undefined;
  const r = resolve(k, '_enum_call_');
  return r && r.member.kind === 'class' ? r.member.fi : undefined;
}

function returnsValue(stmts: ast.stmt[]): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object' || found) return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string } & Record<string, unknown>;
    if (o._type === 'FunctionDef' || o._type === 'Lambda' || o._type === 'ClassDef') return;
    if (o._type === 'Return') {
      const v = (o as unknown as ast.Return).value;
      if (v && !(v._type === 'Constant' && v.value === null)) found = true;
    }
    forEachField(o, walk);
  };
  walk(stmts);
  return found;
}

/** Calls a member found on an instance (`self`) or a class object (`cls`). */
function callMember(fl: FunctionLowering, e: ast.Call, mem: Member, recv: Value, onClass: boolean, a: Args): Value {
  if (mem.kind === 'method') return callFunc(fl, e, mem.fi, onClass ? [] : [recv], a, false, recv);
  if (mem.kind === 'static') return callFunc(fl, e, mem.fi, [], a, false, recv);
  if (mem.kind === 'class') {
    const c = onClass ? recv : rtCallPure(fl, 'rt_type_of', [recv]);
    return callFunc(fl, e, mem.fi, [c], a, false, recv);
  }
  return fl.unsupported(e, 'calling an attribute that is not a method');
}

/** `x.m(args)` where some class of the program has a method m (else undefined: not ours). */
export function lowerUserMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, other0: (self: Value, a: Args) => Value): Value | undefined {
  const table = tableOf(fl);
  if (!table || fl.typed) return undefined;
  // With subclasses of built-in types in the program, a built-in method gets the value such an
  // instance keeps (s.append(x) on a list subclass).
  const payloads = hasPayloadClasses(fl);
  const other = payloads ? (self: Value, a: Args) => other0(rtCallPure(fl, 'rt_unwrap', [self]), a) : other0;
  // object.__setattr__(x, name, v): the store without the class's checks (frozen dataclasses)
  if (f.value._type === 'Name' && f.value.id === 'object' && f.attr === '__setattr__' && !fl.isLocal('object') && !factsOf(fl).bound.has('object')) {
    const a = evalArgs(fl, e);
    // (inference follows attribute stores by constant name only)
    // (a computed name makes inference take every attribute read to be anything: infer.ts)
    if (a.pos.length !== 3 || a.kw.length) return fl.unsupported(e, 'object.__setattr__ other than (x, name, value)');
    rtCall(fl, e.lineno, 'rt_object_setattr', a.pos, null);
    return fl.b.emit('const.none');
  }
  // object.__eq__(x, y), object.__repr__(x): object's own special methods
  if (f.value._type === 'Name' && f.value.id === 'object' && OBJECT_METHODS.has(f.attr) && !fl.isLocal('object') && !factsOf(fl).bound.has('object') && !hasStar(e)) {
    const a = evalArgs(fl, e);
    if (!a.pos.length || a.kw.length) {
      fl.raise(e, 'TypeError', a.kw.length ? `object.${f.attr}() takes no keyword arguments` : `descriptor '${f.attr}' of 'object' object needs an argument`);
      deadBlock(fl);
      return nullWord(fl);
    }
    return objectMethod(fl, e, 'rt_object_method', a.pos[0], f.attr, { pos: a.pos.slice(1), kw: [] });
  }
  if (f.value._type === 'Name' && f.value.id === 'object' && f.attr === '__delattr__' && !fl.isLocal('object') && !factsOf(fl).bound.has('object') && !hasStar(e)) {
    const a = evalArgs(fl, e);
    if (a.pos.length !== 2 || a.kw.length) return fl.unsupported(e, 'object.__delattr__ other than (x, name)');
    rtCall(fl, e.lineno, 'rt_object_delattr', a.pos, null);
    return fl.b.emit('const.none');
  }
  // object.__new__(cls): a new empty instance
  if (f.value._type === 'Name' && f.value.id === 'object' && f.attr === '__new__' && !fl.isLocal('object') && !factsOf(fl).bound.has('object') && !hasStar(e)) {
    const a = evalArgs(fl, e);
    if (a.pos.length !== 1 || a.kw.length) {
      fl.raise(e, 'TypeError', a.pos.length ? 'object.__new__() takes exactly one argument (the type to instantiate)' : 'object.__new__(): not enough arguments');
      deadBlock(fl);
      return nullWord(fl);
    }
    return rtCall(fl, e.lineno, 'rt_object_new', a.pos);
  }
  // tuple.__new__(cls, ...) (and the other built-in types' __new__): namedtuple's classes
  // (namedtuple.ts), and `__new__` methods of built-in types' subclasses written that way
  if (f.value._type === 'Name' && f.attr === '__new__' && BUILTIN_CLASSES[f.value.id] !== undefined && !fl.isLocal(f.value.id) && !factsOf(fl).bound.has(f.value.id) && !hasStar(e)) {
    const a = evalArgs(fl, e);
    if (!a.pos.length) {
      fl.raise(e, 'TypeError', `${f.value.id}.__new__(): not enough arguments`);
      deadBlock(fl);
      return nullWord(fl);
    }
    const [args, kwnames] = argTuples(fl, { pos: a.pos.slice(1), kw: a.kw });
    return rtCall(fl, e.lineno, 'rt_builtin_new', [a.pos[0], constI32(fl, BUILTIN_CLASSES[f.value.id]), args, kwnames]);
  }
  // C.mro() (type.mro) where no class of the program defines a member `mro`
  if (f.attr === 'mro' && !e.args.length && !e.keywords.length && !targets(table, 'mro', () => true).size) {
    return rtCall(fl, e.lineno, 'rt_class_mro_list', [fl.expr(f.value)]);
  }
  // x.m(*args): the attribute's value (a bound method) called through the runtime
  // (and `self.callback(*args, **kw)`, an attribute of the program's objects holding a callable)
  if (hasStar(e) && !isSuperCall(fl, f.value) && (targets(table, f.attr, isCode).size || storedAttrs(fl).has(f.attr))) return lowerValueCall(fl, e, lowerGetAttr(fl, f));
  // super().m(...)
  if (isSuperCall(fl, f.value)) return lowerSuperCall(fl, e, f, f.value);
  // C.m(...) on a class of the program: resolved now.
  if (f.value._type === 'Name') {
    const k = classNamed(fl, f.value.id);
    if (k) {
      const cls = classValue(fl, k, f.value);
      const a = evalArgs(fl, e);
      const r = resolve(k, f.attr);
      if (r && isCode(r.member)) return callMember(fl, e, r.member, cls, true, a);
      // `C.__add__(c, 2)`: a special method the subclass of a built-in type inherits from it
      const sel = r || k.builtin === undefined ? undefined : valueDunderSelector(f.attr);
      if (sel !== undefined && !a.kw.length && a.pos.length === SELECTORS.get(f.attr)![1] + 1) {
        rtCall(fl, e.lineno, 'rt_class_dunder_check', [constI32(fl, k.builtin!), constI32(fl, sel), str(fl, k.name), str(fl, f.attr)], null);
        const owner = Object.keys(BUILTIN_CLASSES).find((n) => BUILTIN_CLASSES[n] === k.builtin)!;
        return rtCall(fl, e.lineno, 'rt_builtin_dunder', [a.pos[0], constI32(fl, k.builtin!), str(fl, f.attr), str(fl, owner), constI32(fl, sel), a.pos[1] ?? fl.b.emit('const.none')]);
      }
      return callAttr(fl, e, cls, f.attr, a);
    }
  }
  const groups = targets(table, f.attr, isCode);
  if (OBJECT_METHODS.has(f.attr) && !hasStar(e) && !isSuperCall(fl, f.value) && !storedAttrs(fl).has(f.attr) && !(f.value._type === 'Name' && classNamed(fl, f.value.id)) && !table.all.some((k) => resolve(k, f.attr)?.member.kind === 'data')) {
    // x.__eq__(y) where x's class may not define it: object's for instances of the program's
    // classes (that derive from no built-in type), the dispatch or built-in method otherwise.
    const recv = fl.expr(f.value);
    const a = evalArgs(fl, e);
    const plain = rtCallPure(fl, 'rt_plain_inst', [recv], 'i32');
    return branchValue(fl, plain, () => {
      // an instance whose class defines the method calls it; others get object's
      if (!groups.size) return objectMethod(fl, e, 'rt_inst_object_method', recv, f.attr, a);
      const key = rtCallPure(fl, 'rt_cls_key', [recv], 'i32');
      const cases = [...groups].map(([mem, ks]) => ({ keys: ks.map((k) => k.id), emit: () => callMember(fl, e, mem, recv, false, a) }));
      return dispatch(fl, key, cases, () => objectMethod(fl, e, 'rt_inst_object_method', recv, f.attr, a));
    }, () => (groups.size ? methodDispatch(fl, e, f.attr, groups, recv, a, other) : other(recv, a)));
  }
  if (!groups.size) {
    // An attribute of the program's objects holding a callable (`self.callback(x)`); other
    // receivers (a dict's items()) keep their methods.
    if (!storedAttrs(fl).has(f.attr)) {
      // (a builtin's name as the receiver, `str.maketrans(...)`, keeps its own lowering)
      const builtinName = f.value._type === 'Name' && !fl.isLocal(f.value.id) && !factsOf(fl).bound.has(f.value.id);
      if (!payloads || builtinName || hasStar(e) || isSuperCall(fl, f.value) || !isBuiltinMethodName(f.attr)) return undefined;
      return other(fl.expr(f.value), evalArgs(fl, e));
    }
    const recv = fl.expr(f.value);
    const a = evalArgs(fl, e);
    return attrOrOther(fl, e, recv, f.attr, a, other);
  }
  return methodDispatch(fl, e, f.attr, groups, fl.expr(f.value), evalArgs(fl, e), other);
}

/** `recv.name(a)` by recv's class: the classes of `groups` call their method, the others
 * `other` (or the attribute's value, in a program where some class has a data member `name`). */
function methodDispatch(fl: FunctionLowering, e: ast.Call, name: string, groups: Map<Member, ClassInfo[]>, recv: Value, a: Args, other: (self: Value, a: Args) => Value): Value {
  const key = rtCallPure(fl, 'rt_cls_key', [recv], 'i32');
  const cases: { keys: number[]; emit: () => Value }[] = [];
  for (const [mem, ks] of groups) {
    cases.push({ keys: ks.map((k) => k.id), emit: () => callMember(fl, e, mem, recv, false, a) });
    cases.push({ keys: ks.map((k) => k.id + CLASS_KEY), emit: () => callMember(fl, e, mem, recv, true, a) });
  }
  // Classes where the name is a class attribute (a decorated method) call its value.
  const attrs = tableOf(fl)!.all.some((k) => resolve(k, name)?.member.kind === 'data');
  return dispatch(fl, key, cases, () => (attrs ? attrOrOther(fl, e, recv, name, a, other) : other(recv, a)));
}

/** object's own special methods (rt_object_method) by name: the arguments they take after self. */
const OBJECT_METHODS = new Map<string, number>([['__eq__', 1], ['__ne__', 1], ['__lt__', 1], ['__le__', 1], ['__gt__', 1], ['__ge__', 1], ['__hash__', 0], ['__repr__', 0], ['__str__', 0]]);

/** object's special method `name` of recv called with a (fn: rt_object_method, or
 * rt_inst_object_method for `x.name(...)`), or CPython's TypeError for the wrong arguments. */
function objectMethod(fl: FunctionLowering, e: ast.Call, fn: string, recv: Value, name: string, a: Args): Value {
  const want = OBJECT_METHODS.get(name)!;
  if (a.kw.length || a.pos.length !== want) {
    fl.raise(e, 'TypeError', a.kw.length ? `object.${name}() takes no keyword arguments` : dunderArityMessage(want, a.pos.length));
    deadBlock(fl);
    return nullWord(fl);
  }
  return rtCall(fl, e.lineno, fn, [recv, constI32(fl, SELECTORS.get(name)![0]), a.pos[0] ?? fl.b.emit('const.none')]);
}

/** `recv.name(args)`: for an instance or class of the program, the attribute's value called;
 * for anything else `other` (built-in methods). */
function attrOrOther(fl: FunctionLowering, e: ast.Call, recv: Value, name: string, a: Args, other: (self: Value, a: Args) => Value): Value {
  const b = fl.b;
  const yes = b.newBlock();
  const no = b.newBlock();
  const join = b.newBlock();
  const res = fl.func.addBlockParam(join, 'obj');
  b.br(rtCallPure(fl, 'rt_cls_key', [recv], 'i32'), yes, no);
  b.seal(yes);
  b.seal(no);
  b.switchTo(yes);
  const v1 = callAttr(fl, e, recv, name, a);
  if (!b.terminated) b.jump(join, [v1]);
  b.switchTo(no);
  const v2 = other(recv, a);
  if (!b.terminated) b.jump(join, [v2]);
  b.seal(join);
  b.switchTo(join);
  return res;
}

/** `x.name(args)` where name is not a method: the attribute's value called. */
export function callAttr(fl: FunctionLowering, e: ast.Call, recv: Value, name: string, a: Args): Value {
  return callValues(fl, e.lineno, getAttrOf(fl, e, recv, name), a.pos, a.kw);
}

/** The attribute names the module stores (`x.NAME = ...` anywhere) or its classes keep. */
const storedAttrCache = new WeakMap<ModuleInfo, Set<string>>();
function storedAttrs(fl: FunctionLowering): Set<string> {
  let out = storedAttrCache.get(fl.module);
  if (out) return out;
  out = new Set();
  for (const k of tableOf(fl)?.all ?? []) {
    k.slots.forEach((n) => out!.add(n));
    for (const [n, mem] of k.members) if (mem.kind === 'data') out.add(n);
  }
  const seen = out;
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as { _type?: string; ctx?: { _type: string }; attr?: string } & Record<string, unknown>;
    if (o._type === 'Attribute' && o.ctx?._type === 'Store') seen.add(o.attr!);
    forEachField(o, walk);
  };
  for (const k of tableOf(fl)?.list ?? []) walk(k.node);
  storedAttrCache.set(fl.module, out);
  return out;
}

/** `super().attr`: what attr resolves to after the method's class in the MRO of the receiver's
 * class, for each class the receiver may have (a switch when they differ). */
function superDispatch(fl: FunctionLowering, sup: ast.Call, attr: string, before: () => void, emitFor: (mem: Member | undefined, recv: Value, onClass: boolean) => Value): Value {
  const fi = fl.info;
  const k = fi?.cls;
  if (!fi || !k || sup.args.length || sup.keywords.length) return fl.unsupported(sup, 'super() outside a method, or with arguments');
  const isNew = fi.pyName === '__new__';
  if ((fi.methodKind === 'static' && !isNew) || !fi.params.length) return fl.unsupported(sup, 'super() in a static method');
  const onClass = fi.methodKind === 'class' || isNew;
  // Through name(): the receiver may be a cell variable (a nested function takes it).
  const recv = fl.name({ _type: 'Name', id: fi.params[0], ctx: { _type: 'Load' }, lineno: sup.lineno, col_offset: sup.col_offset, end_lineno: sup.end_lineno, end_col_offset: sup.end_col_offset } as ast.Name);
  before();
  const byTarget = new Map<Member | undefined, ClassInfo[]>();
  for (const s of k.subclasses) {
    const r = resolve(s, attr, k);
    const l = byTarget.get(r?.member) ?? [];
    l.push(s);
    byTarget.set(r?.member, l);
  }
  if (byTarget.size === 1) return emitFor([...byTarget.keys()][0], recv, onClass);
  const key = rtCallPure(fl, 'rt_cls_key', [recv], 'i32');
  const cases = [...byTarget].map(([mem, ks]) => ({ keys: ks.map((s) => s.id + (onClass ? CLASS_KEY : 0)), emit: () => emitFor(mem, recv, onClass) }));
  const last = cases.pop()!;
  return dispatch(fl, key, cases, last.emit);
}

function lowerSuperCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, sup: ast.Call): Value {
  if (hasStar(e)) {
    // super().m(*args, **kw): the bound method called through the runtime's argument binding.
    return superDispatch(fl, sup, f.attr, () => undefined, (mem, recv, onClass) => {
      if (mem?.kind === 'data') return lowerValueCall(fl, e, superAttrValue(fl, sup, recv, onClass, f.attr));
      if (!mem && onClass && f.attr === '__init_subclass__' && !e.args.length) return objectInitSubclass(fl, e, recv);
      if (!mem || !isCode(mem)) return fl.unsupported(e, `super().${f.attr}() with *args or **kwargs here`);
      return lowerValueCall(fl, e, memberValue(fl, mem, recv, onClass, f.attr));
    });
  }
  let a: Args = { pos: [], kw: [] };
  return superDispatch(fl, sup, f.attr, () => (a = evalArgs(fl, e)), (mem, recv, onClass) => {
    const k = fl.info!.cls!;
    if (!mem && k.exc && !onClass && (f.attr === '__init__' || f.attr === '__str__' || f.attr === '__repr__')) {
      // BaseException's own methods (an exception class of the program reaching past its MRO).
      if (f.attr !== '__init__') {
        if (a.pos.length || a.kw.length) return fl.unsupported(e, `super().${f.attr}() with arguments`);
        return rtCall(fl, e.lineno, f.attr === '__str__' ? 'rt_exc_str_base' : 'rt_exc_repr_base', [recv]);
      }
      if (a.kw.length) {
        fl.raise(e, 'TypeError', `${k.name}() takes no keyword arguments`);
        deadBlock(fl);
        return nullWord(fl);
      }
      rtCallPure(fl, 'rt_exc_set_args', [recv, tuple(fl, a.pos)], null);
      return fl.b.emit('const.none');
    }
    if (!mem && f.attr === '__new__') return objectNew(fl, e, k, a);
    if (!mem && onClass && f.attr === '__init_subclass__' && !a.pos.length) {
      // object's: no keyword arguments
      if (a.kw.length) {
        rtCall(fl, e.lineno, 'rt_object_init_subclass', [recv, fl.b.emit('const.int', [], BigInt(a.kw.length))], null);
        return fl.b.emit('const.none');
      }
      return fl.b.emit('const.none');
    }
    if (!mem && !onClass && (f.attr === '__setattr__' || f.attr === '__delattr__') && a.pos.length === (f.attr === '__setattr__' ? 2 : 1) && !a.kw.length) {
      // object's: the store / deletion without the class's hook
      rtCall(fl, e.lineno, f.attr === '__setattr__' ? 'rt_object_setattr' : 'rt_object_delattr', [recv, ...a.pos], null);
      return fl.b.emit('const.none');
    }
    if (!mem && k.builtin !== undefined) return builtinSuperCall(fl, e, f, k.builtin, recv, onClass, a);
    if (!mem) {
      if (f.attr === '__init__' && !onClass) {
        if (a.pos.length || a.kw.length) {
          fl.raise(e, 'TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
          deadBlock(fl);
          return nullWord(fl);
        }
        return fl.b.emit('const.none');
      }
      if (!onClass && OBJECT_METHODS.has(f.attr)) return objectMethod(fl, e, 'rt_object_method', recv, f.attr, a);
      return fl.unsupported(f, `super().${f.attr} (an attribute of object)`);
    }
    if (mem.kind === 'data') return callValues(fl, e.lineno, superAttrValue(fl, sup, recv, onClass, f.attr), a.pos, a.kw);
    if (!isCode(mem)) return fl.unsupported(f, 'super() attributes that are not methods');
    return callMember(fl, e, mem, recv, onClass, a);
  });
}

/** `super().__init_subclass__(**kw)` reaching object's: a TypeError unless kw is empty. */
function objectInitSubclass(fl: FunctionLowering, e: ast.Call, cls: Value): Value {
  const d = rtCallPure(fl, 'rt_dict_new', []);
  for (const k of e.keywords) {
    const v = fl.expr(k.value);
    if (k.arg === null) rtCall(fl, k.lineno, 'rt_dict_merge_kw', [d, v]);
    else rtCall(fl, k.lineno, 'rt_dict_set', [d, str(fl, k.arg), v], null);
  }
  rtCall(fl, e.lineno, 'rt_object_init_subclass', [cls, rtCallPure(fl, 'rt_len', [d])], null);
  return fl.b.emit('const.none');
}

/** `super().__new__(cls, ...)` reaching past the program's classes: object.__new__ (a new empty
 * instance of cls) or the built-in base's (an instance of cls keeping the built-in value). */
function objectNew(fl: FunctionLowering, e: ast.Call, k: ClassInfo, a: Args): Value {
  const [c, ...rest] = a.pos;
  if (!a.pos.length) {
    fl.raise(e, 'TypeError', 'object.__new__(): not enough arguments');
    deadBlock(fl);
    return nullWord(fl);
  }
  if (k.builtin !== undefined) {
    const [args, kwnames] = argTuples(fl, { pos: rest, kw: a.kw });
    return rtCall(fl, e.lineno, 'rt_payload_new', [c, constI32(fl, k.builtin), args, kwnames]);
  }
  if (rest.length || a.kw.length) {
    fl.raise(e, 'TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    deadBlock(fl);
    return nullWord(fl);
  }
  return rtCall(fl, e.lineno, 'rt_object_new', [c]);
}

/** `super().name(...)` in a subclass of built-in type t where no class of the program defines
 * name after this one: the built-in type's __init__ (refilling the value), a special method (the
 * built-in operation, subclass.py rt_payload_dunder) or a method of the value. */
function builtinSuperCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, t: number, recv: Value, onClass: boolean, a: Args): Value {
  if (onClass) return fl.unsupported(f, `super().${f.attr}() in a class method of a built-in type's subclass`);
  if (f.attr === '__init__') {
    const [args, kwnames] = argTuples(fl, a);
    return rtCall(fl, e.lineno, 'rt_payload_reinit', [recv, constI32(fl, t), args, kwnames]);
  }
  const sel = SELECTORS.get(f.attr);
  if (sel) {
    if (a.kw.length || a.pos.length !== sel[1]) return fl.unsupported(e, `super().${f.attr}() with these arguments`);
    return rtCall(fl, e.lineno, 'rt_payload_dunder', [recv, constI32(fl, sel[0]), a.pos[0] ?? nullWord(fl), a.pos[1] ?? nullWord(fl)]);
  }
  if (f.attr.startsWith('__')) return fl.unsupported(f, `super().${f.attr}() of a built-in type`);
  return builtinMethodOn(fl, e, f, rtCallPure(fl, 'rt_payload', [recv]), a);
}

/** `super().name` where name is a class attribute (a decorated method, a data attribute): found
 * at run time after the method's class in the MRO of the receiver's class, bound to it. */
function superAttrValue(fl: FunctionLowering, sup: ast.Call, recv: Value, onClass: boolean, name: string): Value {
  return rtCall(fl, sup.lineno, 'rt_super_getattr', [recv, constI32(fl, fl.info!.cls!.id), str(fl, name), constI32(fl, onClass ? 1 : 0)]);
}

/** `super().attr` as a value: a property of a base class. */
function lowerSuperAttr(fl: FunctionLowering, e: ast.Attribute, sup: ast.Call): Value {
  return superDispatch(fl, sup, e.attr, () => undefined, (mem, recv, onClass) => {
    if (mem?.kind === 'data') return superAttrValue(fl, sup, recv, onClass, e.attr);
    if (mem?.kind === 'property' && mem.get && !onClass) return callFunc(fl, e, mem.get, [recv], { pos: [], kw: [] });
    return fl.unsupported(e, 'super() attributes that are not methods or properties');
  });
}

function isSuperCall(fl: FunctionLowering, e: ast.expr): e is ast.Call {
  return e._type === 'Call' && e.func._type === 'Name' && e.func.id === 'super' && !fl.isLocal('super') && !factsOf(fl).bound.has('super');
}

// ---- attributes ---------------------------------------------------------------------------------

/** `x.a` (not called). */
export function lowerGetAttr(fl: FunctionLowering, e: ast.Attribute): Value {
  const table = tableOf(fl);
  // `x.__dict__[k] = v` of an x other than self (instdict.ts): a function's dict, never an instance's copy
  if (e.attr === '__dict__' && (e as { keelWrite?: boolean }).keelWrite) return rtCall(fl, e.lineno, 'rt_dict_for_write', [fl.expr(e.value)]);
  if (isSuperCall(fl, e.value)) return lowerSuperAttr(fl, e, e.value);
  if (e.value._type === 'Name') {
    const k = classNamed(fl, e.value.id);
    if (k) {
      const r = resolve(k, e.attr);
      if (r && r.member.kind !== 'data' && !isCode(r.member)) return fl.unsupported(e, 'properties of a class as values');
      const cls = classValue(fl, k, e.value);
      if (r && isCode(r.member)) return memberValue(fl, r.member, cls, true, e.attr);
      return rtCall(fl, e.lineno, 'rt_getattr', [cls, str(fl, e.attr)]);
    }
  }
  return attrValueOf(fl, e, fl.expr(e.value), e.attr);
}

/** recv.name as a value, recv already evaluated (also getattr/hasattr with a constant name). */
export function attrValueOf(fl: FunctionLowering, node: ast.Located, recv: Value, name: string): Value {
  const table = tableOf(fl);
  const groups = table ? targets(table, name, isCode) : new Map<Member, ClassInfo[]>();
  if (!groups.size) return getAttrOf(fl, node, recv, name);
  // A method as a value: a bound method (instances), the function (classes), dispatched on the
  // receiver's class; anything else (properties, slots, other objects) by getAttrOf.
  const key = rtCallPure(fl, 'rt_cls_key', [recv], 'i32');
  const cases: { keys: number[]; emit: () => Value }[] = [];
  for (const [mem, ks] of groups) {
    cases.push({ keys: ks.map((k) => k.id), emit: () => memberValue(fl, mem, recv, false, name) });
    cases.push({ keys: ks.map((k) => k.id + CLASS_KEY), emit: () => memberValue(fl, mem, recv, true, name) });
  }
  return dispatch(fl, key, cases, () => getAttrOf(fl, node, recv, name));
}

/** A method, staticmethod or classmethod `name` of an instance or class `recv` as a value. An
 * instance's own attribute of that name wins over a method (rt_method_value). */
function memberValue(fl: FunctionLowering, mem: Member, recv: Value, onClass: boolean, name: string): Value {
  const fi = (mem as { fi: FuncInfo }).fi;
  const f = methodObject(fl, fi, recv);
  if (mem.kind === 'class') return rtCallPure(fl, 'rt_bound_new', [f, onClass ? recv : rtCallPure(fl, 'rt_type_of', [recv])]);
  if (onClass) return f;
  return rtCallPure(fl, 'rt_method_value', [recv, f, str(fl, name), constI32(fl, mem.kind === 'static' ? 0 : 1)]);
}

/** The classes that keep attribute `name` in a slot, grouped by the slot's byte offset;
 * undefined when there are too many for a switch to pay (then everything goes by name). */
function slotGroups(table: ClassTable, name: string, store = false): Map<number, ClassInfo[]> | undefined {
  const out = new Map<number, ClassInfo[]>();
  let n = 0;
  for (const k of table.all) {
    const i = k.slots.indexOf(name);
    if (i < 0 || (store && k.flags & CLASSF_FROZEN)) continue; // a frozen dataclass refuses stores (rt_setattr)
    if (store && hooks(k, '__setattr__')) continue; // stores call its __setattr__ (rt_setattr)
    const r = resolve(k, name);
    if (r && r.member.kind === 'property') continue;
    const off = slotBase(k) + 8 * i;
    const l = out.get(off) ?? [];
    l.push(k);
    out.set(off, l);
    n++;
  }
  return n > 0 && n <= 16 ? out : undefined;
}

/** x.name as a value: a switch on x's class (property getters, slots read in place; an empty
 * slot or any other class goes by name through rt_getattr). */
function getAttrOf(fl: FunctionLowering, node: ast.Located, recv: Value, name: string): Value {
  const table = tableOf(fl);
  const props = table ? targets(table, name, (m) => m.kind === 'property') : new Map();
  const slots = table ? slotGroups(table, name) : undefined;
  // With a __getattr__ in the program a load may return what it computes: rt_getattr_any,
  // whose result inference does not take from the stores.
  const getter = table && targets(table, '__getattr__', isCode).size ? 'rt_getattr_any' : 'rt_getattr';
  const dsel = fl.typed ? undefined : valueDunderSelector(name);
  const generic = () => (isBuiltinMethod(name) && !fl.typed ? builtinMethodOrAttr(fl, node, recv, name)
    : dsel !== undefined && getter === 'rt_getattr' ? builtinDunderOrAttr(fl, node, recv, name, dsel)
    : rtCall(fl, node.lineno, getter, [recv, str(fl, name)]));
  if (!props.size && !slots) return generic();
  const key = rtCallPure(fl, 'rt_inst_key', [recv], 'i32');
  const cases = [...props].map(([mem, ks]) => ({
    keys: ks.map((k: ClassInfo) => k.id),
    emit: () => {
      const p = mem as Extract<Member, { kind: 'property' }>;
      if (!p.get) {
        rtCall(fl, node.lineno, 'rt_property_no_setter', [recv, str(fl, name), str(fl, 'getter')], null);
        return nullWord(fl);
      }
      return callFunc(fl, node, p.get, [recv], { pos: [], kw: [] });
    },
  }));
  for (const [i, ks] of slots ?? []) {
    cases.push({
      keys: ks.map((k) => k.id),
      emit: () => {
        const b = fl.b;
        const v = b.emit('attr.load', [b.emit('i32.add', [b.emit('word.ptr', [recv]), constI32(fl, i)])], name);
        const empty = b.newBlock();
        const full = b.newBlock();
        const join = b.newBlock();
        const r = fl.func.addBlockParam(join, 'obj');
        b.br(b.emit('py.is', [v, nullWord(fl)]), empty, full);
        b.seal(empty);
        b.seal(full);
        b.switchTo(full);
        b.jump(join, [v]);
        b.switchTo(empty);
        b.jump(join, [generic()]);
        b.seal(join);
        b.switchTo(join);
        return r;
      },
    });
  }
  return dispatch(fl, key, cases, generic);
}

/** `x.a = v`. */
export function lowerSetAttr(fl: FunctionLowering, t: ast.Attribute, v: Value): void {
  const recv = fl.expr(t.value);
  setAttrOf(fl, t, recv, t.attr, v);
}

/** `recv.name = v` on evaluated operands (also setattr(x, 'name', v): attributes.ts). */
export function setAttrOf(fl: FunctionLowering, node: ast.Located, recv: Value, name: string, v: Value): void {
  const table = tableOf(fl);
  const props = table ? withoutHook(targets(table, name, (m) => m.kind === 'property'), '__setattr__') : new Map();
  const slots = table ? slotGroups(table, name, true) : undefined;
  const generic = () => {
    rtCall(fl, node.lineno, 'rt_setattr', [recv, str(fl, name), v], null);
    return nullWord(fl);
  };
  if (!props.size && !slots) {
    generic();
    return;
  }
  const key = rtCallPure(fl, 'rt_inst_key', [recv], 'i32');
  const cases = [...props].map(([mem, ks]) => ({
    keys: ks.map((k: ClassInfo) => k.id),
    emit: () => {
      const p = mem as Extract<Member, { kind: 'property' }>;
      if (!p.set) {
        rtCall(fl, node.lineno, 'rt_property_no_setter', [recv, str(fl, name), str(fl, 'setter')], null);
        return nullWord(fl);
      }
      return callFunc(fl, node, p.set, [recv, v], { pos: [], kw: [] });
    },
  }));
  for (const [i, ks] of slots ?? []) {
    cases.push({
      keys: ks.map((k) => k.id),
      emit: () => {
        fl.b.emit('attr.store', [fl.b.emit('i32.add', [fl.b.emit('word.ptr', [recv]), constI32(fl, i)]), v], name);
        return nullWord(fl);
      },
    });
  }
  dispatch(fl, key, cases, generic);
}

/** The groups without the classes whose stores / deletions go through their own method. */
function withoutHook(groups: Map<Member, ClassInfo[]>, name: '__setattr__' | '__delattr__'): Map<Member, ClassInfo[]> {
  const out = new Map<Member, ClassInfo[]>();
  for (const [mem, ks] of groups) {
    const keep = ks.filter((k) => !hooks(k, name));
    if (keep.length) out.set(mem, keep);
  }
  return out;
}

/** `del x.a`. */
export function lowerDelAttr(fl: FunctionLowering, t: ast.Attribute): void {
  const recv = fl.expr(t.value);
  const table = tableOf(fl);
  const props = table ? withoutHook(targets(table, t.attr, (m) => m.kind === 'property'), '__delattr__') : new Map();
  const generic = () => {
    rtCall(fl, t.lineno, 'rt_delattr', [recv, str(fl, t.attr)], null);
    return nullWord(fl);
  };
  if (!props.size) {
    generic();
    return;
  }
  const key = rtCallPure(fl, 'rt_inst_key', [recv], 'i32');
  const cases = [...props].map(([mem, ks]) => ({
    keys: ks.map((k: ClassInfo) => k.id),
    emit: () => {
      const p = mem as Extract<Member, { kind: 'property' }>;
      if (!p.del) {
        rtCall(fl, t.lineno, 'rt_property_no_setter', [recv, str(fl, t.attr), str(fl, 'deleter')], null);
        return nullWord(fl);
      }
      return callFunc(fl, t, p.del, [recv], { pos: [], kw: [] });
    },
  }));
  dispatch(fl, key, cases, generic);
}

/** `x.a op= v`: x evaluated once. Where `a` is a method of the receiver's class, the load is the
 * bound method (attrValueOf), so the operator raises CPython's TypeError ('method' and 'int'). */
export function lowerAugAttr(fl: FunctionLowering, s: ast.AugAssign, t: ast.Attribute): void {
  if (t.value._type === 'Name' && classNamed(fl, t.value.id)) {
    const k = classNamed(fl, t.value.id)!;
    const r = resolve(k, t.attr);
    if (r && r.member.kind !== 'data') fl.unsupported(t, 'methods and properties of a class as values');
  }
  const recv = fl.expr(t.value);
  const cur = attrValueOf(fl, t, recv, t.attr);
  const r = augOp(fl, s, cur, fl.expr(s.value));
  setAttrOf(fl, t, recv, t.attr, r);
}

/** `a op= b` on words: __iop__ when the program defines any, else the binary operator. */
export function augOp(fl: FunctionLowering, s: ast.AugAssign, cur: Value, v: Value): Value {
  const k = INPLACE_OPS[s.op._type];
  const table = tableOf(fl);
  const anyInplace = !!table && k !== undefined && table.all.some((c) => c.dunders & (1n << BigInt(SEL_INPLACE + k)));
  if (!anyInplace || fl.func.typeOf(cur) !== 'obj') return fl.inplace(s, s.op._type, cur, v);
  return rtCall(fl, s.lineno, 'rt_inplace', [cur, v, constI32(fl, k!)]);
}

// ---- names and builtins -------------------------------------------------------------------------

/** A builtin class or NotImplemented used as a value (`int`, `object`, `type`), if `id` is one. */
export function lowerBuiltinName(fl: FunctionLowering, id: string): Value | undefined {
  if (fl.typed || fl.isLocal(id) || factsOf(fl).bound.has(id)) return undefined;
  if (id === 'NotImplemented') return rtCallPure(fl, 'rt_notimpl', []);
  if (id === '__debug__') return fl.b.emit('const.bool', [], 1n); // python without -O
  if (id === 'Ellipsis') return rtCallPure(fl, 'rt_ellipsis', []);
  if (id === 'object') return rtCallPure(fl, 'rt_object_class', []);
  if (id === 'type') return rtCallPure(fl, 'rt_type_class', []);
  const t = BUILTIN_CLASSES[id];
  if (t !== undefined) return rtCallPure(fl, 'rt_builtin_class', [constI32(fl, t)]);
  return undefined;
}

/** callable(x): instances of the program's classes with __call__ are (a switch on the class,
 * as calls do); anything else is decided at run time (rt_callable: functions, bound methods,
 * classes). */
export function lowerCallable(fl: FunctionLowering, e: ast.Call): Value {
  if (e.keywords.length || e.args.length !== 1 || e.args[0]._type === 'Starred') {
    for (const a of e.args) fl.expr(a._type === 'Starred' ? a.value : a);
    for (const k of e.keywords) fl.expr(k.value);
    fl.raise(e, 'TypeError', e.keywords.length ? 'callable() takes no keyword arguments' : `callable() takes exactly one argument (${e.args.length} given)`);
    deadBlock(fl);
    return nullWord(fl);
  }
  const x = fl.expr(e.args[0]);
  const table = tableOf(fl);
  const groups = table ? targets(table, '__call__', isCode) : new Map<Member, ClassInfo[]>();
  const rest = () => fl.b.emit('box.bool', [rtCallPure(fl, 'rt_callable', [x], 'i32')]);
  if (!groups.size) return rest();
  const key = rtCallPure(fl, 'rt_cls_key', [x], 'i32');
  const ks = [...groups.values()].flat().map((k) => k.id);
  return dispatch(fl, key, [{ keys: ks, emit: () => fl.b.emit('const.bool', [], 1n) }], rest);
}

/** type(x), isinstance(x, classinfo) with user classes, issubclass(c, classinfo). */
export function lowerClassBuiltin(fl: FunctionLowering, e: ast.Call, id: string): Value {
  for (const a of e.args) if (a._type === 'Starred') return fl.unsupported(a, 'calls with *args');
  if (e.keywords.length) return fl.unsupported(e.keywords[0], `${id}() with keyword arguments`);
  const args = e.args.map((a) => fl.expr(a));
  if (id === 'type') {
    if (args.length !== 1) {
      fl.raise(e, 'TypeError', args.length === 3 ? 'not supported yet: type() with three arguments' : 'type() takes 1 or 3 arguments');
      deadBlock(fl);
      return nullWord(fl);
    }
    return rtCallPure(fl, 'rt_type_of', args);
  }
  if (args.length !== 2) {
    fl.raise(e, 'TypeError', `${id} expected 2 arguments, got ${args.length}`);
    deadBlock(fl);
    return nullWord(fl);
  }
  return rtCall(fl, e.lineno, id === 'isinstance' ? 'rt_isinstance_cls' : 'rt_issubclass', args);
}

/** Whether isinstance's second argument needs the generic check (names a non-builtin class). */
export function needsClassCheck(fl: FunctionLowering, e: ast.expr): boolean {
  if (e._type === 'Tuple') return e.elts.some((x) => needsClassCheck(fl, x));
  // (rt_isinstance's i32 mask holds only type ids below 32: slice is checked as a class)
  if (e._type === 'Name' && BUILTIN_CLASSES[e.id] !== undefined && !fl.isLocal(e.id) && !factsOf(fl).bound.has(e.id)) return BUILTIN_CLASSES[e.id] >= 32 || hasBuiltinSubclass(fl, e.id);
  if (e._type === 'Call' && e.func._type === 'Name' && e.func.id === 'type' && e.args.length === 1 && e.args[0]._type === 'Constant' && e.args[0].value === null) return false;
  return true;
}

// ---- the dispatcher the runtime calls ---------------------------------------------------------

/** Replaces the body of the runtime stub `name` (a function of stdlib/_rt whose body the program
 * supplies) with a new function of the same signature, its entry block open: undefined when the
 * program does not use the stub. */
function replaceStub(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined, name: string, params: IrType[]): { fl: FunctionLowering; ps: Value[] } | undefined {
  const old = m.func(name);
  if (!old) return undefined;
  const f = new Func(name, params, ['obj']);
  m.funcs.splice(m.funcs.indexOf(old), 1, f);
  const fl = new FunctionLowering(info, f, undefined, lookup);
  const entry = fl.b.newBlock();
  fl.b.switchTo(entry);
  const ps = params.map((t) => f.addBlockParam(entry, t));
  fl.b.seal(entry);
  return { fl, ps };
}

/** Replaces the body of rt_cls_dunder(sel, x, a, b) with a switch over the special methods of
 * the program's classes. */
export function buildDunderDispatcher(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined): void {
  const table = info.classes;
  const classGetitem = table ? targets(table, '__class_getitem__', (mem) => mem.kind === 'class') : new Map();
  if (!table || !(table.all.some((k) => k.dunders) || classGetitem.size)) return;
  const stub = replaceStub(info, m, lookup, 'rt_cls_dunder', ['i32', 'obj', 'obj', 'obj']);
  if (!stub) return;
  const { fl } = stub;
  const b = fl.b;
  const [sel, x, pa, pb] = stub.ps;
  const key = rtCallPure(fl, 'rt_cls_id', [x], 'i32');
  for (const [name, [s, nargs]] of SELECTORS) {
    const groups = targets(table, name.split('/')[0], (mem) => mem.kind === 'method');
    if (!groups.size) continue;
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(b.emit('i32.eq', [sel, constI32(fl, s)]), yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    const node = table.all[0].node;
    const r = dispatch(fl, key, [...groups].map(([mem, ks]) => ({
      keys: ks.map((k) => k.id),
      emit: () => callFunc(fl, node, (mem as { fi: FuncInfo }).fi, [x], { pos: [pa, pb].slice(0, nargs), kw: [] }, true),
    })), () => nullWord(fl));
    b.ret([r]);
    b.switchTo(no);
  }
  // C[k] reaching the runtime (rt_class_getitem): x is the class, a the key.
  if (classGetitem.size) {
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(b.emit('i32.eq', [sel, constI32(fl, SEL_CLASS_GETITEM)]), yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    const node = table.all[0].node as unknown as ast.Call;
    const ckey = rtCallPure(fl, 'rt_cls_key', [x], 'i32');
    const r = dispatch(fl, ckey, [...classGetitem].map(([mem, ks]: [Member, ClassInfo[]]) => ({
      keys: ks.map((k) => k.id + CLASS_KEY),
      emit: () => callMember(fl, node, mem, x, true, { pos: [pa], kw: [] }),
    })), () => nullWord(fl));
    b.ret([r]);
    b.switchTo(no);
  }
  b.ret([nullWord(fl)]);
  b.sealAll();
}

// ---- calling a value ----------------------------------------------------------------------------

/** `f(args)` where f is a value, not a known function: a class of the program (construction)
 * or an instance whose class has __call__, chosen by its run-time key; anything else is not
 * callable (until function objects come: their generic call belongs in the fallback). */
/** A call of a value `f` (already evaluated) when the program has classes: a user class held in
 * a variable is constructed, an instance with __call__ called, dispatched on rt_cls_key; any
 * other value goes to `other` with the evaluated arguments (callables.ts: function objects). */
export function lowerClassValueCall(fl: FunctionLowering, e: ast.Call, f: Value, other: (pos: Value[], kw: { name: string; value: Value }[]) => Value): Value | undefined {
  const table = tableOf(fl);
  if (!table?.all.length || fl.typed) return undefined;
  const a = evalArgs(fl, e);
  const key = rtCallPure(fl, 'rt_cls_key', [f], 'i32');
  const cases: { keys: number[]; emit: () => Value }[] = [];
  for (const k of table.all) {
    cases.push({ keys: [k.id + CLASS_KEY], emit: () => construct(fl, e, k, f, a) });
  }
  for (const [mem, ks] of targets(table, '__call__', isCode)) {
    cases.push({ keys: ks.map((k) => k.id), emit: () => callMember(fl, e, mem, f, false, a) });
  }
  return dispatch(fl, key, cases, () => other(a.pos, a.kw));
}

// ---- classes and callable instances called from the runtime ------------------------------------

/** A function object for method `fi` (its code through a trampoline `(env, slots...) -> obj`), so
 * the runtime can call it with rt_call_vec's argument binding and CPython's messages. */
export function methodObject(fl: FunctionLowering, fi: FuncInfo, recv?: Value): Value {
  if (fi.env) return envOf(fl, fi, recv); // the function object the class statement made
  const m = fl.module.ir!;
  const name = tableCode(m, `${fi.irName}$code`, fi.irName, fi.paramTypes, false);
  if (fi.dcDefaults?.size) return funcObject(fl, fi, fl.b.emit('func.ref', [], name), recv);
  // One function object per method, made at its first use (`C.f is C.f`, as in CPython)
  const cache = `${fi.irName}$fobj`;
  m.global(cache);
  const b = fl.b;
  const isNull = b.emit('py.is', [b.emit('global.get', [], cache), b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]);
  const make = b.newBlock();
  const done = b.newBlock();
  b.br(isNull, make, done);
  b.seal(make);
  b.switchTo(make);
  b.emit('global.set', [funcObject(fl, fi, b.emit('func.ref', [], name))], cache);
  b.jump(done);
  b.seal(done);
  b.switchTo(done);
  return b.emit('global.get', [], cache);
}

/** A function object for method fi whose table code is `code` (taking env first). */
function funcObject(fl: FunctionLowering, fi: FuncInfo, code: Value, recv?: Value): Value {
  const n = fi.params.length;
  const npos = positionalCount(fi);
  const flags = (fi.vararg ? FUNCF_VARARGS : 0) | (fi.varkw ? FUNCF_VARKW : 0) | (n > FUNC_MAX_ARITY ? FUNCF_PACKED : 0);
  const fobj = rtCallPure(fl, 'rt_func_new', [
    code, constI32(fl, n), str(fl, fi.pyName), str(fl, fi.qualName ?? fi.pyName), str(fl, fi.module.name),
    tuple(fl, fi.params.map((p) => str(fl, p))), constI32(fl, fi.posonly ?? 0), constI32(fl, npos), constI32(fl, fi.kwonly ?? 0), constI32(fl, flags),
  ]);
  const doc = fi.node._type === 'FunctionDef' ? docstring(fi.node) : undefined;
  if (doc !== undefined) rtCallPure(fl, 'rt_func_set_doc', [fobj, str(fl, doc)], null);
  const constant = (d: ast.expr) => defaultValue(fl, fi.module.name, d);
  const kwd = fi.kwDefaults?.some((d) => d) ? tuple(fl, fi.kwDefaults.map((d) => (d ? constant(d) : nullWord(fl)))) : undefined;
  if (fi.defaults.length || kwd) {
    const first = npos - fi.defaults.length;
    const vals = fi.defaults.map((d, j) => {
      const dd = fi.dcDefaults?.get(fi.params[first + j]);
      if (dd && recv !== undefined) return dcDefault(fl, fi.node.lineno, dd, recv);
      return constant(d);
    });
    rtCallPure(fl, 'rt_func_set_defaults', [fobj, fi.defaults.length ? tuple(fl, vals) : nullWord(fl), kwd ?? nullWord(fl)], null);
  }
  return fobj;
}

/** Replaces the body of rt_cls_member(x, name) with the lookup of the program's methods,
 * classmethods, staticmethods and properties by a computed name (getattr/hasattr with a name
 * known only at run time: stdlib/_rt/attr_builtins.py): one string test per member name, then
 * the switch on x's class that `x.name` would make; NULL_WORD when no class has it there. A
 * property getter's exception stays pending for the caller. */
export function buildMemberDispatcher(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined): void {
  const table = info.classes;
  if (!table || !table.all.length) return;
  const stub = replaceStub(info, m, lookup, 'rt_cls_member', ['obj', 'obj']);
  if (!stub) return;
  const { fl } = stub;
  const b = fl.b;
  const [x, name] = stub.ps;
  const key = rtCallPure(fl, 'rt_cls_key', [x], 'i32');
  const names = new Set<string>();
  for (const k of table.all) for (const [n, mem] of k.members) if (isCode(mem) || mem.kind === 'property') names.add(n);
  for (const n of [...names].sort()) {
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(rtCallPure(fl, 'rt_str_eq', [name, str(fl, n)], 'i32'), yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    const cases: { keys: number[]; emit: () => Value }[] = [];
    for (const [mem, ks] of targets(table, n, isCode)) {
      cases.push({ keys: ks.map((k) => k.id), emit: () => memberValue(fl, mem, x, false, n) });
      cases.push({ keys: ks.map((k) => k.id + CLASS_KEY), emit: () => memberValue(fl, mem, x, true, n) });
    }
    for (const [mem, ks] of targets(table, n, (mm) => mm.kind === 'property')) {
      const p = mem as Extract<Member, { kind: 'property' }>;
      if (p.get) cases.push({ keys: ks.map((k) => k.id), emit: () => callFunc(fl, table.all[0].node, p.get!, [x], { pos: [], kw: [] }, true) });
      // On the class CPython gives the property object, which Keel does not have as a value.
      cases.push({
        keys: ks.map((k) => k.id + CLASS_KEY),
        emit: () => {
          rtCallPure(fl, 'rt_raise', [str(fl, 'NotImplementedError'), str(fl, 'not supported yet: properties of a class as values')], null);
          return nullWord(fl);
        },
      });
    }
    b.ret([dispatch(fl, key, cases, () => nullWord(fl))]);
    b.switchTo(no);
  }
  b.ret([nullWord(fl)]);
  b.sealAll();
}

/** Replaces the body of rt_cls_call(f, args, kwnames) (stdlib/_rt/cls.py) with a switch over the
 * program's classes: construction (the __init__ found in the MRO called through a function
 * object) and instances whose class has __call__. */
export function buildCallDispatcher(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined, modules: readonly ast.Module[]): void {
  const table = info.classes;
  if (!table || !table.all.length) return;
  // Only classes whose object can reach the runtime get a construction case (classvalues.ts):
  // the others' __init__ parameters keep the types of their direct calls.
  const reachable = runtimeConstructible(table.all, modules);
  const stub = replaceStub(info, m, lookup, 'rt_cls_call', ['obj', 'obj', 'obj']);
  if (!stub) return;
  const { fl } = stub;
  const b = fl.b;
  const [fv, args, kwnames] = stub.ps;
  const call = (fn: string, as: Value[], result: IrType | null = 'obj') => b.emit('call', as, fn, result);
  const key = rtCallPure(fl, 'rt_cls_key', [fv], 'i32');
  const cases: { keys: number[]; emit: () => Value }[] = [];
  for (const k of table.all) {
    if (!reachable.has(k)) continue;
    cases.push({
      keys: [k.id + CLASS_KEY],
      emit: () => {
        const abstract = abstractError(k);
        if (abstract) {
          call('rt_raise', [str(fl, 'TypeError'), str(fl, abstract)], null);
          return nullWord(fl);
        }
        const ec = enumCall(k);
        if (ec) return call('rt_call_vec', [methodObject(fl, ec, fv), call('rt_tuple_prepend', [fv, args]), kwnames]);
        const nw = resolve(k, '__new__');
        if ((nw && nw.member.kind === 'static') || k.builtin !== undefined) {
          // __new__, a built-in base: subclass.py rt_construct
          const ini = resolve(k, '__init__');
          const newObj = nw && nw.member.kind === 'static' ? methodObject(fl, nw.member.fi, fv) : nullWord(fl);
          const initObj = ini && ini.member.kind === 'method' ? methodObject(fl, ini.member.fi, fv) : nullWord(fl);
          return call('rt_construct', [fv, args, kwnames, newObj, initObj, constI32(fl, k.builtin ?? 0)]);
        }
        const init = resolve(k, '__init__');
        if (!init || init.member.kind !== 'method') {
          if (!k.exc) return call('rt_no_init_call', [fv, args]);
          return call('rt_exc_new_call', [fv, args, kwnames]);
        }
        const inst = k.exc ? call('rt_exc_new', [fv, call('rt_call_posargs', [args, kwnames])]) : call('rt_inst_new', [fv]);
        const r = call('rt_call_vec', [methodObject(fl, init.member.fi, fv), call('rt_tuple_prepend', [inst, args]), kwnames]);
        return call('rt_init_done', [inst, r]);
      },
    });
  }
  for (const [mem, ks] of targets(table, '__call__', (mm) => mm.kind === 'method')) {
    const fi = (mem as { fi: FuncInfo }).fi;
    cases.push({ keys: ks.map((k) => k.id), emit: () => call('rt_call_vec', [methodObject(fl, fi, fv), call('rt_tuple_prepend', [fv, args]), kwnames]) });
  }
  b.ret([dispatch(fl, key, cases, () => call('rt_not_callable', [fv]))]);
  b.sealAll();
}

/** Special methods the specialize pass may call directly for an operator on an instance of a
 * known class (IrModule.specialMethods): binary ones that resolve to a plain method taking
 * exactly (self, other), with no closure. */
const DIRECT_SPECIALS = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'];

export function recordSpecialMethods(info: ModuleInfo, m: IrModule): void {
  for (const k of info.classes?.all ?? []) {
    if (k.exc || k.dynamic) continue;
    const out = new Map<string, string>();
    for (const name of DIRECT_SPECIALS) {
      const r = resolve(k, name);
      if (!r || r.member.kind !== 'method') continue;
      const fi = r.member.fi;
      if (fi.env || fi.vararg || fi.params.length !== 2 || fi.defaults.length || fi.paramTypes.some((t) => t !== 'obj')) continue;
      const node = fi.node as ast.FunctionDef;
      if (node.args.kwonlyargs.length || node.args.kwarg) continue;
      out.set(name, fi.irName);
    }
    if (out.size) m.specialMethods.set(k.id, out);
  }
}

/** IrModule.classNames (pobj): for each class the program alone decides (static, not an
 * exception, every class of its MRO a class statement whose bases are all the program's classes,
 * no metaclass, no __getattr__ / __getattribute__), the names its MRO's namespaces define. */
export function recordClassNames(info: ModuleInfo, m: IrModule): void {
  // A built-in base (lang's payload classes: attributes fall through to the built-in value) or a
  // class statement made by a compile-time rewrite without the usual fields is not closed.
  const closed = (c: ClassInfo) => c.builtin === undefined && !c.exc && !c.dynamic && c.excRow === undefined
    && Array.isArray(c.node?.keywords) && !c.node.keywords.length && Array.isArray(c.node.bases) && c.node.bases.length === c.bases.length;
  for (const k of info.classes?.all ?? []) {
    if (!k.mro.every(closed) || resolve(k, '__getattr__') || resolve(k, '__getattribute__')) continue;
    const names = new Set<string>();
    for (const c of k.mro) for (const n of c.members.keys()) names.add(n);
    m.classNames.set(k.id, names);
  }
}

/** IrModule.classSlots (pobj): every class's slot offsets, for rawslots.ts, which must know every
 * class a slot access of a name at an offset may reach. */
export function recordClassSlots(info: ModuleInfo, m: IrModule): void {
  for (const k of info.classes?.all ?? []) {
    const offsets = new Map(k.slots.map((n, i) => [n, slotBase(k) + 8 * i] as const));
    m.classSlots.set(k.id, { offsets, plain: !k.exc && k.builtin === undefined && k.excRow === undefined && !k.stand });
  }
}

/** `recv.name(args...)` for a special method the lowering calls itself (__enter__, __exit__):
 * a switch over the program's classes in which `name` is a method, `other` for any other
 * receiver. `special(k)`, when it returns code, replaces the call for class k (to raise). The
 * arguments are made in each case. */
export function callMethodOf(fl: FunctionLowering, node: ast.Located, recv: Value, name: string, args: () => Value[], special: (k: ClassInfo) => (() => Value) | undefined, other: () => Value): Value {
  const table = tableOf(fl);
  const groups = table && !fl.typed ? targets(table, name, (m) => m.kind === 'method') : new Map<Member, ClassInfo[]>();
  if (!groups.size) return other();
  const key = rtCallPure(fl, 'rt_inst_key', [recv], 'i32');
  const cases: { keys: number[]; emit: () => Value }[] = [];
  for (const [mem, ks] of groups) {
    const plain = ks.filter((k) => !special(k));
    if (plain.length) cases.push({ keys: plain.map((k) => k.id), emit: () => callMember(fl, node as ast.Call, mem, recv, false, { pos: args(), kw: [] }) });
    for (const k of ks) {
      const emit = special(k);
      if (emit) cases.push({ keys: [k.id], emit });
    }
  }
  return dispatch(fl, key, cases, other);
}
