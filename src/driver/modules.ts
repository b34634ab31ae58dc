// Finds the modules a program imports, at compile time, the way CPython's import system would
// find them on sys.path = [the program's directory, Keel's stdlib/]: `a.b` is a/b.py or the
// package a/b/__init__.py; importing a submodule imports its parent packages first. Every module
// reachable from the main program's import statements (at any depth: inside functions too) is
// read and parsed once. An import that finds nothing is a compile-time diagnostic naming the
// module, at the import statement.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as ast from '../parse/ast.js';
import { CompileError, diag, type Diagnostic } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';
import { rewriteGenericAliases } from '../lower/genericalias.js';
import { rewriteComplex } from '../lower/complexlit.js';
import { rewriteDunderImport } from '../lower/dunderimport.js';
import { decodeSource } from '../parse/source.js';
import { STDLIB_MODULE_NAMES } from '../lower/suggestdata.js';

/** Modules the compiler provides itself (no source file on the search path). */
export const NATIVE_MODULES = new Set(['math', '__future__', 'sys']);

export interface FoundModule {
  /** The dotted module name (`pkg.sub`). */
  name: string;
  /** The file as tracebacks and diagnostics name it (relative to the program's directory). */
  file: string;
  /** A package (`__init__.py`): its submodules resolve inside its directory. */
  isPackage: boolean;
  /** The file's absolute path (the module's `__file__`). */
  path: string;
  ast: ast.Module;
  /** The decoded source (to render diagnostics). */
  source: string;
}

export interface ImportGraph {
  /** Every imported module, in the order first found (not an execution order: imports run when
   * their statements do). */
  modules: FoundModule[];
}

/** The package a module's relative imports start from. */
export function packageOf(mod: { name: string; isPackage: boolean }): string {
  if (mod.isPackage) return mod.name;
  const i = mod.name.lastIndexOf('.');
  return i < 0 ? '' : mod.name.slice(0, i);
}

/** The absolute module name of `from <level dots><module> import ...` inside `mod`, or an error. */
export function resolveRelative(mod: { name: string; isPackage: boolean }, level: number, module: string | null): string | { error: string } {
  if (level === 0) return module ?? '';
  let pkg = mod.name === '__main__' ? '' : packageOf(mod);
  if (!pkg) return { error: 'attempted relative import with no known parent package' };
  for (let i = 1; i < level; i++) {
    const j = pkg.lastIndexOf('.');
    if (j < 0) return { error: 'attempted relative import beyond top-level package' };
    pkg = pkg.slice(0, j);
  }
  return module ? `${pkg}.${module}` : pkg;
}

/** Every Import / ImportFrom statement in a module, at any depth. */
export function importStatements(body: ast.stmt[]): (ast.Import | ast.ImportFrom)[] {
  const out: (ast.Import | ast.ImportFrom)[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    const n = node as { _type?: string } & Record<string, unknown>;
    if (n._type === 'Import' || n._type === 'ImportFrom') out.push(n as unknown as ast.Import | ast.ImportFrom);
    // Expressions cannot hold statements; only statement lists are walked.
    for (const k of ['body', 'orelse', 'finalbody', 'handlers', 'cases']) if (k in n) walk(n[k]);
  };
  walk(body);
  return out;
}

export class ModuleFinder {
  private readonly found = new Map<string, FoundModule | null>();
  readonly order: FoundModule[] = [];

  constructor(
    /** The directories searched in order: the program's directory, then stdlib/. */
    private readonly path: { dir: string; display: (abs: string) => string }[],
  ) {}

  /** The module `name`, loading it and its parents; null when no file defines it. */
  find(name: string): FoundModule | null {
    if (this.found.has(name)) return this.found.get(name)!;
    const parts = name.split('.');
    let dirs = this.path;
    if (parts.length > 1) {
      const parent = this.find(parts.slice(0, -1).join('.'));
      if (!parent || !parent.isPackage) {
        this.found.set(name, null);
        return null;
      }
      const pdir = this.dirOf(parent);
      dirs = [{ dir: pdir, display: this.displayFor(pdir) }];
    }
    const last = parts[parts.length - 1];
    for (const d of dirs) {
      const pkgInit = join(d.dir, last, '__init__.py');
      const file = join(d.dir, `${last}.py`);
      let hit: { abs: string; isPackage: boolean } | undefined;
      if (isFile(pkgInit)) hit = { abs: pkgInit, isPackage: true };
      else if (isFile(file)) hit = { abs: file, isPackage: false };
      if (!hit) continue;
      const mod = this.load(name, hit.abs, d.display(hit.abs), hit.isPackage);
      return mod;
    }
    this.found.set(name, null);
    return null;
  }

  private readonly absOf = new Map<FoundModule, string>();

