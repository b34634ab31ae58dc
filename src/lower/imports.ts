// Lowering of imports between the program's own modules (and the Python modules of stdlib/):
// resolved at compile time (src/driver/modules.ts found and parsed every module), executed at
// run time as CPython does: an import statement runs the module's body once (its init function
// `<module>.<module>`, guarded by a flag global so cycles see the partly initialized module),
// then binds names. A module's globals are IR globals named `<module>.<name>` (the main
// program's keep their bare names).
//
// A name bound by `import m` (and nothing else) is resolved statically wherever it is used:
// `m.x` reads m's global x, `m.f(...)` calls m's function f directly. A module used as a plain
// value (`s = m`, `use(m)`), or imported to a name that is also bound otherwise, is its module
// object (src/lower/modules.ts).
import type * as ast from '../parse/ast.js';
import type { Value } from '../ir/function.js';
import { resolveRelative, NATIVE_MODULES } from '../driver/modules.js';
import type { FuncInfo, ModuleInfo } from './context.js';
import type { FunctionLowering } from './function.js';
import { moduleValue } from './modules.js';
import { CPYTHON_MODULE_ATTRS } from './cpythonattrs.js';

/** The IR name of a module's init function (it runs the module body). */
export function moduleInitName(module: string): string {
  return `${module}.<module>`;
}

/** The IR global that says a module's body has started running (NULL until then). */
export function moduleFlagName(module: string): string {
  return `${module}.<loaded>`;
}

/** The IR global holding module-level name `id` of `module`. */
export function globalName(module: string, id: string): string {
  return module === '__main__' ? id : `${module}.${id}`;
}

/** The module a `from ... import` statement names, absolute. */
export function fromModule(info: ModuleInfo, s: ast.ImportFrom): string {
  const r = resolveRelative({ name: info.name, isPackage: info.isPackage ?? false }, s.level, s.module);
  return typeof r === 'string' ? r : '';
}

/**
 * The names a scope binds to modules and nothing else: `import a.b` binds a (to a), `import a.b
 * as x` binds x (to a.b), `from p import sub` binds sub when p.sub is a module. A name also bound
 * another way (assigned, a def, a parameter, imported from two modules) is not an alias.
 */
export function moduleAliases(info: ModuleInfo, body: ast.stmt[], otherBindings: Set<string>, known: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const bad = new Set<string>();
  const bind = (name: string, mod: string | undefined) => {
    if (mod === undefined) bad.add(name);
    else if (out.has(name) && out.get(name) !== mod) bad.add(name);
    else out.set(name, mod);
  };
  const walk = (stmts: ast.stmt[]): void => {
    for (const s of stmts) {
      if (s._type === 'Import') {
        for (const a of s.names) {
          if (a.name === 'math' || a.name === '__future__') continue;
          bind(a.asname ?? a.name.split('.')[0], a.asname ? a.name : a.name.split('.')[0]);
        }
      } else if (s._type === 'ImportFrom') {
        const base = fromModule(info, s);
        if (NATIVE_MODULES.has(base) || base === '_rt') {
          for (const a of s.names) bad.add(a.asname ?? a.name);
          continue;
        }
        for (const a of s.names) {
          if (a.name === '*') continue;
          const full = `${base}.${a.name}`;
          if (known.has(full)) bind(a.asname ?? a.name, full);
          else bad.add(a.asname ?? a.name);
        }
      }
      // Nested statement lists of the same scope (not function or class bodies).
      if (s._type === 'FunctionDef' || s._type === 'AsyncFunctionDef' || s._type === 'ClassDef') continue;
      for (const k of ['body', 'orelse', 'finalbody'] as const) {
        const sub = (s as unknown as Record<string, ast.stmt[] | undefined>)[k];
        if (Array.isArray(sub)) walk(sub);
      }
      if (s._type === 'Try' || s._type === 'TryStar') for (const h of s.handlers) walk(h.body);
    }
  };
  walk(body);
  for (const n of bad) out.delete(n);
  for (const n of otherBindings) out.delete(n);
  return out;
}

/** The module an expression statically stands for (`m`, `a.b` after `import a.b`), if any. */
export function moduleOf(fl: FunctionLowering, e: ast.expr): string | undefined {
  const ctx = fl.module.program;
  if (!ctx) return undefined;
  if (e._type === 'Name') return fl.moduleAlias(e.id);
  if (e._type === 'Attribute') {
    const base = moduleOf(fl, e.value);
    if (base === undefined) return undefined;
    const full = `${base}.${e.attr}`;
    if (ctx.modules.has(full)) return full;
  }
  return undefined;
}

