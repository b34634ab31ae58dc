// Modules as run-time values (docs/stdlib.md, "Modules as values"). A module a program uses only
// statically (`m.x`, `m.f(...)` with m bound by `import m`) stays what imports.ts makes of it:
// direct global reads and direct calls. Where a module is used as a value (`s = sys`, `use(m)`,
// `[a, b]`, `print(m)`, `import m` binding a name that is also assigned), the lowering makes its
// module object (stdlib/_rt/module.py; one per module, kept in a global, made on first use) and
// numbers the module. Once every function is lowered, the program's dispatchers over the globals
// of exactly those modules are built: `<modules>.lookup(m, name)` and `<modules>.store(m, name,
// v)`, user functions (so inference and the other passes see the globals they read and write)
// called by the runtime stubs rt_module_lookup / rt_module_store. `m.x = 1` through a value thus
// writes the global `x` that the module's own code reads. Programs that never use a module as a
// value make no module object and carry none of this.
import { forEachField } from '../parse/fields.js';
import type * as ast from '../parse/ast.js';
import { Func, type IrModule, type Value } from '../ir/function.js';
import type { FuncInfo, ModuleInfo, ProgramInfo } from './context.js';
import type { Intrinsic } from './intrinsics.js';
import { FunctionLowering } from './function.js';
import { globalName, moduleFlagName, moduleOf, staticFunction, SYS_PY, sysAttribute, SYS_NATIVE_ATTRS } from './imports.js';
import { nullWord, rtCall, rtCallPure } from './containers.js';
import { isBuiltinMethodName, lowerMathValue, lowerValueCall } from './callables.js';
import { MATH_CONSTANTS, MATH_NAMES, mathArity } from './builtins.js';
import { isUserFunc } from '../passes/infer.js';

/** Modules CPython 3.12 builds in (their repr says `(built-in)`, not a file). */
const BUILTIN_MODULES = new Set(['sys', 'itertools', 'time', 'math', 'errno', 'gc', 'builtins', '_thread']);

/** The math functions that are values (lowerMathValue makes their objects). */
export function mathValueNames(): string[] {
  return MATH_NAMES.filter((n) => {
    const a = mathArity(n);
    return a && a[1] >= 0 && n !== 'isclose' && n !== 'prod';
  });
}

/** The IR global holding module `name`'s object (NULL until first used as a value). */
function objectGlobal(name: string): string {
  return `<module object>.${name}`;
}

const LOOKUP = '<modules>.lookup';
const STORE = '<modules>.store';

function valueModules(prog: ProgramInfo): Map<string, number> {
  prog.valueModules ??= new Map();
  return prog.valueModules;
}

/** The module object of `name` (made the first time; a module's identity never changes). */
export function moduleValue(fl: FunctionLowering, name: string): Value {
  const prog = fl.module.program!;
  const mods = valueModules(prog);
  if (!mods.has(name)) mods.set(name, mods.size + 1);
  const b = fl.b;
  const g = objectGlobal(name);
  const cur = b.emit('global.get', [], g);
  const make = b.newBlock();
  const join = b.newBlock();
  const res = fl.func.addBlockParam(join, 'obj');
  b.br(b.emit('py.is', [cur, nullWord(fl)]), make, join, [], [cur]);
  b.seal(make);
  b.switchTo(make);
  const info = prog.modules.get(name);
  const file = BUILTIN_MODULES.has(name) || !info ? b.emit('const.none') : b.emit('const.str', [], info.file);
  const obj = rtCallPure(fl, 'rt_module_new', [b.emit('const.str', [], name), file, b.emit('const.i32', [], BigInt(mods.get(name)!))]);
  b.emit('global.set', [obj], g);
  b.jump(join, [obj]);
  b.seal(join);
  b.switchTo(join);
  return res;
}

/** The modules the program may use as values: those bound by an import statement to a name that
 * is read other than as the base of an attribute, or also bound another way; then, since a module
 * object's attributes may give more modules, their submodules and the modules they import. Only
 * these modules' functions need function objects with code (a module object hands them out), and
 * only their attribute names make calls of built-in method names test for a module
 * (moduleMethodCall). `imports(mod)` lists a module's import statements' targets: [bound name,
 * module] per alias. */