  private dirOf(m: FoundModule): string {
    const abs = this.absOf.get(m)!;
    return abs.slice(0, abs.length - '/__init__.py'.length);
  }

  private displayFor(dir: string): (abs: string) => string {
    for (const d of this.path) if (dir.startsWith(d.dir)) return d.display;
    return (abs) => abs;
  }

  private load(name: string, abs: string, display: string, isPackage: boolean): FoundModule {
    const decoded = decodeSource(readFileSync(abs), display);
    if (decoded.text === undefined) throw new CompileError(decoded.diagnostics);
    const parsed = parseModule(decoded.text, display);
    if (!parsed.module || parsed.diagnostics.some((d) => d.severity === 'error')) throw new CompileError(parsed.diagnostics, decoded.text);
    const mod: FoundModule = { name, file: display, isPackage, path: abs, ast: parsed.module, source: decoded.text };
    this.found.set(name, mod);
    this.absOf.set(mod, abs);
    this.order.push(mod);
    return mod;
  }
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Loads every module the program imports, transitively. `main` is the parsed main program;
 * `root` is its directory (sys.path[0]); `stdlibDir` is Keel's stdlib/ (Python modules compiled
 * like the user's). Throws a CompileError (with the importing file's source) for an import that
 * finds nothing.
 */
export function findImports(main: { file: string; ast: ast.Module; source: string }, root: string, stdlibDir: string): ImportGraph {
  const finder = new ModuleFinder([
    { dir: root, display: (abs) => relative(process.cwd(), abs) || abs },
    { dir: stdlibDir, display: (abs) => `stdlib/${relative(stdlibDir, abs)}` },
  ]);
  const queue: { name: string; file: string; isPackage: boolean; ast: ast.Module; source: string }[] = [
    { name: '__main__', file: main.file, isPackage: false, ast: main.ast, source: main.source },
  ];
  const seen = new Set<string>();
  const fail = (from: (typeof queue)[number], node: ast.Located, message: string, code: 'K300' | 'K302' = 'K302'): never => {
    const d: Diagnostic = diag(code, from.file, { line: node.lineno, col: node.col_offset + 1 }, message);
    throw new CompileError([d], from.source);
  };
  const need = (from: (typeof queue)[number], node: ast.Located, name: string, required: boolean): void => {
    if (NATIVE_MODULES.has(name) || seen.has(name)) return;
    // stdlib/_rt is the runtime (typed code, loaded by stdlib.ts), never a Python module.
    const m = name === '_rt' || name.startsWith('_rt.') ? null : finder.find(name);
    if (!m) {
      // A module of CPython's standard library that stdlib/ does not have yet.
      if (required && STDLIB_MODULE_NAMES.has(name.split('.')[0]!) && !finder.find(name.split('.')[0]!)) fail(from, node, `the ${name} module`, 'K300');
      if (required) fail(from, node, `No module named '${name}'`);
      return;
    }
    seen.add(name);
    queue.push(m);
  };
  while (queue.length) {
    const mod = queue.shift()!;
    // `list[int]` as a value imports GenericAlias (src/lower/genericalias.ts); Keel's own stdlib
    // has none.
    // and imaginary literals and the name `complex` import the complex class
    // (src/lower/complexlit.ts; after the aliases, so `float | complex` is still a union);
    // `__import__('m')` becomes a call of an importing function (src/lower/dunderimport.ts).
    if (!mod.file.startsWith('stdlib/')) {
      rewriteGenericAliases(mod.ast);
      rewriteComplex(mod.ast);
      rewriteDunderImport(mod.ast);
    }
    for (const s of importStatements(mod.ast.body)) {
      if (s._type === 'Import') {
        for (const a of s.names) {
          const parts = a.name.split('.');
          for (let i = 1; i <= parts.length; i++) need(mod, a, parts.slice(0, i).join('.'), true);
          if (a.name === 'sys') need(mod, a, '_keel_sys', false); // sys's Python half (imports.ts SYS_PY)
        }
        continue;
      }
      if (s.level === 0 && s.module === '_rt' && mod.file.startsWith('stdlib/')) continue; // the runtime's functions
      const base = resolveRelative(mod, s.level, s.module);
      if (typeof base !== 'string') return fail(mod, s, base.error);
      if (base === '') return fail(mod, s, 'attempted relative import with no known parent package');
      const parts = base.split('.');
      for (let i = 1; i <= parts.length; i++) need(mod, s, parts.slice(0, i).join('.'), true);
      if (base === 'sys') need(mod, s, '_keel_sys', false);
      // `from pkg import sub` imports the submodule when there is one.
      const pkg = NATIVE_MODULES.has(base) ? null : finder.find(base);
      if (pkg?.isPackage) for (const a of s.names) if (a.name !== '*') need(mod, a, `${base}.${a.name}`, false);
    }
  }
  return { modules: finder.order };
}