/** Runs module `name`'s body unless it has started already (and its parents' first). */
function ensureLoaded(fl: FunctionLowering, node: ast.Located, name: string): void {
  const parts = name.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const mod = parts.slice(0, i).join('.');
    if (NATIVE_MODULES.has(mod) || mod === fl.module.name) continue;
    const b = fl.b;
    const flag = b.emit('global.get', [], moduleFlagName(mod));
    const isNull = b.emit('py.is', [flag, b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]);
    const run = b.newBlock();
    const done = b.newBlock();
    b.br(isNull, run, done);
    b.seal(run);
    b.switchTo(run);
    b.emit('global.set', [b.emit('const.none')], moduleFlagName(mod));
    b.emit('call', [], moduleInitName(mod), null);
    fl.check(node.lineno);
    b.jump(done);
    b.seal(done);
    b.switchTo(done);
  }
}

/** The Python half of sys (stdlib/_keel_sys.py), which the driver adds to every program that
 * imports sys: the names of sys the compiler does not make itself come from there. */
export const SYS_PY = '_keel_sys';

function sysModule(fl: FunctionLowering): ModuleInfo | undefined {
  return fl.module.program?.modules.get(SYS_PY);
}

/** `import a.b.c [as x]`. */
export function lowerImportStmt(fl: FunctionLowering, s: ast.Import): void {
  for (const a of s.names) {
    if (a.name === 'math') continue;
    if (a.name === 'sys' && sysModule(fl)) ensureLoaded(fl, s, SYS_PY);
    ensureLoaded(fl, s, a.name);
    const bound = a.asname ?? a.name.split('.')[0];
    // A name also bound otherwise (`try: import json except ImportError: json = None`) holds
    // the module object.
    if (fl.moduleAlias(bound) === undefined) fl.assign(nameNode(a, bound), moduleValue(fl, a.asname ? a.name : bound));
  }
}

/** `from m import x [as y]`, `from . import sub`, `from m import *`. */
export function lowerImportFromStmt(fl: FunctionLowering, s: ast.ImportFrom): void {
  if (s.module === '__future__' || (s.level === 0 && (s.module === 'math' || s.module === '_rt'))) return;
  const mod = fromModule(fl.module, s);
  if (mod === 'sys') {
    if (sysModule(fl)) ensureLoaded(fl, s, SYS_PY);
    for (const a of s.names) {
      if (a.name === '*') return fl.unsupported(a, 'from sys import *');
      const v = sysAttribute(fl, a, a.name);
      fl.assign({ _type: 'Name', id: a.asname ?? a.name, ctx: { _type: 'Store' }, lineno: a.lineno, col_offset: a.col_offset, end_lineno: a.end_lineno, end_col_offset: a.end_col_offset } as ast.Name, v);
    }
    return;
  }
  ensureLoaded(fl, s, mod);
  const ctx = fl.module.program!;
  const target = ctx.modules.get(mod);
  if (!target) return fl.unsupported(s, `importing from ${mod}`);
  const names = s.names.some((a) => a.name === '*') ? publicNames(target) : s.names.map((a) => ({ name: a.name, as: a.asname ?? a.name, node: a as ast.Located }));
  for (const { name, as, node } of names) {
    const full = `${mod}.${name}`;
    if (ctx.modules.has(full)) {
      ensureLoaded(fl, node, full);
      // a submodule: the name is a static module alias (moduleAliases), or holds its object
      if (fl.moduleAlias(as) !== full) fl.assign(nameNode(node, as), moduleValue(fl, full));
      continue;
    }
    // A def whose name is bound statically (no global): calls resolve through ModuleInfo.imports
    // (top-level imports). A nested one (`try: from m import f`, `if ...:`) binds the name to
    // the def's function object, which m's global holds.
    const sf = staticFunction(target, name);
    if (sf && (fl.lookupName(as) === sf || !target.globals.has(name))) continue;
    const v = readModuleGlobal(fl, node, target, name, () => `cannot import name '${name}' from '${mod}' (${target.file})`, 'ImportError');
    fl.assign({ _type: 'Name', id: as, ctx: { _type: 'Store' }, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset } as ast.Name, v);
  }
}

function nameNode(at: ast.Located, id: string): ast.Name {
  return { _type: 'Name', id, ctx: { _type: 'Store' }, lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset } as ast.Name;
}