export function moduleValueCandidates(mods: { name: string; ast: ast.Module }[], imports: (mod: { name: string; ast: ast.Module }) => [string, string][], all: Set<string>): Set<string> {
  const out = new Set<string>();
  const byName = new Map(mods.map((m) => [m.name, m]));
  /** The modules `x.a` may stand for when x stands for `mods` (a submodule, or a module x imports). */
  const attrOf = (xs: string[], a: string): string[] => {
    const r: string[] = [];
    for (const x of xs) {
      if (all.has(`${x}.${a}`)) r.push(`${x}.${a}`);
      const m = byName.get(x);
      if (m) for (const [n, t] of imports(m)) if (n === a) r.push(t);
    }
    return r;
  };
  for (const mod of mods) {
    const bound = new Map<string, string[]>();
    for (const [n, target] of imports(mod)) bound.set(n, [...(bound.get(n) ?? []), target]);
    if (!bound.size) continue;
    /** The modules an expression may stand for statically (a name or an attribute chain). */
    const modsOf = (e: ast.expr): string[] => {
      if (e._type === 'Name') return bound.get(e.id) ?? [];
      if (e._type === 'Attribute') return attrOf(modsOf(e.value), e.attr);
      return [];
    };
    const walk = (n: unknown, attrBase: boolean): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach((x) => walk(x, false));
      const o = n as { _type?: string } & Record<string, unknown>;
      if (o._type === 'Name' || o._type === 'Attribute') {
        const e = o as unknown as ast.Name | ast.Attribute;
        // a module read as a value (not only as the base of an attribute), or a name bound otherwise
        if (e.ctx._type !== 'Load' || !attrBase) modsOf(e).forEach((t) => out.add(t));
      }
      forEachField(o, (v, k) => walk(v, o._type === 'Attribute' && k === 'value'));
    };
    walk(mod.ast.body, false);
  }
  // What a module object's attributes can reach.
  const work = [...out];
  const reach = (t: string) => {
    if (!out.has(t)) {
      out.add(t);
      work.push(t);
    }
  };
  while (work.length) {
    const x = work.pop()!;
    if (x === 'sys') reach(SYS_PY);
    for (const n of all) if (n.startsWith(`${x}.`)) reach(n);
    const mod = byName.get(x);
    if (mod) for (const [, t] of imports(mod)) reach(t);
  }
  return out;
}

/** Whether an AST holds code the lowering must not see twice (it defines functions). */
function definesCode(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(definesCode);
  const o = n as { _type?: string } & Record<string, unknown>;
  if (o._type && ['Lambda', 'GeneratorExp', 'ListComp', 'SetComp', 'DictComp', 'NamedExpr', 'Yield', 'YieldFrom', 'Await'].includes(o._type)) return true;
  return Object.keys(o).some((k) => k !== '_type' && definesCode(o[k]));
}

/**
 * `x.name(args)` where `name` is also a method of a built-in type (join, get, split...) and x may
 * be a module object: the module's attribute called (os.path's join through `p = os.path`), else
 * `rest`, the method call as it is lowered without modules (given the receiver as a name bound
 * to its value). Undefined when the program has no module values or no module has that name.
 */
export function moduleMethodCall(fl: FunctionLowering, e: ast.Call, f: ast.Attribute, rest: (f2: ast.Attribute) => Value): Value | undefined {
  const prog = fl.module.program;
  if (!prog?.moduleAttrNames?.size || fl.typed || !isBuiltinMethodName(f.attr) || !prog.moduleAttrNames?.has(f.attr)) return undefined;
  if (f.value._type === 'Name' && f.value.id.startsWith('.modrecv')) return undefined; // the receiver is not a module (rest)
  if (moduleOf(fl, f.value) !== undefined || definesCode(e.args) || definesCode(e.keywords)) return undefined;
  const b = fl.b;
  const recv = fl.expr(f.value);
  const hidden = `.modrecv${fl.func.valueTypes.length}`;
  b.declareVar(hidden, 'obj');
  b.defVar(hidden, recv);
  const yes = b.newBlock();
  const no = b.newBlock();
  const join = b.newBlock();
  const res = fl.func.addBlockParam(join, 'obj');
  b.br(rtCallPure(fl, 'rt_is_module', [recv], 'i32'), yes, no);
  b.seal(yes);
  b.seal(no);
  b.switchTo(yes);
  const v1 = lowerValueCall(fl, e, rtCall(fl, f.lineno, 'rt_getattr', [recv, b.emit('const.str', [], f.attr)]));
  if (!b.terminated) b.jump(join, [v1]);
  b.switchTo(no);
  fl.renames.push(new Map([[hidden, hidden]]));
  const at = { lineno: f.value.lineno, col_offset: f.value.col_offset, end_lineno: f.value.end_lineno, end_col_offset: f.value.end_col_offset };
  const v2 = rest({ ...f, value: { _type: 'Name', id: hidden, ctx: { _type: 'Load' }, ...at } as ast.Name });
  fl.renames.pop();
  if (!b.terminated) b.jump(join, [v2]);
  b.seal(join);
  b.switchTo(join);
  return res;
}

