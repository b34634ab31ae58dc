// Finds and parses the stdlib modules a program is compiled with. The sources live in stdlib/ at
// the package root (two levels above this file's compiled location, dist/src/driver/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompileError } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';
import type { SourceModule } from '../lower/program.js';

export function stdlibRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../stdlib');
}

/** The parsed runtime of the last loadRuntime, and the files (name, size, mtime) it came from. */
let cached: { key: string; modules: SourceModule[] } | undefined;

/**
 * The runtime modules (stdlib/_rt/*.py), parsed; typed by their annotations. Parsed once per
 * process and reused while no file changed (a stat per file), since parsing the whole runtime
 * was a third of a small program's compile time; lowering never modifies an AST.
 */
export function loadRuntime(): SourceModule[] {
  const dir = join(stdlibRoot(), '_rt');
  const names = readdirSync(dir).filter((n) => n.endsWith('.py')).sort();
  const key = names.map((n) => {
    const st = statSync(join(dir, n));
    return `${n}:${st.size}:${st.mtimeMs}`;
  }).join('|');
  if (cached?.key === key) return cached.modules;
  const out: SourceModule[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const parsed = parseModule(readFileSync(file, 'utf8'), `stdlib/_rt/${name}`);
    if (!parsed.module || parsed.diagnostics.length) throw new CompileError(parsed.diagnostics);
    out.push({ name: `_rt.${name.slice(0, -3)}`, file: `stdlib/_rt/${name}`, ast: parsed.module, typed: true });
  }
  cached = { key, modules: out };
  return out;
}