/** `from m import *`: m's `__all__` is not read yet; the names not starting with `_`. */
function publicNames(m: ModuleInfo): { name: string; as: string; node: ast.Located }[] {
  const node = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 } as ast.Located;
  return [...m.globals].filter((n) => !n.startsWith('_')).sort().map((n) => ({ name: n, as: n, node }));
}

let cpythonNames: Map<string, Set<string>> | undefined;

/** Whether CPython 3.12's module `mod` has the public name `name` (cpythonattrs.ts). */
function cpythonHas(mod: string, name: string): boolean {
  cpythonNames ??= new Map(Object.entries(CPYTHON_MODULE_ATTRS).map(([k, v]) => [k, new Set(v.split(' '))]));
  return cpythonNames.get(mod)?.has(name) ?? false;
}

/** Reads `module.name`; raises `cls(message)` when the module has no such global (yet). */
export function readModuleGlobal(fl: FunctionLowering, node: ast.Located, m: ModuleInfo, name: string, message: () => string, cls: string): Value {
  const b = fl.b;
  if (!m.globals.has(name)) {
    // A name CPython's module has and Keel's stdlib/ module does not have yet.
    if (m.file.startsWith('stdlib/') && cpythonHas(m.name, name)) return fl.unsupported(node, `${m.name}.${name}`);
    fl.raise(node, cls, message());
    const dead = b.newBlock();
    b.seal(dead);
    b.switchTo(dead);
    return b.emit('ptr.word', [b.emit('const.i32', [], 0n)]);
  }
  const v = b.emit('global.get', [], globalName(m.name, name));
  const isNull = b.emit('py.is', [v, b.emit('ptr.word', [b.emit('const.i32', [], 0n)])]);
  const bad = b.newBlock();
  const ok = b.newBlock();
  b.br(isNull, bad, ok);
  b.seal(bad);
  b.seal(ok);
  b.switchTo(bad);
  fl.raise(node, cls, message());
  b.switchTo(ok);
  return v;
}

/** `m.x` where m is a module: m's global x (AttributeError if it is not bound). */
export function lowerModuleAttribute(fl: FunctionLowering, e: ast.Attribute): Value | undefined {
  const mod = moduleOf(fl, e.value);
  if (mod === undefined) return undefined;
  if (e.attr === '__name__') return fl.b.emit('const.str', [], mod); // m.__name__ (a module alias is static)
  if (mod === 'sys') return sysAttribute(fl, e, e.attr);
  const m = fl.module.program!.modules.get(mod)!;
  // A submodule as a value (`pkg.sub`), or a module the module imported (`m.os`).
  const sub = `${mod}.${e.attr}`;
  if (fl.module.program!.modules.has(sub)) return moduleValue(fl, sub);
  const alias = m.moduleAliases?.get(e.attr);
  if (alias !== undefined) return moduleValue(fl, alias);
  // A function as a value: the object its def bound in its own module.
  const sf = staticFunction(m, e.attr);
  if (sf) return readModuleGlobal(fl, e, sf.module, sf.pyName, () => `module '${mod}' has no attribute '${e.attr}'`, 'AttributeError');
  return readModuleGlobal(fl, e, m, e.attr, () => `module '${mod}' has no attribute '${e.attr}'`, 'AttributeError');
}

/** `m.x = v` where m is a module. */
export function assignModuleAttribute(fl: FunctionLowering, t: ast.Attribute, v: Value): boolean {
  const mod = moduleOf(fl, t.value);
  if (mod === undefined) return false;
  if (mod === 'sys') {
    // sys.stdout = f (io.StringIO, a class with write(), a file): print() and sys.stdout then use f.
    const fd = ['stdin', 'stdout', 'stderr'].indexOf(t.attr);
    if (fd < 0) return fl.unsupported(t, `assigning to sys.${t.attr}`);
    fl.b.emit('call', [fl.b.emit('const.i32', [], BigInt(fd)), v], 'rt_sys_set_stream', null);
    return true;
  }
  const m = fl.module.program!.modules.get(mod)!;
  if (!m.globals.has(t.attr)) fl.unsupported(t, 'adding a new global to another module');
  fl.b.emit('global.set', [v], globalName(mod, t.attr));
  return true;
}

