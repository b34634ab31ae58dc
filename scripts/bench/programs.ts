// bench/programs: which programs the benchmark harness measures. A benchmark is a file
// scripts/bench/programs/<name>.py (plain Python 3, its size a constant at the top, printing
// integer checksums) with the same algorithm in <name>.c beside it; the C file is optional.
// Adding a benchmark is adding those files: nothing here lists them. The hello-world row
// (test/run/hello.py, scripts/bench/hello.c) measures size and the runtimes' start-up time.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Program {
  name: string;
  /** Absolute paths. */
  py: string;
  c?: string;
  /** The hello-world row: its C module's time is each runtime's start-up baseline. */
  hello: boolean;
}

export function programsDir(repo: string): string {
  return join(repo, 'scripts', 'bench', 'programs');
}

/** The hello-world row, then every benchmark in name order. */
export function discoverPrograms(repo: string): Program[] {
  const dir = programsDir(repo);
  const hello: Program = { name: 'hello', py: join(repo, 'test', 'run', 'hello.py'), c: join(repo, 'scripts', 'bench', 'hello.c'), hello: true };
  const out: Program[] = [hello];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const name = basename(file, '.py');
    const c = join(dir, `${name}.c`);
    out.push({ name, py: join(dir, file), c: existsSync(c) ? c : undefined, hello: false });
  }
  return out;
}

/** Keeps the hello row (the start-up baseline) and the programs named in `only`. */
export function selectPrograms(all: Program[], only: string[]): Program[] {
  if (only.length === 0) return all;
  const known = new Set(all.map((p) => p.name));
  const unknown = only.filter((n) => !known.has(n));
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}: expected one of ${[...known].join(', ')}`);
  return all.filter((p) => p.hello || only.includes(p.name));
}