/** One attribute of a module object: how the dispatchers read (and maybe write) it. */
interface Entry {
  name: string;
  read: (fl: FunctionLowering) => Value;
  /** The IR global a store writes; undefined: the attribute cannot be replaced yet. */
  global?: string;
}

/** The attributes of module `name` as a value, in lookup order. */
function entries(prog: ProgramInfo, name: string): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  const add = (e: Entry) => {
    if (seen.has(e.name)) return;
    seen.add(e.name);
    out.push(e);
  };
  const global = (g: string) => (fl: FunctionLowering) => fl.b.emit('global.get', [], g);
  const moduleIfLoaded = (target: string) => (fl: FunctionLowering) => {
    // An attribute naming a module exists once that module's import has started.
    if (target === '__main__' || !prog.modules.has(target)) return moduleValue(fl, target);
    const b = fl.b;
    const flag = b.emit('global.get', [], moduleFlagName(target));
    const yes = b.newBlock();
    const join = b.newBlock();
    const res = fl.func.addBlockParam(join, 'obj');
    const none = nullWord(fl);
    b.br(b.emit('py.is', [flag, nullWord(fl)]), join, yes, [none], []);
    b.seal(yes);
    b.switchTo(yes);
    b.jump(join, [moduleValue(fl, target)]);
    b.seal(join);
    b.switchTo(join);
    return res;
  };
  if (name === 'sys') {
    for (const a of SYS_NATIVE_ATTRS) add({ name: a, read: (fl) => sysAttribute(fl, { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } as ast.Located, a) });
    const py = prog.modules.get(SYS_PY);
    if (py) for (const e of entries(prog, SYS_PY)) if (!e.name.startsWith('_')) add(e);
    return out;
  }
  if (name === 'math') {
    // The compiler's math: its constants, and its functions as values (callables.ts).
    const at = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } as ast.Located;
    for (const [n, c] of Object.entries(MATH_CONSTANTS)) add({ name: n, read: (fl) => fl.b.emit('const.float', [], c) });
    for (const n of mathValueNames()) add({ name: n, read: (fl) => lowerMathValue(fl, at, n) });
    for (const n of MATH_NAMES) {
      add({
        name: n,
        read: (fl) => {
          rtCallPure(fl, 'rt_raise', [fl.b.emit('const.str', [], 'NotImplementedError'), fl.b.emit('const.str', [], `not supported yet: math.${n} as a value`)], null);
          return nullWord(fl);
        },
      });
    }
    return out;
  }
  const info = prog.modules.get(name);
  if (!info) return out;
  for (const n of [...info.funcs.keys(), ...info.imports.keys()]) {
    const sf = staticFunction(info, n);
    if (sf && !sf.module.typed) add({ name: n, read: global(globalName(sf.module.name, sf.pyName)) }); // (not `from _rt import`)
  }
  for (const [n, target] of info.moduleAliases ?? []) add({ name: n, read: moduleIfLoaded(target) });
  for (const sub of prog.modules.keys()) {
    if (sub.startsWith(`${name}.`) && !sub.slice(name.length + 1).includes('.')) add({ name: sub.slice(name.length + 1), read: moduleIfLoaded(sub) });
  }
  for (const g of info.globals) add({ name: g, read: global(globalName(name, g)), global: globalName(name, g) });
  return out;
}

/** The attribute names a store may reach: those stored by a constant name anywhere in the
 * program's code, or every name when some store's name is computed. */
function storedNames(m: IrModule): Set<string> | 'all' {
  const out = new Set<string>();
  for (const f of m.funcs) {
    if (!isUserFunc(f)) continue;
    for (const b of f.blockOrder) {
      for (const i of f.blocks[b].insts) {
        const d = f.insts[i];
        if (d.op !== 'call' || !['rt_setattr', 'rt_object_setattr', 'rt_delattr'].includes(d.imm as string)) continue;
        const def = f.valueDefs[d.args[1]];
        const c = def.kind === 'inst' ? f.insts[def.inst] : undefined;
        if (c?.op !== 'const.str') return 'all';
        out.add(c.imm as string);
      }
    }
  }
  return out;
}

/** A new user function of the dispatchers (called from the runtime), its entry block open. */
function newDispatcher(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined, name: string, n: number): { fl: FunctionLowering; ps: Value[] } {
  const f = m.addFunc(new Func(name, Array(n).fill('obj'), ['obj']));
  f.calledFromRuntime = true;
  const fl = new FunctionLowering(info, f, undefined, lookup);
  const entry = fl.b.newBlock();
  fl.b.switchTo(entry);
  const ps = Array.from({ length: n }, () => f.addBlockParam(entry, 'obj'));
  fl.b.seal(entry);
  return { fl, ps };
}