/** The function `m.f` when m is a module whose `def f` is never rebound (a direct call). */
export function moduleFunction(fl: FunctionLowering, f: ast.Attribute): FuncInfo | undefined {
  const mod = moduleOf(fl, f.value);
  if (mod === 'sys') {
    const m = sysModule(fl);
    return m && !f.attr.startsWith('_') ? staticFunction(m, f.attr) : undefined;
  }
  if (mod === undefined) return undefined;
  return staticFunction(fl.module.program!.modules.get(mod)!, f.attr);
}

/** The function a module-level name of `m` statically stands for: a def of m's, or a function
 * m imported with `from x import f`. */
export function staticFunction(m: ModuleInfo, name: string): FuncInfo | undefined {
  const f = m.funcs.get(name) ?? m.imports.get(name);
  return f && !('kind' in f) ? f : undefined;
}

/** A module used as a plain value: its module object. */
export function moduleAsValue(fl: FunctionLowering, e: ast.Name): Value {
  return moduleValue(fl, fl.moduleAlias(e.id)!);
}

// ---- sys: a module the compiler provides (its state lives in the runtime: stdlib/_rt/io.py) ---

/** The attributes of sys the compiler makes (the others are stdlib/_keel_sys.py's globals). */
export const SYS_NATIVE_ATTRS = ['argv', 'stdin', 'stdout', 'stderr', 'maxsize', 'byteorder', 'platform'];

/** The values of sys's attributes: runtime calls that make them once, or constants. */
export function sysAttribute(fl: FunctionLowering, node: ast.Located, attr: string): Value {
  const b = fl.b;
  switch (attr) {
    case 'argv':
      return b.emit('call', [], 'rt_sys_argv', 'obj');
    case 'stdin':
      return b.emit('call', [], 'rt_sys_stdin', 'obj');
    case 'stdout':
      return b.emit('call', [], 'rt_sys_stdout', 'obj');
    case 'stderr':
      return b.emit('call', [], 'rt_sys_stderr', 'obj');
    case 'maxsize':
      return b.emit('const.int', [], (1n << 63n) - 1n);
    case 'byteorder':
      return b.emit('const.str', [], 'little');
    case 'platform':
      return b.emit('const.str', [], 'wasi');
    default: {
      // version_info, implementation, exit and the other functions as values: _keel_sys's.
      const m = sysModule(fl);
      if (!m) return fl.unsupported(node, `sys.${attr}`);
      const sf = staticFunction(m, attr);
      if (sf) return readModuleGlobal(fl, node, sf.module, sf.pyName, () => `module 'sys' has no attribute '${attr}'`, 'AttributeError');
      if (!m.globals.has(attr) || attr.startsWith('_')) return fl.unsupported(node, `sys.${attr}`);
      return readModuleGlobal(fl, node, m, attr, () => `module 'sys' has no attribute '${attr}'`, 'AttributeError');
    }
  }
}

/** sys.f(...): exit here; the functions of stdlib/_keel_sys.py (setrecursionlimit...) are called
 * directly (moduleFunction). */
export function lowerSysCall(fl: FunctionLowering, e: ast.Call, attr: string): Value | undefined {
  if (moduleOf(fl, (e.func as ast.Attribute).value) !== 'sys') return undefined;
  const m = sysModule(fl);
  const native = attr === 'exit' || attr === 'setrecursionlimit' || attr === 'getrecursionlimit';
  if (!native && m && staticFunction(m, attr)) return undefined;
  if (e.keywords.length || e.args.some((a) => a._type === 'Starred')) return fl.unsupported(e, `these arguments to sys.${attr}()`);
  const args = e.args.map((a) => fl.expr(a));
  const b = fl.b;
  switch (attr) {
    case 'exit': {
      if (args.length > 1) return fl.unsupported(e, 'sys.exit() with more than one argument');
      const v = b.emit('call', [args[0] ?? b.emit('const.none')], 'rt_sys_exit', 'obj');
      fl.check(e.lineno);
      return v;
    }
    case 'getrecursionlimit':
      if (args.length) return fl.unsupported(e, 'sys.getrecursionlimit() with arguments');
      return b.emit('call', [], 'rt_sys_getrecursionlimit', 'obj');
    case 'setrecursionlimit': {
      // The runtime's own function: no Python frame of _keel_sys's counts in the depth check.
      if (args.length !== 1) return fl.unsupported(e, 'sys.setrecursionlimit() without one argument');
      const v = b.emit('call', [args[0], b.emit('const.int', [], 0n)], 'rt_sys_setrecursionlimit', 'obj');
      fl.check(e.lineno);
      return v;
    }
    default:
      return fl.unsupported(e.func, `sys.${attr}()`);
  }
}
