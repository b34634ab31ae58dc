// Finds and parses the stdlib modules a program is compiled with. The sources live in stdlib/ at
// the package root (two levels above this file's compiled location, dist/src/driver/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompileError } from '../diag/diagnostic.js';
import { parseModule } from '../parse/index.js';
import type { SourceModule } from '../lower/program.js';

export function stdlibRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../stdlib');
}

/** The runtime modules (stdlib/_rt/*.py), parsed; typed by their annotations. */
export function loadRuntime(): SourceModule[] {
  const dir = join(stdlibRoot(), '_rt');
  const out: SourceModule[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
    const file = join(dir, name);
    const parsed = parseModule(readFileSync(file, 'utf8'), `stdlib/_rt/${name}`);
    if (!parsed.module || parsed.diagnostics.length) throw new CompileError(parsed.diagnostics);
    out.push({ name: `_rt.${name.slice(0, -3)}`, file: `stdlib/_rt/${name}`, ast: parsed.module, typed: true });
  }
  return out;
}