/** Replaces the runtime stub `stub`'s body with a call of the dispatcher `target`. */
function forwardStub(info: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined, stub: string, target: string, n: number, result: 'obj' | 'i32'): void {
  const old = m.func(stub);
  if (!old) return;
  const f = new Func(stub, Array(n).fill('obj'), [result]);
  m.funcs.splice(m.funcs.indexOf(old), 1, f);
  const fl = new FunctionLowering(info, f, undefined, lookup);
  const b = fl.b;
  const entry = b.newBlock();
  b.switchTo(entry);
  const ps = Array.from({ length: n }, () => f.addBlockParam(entry, 'obj'));
  b.seal(entry);
  const r = b.emit('call', ps, target, 'obj');
  b.ret([result === 'obj' ? r : b.emit('py.is', [r, b.emit('const.bool', [], 1n)])]);
  b.sealAll();
}

/** A chain of `if module index == k` over the value modules, each case from `emit` (modules
 * made while emitting get their case too); `none` when no module matched. */
function switchModules(fl: FunctionLowering, prog: ProgramInfo, mobj: Value, emit: (name: string) => void, none: () => void): void {
  const b = fl.b;
  const idx = rtCallPure(fl, 'rt_module_index', [mobj], 'i32');
  const mods = valueModules(prog);
  for (let k = 1; k <= mods.size; k++) {
    const name = [...mods].find(([, i]) => i === k)![0];
    const yes = b.newBlock();
    const no = b.newBlock();
    b.br(b.emit('i32.eq', [idx, b.emit('const.i32', [], BigInt(k))]), yes, no);
    b.seal(yes);
    b.seal(no);
    b.switchTo(yes);
    emit(name);
    b.switchTo(no);
  }
  none();
}

/** `if name == 'n'` branches: `then` in the yes block (which must end it), the builder left in the no block. */
function ifName(fl: FunctionLowering, name: Value, n: string, then: () => void): void {
  const b = fl.b;
  const yes = b.newBlock();
  const no = b.newBlock();
  b.br(rtCallPure(fl, 'rt_str_eq', [name, b.emit('const.str', [], n)], 'i32'), yes, no);
  b.seal(yes);
  b.seal(no);
  b.switchTo(yes);
  then();
  b.switchTo(no);
}

/** Builds the dispatchers over the modules the program used as values (after everything else is
 * lowered) and registers their globals. */
export function buildModuleDispatchers(prog: ProgramInfo, main: ModuleInfo, m: IrModule, lookup: (name: string, from: ModuleInfo) => FuncInfo | Intrinsic | undefined): void {
  const mods = prog.valueModules;
  if (!mods?.size) return;
  const readable = new Set<string>();
  {
    const { fl, ps } = newDispatcher(main, m, lookup, LOOKUP, 2);
    const [mobj, name] = ps;
    switchModules(fl, prog, mobj, (mod) => {
      for (const e of entries(prog, mod)) {
        readable.add(e.name);
        ifName(fl, name, e.name, () => fl.b.ret([e.read(fl)]));
      }
      fl.b.ret([nullWord(fl)]);
    }, () => fl.b.ret([nullWord(fl)]));
    fl.b.sealAll();
  }
  const stores = storedNames(m);
  {
    const { fl, ps } = newDispatcher(main, m, lookup, STORE, 3);
    const [mobj, name, v] = ps;
    const b = fl.b;
    switchModules(fl, prog, mobj, (mod) => {
      for (const e of entries(prog, mod)) {
        if (stores !== 'all' && !stores.has(e.name)) continue;
        ifName(fl, name, e.name, () => {
          if (e.global) b.emit('global.set', [v], e.global);
          else rtCallPure(fl, 'rt_raise', [b.emit('const.str', [], 'NotImplementedError'), b.emit('const.str', [], `not supported yet: replacing ${mod}.${e.name} through the module as a value`)], null);
          b.ret([b.emit('const.bool', [], 1n)]);
        });
      }
      b.ret([b.emit('const.bool', [], 0n)]);
    }, () => b.ret([b.emit('const.bool', [], 0n)]));
    b.sealAll();
  }
  forwardStub(main, m, lookup, 'rt_module_lookup', LOOKUP, 2, 'obj');
  forwardStub(main, m, lookup, 'rt_module_store', STORE, 3, 'i32');
  // rt_getattr of these names may return a module's global (inference: src/passes/infer.ts).
  m.moduleAttrNames = readable;
  for (const name of mods.keys()) m.global(objectGlobal(name));
}
